using ArticleReader.Claims;
using ArticleReader.References;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArticleReader.Storage;

public sealed record AuthorSummary
{
    public long Id { get; init; }
    public string Name { get; init; } = "";
    public string Slug { get; init; } = "";
    public string AddedBy { get; init; } = "article";
    public int ArticleCount { get; init; }
    public int ClaimCount { get; init; }
    public int CitesCount { get; init; }
    public int CitedByCount { get; init; }
    // Known only because other pieces name them: no article of theirs is in the library.
    public bool CitedOnly => ArticleCount == 0;
}

public sealed record AuthorEntity
{
    public long EntityId { get; init; }
    public string Name { get; init; } = "";
    public string Kind { get; init; } = "";
    public int Mentions { get; init; }
    public int Articles { get; init; }
}

public static class AuthorEdgeKinds
{
    public const string Cites = "cites";             // an explicit reference to their piece or to them
    public const string Mentions = "mentions";       // names them in the text
    public const string Supports = "supports";       // a reader linked a claim as agreeing with theirs
    public const string Contradicts = "contradicts"; // a reader linked a claim as disagreeing with theirs

    public static readonly IReadOnlyList<string> All = [Cites, Mentions, Supports, Contradicts];
}

// An edge of the author graph. A piece without a known author stands for itself (FromArticleId) so that what
// it cites is not lost.
public sealed record AuthorEdge(long? FromAuthorId, long? FromArticleId, long ToAuthorId, string Kind, int Count);

// Two claims a reader linked, seen from one author's side.
public sealed record AuthorClaimLink(long ClaimId, string ClaimText, string ArticleSlug, string Relation, long OtherClaimId, string OtherText,
    string OtherArticleSlug, string OtherArticleTitle, long? OtherAuthorId, string? OtherAuthor, string? OtherAuthorSlug);

public sealed record ClaimLinks(bool Available, IReadOnlyList<AuthorClaimLink> Links);

public interface IAuthorStore
{
    IReadOnlyList<AuthorSummary> List();
    AuthorSummary? Find(string slug);
    IReadOnlyList<AuthorEntity> TopEntities(long authorId, int limit = 12);
    IReadOnlyList<AuthorEdge> Edges();
    ClaimLinks LinksFor(long authorId);
}

// SQL for authors as the cross-references see them: who writes what, who cites and mentions whom, who agrees.
public sealed class AuthorStore(Database database) : IAuthorStore
{
    private const string SummarySelect = """
        SELECT au.id, au.name, au.slug, au.added_by,
            (SELECT COUNT(*) FROM articles a WHERE a.author_id = au.id) AS article_count,
            (SELECT COUNT(*) FROM claims c JOIN articles a ON a.id = c.article_id WHERE a.author_id = au.id
                AND NOT EXISTS (SELECT 1 FROM annotations an WHERE an.kind = 'claim' AND an.claim_id = c.id AND an.claim_override = 0)) AS claim_count,
            (SELECT COUNT(*) FROM "references" r JOIN articles a ON a.id = r.article_id WHERE a.author_id = au.id) AS cites_count,
            (SELECT COUNT(*) FROM "references" r JOIN articles a ON a.id = r.article_id LEFT JOIN articles ca ON ca.id = r.cited_article_id
                WHERE (r.cited_author_id = au.id OR ca.author_id = au.id) AND (a.author_id IS NULL OR a.author_id != au.id)) AS cited_by_count
        FROM authors au
        """;

    // Link and caption names are counted as references and credits, not as what a writer writes about.
    private const string TextMentions = """
        FROM mentions m JOIN entities e ON e.id = m.entity_id JOIN articles a ON a.id = m.article_id JOIN blocks b ON b.id = m.block_id
        WHERE b.kind NOT IN ('related-link', 'caption', 'image-alt', 'excerpt')
        """;

