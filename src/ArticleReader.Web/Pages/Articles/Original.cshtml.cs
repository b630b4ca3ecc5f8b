using ArticleReader.Model;
using ArticleReader.Storage;
using ArticleReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Web.Pages.Articles;

// The verbatim source of an article, every character, with what the reader hides greyed out.
public sealed class OriginalModel(IArticleStore store) : PageModel, ITitled
{
    public sealed record Piece(string Text, string? Kind, bool Hidden);

    public ArticleSummary Article { get; private set; } = null!;
    public IReadOnlyList<Piece> Pieces { get; private set; } = [];
    public string PageTitle => "Original text · " + Article.Title;

    public IActionResult OnGet(string slug)
    {
        var detail = store.FindArticle(slug);
        if (detail is null) return NotFound();
        Article = detail.Article;
        var text = store.SourceText(Article.SourceId) ?? "";
        var blocks = store.SourceBlocks(Article.SourceId).Where(b => b.ArticleId == Article.Id).OrderBy(b => b.StartOffset).ToList();
        var pieces = new List<Piece>();
        var at = blocks.Count > 0 ? blocks[0].StartOffset : 0;
        foreach (var b in blocks)
        {
            if (b.StartOffset > at) pieces.Add(new Piece(text[at..b.StartOffset], null, false));
            // Greyed: what the reader leaves out. The head lines are shown in the header, so they stay plain.
            pieces.Add(new Piece(text[b.StartOffset..b.EndOffset], b.Kind, b.Kind is BlockKinds.Boilerplate or BlockKinds.Chrome or BlockKinds.Furniture));
            at = Math.Max(at, b.EndOffset);
        }
        Pieces = pieces;
        return Page();
    }
}
