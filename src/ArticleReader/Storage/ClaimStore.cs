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
}

// SQL for sentences and claims.
public sealed class ClaimStore(Database database) : IClaimStore
{
    private const int QuoteContext = 32; // W3C TextQuoteSelector prefix/suffix length

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
                        { q.Text, q.Value, q.Unit, q.Qualifier, q.Bound, q.Approximate, Start = s.Unit.Start + q.Start, End = s.Unit.Start + q.End })),
                    JsonSerializer.Serialize(a.TimeReferences.Select(t => new
                        { t.Text, t.Kind, t.Resolved, t.IsFuture, Start = s.Unit.Start + t.Start, End = s.Unit.Start + t.End })),
                    JsonSerializer.Serialize(s.Cues),
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