    public IReadOnlyList<AuthorSummary> List()
    {
        using var c = database.Open();
        return c.Query<AuthorSummary>(SummarySelect).OrderBy(a => a.CitedOnly).ThenBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    public AuthorSummary? Find(string slug)
    {
        using var c = database.Open();
        return c.QuerySingleOrDefault<AuthorSummary>(SummarySelect + " WHERE au.slug = @slug", new { slug });
    }

    public IReadOnlyList<AuthorEntity> TopEntities(long authorId, int limit = 12)
    {
        using var c = database.Open();
        var name = c.ExecuteScalar<string?>("SELECT name FROM authors WHERE id = @authorId", new { authorId }) ?? "";
        return c.Query<AuthorEntity>($"""
            SELECT e.id AS EntityId, e.name AS Name, e.kind AS Kind, COUNT(*) AS Mentions, COUNT(DISTINCT m.article_id) AS Articles
            {TextMentions} AND a.author_id = @authorId
            GROUP BY e.id ORDER BY COUNT(*) DESC, e.name
            """, new { authorId })
            .Where(e => !(e.Kind == EntityKinds.Person && AuthorNames.Agree(e.Name, name))) // a writer naming themself
            .Take(limit).ToList();
    }

    public IReadOnlyList<AuthorEdge> Edges()
    {
        using var c = database.Open();
        var edges = new List<AuthorEdge>();
        // Cites: to the cited writer, or to the writer of the cited library piece.
        edges.AddRange(c.Query<(long? FromAuthor, long FromArticle, long To, long Count)>("""
            SELECT a.author_id, a.id, COALESCE(r.cited_author_id, ca.author_id), COUNT(*)
            FROM "references" r JOIN articles a ON a.id = r.article_id LEFT JOIN articles ca ON ca.id = r.cited_article_id
            WHERE COALESCE(r.cited_author_id, ca.author_id) IS NOT NULL
            GROUP BY a.id, 3
            """).GroupBy(x => (x.FromAuthor, FromArticle: x.FromAuthor is null ? x.FromArticle : (long?)null, x.To))
            .Select(g => new AuthorEdge(g.Key.FromAuthor, g.Key.FromArticle, g.Key.To, AuthorEdgeKinds.Cites, (int)g.Sum(x => x.Count))));
        // Mentions: a person named in the text whose name is an author's.
        var authors = c.Query<(long Id, string Name)>("SELECT id, name FROM authors").AsList();
        var named = c.Query<(long? AuthorId, long ArticleId, string Name, long Count)>($"""
            SELECT a.author_id, a.id, e.name, COUNT(*) {TextMentions} AND e.kind = 'person' GROUP BY a.id, e.id
            """).AsList();
        edges.AddRange(named
            .SelectMany(n => authors.Where(au => AuthorNames.Agree(au.Name, n.Name) && au.Id != n.AuthorId).Select(au => (n, To: au.Id)))
            .GroupBy(x => (x.n.AuthorId, FromArticle: x.n.AuthorId is null ? x.n.ArticleId : (long?)null, x.To))
            .Select(g => new AuthorEdge(g.Key.AuthorId, g.Key.FromArticle, g.Key.To, AuthorEdgeKinds.Mentions, (int)g.Sum(x => x.n.Count))));
        // Supports and contradicts: the reader's typed links between claims of two writers.
        {
            var links = c.Query<(long? FromAuthor, long FromArticle, long? ToAuthor, string Relation)>($"""
                SELECT fa.author_id, fa.id, ta.author_id, l.relation
                FROM ({LinkedClaims}) l JOIN claims fc ON fc.id = l.from_claim JOIN articles fa ON fa.id = fc.article_id
                JOIN claims tc ON tc.id = l.to_claim JOIN articles ta ON ta.id = tc.article_id
                """).AsList();
            edges.AddRange(links
                .Where(l => l.ToAuthor is not null && l.FromAuthor != l.ToAuthor && Stance(l.Relation) is not null)
                .GroupBy(l => (l.FromAuthor, FromArticle: l.FromAuthor is null ? l.FromArticle : (long?)null, To: l.ToAuthor!.Value, Kind: Stance(l.Relation)!))
                .Select(g => new AuthorEdge(g.Key.FromAuthor, g.Key.FromArticle, g.Key.To, g.Key.Kind, g.Count())));
        }
        return edges.Where(e => e.FromAuthorId != e.ToAuthorId).ToList();
    }

    public ClaimLinks LinksFor(long authorId)
    {
        using var c = database.Open();
        var rows = c.Query<(long FromClaim, long ToClaim, string Relation)>(LinkedClaims).AsList();
        var claims = c.Query<(long Id, string Text, string Slug, string Title, long? AuthorId, string? Author, string? AuthorSlug)>("""
            SELECT c.id, c.text, a.slug, a.title, a.author_id, au.name, au.slug FROM claims c JOIN articles a ON a.id = c.article_id
            LEFT JOIN authors au ON au.id = a.author_id
            """).ToDictionary(x => x.Id);
        var links = new List<AuthorClaimLink>();
        foreach (var (from, to, relation) in rows)
        {
            if (!claims.TryGetValue(from, out var f) || !claims.TryGetValue(to, out var t)) continue;
            if (f.AuthorId == authorId && t.AuthorId != authorId) links.Add(new(f.Id, f.Text, f.Slug, relation, t.Id, t.Text, t.Slug, t.Title, t.AuthorId, t.Author, t.AuthorSlug));
            else if (t.AuthorId == authorId && f.AuthorId != authorId) links.Add(new(t.Id, t.Text, t.Slug, relation, f.Id, f.Text, f.Slug, f.Title, f.AuthorId, f.Author, f.AuthorSlug));
        }
        return new ClaimLinks(true, links);
    }

    // What a link type means for agreement: "supports"/"agrees" or "contradicts"/"disputes"; other types are neither.
    public static string? Stance(string relation)
    {
        var r = relation.ToLowerInvariant();
        if (r.Contains("contradict") || r.Contains("disagree") || r.Contains("dispute") || r.Contains("refute") || r.Contains("oppos")) return AuthorEdgeKinds.Contradicts;
        if (r.Contains("support") || r.Contains("agree") || r.Contains("confirm") || r.Contains("same")) return AuthorEdgeKinds.Supports;
        return null;
    }

    // The reader's typed links, as pairs of the claims their two annotations sit on now.
    private const string LinkedClaims = """
        SELECT fan.claim_id AS from_claim, tan.claim_id AS to_claim, l.kind AS relation FROM claim_links l
        JOIN annotations fan ON fan.id = l.from_annotation_id JOIN annotations tan ON tan.id = l.to_annotation_id
        WHERE fan.claim_id IS NOT NULL AND tan.claim_id IS NOT NULL
        """;
}
