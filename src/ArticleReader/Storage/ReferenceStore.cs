using System.Text.Json;
using ArticleReader.References;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArticleReader.Storage;

public sealed record ReferenceRecord
{
    public long Id { get; init; }
    public long ArticleId { get; init; }
    public string ArticleSlug { get; init; } = "";
    public string ArticleTitle { get; init; } = "";
    public string? ArticlePublished { get; init; }
    public long? AuthorId { get; init; }
    public string? Author { get; init; }
    public string? AuthorSlug { get; init; }
    public long BlockId { get; init; }
    public string Kind { get; init; } = "";
    public string Rule { get; init; } = "";
    public int StartOffset { get; init; }
    public int EndOffset { get; init; }
    public string Text { get; init; } = "";
    public string? CitedAuthor { get; init; }
    public long? CitedAuthorId { get; init; }
    public string? CitedAuthorName { get; init; }
    public string? CitedAuthorSlug { get; init; }
    public string? CitedTitle { get; init; }
    public string? CitedOutlet { get; init; }
    public long? CitedArticleId { get; init; }
    public string? CitedArticleSlug { get; init; }
    public string? CitedArticleTitle { get; init; }
    public double MatchScore { get; init; }
    public bool Resolved { get; init; }
}

public sealed record ReferenceSummary(int References, int WithAuthor, int Resolved, int CitedOnlyAuthors);

public interface IReferenceStore
{
    ReferenceSummary Resolve();
    IReadOnlyList<ReferenceRecord> All();
    IReadOnlyList<ReferenceRecord> ForArticle(long articleId);
    IReadOnlyList<ReferenceRecord> ByAuthor(long authorId);
    IReadOnlyList<ReferenceRecord> Citing(long authorId);
}

// SQL for explicit references between pieces, and their resolution to authors and library articles.
public sealed class ReferenceStore(Database database) : IReferenceStore
{
    private const string Columns = """
        r.id, r.article_id, a.slug AS article_slug, a.title AS article_title, a.published AS article_published,
        a.author_id, au.name AS author, au.slug AS author_slug, r.block_id, r.kind, r.rule, r.start_offset, r.end_offset, r.text,
        r.cited_author, r.cited_author_id, ca.name AS cited_author_name, ca.slug AS cited_author_slug, r.cited_title, r.cited_outlet,
        r.cited_article_id, cart.slug AS cited_article_slug, cart.title AS cited_article_title, r.match_score, r.resolved
        FROM "references" r JOIN articles a ON a.id = r.article_id LEFT JOIN authors au ON au.id = a.author_id
        LEFT JOIN authors ca ON ca.id = r.cited_author_id LEFT JOIN articles cart ON cart.id = r.cited_article_id
        """;

    private sealed record Row(long Id, long ArticleId, string? CitedAuthor, string? CitedTitle, long? CitedAuthorId, long? CitedArticleId, double MatchScore, long Resolved);

    private sealed record AuthorRow(long Id, string Name, string AddedBy);

    public ReferenceSummary Resolve()
    {
        using var c = database.Open();
        using var tx = c.BeginTransaction();
        var summary = ResolveRows(c, tx, null);
        tx.Commit();
        return summary;
    }

    public IReadOnlyList<ReferenceRecord> All()
    {
        using var c = database.Open();
        return c.Query<ReferenceRecord>($"SELECT {Columns} ORDER BY a.published, r.article_id, r.id").AsList();
    }

    public IReadOnlyList<ReferenceRecord> ForArticle(long articleId)
    {
        using var c = database.Open();
        return c.Query<ReferenceRecord>($"SELECT {Columns} WHERE r.article_id = @articleId ORDER BY r.id", new { articleId }).AsList();
    }

    public IReadOnlyList<ReferenceRecord> ByAuthor(long authorId)
    {
        using var c = database.Open();
        return c.Query<ReferenceRecord>($"SELECT {Columns} WHERE a.author_id = @authorId ORDER BY a.published, r.id", new { authorId }).AsList();
    }

