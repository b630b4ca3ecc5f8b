using ArticleReader.Model;
using ArticleReader.Text;

namespace ArticleReader.Analysis;

// A sentence of an article's own text, located by its block and offsets into that block's text.
public sealed record SentenceUnit(int BlockOrdinal, string BlockKind, int Start, int End, string Text);

public static class SentenceUnits
{
    // Kinds whose sentences can carry claims: the article's running text, plus excerpts of other
    // writers' pieces (their claims belong to that writer).
    public static bool Carries(string kind) => BlockKinds.IsArticleText(kind) || kind == BlockKinds.Excerpt;

    public static IEnumerable<SentenceUnit> Of(IReadOnlyList<ParsedBlock> blocks)
    {
        for (var ordinal = 0; ordinal < blocks.Count; ordinal++)
        {
            var block = blocks[ordinal];
            if (!Carries(block.Kind) || block.Meta.GetValueOrDefault("role") is "title" or "byline") continue;
            foreach (var span in SentenceSplitter.Split(block.Text))
                yield return new SentenceUnit(ordinal, block.Kind, span.Start, span.End, span.Slice(block.Text));
        }
    }
}
