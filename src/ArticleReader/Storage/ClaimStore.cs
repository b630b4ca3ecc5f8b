using System.Text.Json;
using ArticleReader.Analysis;
using ArticleReader.Claims;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArticleReader.Storage;

public sealed record ClaimRecord
{
    public long Id { get; init; }
    public long ArticleId { get; init; }
    public string ArticleSlug { get; init; } = "";
    public string ArticleTitle { get; init; } = "";
    public string? ArticleAuthor { get; init; }
    public string? ArticlePublished { get; init; }
    public long BlockId { get; init; }
    public long SentenceId { get; init; }
    public int StartOffset { get; init; }
    public int EndOffset { get; init; }
    public string Text { get; init; } = "";
    public string Type { get; init; } = "";
    public double Score { get; init; }
    public string? Speaker { get; init; }
    public string SpeakerSource { get; init; } = "";
    public long? SpeakerEntityId { get; init; }
    public string? SpeakerEntityName { get; init; }
    public string Hedge { get; init; } = "";
    public string Quantities { get; init; } = "[]";
    public string TimeRefs { get; init; } = "[]";
    public string Cues { get; init; } = "[]";
    public string QuoteExact { get; init; } = "";
    public string QuotePrefix { get; init; } = "";
    public string QuoteSuffix { get; init; } = "";
}

public sealed record SentenceRecord
{
    public long Id { get; init; }
    public long BlockId { get; init; }
    public int Ordinal { get; init; }
    public int StartOffset { get; init; }
    public int EndOffset { get; init; }
    public string Text { get; init; } = "";
    public double Score { get; init; }
    public bool IsClaim { get; init; }
}

public sealed record ClaimEntity(long ClaimId, long EntityId, string Name, string Kind);

public interface IClaimStore
{
    IReadOnlyList<ClaimRecord> ForArticle(long articleId);
    ClaimRecord? Find(long id);
    IReadOnlyList<SentenceRecord> SentencesForArticle(long articleId);
    IReadOnlyList<ClaimEntity> EntitiesForClaims(IReadOnlyCollection<long> claimIds);
    int Count();
    ClaimSearchResult Search(ClaimQuery query);
}

// SQL for sentences and claims.
public sealed class ClaimStore(Database database) : IClaimStore
{
    private const int QuoteContext = 32; // W3C TextQuoteSelector prefix/suffix length

    // Stored JSON uses the API's camelCase, so it can be passed through unchanged.
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private const string ClaimColumns = """
        c.id, c.article_id, a.slug AS article_slug, a.title AS article_title, au.name AS article_author, a.published AS article_published,
        c.block_id, c.sentence_id, c.start_offset, c.end_offset, c.text, c.type, c.score, c.speaker, c.speaker_source,
        c.speaker_entity_id, e.name AS speaker_entity_name, c.hedge, c.quantities, c.time_refs, c.cues,
        c.quote_exact, c.quote_prefix, c.quote_suffix
        """;

    private const string ClaimJoins = """
        FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN authors au ON au.id = a.author_id
        LEFT JOIN entities e ON e.id = c.speaker_entity_id
        """;

    public IReadOnlyList<ClaimRecord> ForArticle(long articleId)
    {
        using var c = database.Open();
        return c.Query<ClaimRecord>($"SELECT {ClaimColumns} {ClaimJoins} WHERE c.article_id = @articleId ORDER BY c.sentence_id", new { articleId }).AsList();
    }

    public ClaimRecord? Find(long id)
    {
        using var c = database.Open();
        return c.QuerySingleOrDefault<ClaimRecord>($"SELECT {ClaimColumns} {ClaimJoins} WHERE c.id = @id", new { id });
    }

    public IReadOnlyList<SentenceRecord> SentencesForArticle(long articleId)
    {
        using var c = database.Open();
        return c.Query<SentenceRecord>("""
            SELECT id, block_id, ordinal, start_offset, end_offset, text, score, is_claim
            FROM sentences WHERE article_id = @articleId ORDER BY ordinal
            """, new { articleId }).AsList();
    }

    // Entities mentioned inside each claim's span (mentions resolved corpus-wide).
    public IReadOnlyList<ClaimEntity> EntitiesForClaims(IReadOnlyCollection<long> claimIds)
    {
        if (claimIds.Count == 0) return [];
        using var c = database.Open();
        return c.Query<ClaimEntity>("""
            SELECT DISTINCT cl.id AS ClaimId, e.id AS EntityId, e.name AS Name, e.kind AS Kind
            FROM claims cl
            JOIN mentions m ON m.block_id = cl.block_id AND m.start_offset >= cl.start_offset AND m.end_offset <= cl.end_offset
            JOIN entities e ON e.id = m.entity_id
            WHERE cl.id IN @claimIds
            ORDER BY cl.id, m.start_offset
            """, new { claimIds }).AsList();
    }