    public IReadOnlyList<ReferenceRecord> Citing(long authorId)
    {
        using var c = database.Open();
        return c.Query<ReferenceRecord>($"""
            SELECT {Columns} WHERE (r.cited_author_id = @authorId OR cart.author_id = @authorId)
              AND (a.author_id IS NULL OR a.author_id != @authorId)
            ORDER BY a.published, r.id
            """, new { authorId }).AsList();
    }

    // Inside the ingest transaction, after the article's blocks are written: its references found again from
    // its text and resolved against the library as it stands (the batch's Resolve revisits them).
    internal static void Recompute(SqliteConnection c, SqliteTransaction tx, long articleId)
    {
        c.Execute("""DELETE FROM "references" WHERE article_id = @articleId""", new { articleId }, tx);
        var author = c.ExecuteScalar<string?>(
            "SELECT au.name FROM articles a LEFT JOIN authors au ON au.id = a.author_id WHERE a.id = @articleId", new { articleId }, tx);
        var blocks = c.Query<(long Id, long Ordinal, string Kind, string Text, string? Meta)>(
            "SELECT id, ordinal, kind, text, meta FROM blocks WHERE article_id = @articleId ORDER BY ordinal", new { articleId }, tx).AsList();
        var ids = blocks.ToDictionary(b => (int)b.Ordinal, b => b.Id);
        var found = ReferenceExtractor.Extract(blocks.Select(b => new ReferenceBlock((int)b.Ordinal, b.Kind, b.Text, Meta(b.Meta))).ToList(), author);
        foreach (var r in found)
        {
            c.Execute("""
                INSERT INTO "references" (article_id, block_id, kind, rule, start_offset, end_offset, text, cited_author, cited_title, cited_outlet)
                VALUES (@articleId, @blockId, @Kind, @Rule, @Start, @End, @Text, @CitedAuthor, @CitedTitle, @CitedOutlet)
                """, new
            {
                articleId, blockId = ids[r.BlockOrdinal], r.Kind, r.Rule, r.Evidence.Start, r.Evidence.End, r.Evidence.Text,
                r.CitedAuthor, r.CitedTitle, r.CitedOutlet,
            }, tx);
        }
        ResolveRows(c, tx, articleId);
    }

