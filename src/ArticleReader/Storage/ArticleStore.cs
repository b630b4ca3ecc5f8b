using System.Diagnostics;
using System.Text.Json;
using ArticleReader.Model;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArticleReader.Storage;

public interface IArticleStore
{
    SourceRecord? FindSourceByPath(string path);
    SourceRecord? FindSourceByHash(string contentHash);
    SaveResult SaveSource(SourceWrite source, ParsedSource parsed);
    void RecordFailure(string name, string path, string contentHash, long sizeBytes, string error);
    int CountArticles();
    IReadOnlyList<ArticleSummary> ListArticles();
    ArticleDetail? FindArticle(string slug);
    SourceRecord? FindSource(long id);
    string? SourceText(long sourceId);
    IReadOnlyList<BlockRecord> SourceBlocks(long sourceId);
    string? FindSlugByTitle(string title);
    bool DeleteArticle(string slug);
}

// SQL for sources, authors, articles and blocks.
public sealed class ArticleStore(Database database) : IArticleStore
{
    // Where set, the time each part of SaveSource took, summed over calls.
    public StageTimes? Times { get; init; }

    private const string SummaryColumns = """
        a.id, a.slug, a.title, a.dek, a.kicker, au.name AS author, au.slug AS author_slug, a.outlet,
        a.published, a.published_precision, a.url, a.section, a.source_id, s.name AS source_file, a.position,
        (SELECT COUNT(*) FROM blocks b WHERE b.article_id = a.id) AS block_count,
        (SELECT COALESCE(SUM(LENGTH(b.text) - LENGTH(REPLACE(b.text, ' ', '')) + 1), 0)
           FROM blocks b WHERE b.article_id = a.id AND b.kind IN ('body', 'heading', 'verse', 'quote', 'list-item')) AS word_count
        """;

    private const string SourceColumns =
        "id, name, path, content_hash, format, encoding, size_bytes, ingested_at, status, error";

    public SourceRecord? FindSourceByPath(string path)
    {
        using var c = database.Open();
        return c.QuerySingleOrDefault<SourceRecord>($"SELECT {SourceColumns} FROM sources WHERE path = @path", new { path });
    }

    public SourceRecord? FindSourceByHash(string contentHash)
    {
        using var c = database.Open();
        return c.QueryFirstOrDefault<SourceRecord>(
            $"SELECT {SourceColumns} FROM sources WHERE content_hash = @contentHash AND status = 'ingested' ORDER BY id",
            new { contentHash });
    }

    public SourceRecord? FindSource(long id)
    {
        using var c = database.Open();
        return c.QuerySingleOrDefault<SourceRecord>($"SELECT {SourceColumns} FROM sources WHERE id = @id", new { id });
    }

    public string? SourceText(long sourceId)
    {
        using var c = database.Open();
        return c.ExecuteScalar<string?>("SELECT original_text FROM sources WHERE id = @sourceId", new { sourceId });
    }

    public IReadOnlyList<BlockRecord> SourceBlocks(long sourceId)
    {
        using var c = database.Open();
        return c.Query<BlockRecord>("""
            SELECT id, article_id, ordinal, kind, text, start_offset, end_offset, meta
            FROM blocks WHERE source_id = @sourceId ORDER BY start_offset, id
            """, new { sourceId }).AsList();
    }

    public string? FindSlugByTitle(string title)
    {
        using var c = database.Open();
        // A link and the page it names may differ in quote style ("Can't" / "Can’t") and case.
        return c.ExecuteScalar<string?>("""
            SELECT slug FROM articles
            WHERE REPLACE(LOWER(title), '’', '''') = REPLACE(LOWER(@title), '’', '''')
            ORDER BY id LIMIT 1
            """, new { title = title.Trim() });
    }

    public int CountArticles()
    {
        using var c = database.Open();
        return c.ExecuteScalar<int>("SELECT COUNT(*) FROM articles");
    }

    public IReadOnlyList<ArticleSummary> ListArticles()
    {
        using var c = database.Open();
        return c.Query<ArticleSummary>($"""
            SELECT {SummaryColumns}
            FROM articles a JOIN sources s ON s.id = a.source_id LEFT JOIN authors au ON au.id = a.author_id
            ORDER BY a.published DESC, s.name, a.position
            """).AsList();
    }

