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
        var candidates = library
            .Where(p => p.ArticleId != citingArticleId)
            .Where(p => citedAuthor is null || (p.Author is not null && AuthorNames.Agree(citedAuthor, p.Author)))
            .Select(p => (p.ArticleId, Score: TitleSimilarity.Score(citedTitle, p.Title)))
            .OrderByDescending(x => x.Score).ThenBy(x => x.ArticleId)
            .ToList();
        if (candidates.Count == 0) return new PieceMatch(null, 0);
        var best = candidates[0];
        var minimum = citedAuthor is null ? MinimumScoreWithoutAuthor : MinimumScore;
        return new PieceMatch(best.Score >= minimum ? best.ArticleId : null, Math.Round(best.Score, 4));
    }
}
