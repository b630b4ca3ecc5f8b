using ArticleReader.Analysis;
using ArticleReader.Model;

namespace ArticleReader.Ingestion;

// How much one file may hold. Every stage after parsing (sentence analysis, claims, entities, storage)
// costs time per block and per sentence; a file far beyond any real article or digest is refused with
// the reason rather than left to run for minutes. The largest seed holds 4 articles and ~250 blocks.
public static class IngestLimits
{
    public const int MaxBlocks = 20_000;
    public const int MaxSentences = 20_000;

    // null when the parsed file is within bounds; otherwise what is too large, for the reader.
    public static string? Problem(ParsedSource parsed)
    {
        var blocks = parsed.Outside.Count + parsed.Articles.Sum(a => a.Blocks.Count);
        if (blocks > MaxBlocks)
            return $"it holds {blocks:N0} blocks (paragraphs or lines); the limit is {MaxBlocks:N0}: split it into smaller files";
        var sentences = 0;
        foreach (var article in parsed.Articles)
        {
            sentences += SentenceUnits.Of(article.Blocks).Take(MaxSentences + 1 - sentences).Count();
            if (sentences > MaxSentences)
                return $"it holds more than {MaxSentences:N0} sentences; the limit is {MaxSentences:N0}: split it into smaller files";
        }
        return null;
    }
}