    public ArticleDetail? FindArticle(string slug)
    {
        using var c = database.Open();
        var article = c.QuerySingleOrDefault<ArticleSummary>($"""
            SELECT {SummaryColumns}
            FROM articles a JOIN sources s ON s.id = a.source_id LEFT JOIN authors au ON au.id = a.author_id
            WHERE a.slug = @slug
            """, new { slug });
        if (article is null) return null;
        var blocks = c.Query<BlockRecord>("""
            SELECT id, article_id, ordinal, kind, text, start_offset, end_offset, meta
            FROM blocks WHERE article_id = @Id ORDER BY ordinal
            """, new { article.Id }).AsList();
        return new ArticleDetail(article, blocks);
    }

    // Deletes one article with everything drawn from it (blocks, sentences, claims, mentions and, through a
    // trigger, its search rows). A source left without articles goes too, so adding its file again ingests it anew.
    public bool DeleteArticle(string slug)
    {
        using var c = database.Open();
        using var tx = c.BeginTransaction();
        var article = c.QuerySingleOrDefault<(long Id, long SourceId)?>(
            "SELECT id, source_id FROM articles WHERE slug = @slug", new { slug }, tx);
        if (article is not { } found) return false;
        c.Execute("DELETE FROM articles WHERE id = @Id", new { found.Id }, tx);
        c.Execute("DELETE FROM sources WHERE id = @SourceId AND NOT EXISTS (SELECT 1 FROM articles WHERE source_id = @SourceId)",
            new { found.SourceId }, tx);
        tx.Commit();
        return true;
    }

    public void RecordFailure(string name, string path, string contentHash, long sizeBytes, string error)
    {
        using var c = database.Open();
        // A file that once ingested keeps its articles and its row: a failed re-ingest changes nothing.
        c.Execute("""
            INSERT INTO sources (name, path, content_hash, format, encoding, original_text, size_bytes, ingested_at, status, error)
            VALUES (@name, @path, @contentHash, 'unknown', 'unknown', '', @sizeBytes, @now, 'failed', @error)
            ON CONFLICT(path) DO UPDATE SET content_hash = excluded.content_hash, size_bytes = excluded.size_bytes,
                ingested_at = excluded.ingested_at, error = excluded.error
            WHERE sources.status = 'failed'
            """, new { name, path, contentHash, sizeBytes, now = Now(), error });
    }

    // Writes one source and all its articles and blocks in a single transaction. Articles that still
    // exist after a change keep their ids (matched by title, then position) so that later annotations
    // stay attached to them; articles gone from the file are deleted.
    public SaveResult SaveSource(SourceWrite source, ParsedSource parsed)
    {
        var started = Stopwatch.GetTimestamp();
        using var c = database.Open();
        // Checkpoints copy the log into the database and sync it twice; during a batch of files one every
        // few thousand pages, not every thousand, halves the commit cost. Commits stay one per file, and a
        // killed process loses nothing it committed: the log is replayed on the next open.
        c.Execute(BulkCheckpointPragma);
        try { return SaveSourceIn(c, source, parsed, started); }
        finally { c.Execute(DefaultCheckpointPragma); }
    }

    private const string BulkCheckpointPragma = "PRAGMA wal_autocheckpoint = 10000";  // pages of 4 KB: 40 MB of log
    private const string DefaultCheckpointPragma = "PRAGMA wal_autocheckpoint = 1000"; // SQLite's default