    public int Count()
    {
        using var c = database.Open();
        return c.ExecuteScalar<int>("SELECT COUNT(*) FROM claims");
    }

    // Every claim once, with the reader's judgement laid over it and the article's published day range
    // (a month-precision "2024-10" spans 2024-10-01 .. 2024-10-31; ISO strings compare as dates).
    private const string SearchBase = """
        WITH b AS (
            SELECT c.id, c.text, COALESCE(an.type_override, c.type) AS type, c.type AS extracted_type,
                COALESCE(an.status, 'unreviewed') AS status, an.evidence_url, c.score,
                COALESCE(e.name, c.speaker) AS speaker, c.speaker AS speaker_raw, e.name AS speaker_entity, c.speaker_entity_id,
                an.id AS annotation_id, COALESCE(an.claim_override, 1) = 0 AS unmarked,
                c.article_id, a.slug AS article_slug, a.title AS article_title, au.name AS author,
                a.published, a.published_precision, c.block_id, c.start_offset, c.end_offset, c.sentence_id,
                CASE LENGTH(a.published) WHEN 4 THEN a.published || '-01-01' WHEN 7 THEN a.published || '-01' ELSE a.published END AS published_first,
                CASE LENGTH(a.published) WHEN 4 THEN a.published || '-12-31' WHEN 7 THEN a.published || '-31' ELSE a.published END AS published_last
            FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN authors au ON au.id = a.author_id
            LEFT JOIN entities e ON e.id = c.speaker_entity_id
            LEFT JOIN annotations an ON an.claim_id = c.id AND an.kind = 'claim')
        """;

    private const string MentionedIn = "m.block_id = b.block_id AND m.start_offset >= b.start_offset AND m.end_offset <= b.end_offset";

    // One parameterised filter for the claims list, its total, its exports and its facet counts.
    public ClaimSearchResult Search(ClaimQuery query)
    {
        var parameters = new DynamicParameters();
        var filters = new Dictionary<string, string>();
        void Filter(string facet, string sql, string name, object? value)
        {
            filters[facet] = sql;
            parameters.Add(name, value);
        }
        if (query.Types.Count > 0) Filter("type", "b.type IN @types", "types", query.Types);
        if (query.Statuses.Count > 0) Filter("status", "b.status IN @statuses", "statuses", query.Statuses);
        if (query.Authors.Count > 0) Filter("author", "b.author COLLATE NOCASE IN @authors", "authors", query.Authors);
        if (query.Speakers.Count > 0)
            Filter("speaker", "(b.speaker_entity COLLATE NOCASE IN @speakers OR b.speaker_raw COLLATE NOCASE IN @speakers)", "speakers", query.Speakers);
        if (query.Entities.Count > 0)
            Filter("entity", $"""
                EXISTS (SELECT 1 FROM mentions m JOIN entities me ON me.id = m.entity_id
                        WHERE {MentionedIn} AND me.name COLLATE NOCASE IN @entities)
                """, "entities", query.Entities);
        var tags = query.Tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (tags.Count > 0)
        {
            // t.name compares without case (the column's collation), as tag names are unique.
            const string has = "SELECT 1 FROM annotation_tags at JOIN tags t ON t.id = at.tag_id WHERE at.annotation_id = b.annotation_id AND t.name = r.value";
            Filter("tag", query.AllTags
                ? $"NOT EXISTS (SELECT 1 FROM json_each(@tags) r WHERE NOT EXISTS ({has}))"
                : $"EXISTS (SELECT 1 FROM json_each(@tags) r WHERE EXISTS ({has}))", "tags", JsonSerializer.Serialize(tags));
        }
        if (query.PublishedFrom is { } from) Filter("from", "b.published_last >= @from", "from", from.First);
        if (query.PublishedTo is { } to) Filter("to", "b.published_first <= @to", "to", to.Last);
        if (!query.IncludeUnmarked) filters["unmarked"] = "NOT b.unmarked";

        string Where(string? except = null, string? also = null)
        {
            var clauses = filters.Where(f => f.Key != except).Select(f => f.Value).Append(also).OfType<string>().ToList();
            return clauses.Count == 0 ? "" : "WHERE " + string.Join(" AND ", clauses);
        }
        var order = query.Sort switch
        {
            ClaimSort.Score => "b.score DESC, b.id",
            ClaimSort.Article => "b.article_title COLLATE NOCASE, b.article_id, b.sentence_id, b.id",
            _ => "b.published_first DESC NULLS LAST, b.article_title COLLATE NOCASE, b.article_id, b.sentence_id, b.id",
        };
        parameters.Add("limit", query.Limit ?? -1);
        parameters.Add("offset", Math.Max(0, query.Offset));

        using var c = database.Open();
        var rows = WithTags(c, c.Query<ClaimRow>($"""
            {SearchBase} SELECT b.* FROM b {Where()} ORDER BY {order} LIMIT @limit OFFSET @offset
            """, parameters).AsList());
        var total = c.ExecuteScalar<int>($"{SearchBase} SELECT COUNT(*) FROM b {Where()}", parameters);
        if (!query.WithFacets) return new ClaimSearchResult(rows, total, null);

        IReadOnlyList<FacetValue> Count(string facet, string value, string joins = "") =>
            c.Query<(string Value, long Count)>($"""
                {SearchBase} SELECT {value}, COUNT(DISTINCT b.id) FROM b {joins} {Where(facet, value + " IS NOT NULL")}
                GROUP BY {value} ORDER BY COUNT(DISTINCT b.id) DESC, {value} COLLATE NOCASE
                """, parameters).Select(f => new FacetValue(f.Value, (int)f.Count)).ToList();
        return new ClaimSearchResult(rows, total, new ClaimFacets(
            Count("type", "b.type"),
            Count("status", "b.status"),
            Count(query.AllTags ? "" : "tag", "t.name", "JOIN annotation_tags at ON at.annotation_id = b.annotation_id JOIN tags t ON t.id = at.tag_id"),
            Count("author", "b.author"),
            Count("speaker", "b.speaker"),
            Count("entity", "me.name", $"JOIN mentions m ON {MentionedIn} JOIN entities me ON me.id = m.entity_id")));
    }

