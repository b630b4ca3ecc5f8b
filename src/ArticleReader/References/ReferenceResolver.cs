namespace ArticleReader.References;

// A piece in the library, as resolution sees it.
public sealed record LibraryPiece(long ArticleId, string Title, string? Author);

public sealed record PieceMatch(long? ArticleId, double Score);

// Decides which library article a reference names. A retitled link still names its piece when enough topic
// words agree and the writer agrees too; without a writer only a near-identical title will do. So Kaplan's
// "How to End the War In Ukraine" never becomes Applebaum's "The Ukraine War Can’t End …", however alike.
public static class ReferenceResolver
{
    public const double MinimumScore = 0.5;          // with the cited writer agreeing with the article's
    public const double MinimumScoreWithoutAuthor = 0.9;

    // Score is the best title score among the pieces whose writer agrees (the resolved one's when resolved).
    public static PieceMatch Resolve(string? citedAuthor, string? citedTitle, long citingArticleId, IReadOnlyList<LibraryPiece> library)
    {
        if (string.IsNullOrWhiteSpace(citedTitle)) return new PieceMatch(null, 0);
        // One pass over the library, for every reference of every article ingested: the cited title is read
        // once, each library title's words come from a cache, and each writer is compared once.
        var citedWords = TitleSimilarity.Words(citedTitle);
        var agreeing = new Dictionary<string, bool>(StringComparer.Ordinal);
        (long ArticleId, double Score)? best = null;
        foreach (var p in library)
        {
            if (p.ArticleId == citingArticleId) continue;
            if (citedAuthor is not null)
            {
                if (p.Author is null) continue;
                if (!agreeing.TryGetValue(p.Author, out var agrees)) agreeing[p.Author] = agrees = AuthorNames.Agree(citedAuthor, p.Author);
                if (!agrees) continue;
            }
            var score = TitleSimilarity.Score(citedWords, TitleSimilarity.CachedWords(p.Title));
            if (best is not { } b || score > b.Score || (score == b.Score && p.ArticleId < b.ArticleId)) best = (p.ArticleId, score);
        }
        if (best is null) return new PieceMatch(null, 0);
        var minimum = citedAuthor is null ? MinimumScoreWithoutAuthor : MinimumScore;
        return new PieceMatch(best.Value.Score >= minimum ? best.Value.ArticleId : null, Math.Round(best.Value.Score, 4));
    }
}