    private SaveResult SaveSourceIn(SqliteConnection c, SourceWrite source, ParsedSource parsed, long started)
    {
        using var tx = c.BeginTransaction();
        var existing = c.QuerySingleOrDefault<SourceRecord>(
            $"SELECT {SourceColumns} FROM sources WHERE path = @Path", new { source.Path }, tx);
        if (existing is { Status: "ingested" } && existing.ContentHash == source.ContentHash)
            return new SaveResult(SaveOutcome.Unchanged, existing.Id, 0, 0, []);

        var now = Now();
        long sourceId;
        if (existing is null)
        {
            sourceId = c.ExecuteScalar<long>("""
                INSERT INTO sources (name, path, content_hash, format, encoding, original_text, size_bytes, ingested_at, status, error)
                VALUES (@Name, @Path, @ContentHash, @Format, @Encoding, @Text, @SizeBytes, @now, 'ingested', NULL)
                RETURNING id
                """, new { source.Name, source.Path, source.ContentHash, source.Format, source.Encoding, source.Text, source.SizeBytes, now }, tx);
        }
        else
        {
            sourceId = existing.Id;
            c.Execute("""
                UPDATE sources SET name = @Name, content_hash = @ContentHash, format = @Format, encoding = @Encoding,
                    original_text = @Text, size_bytes = @SizeBytes, ingested_at = @now, status = 'ingested', error = NULL
                WHERE id = @sourceId
                """, new { source.Name, source.ContentHash, source.Format, source.Encoding, source.Text, source.SizeBytes, now, sourceId }, tx);
        }

        var previous = c.Query<(long Id, string Title, long Position)>(
            "SELECT id, title, position FROM articles WHERE source_id = @sourceId", new { sourceId }, tx).AsList();
        c.Execute("DELETE FROM blocks WHERE source_id = @sourceId", new { sourceId }, tx);
        // Positions are unique per source; park the surviving rows out of the way before renumbering.
        c.Execute("UPDATE articles SET position = -1 - position WHERE source_id = @sourceId", new { sourceId }, tx);

        Times?.Add("save: source row", started);
        var kept = new HashSet<long>();
        var slugs = new List<string>();
        var blockCount = 0;
        using var blockInsert = BlockInsert(c, tx);
        using var claimWriter = new ClaimStore.Writer(c, tx);
        for (var position = 0; position < parsed.Articles.Count; position++)
        {
            started = Stopwatch.GetTimestamp();
            var article = parsed.Articles[position];
            var match = previous.FirstOrDefault(p => !kept.Contains(p.Id) && p.Title == article.Title);
            if (match.Id == 0) match = previous.FirstOrDefault(p => !kept.Contains(p.Id) && p.Position == position);
            var authorId = article.Author is null ? (long?)null : UpsertAuthor(c, tx, article.Author);
            var values = new
            {
                sourceId, position, article.Title, article.Dek, article.Kicker, article.Outlet, authorId,
                Published = article.Published?.Iso,
                PublishedPrecision = article.Published is null ? "unknown" : article.Published.Precision.ToString().ToLowerInvariant(),
                article.Url, article.Section, StartOffset = article.Start, EndOffset = article.End, now,
            };
            long articleId;
            string slug;
            if (match.Id != 0)
            {
                articleId = match.Id;
                kept.Add(articleId);
                slug = UniqueSlug(c, tx, Slugs.From(article.Title), articleId);
                c.Execute("""
                    UPDATE articles SET position = @position, slug = @slug, title = @Title, dek = @Dek, kicker = @Kicker,
                        outlet = @Outlet, author_id = @authorId, published = @Published, published_precision = @PublishedPrecision,
                        url = @Url, section = @Section, start_offset = @StartOffset, end_offset = @EndOffset, updated_at = @now
                    WHERE id = @articleId
                    """, new DynamicParameters(values).With(new { slug, articleId }), tx);
            }
            else
            {
                slug = UniqueSlug(c, tx, Slugs.From(article.Title), null);
                articleId = c.ExecuteScalar<long>("""
                    INSERT INTO articles (source_id, position, slug, title, dek, kicker, outlet, author_id, published,
                        published_precision, url, section, start_offset, end_offset, created_at, updated_at)
                    VALUES (@sourceId, @position, @slug, @Title, @Dek, @Kicker, @Outlet, @authorId, @Published,
                        @PublishedPrecision, @Url, @Section, @StartOffset, @EndOffset, @now, @now)
                    RETURNING id
                    """, new DynamicParameters(values).With(new { slug }), tx);
                kept.Add(articleId);
            }
            slugs.Add(slug);
            var blockIds = InsertBlocks(blockInsert, sourceId, articleId, article.Blocks);
            blockCount += blockIds.Count;
            Times?.Add("save: article and blocks", started);
            started = Stopwatch.GetTimestamp();
            // In the same transaction: an article is never stored without its sentences and claims.
            claimWriter.Insert(articleId, blockIds, article.Blocks.Select(b => b.Text).ToList(), article.Analysis);
            Times?.Add("save: sentences, claims, mentions", started);
            started = Stopwatch.GetTimestamp();
            AnnotationStore.Reanchor(c, tx, articleId); // the reader's work follows the text it was made on
            Times?.Add("save: annotations", started);
            started = Stopwatch.GetTimestamp();
            ReferenceStore.Recompute(c, tx, articleId); // the pieces it cites, found again in its new text
            Times?.Add("save: references", started);
            started = Stopwatch.GetTimestamp();
            // And never searchable half-indexed: its search rows are replaced in the same transaction.
            SearchStore.Reindex(c, tx, articleId);
            Times?.Add("save: search index", started);
        }
        started = Stopwatch.GetTimestamp();
        InsertBlocks(blockInsert, sourceId, null, parsed.Outside);
        foreach (var gone in previous.Where(p => !kept.Contains(p.Id)))
        {
            AnnotationStore.OrphanArticle(c, tx, gone.Id);
            c.Execute("DELETE FROM articles WHERE id = @Id", new { gone.Id }, tx);
        }
        tx.Commit();
        Times?.Add("save: commit", started);
        return new SaveResult(existing is { Status: "ingested" } ? SaveOutcome.Replaced : SaveOutcome.Created,
            sourceId, parsed.Articles.Count, blockCount, slugs);
    }