    private static IReadOnlyList<ClaimRow> WithTags(SqliteConnection c, List<ClaimRow> rows)
    {
        var ids = rows.Where(r => r.AnnotationId is not null).Select(r => r.AnnotationId!.Value).ToList();
        if (ids.Count == 0) return rows;
        var tags = c.Query<(long AnnotationId, long Id, string Name, string Colour)>("""
            SELECT at.annotation_id, t.id, t.name, t.colour FROM annotation_tags at JOIN tags t ON t.id = at.tag_id
            WHERE at.annotation_id IN (SELECT value FROM json_each(@ids)) ORDER BY t.name COLLATE NOCASE
            """, new { ids = JsonSerializer.Serialize(ids) }).ToLookup(t => t.AnnotationId, t => new ClaimRowTag(t.Id, t.Name, t.Colour));
        return rows.Select(r => r.AnnotationId is { } a && tags.Contains(a) ? r with { Tags = tags[a].ToList() } : r).ToList();
    }

    // A sentence the extractor passed over, made a claim by a reader. Returns the claim's id (existing or new).
    internal static long InsertReaderClaim(SqliteConnection c, SqliteTransaction tx, long sentenceId, string type)
    {
        var existing = c.ExecuteScalar<long?>("SELECT id FROM claims WHERE sentence_id = @sentenceId", new { sentenceId }, tx);
        if (existing is not null) return existing.Value;
        var s = c.QuerySingle<(long ArticleId, long BlockId, long Start, long End, string Text, double Score, string? Author, string BlockText)>("""
            SELECT s.article_id, s.block_id, s.start_offset, s.end_offset, s.text, s.score, au.name, b.text
            FROM sentences s JOIN articles a ON a.id = s.article_id LEFT JOIN authors au ON au.id = a.author_id JOIN blocks b ON b.id = s.block_id
            WHERE s.id = @sentenceId
            """, new { sentenceId }, tx);
        var (start, end) = ((int)s.Start, (int)s.End);
        return c.ExecuteScalar<long>("""
            INSERT INTO claims (article_id, block_id, sentence_id, start_offset, end_offset, text, type, score, speaker, speaker_source,
                hedge, cues, quote_exact, quote_prefix, quote_suffix)
            VALUES (@ArticleId, @BlockId, @sentenceId, @start, @end, @Text, @type, @Score, @Author, 'author',
                'certain', @cues, @Text, @prefix, @suffix) RETURNING id
            """, new
        {
            s.ArticleId, s.BlockId, sentenceId, start, end, s.Text, type, s.Score, s.Author,
            cues = JsonSerializer.Serialize(new[] { "marked as a claim by a reader (the extractor had passed it over)" }, Json),
            prefix = s.BlockText[Math.Max(0, start - QuoteContext)..start], suffix = s.BlockText[end..Math.Min(s.BlockText.Length, end + QuoteContext)],
        }, tx);
    }

