using ArticleReader.Model;
using ArticleReader.Storage;

namespace ArticleReader.Web.Pages.Articles;

// How the reader arranges an article's blocks: the running text in order, reader comments after it.
// Hidden kinds (boilerplate, chrome, the head lines already shown in the header) are left out here and
// remain in the "Show original" view.
public sealed record ArticleLayout(IReadOnlyList<BlockRecord> Body, IReadOnlyList<BlockRecord> Comments, int HiddenCount)
{
    public static ArticleLayout From(IReadOnlyList<BlockRecord> blocks)
    {
        var body = blocks.Where(b => !BlockKinds.IsHidden(b.Kind) && b.Kind != BlockKinds.Comment).ToList();
        var comments = blocks.Where(b => b.Kind == BlockKinds.Comment).ToList();
        return new ArticleLayout(body, comments, blocks.Count(b => BlockKinds.IsHidden(b.Kind)));
    }
}