    private static PreparedCommand BlockInsert(SqliteConnection c, SqliteTransaction tx) => new(c, tx, """
        INSERT INTO blocks (source_id, article_id, ordinal, kind, text, start_offset, end_offset, meta)
        VALUES (@sourceId, @articleId, @ordinal, @kind, @text, @startOffset, @endOffset, @meta)
        RETURNING id
        """, "sourceId", "articleId", "ordinal", "kind", "text", "startOffset", "endOffset", "meta");

    private static IReadOnlyList<long> InsertBlocks(PreparedCommand insert, long sourceId, long? articleId, IReadOnlyList<ParsedBlock> blocks)
    {
        var ids = new List<long>(blocks.Count);
        for (var ordinal = 0; ordinal < blocks.Count; ordinal++)
        {
            var b = blocks[ordinal];
            ids.Add(insert.Scalar(sourceId, articleId, ordinal, b.Kind, b.Text, b.Start, b.End,
                b.Meta.Count == 0 ? null : JsonSerializer.Serialize(b.Meta)));
        }
        return ids;
    }

    private static long UpsertAuthor(SqliteConnection c, SqliteTransaction tx, string name)
    {
        var id = c.ExecuteScalar<long?>("SELECT id FROM authors WHERE name = @name", new { name }, tx);
        if (id is not null) return id.Value;
        var slug = Slugs.From(name);
        var taken = c.ExecuteScalar<int>("SELECT COUNT(*) FROM authors WHERE slug = @slug OR slug LIKE @prefix", new { slug, prefix = slug + "-%" }, tx);
        if (taken > 0) slug = $"{slug}-{taken + 1}";
        return c.ExecuteScalar<long>("INSERT INTO authors (name, slug) VALUES (@name, @slug) RETURNING id", new { name, slug }, tx);
    }

    private static string UniqueSlug(SqliteConnection c, SqliteTransaction tx, string baseSlug, long? ownId)
    {
        for (var n = 1; ; n++)
        {
            var candidate = n == 1 ? baseSlug : $"{baseSlug}-{n}";
            var holder = c.ExecuteScalar<long?>("SELECT id FROM articles WHERE slug = @candidate", new { candidate }, tx);
            if (holder is null || holder == ownId) return candidate;
        }
    }

    private static string Now() => DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ");
}

internal static class DynamicParametersExtensions
{
    public static DynamicParameters With(this DynamicParameters parameters, object more)
    {
        parameters.AddDynamicParams(more);
        return parameters;
    }
}