    // Inside the ingest transaction: each article's sentences, claims and raw mentions. Block ids are by ordinal.
    internal sealed class Writer(SqliteConnection c, SqliteTransaction tx) : IDisposable
    {
        private readonly PreparedCommand _sentence = new(c, tx, """
            INSERT INTO sentences (article_id, block_id, ordinal, start_offset, end_offset, text, score, is_claim)
            VALUES (@articleId, @blockId, @ordinal, @start, @end, @text, @score, @isClaim) RETURNING id
            """, "articleId", "blockId", "ordinal", "start", "end", "text", "score", "isClaim");

        private readonly PreparedCommand _claim = new(c, tx, """
            INSERT INTO claims (article_id, block_id, sentence_id, start_offset, end_offset, text, type, score, speaker,
                speaker_source, speaker_start, speaker_end, hedge, quantities, time_refs, cues, quote_exact, quote_prefix, quote_suffix)
            VALUES (@articleId, @blockId, @sentenceId, @start, @end, @text, @type, @score, @speaker,
                @speakerSource, @speakerStart, @speakerEnd, @hedge, @quantities, @timeRefs, @cues, @text, @prefix, @suffix)
            """, "articleId", "blockId", "sentenceId", "start", "end", "text", "type", "score", "speaker",
            "speakerSource", "speakerStart", "speakerEnd", "hedge", "quantities", "timeRefs", "cues", "prefix", "suffix");

        private readonly PreparedCommand _mention = new(c, tx, """
            INSERT INTO mentions (article_id, block_id, start_offset, end_offset, text, kind, raw_key, title, rule)
            VALUES (@articleId, @blockId, @start, @end, @text, @kind, @key, @title, @rule)
            """, "articleId", "blockId", "start", "end", "text", "kind", "key", "title", "rule");

        public (int Sentences, int Claims) Insert(long articleId, IReadOnlyList<long> blockIds, IReadOnlyList<string> blockTexts, ArticleAnalysis analysis)
        {
            var claims = 0;
            foreach (var s in analysis.Sentences)
            {
                var blockId = blockIds[s.Unit.BlockOrdinal];
                var sentenceId = _sentence.Scalar(articleId, blockId, s.Ordinal, s.Unit.Start, s.Unit.End, s.Unit.Text, s.Score, s.IsClaim);
                if (!s.IsClaim) continue;
                var text = blockTexts[s.Unit.BlockOrdinal];
                var a = s.Claim;
                _claim.Execute(articleId, blockId, sentenceId, s.Unit.Start, s.Unit.End, s.Unit.Text, a.Type, s.Score, a.Speaker,
                    a.SpeakerSource,
                    a.SpeakerSpan is null ? null : s.Unit.Start + a.SpeakerSpan.Start,
                    a.SpeakerSpan is null ? null : s.Unit.Start + a.SpeakerSpan.End,
                    a.Hedge,
                    JsonSerializer.Serialize(a.Quantities.Where(q => !q.IsModifier).Select(q => new
                        { q.Text, q.Value, q.Unit, q.Qualifier, q.Bound, q.Approximate, Start = s.Unit.Start + q.Start, End = s.Unit.Start + q.End }), Json),
                    JsonSerializer.Serialize(a.TimeReferences.Select(t => new
                        { t.Text, t.Kind, t.Resolved, t.IsFuture, Start = s.Unit.Start + t.Start, End = s.Unit.Start + t.End }), Json),
                    JsonSerializer.Serialize(s.Cues, Json),
                    text[Math.Max(0, s.Unit.Start - QuoteContext)..s.Unit.Start],
                    text[s.Unit.End..Math.Min(text.Length, s.Unit.End + QuoteContext)]);
                claims++;
            }
            foreach (var m in analysis.Mentions)
                _mention.Execute(articleId, blockIds[m.BlockOrdinal], m.Mention.Start, m.Mention.End, m.Mention.Text, m.Mention.Kind,
                    m.Mention.Key, m.Mention.Title?.Text, m.Mention.Rule);
            return (analysis.Sentences.Count, claims);
        }

        public void Dispose()
        {
            _sentence.Dispose();
            _claim.Dispose();
            _mention.Dispose();
        }
    }
}
