using System.Globalization;
using ArticleReader.Predictions;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArticleReader.Storage;

// A claim with where it came from and what the reader made of it: the corrected type, the status, and for a
// prediction its due date and outcome.
public sealed record TrackedClaim
{
    public long ClaimId { get; init; }
    public long ArticleId { get; init; }
    public string ArticleSlug { get; init; } = "";
    public string ArticleTitle { get; init; } = "";
    public string? ArticlePublished { get; init; }
    public string ArticlePublishedPrecision { get; init; } = "unknown";
    public long? AuthorId { get; init; }
    public string? Author { get; init; }
    public string? AuthorSlug { get; init; }
    public long BlockId { get; init; }
    public string Text { get; init; } = "";
    public string Type { get; init; } = "";
    public string Status { get; init; } = "unreviewed";
    public string? Speaker { get; init; }
    public string SpeakerSource { get; init; } = "";
    public string TimeRefs { get; init; } = "[]";
    public long? AnnotationId { get; init; }
    public string Outcome { get; init; } = PredictionOutcomes.Pending;
    public string? ReaderDueDate { get; init; }
    public string? OutcomeEvidenceUrl { get; init; }
    public string OutcomeNote { get; init; } = "";

    public bool IsPrediction => Type == Claims.ClaimTypes.Prediction;
    public DueDate? ParsedDue => DueDates.FromTimeReferences(TimeRefs);
    // The reader's date wins over the parsed one.
    public DateOnly? Due => ReaderDueDate is { } d && DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        ? date : ParsedDue?.Date;
}

public sealed record EntityClaimCount
{
    public long EntityId { get; init; }
    public int Claims { get; init; }
    public int Authors { get; init; }
}

public interface ITrackedClaimStore
{
    TrackedClaim? Find(long claimId);
    IReadOnlyList<TrackedClaim> ByAuthor(long authorId);
    IReadOnlyList<TrackedClaim> MentioningEntity(long entityId);
    IReadOnlyList<TrackedClaim> Matching(string query, int limit = 500);
    IReadOnlyList<TrackedClaim> Predictions();
    IReadOnlyList<EntityClaimCount> EntityClaimCounts();
}

// SQL for claims seen across the library (by author, by entity, by words), with the reader's work laid over them.
public sealed class TrackedClaimStore(Database database) : ITrackedClaimStore
{
    internal const string Select = """
        SELECT c.id AS claim_id, c.article_id, a.slug AS article_slug, a.title AS article_title, a.published AS article_published,
            a.published_precision AS article_published_precision, a.author_id, au.name AS author, au.slug AS author_slug, c.block_id, c.text,
            COALESCE(an.type_override, c.type) AS type, COALESCE(an.status, 'unreviewed') AS status, COALESCE(e.name, c.speaker) AS speaker,
            c.speaker_source, c.time_refs, an.id AS annotation_id, COALESCE(po.outcome, 'pending') AS outcome, po.due_date AS reader_due_date,
            po.evidence_url AS outcome_evidence_url, COALESCE(po.note, '') AS outcome_note
        FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN authors au ON au.id = a.author_id
        LEFT JOIN entities e ON e.id = c.speaker_entity_id
        LEFT JOIN annotations an ON an.kind = 'claim' AND an.claim_id = c.id
        LEFT JOIN prediction_outcomes po ON po.annotation_id = an.id
        WHERE (an.claim_override IS NULL OR an.claim_override != 0)
        """;

    internal const string Order = " ORDER BY a.published IS NULL, a.published, a.id, c.block_id, c.start_offset";

    // A claim mentions an entity when one of the entity's resolved mentions lies inside the claim's span.
    private const string MentionsEntity = """
        SELECT cl.id FROM claims cl JOIN mentions m ON m.block_id = cl.block_id AND m.start_offset >= cl.start_offset AND m.end_offset <= cl.end_offset
        WHERE m.entity_id = @entityId
        """;

    public TrackedClaim? Find(long claimId)
    {
        using var c = database.Open();
        return c.QuerySingleOrDefault<TrackedClaim>(Select + " AND c.id = @claimId", new { claimId });
    }

    public IReadOnlyList<TrackedClaim> ByAuthor(long authorId)
    {
        using var c = database.Open();
        return c.Query<TrackedClaim>(Select + " AND a.author_id = @authorId" + Order, new { authorId }).AsList();
    }

    public IReadOnlyList<TrackedClaim> MentioningEntity(long entityId)
    {
        using var c = database.Open();
        return c.Query<TrackedClaim>(Select + $" AND c.id IN ({MentionsEntity})" + Order, new { entityId }).AsList();
    }

    public IReadOnlyList<TrackedClaim> Predictions()
    {
        using var c = database.Open();
        return c.Query<TrackedClaim>(Select + " AND COALESCE(an.type_override, c.type) = 'prediction'" + Order).AsList();
    }

    // Every word must occur in the claim. Uses the search index's claim rows when that index exists, else LIKE.
    public IReadOnlyList<TrackedClaim> Matching(string query, int limit = 500)
    {
        var words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('"', '“', '”', '\'', '(', ')', '*', ':', '^')).Where(w => w.Length > 0).Take(12).ToList();
        if (words.Count == 0) return [];
        using var c = database.Open();
        if (HasSearchIndex(c))
        {
            try
            {
                var match = string.Join(' ', words.Select(w => "\"" + w.Replace("\"", "\"\"") + "\""));
                return c.Query<TrackedClaim>(Select + """
                     AND c.id IN (SELECT m.claim_id FROM search_docs JOIN search_docs_map m ON m.id = search_docs.rowid
                                  WHERE search_docs MATCH @match AND m.kind = 'claim')
                    """ + Order + " LIMIT @limit", new { match, limit }).AsList();
            }
            catch (SqliteException) { /* an index of another shape: plain matching below still answers */ }
        }
        var parameters = new DynamicParameters(new { limit });
        var where = string.Concat(words.Select((w, i) =>
        {
            parameters.Add($"w{i}", "%" + w.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%");
            return $" AND c.text LIKE @w{i} ESCAPE '\\'";
        }));
        return c.Query<TrackedClaim>(Select + where + Order + " LIMIT @limit", parameters).AsList();
    }

    public IReadOnlyList<EntityClaimCount> EntityClaimCounts()
    {
        using var c = database.Open();
        return c.Query<EntityClaimCount>("""
            SELECT m.entity_id AS EntityId, COUNT(DISTINCT cl.id) AS Claims, COUNT(DISTINCT a.author_id) AS Authors
            FROM claims cl JOIN mentions m ON m.block_id = cl.block_id AND m.start_offset >= cl.start_offset AND m.end_offset <= cl.end_offset
            JOIN articles a ON a.id = cl.article_id
            WHERE m.entity_id IS NOT NULL GROUP BY m.entity_id
            """).AsList();
    }

    private static bool HasSearchIndex(SqliteConnection c) =>
        c.ExecuteScalar<long>("SELECT COUNT(*) FROM sqlite_master WHERE name IN ('search_docs', 'search_docs_map')") == 2;
}