    // Links each reference to its writer's author row (made for writers the library has no article by) and,
    // when the piece is in the library, to its article. Author rows made this way that nothing names any more go.
    private static ReferenceSummary ResolveRows(SqliteConnection c, SqliteTransaction tx, long? articleId)
    {
        var rows = c.Query<Row>("""
            SELECT id, article_id, cited_author, cited_title, cited_author_id, cited_article_id, match_score, resolved FROM "references"
            WHERE @articleId IS NULL OR article_id = @articleId ORDER BY id
            """, new { articleId }, tx).AsList();
        // Loaded only when a reference needs them: during an ingest this runs once per article, and the library grows.
        List<LibraryPiece>? library = null;
        Dictionary<long, long?>? authorOf = null;
        List<AuthorRow>? authors = null;
        Dictionary<string, string>? fullNames = null;
        foreach (var row in rows)
        {
            var match = string.IsNullOrWhiteSpace(row.CitedTitle) ? new PieceMatch(null, 0)
                : ReferenceResolver.Resolve(row.CitedAuthor, row.CitedTitle, row.ArticleId, library ??= c.Query<LibraryPiece>("""
                    SELECT a.id AS ArticleId, a.title AS Title, au.name AS Author FROM articles a LEFT JOIN authors au ON au.id = a.author_id ORDER BY a.id
                    """, transaction: tx).AsList());
            long? authorId = row.CitedAuthor is { } name
                ? AuthorFor(c, tx, authors ??= c.Query<AuthorRow>("SELECT id, name, added_by FROM authors ORDER BY id", transaction: tx).AsList(),
                    (fullNames ??= PersonNames(c, tx)).GetValueOrDefault(AuthorNames.Fold(name), name))
                : match.ArticleId is { } cited ? (authorOf ??= c.Query<(long ArticleId, long? AuthorId)>("SELECT id, author_id FROM articles", transaction: tx)
                    .ToDictionary(x => x.ArticleId, x => x.AuthorId)).GetValueOrDefault(cited) : null;
            var resolved = match.ArticleId is null ? 0L : 1L;
            if (authorId == row.CitedAuthorId && match.ArticleId == row.CitedArticleId && match.Score == row.MatchScore && resolved == row.Resolved) continue;
            c.Execute("""
                UPDATE "references" SET cited_author_id = @authorId, cited_article_id = @ArticleId, match_score = @Score, resolved = @resolved
                WHERE id = @Id
                """, new { authorId, match.ArticleId, match.Score, resolved, row.Id }, tx);
        }
        if (articleId is null)
        {
            c.Execute("UPDATE authors SET added_by = 'article' WHERE added_by = 'reference' AND id IN (SELECT author_id FROM articles)", transaction: tx);
            c.Execute("""
                DELETE FROM authors WHERE added_by = 'reference'
                  AND id NOT IN (SELECT author_id FROM articles WHERE author_id IS NOT NULL)
                  AND id NOT IN (SELECT cited_author_id FROM "references" WHERE cited_author_id IS NOT NULL)
                """, transaction: tx);
        }
        var counts = c.QuerySingle<(long Total, long WithAuthor, long Resolved)>("""
            SELECT COUNT(*), COUNT(cited_author_id), COALESCE(SUM(resolved), 0) FROM "references" WHERE @articleId IS NULL OR article_id = @articleId
            """, new { articleId }, tx);
        var citedOnly = c.ExecuteScalar<long>("SELECT COUNT(*) FROM authors WHERE id NOT IN (SELECT author_id FROM articles WHERE author_id IS NOT NULL)", transaction: tx);
        return new ReferenceSummary((int)counts.Total, (int)counts.WithAuthor, (int)counts.Resolved, (int)citedOnly);
    }

    // "Abu Toha" -> "Mosab Abu Toha": the full name the corpus resolved a person's shorter forms to. A form shared
    // by two people is left as written.
    private static Dictionary<string, string> PersonNames(SqliteConnection c, SqliteTransaction tx)
    {
        var forms = c.Query<(string Name, string Aliases)>("SELECT name, aliases FROM entities WHERE kind = 'person'", transaction: tx)
            .SelectMany(e => (JsonSerializer.Deserialize<string[]>(e.Aliases) ?? []).Append(e.Name).Select(alias => (Form: AuthorNames.Fold(alias), e.Name)))
            .GroupBy(x => x.Form).Where(g => g.Select(x => x.Name).Distinct().Count() == 1);
        return forms.ToDictionary(g => g.Key, g => g.First().Name);
    }

    // The author row a cited name belongs to: one whose name agrees ("Eliot Cohen" is "Eliot A. Cohen"), else a new one.
    private static long AuthorFor(SqliteConnection c, SqliteTransaction tx, List<AuthorRow> authors, string name)
    {
        var existing = authors.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? authors.FirstOrDefault(a => AuthorNames.Agree(a.Name, name));
        if (existing is not null) return existing.Id;
        var slug = Slugs.From(name);
        var taken = c.ExecuteScalar<int>("SELECT COUNT(*) FROM authors WHERE slug = @slug OR slug LIKE @prefix", new { slug, prefix = slug + "-%" }, tx);
        if (taken > 0) slug = $"{slug}-{taken + 1}";
        var id = c.ExecuteScalar<long>("INSERT INTO authors (name, slug, added_by) VALUES (@name, @slug, 'reference') RETURNING id", new { name, slug }, tx);
        authors.Add(new AuthorRow(id, name, "reference"));
        return id;
    }

    private static IReadOnlyDictionary<string, string> Meta(string? json) =>
        string.IsNullOrEmpty(json) ? Model.ParsedBlock.EmptyMeta : JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? new();
}
