using System.Text.Json;
using ArticleReader.CrossReferences;
using Dapper;
using Microsoft.Data.Sqlite;

namespace ArticleReader.Storage;

// LinkedAs: the reader's links between the two, as the related claim reads them ("supports" = it supports the asking claim).
public sealed record RelatedClaimRecord(
    long ClaimId, string Text, long ArticleId, string ArticleSlug, string ArticleTitle, string? Author, string? Published,
    string PublishedPrecision, double Score, double WordScore, double EntityScore, double QuantityScore, RelatedReasons Reasons,
    IReadOnlyList<string> LinkedAs);

public sealed record ClusterMember(long ClaimId, string Text, long ArticleId, string ArticleSlug, string ArticleTitle,
    string? Author, long? AuthorId, string? Published, string PublishedPrecision);

// Members in order of appearance; Id is the first appearance's claim id.
public sealed record ClaimCluster(IReadOnlyList<ClusterMember> Members, IReadOnlyList<ClusterEdge> Edges)
{
    public long Id => Members[0].ClaimId;
    public ClusterMember First => Members[0];
    // An unknown author counts once per article, as in related claims.
    public int AuthorCount => Members.Select(m => m.AuthorId is { } a ? $"author {a}" : $"article {m.ArticleId}").Distinct().Count();
    public int PieceCount => Members.Select(m => m.ArticleId).Distinct().Count();
}

public interface IRelatedStore
{
    // Null when no claim has the id.
    IReadOnlyList<RelatedClaimRecord>? Related(long claimId, int k = 5, bool includeSameAuthor = false);
    IReadOnlyDictionary<long, int> RelatedCounts(IReadOnlyCollection<long> claimIds, int k = 5);
    IReadOnlyList<ClaimCluster> Clusters();
    ClaimCluster? ClusterOf(long claimId);
}

// Related claims and clusters, computed on demand from an in-memory index of every claim. The index is built
// once per corpus version (claims, their entity resolution and article authors) and shared by all requests;
// the reader's dismissals, corrections and links are read per request, so they apply at once.
public sealed class RelatedStore(Database database) : IRelatedStore
{
    private sealed record CorpusVersion(long Claims, long MaxClaimId, long Resolved, double EntitySum, string ArticlesUpdated);

    private sealed record ClaimMeta(long ClaimId, string Text, long ArticleId, long? AuthorId, string ArticleSlug, string ArticleTitle,
        string? Author, string? Published, string PublishedPrecision, string Quantities);

    private sealed record Corpus(CorpusVersion Version, RelatedClaimsIndex Index, IReadOnlyDictionary<long, ClaimMeta> Meta);

    private sealed record DeskState(IReadOnlySet<long> Unmarked, IReadOnlyList<(long A, long B)> Dismissed);

    private sealed record StoredQuantity(string? Text, double Value, string? Unit, bool Approximate, string? Bound);

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private readonly Lock _lock = new();
    private Corpus? _corpus;
    private (CorpusVersion Corpus, string Desk, IReadOnlyList<ClaimCluster> Clusters)? _clusters;
    private (CorpusVersion Version, IReadOnlyList<ClusterEdge> Edges)? _similar;

    public IReadOnlyList<RelatedClaimRecord>? Related(long claimId, int k = 5, bool includeSameAuthor = false)
    {
        using var c = database.Open();
        var corpus = Current(c);
        if (!corpus.Index.Contains(claimId)) return null;
        var desk = Desk(c);
        var matches = corpus.Index.Related(claimId, new RelatedQuery(k, includeSameAuthor, Excluded: Excluded(claimId, desk)));
        var linked = c.Query<(long Other, string Kind, bool Outgoing)>("""
            SELECT o.claim_id, l.kind, l.from_annotation_id = me.id
            FROM annotations me JOIN claim_links l ON l.from_annotation_id = me.id OR l.to_annotation_id = me.id
            JOIN annotations o ON o.id = CASE WHEN l.from_annotation_id = me.id THEN l.to_annotation_id ELSE l.from_annotation_id END
            WHERE me.kind = 'claim' AND me.claim_id = @claimId AND o.claim_id IS NOT NULL
            """, new { claimId }).ToLookup(x => x.Other, x => LinkKinds.Phrase(x.Kind, outgoing: !x.Outgoing)); // as the related claim reads it
        return matches.Select(m =>
        {
            var meta = corpus.Meta[m.ClaimId];
            return new RelatedClaimRecord(m.ClaimId, meta.Text, meta.ArticleId, meta.ArticleSlug, meta.ArticleTitle, meta.Author, meta.Published,
                meta.PublishedPrecision, m.Score, m.WordScore, m.EntityScore, m.QuantityScore, m.Reasons, linked[m.ClaimId].ToList());
        }).ToList();
    }

    // How many related claims by other authors each claim has (at most k), for the reader's margin.
    public IReadOnlyDictionary<long, int> RelatedCounts(IReadOnlyCollection<long> claimIds, int k = 5)
    {
        using var c = database.Open();
        var corpus = Current(c);
        var desk = Desk(c);
        return claimIds.Distinct().ToDictionary(id => id,
            id => corpus.Index.Related(id, new RelatedQuery(k, Excluded: Excluded(id, desk))).Count);
    }

    public ClaimCluster? ClusterOf(long claimId) => Clusters().FirstOrDefault(x => x.Members.Any(m => m.ClaimId == claimId));

    // Clusters join claims by readers' "restates" links and by similarity at or above the strict cluster
    // threshold between claims of other authors; a dismissed pair is never joined by similarity.
    public IReadOnlyList<ClaimCluster> Clusters()
    {
        using var c = database.Open();
        var corpus = Current(c);
        var deskVersion = c.ExecuteScalar<string>("""
            SELECT (SELECT COUNT(*) || '/' || COALESCE(MAX(id), 0) || '/' || COALESCE(MAX(updated_at), '') FROM claim_links WHERE kind = 'restates')
                || ':' || (SELECT COUNT(*) || '/' || TOTAL(annotation_id * 1000003 + other_annotation_id) FROM claim_dismissals)
                || ':' || (SELECT COUNT(*) || '/' || TOTAL(claim_id) FROM annotations WHERE kind = 'claim' AND claim_override = 0)
                || ':' || (SELECT TOTAL(claim_id) FROM annotations WHERE kind = 'claim')
            """)!;
        lock (_lock)
        {
            if (_clusters is { } cached && cached.Corpus == corpus.Version && cached.Desk == deskVersion) return cached.Clusters;
        }
        var desk = Desk(c);
        var dismissed = desk.Dismissed.Select(p => (Math.Min(p.A, p.B), Math.Max(p.A, p.B))).ToHashSet();
        var edges = new List<ClusterEdge>();
        edges.AddRange(c.Query<(long A, long B)>("""
            SELECT a.claim_id, b.claim_id FROM claim_links l
            JOIN annotations a ON a.id = l.from_annotation_id JOIN annotations b ON b.id = l.to_annotation_id
            WHERE l.kind = 'restates' AND a.claim_id IS NOT NULL AND b.claim_id IS NOT NULL
            """).Where(p => corpus.Meta.ContainsKey(p.A) && corpus.Meta.ContainsKey(p.B)).Select(p => new ClusterEdge(p.A, p.B, "a reader’s “restates” link")));
        edges.AddRange(SimilarPairs(corpus).Where(e => !dismissed.Contains((e.A, e.B)) && !desk.Unmarked.Contains(e.A) && !desk.Unmarked.Contains(e.B)));

        var clusters = ClaimClusters.Components(edges).Select(ids =>
        {
            var members = ClaimClusters.InOrderOfAppearance(ids.Select(id => corpus.Meta[id]), m => m.Published, m => m.ClaimId)
                .Select(m => new ClusterMember(m.ClaimId, m.Text, m.ArticleId, m.ArticleSlug, m.ArticleTitle, m.Author, m.AuthorId, m.Published, m.PublishedPrecision))
                .ToList();
            var inCluster = ids.ToHashSet();
            return new ClaimCluster(members, edges.Where(e => inCluster.Contains(e.A)).ToList());
        }).OrderByDescending(x => x.Members.Count).ThenBy(x => x.First.Published ?? "9999").ThenBy(x => x.Id).ToList();
        lock (_lock) _clusters = (corpus.Version, deskVersion, clusters);
        return clusters;
    }

    // The near-identical pairs depend on the corpus alone: found once per corpus version (one query per claim),
    // while links, dismissals and corrections are applied on every call.
    private IReadOnlyList<ClusterEdge> SimilarPairs(Corpus corpus)
    {
        lock (_lock)
        {
            if (_similar is { } cached && cached.Version == corpus.Version) return cached.Edges;
        }
        var candidates = new RelatedQuery(K: 20, Reasons: false);
        var edges = new List<ClusterEdge>();
        var seen = new HashSet<(long, long)>();
        foreach (var id in corpus.Meta.Keys)
            foreach (var m in corpus.Index.Related(id, candidates).Where(RelatedScoring.Restates))
                if (seen.Add((Math.Min(id, m.ClaimId), Math.Max(id, m.ClaimId)))) // either end may find the pair
                    edges.Add(new ClusterEdge(Math.Min(id, m.ClaimId), Math.Max(id, m.ClaimId), $"near-identical wording (cosine {m.Cosine:0.00})"));
        lock (_lock) _similar = (corpus.Version, edges);
        return edges;
    }

    private static IReadOnlySet<long> Excluded(long claimId, DeskState desk)
    {
        var excluded = new HashSet<long>(desk.Unmarked);
        foreach (var (a, b) in desk.Dismissed)
        {
            if (a == claimId) excluded.Add(b);
            else if (b == claimId) excluded.Add(a);
        }
        return excluded;
    }

    // Claims a reader unmarked are no longer claims; dismissed pairs are by the claims' current ids.
    private static DeskState Desk(SqliteConnection c) => new(
        c.Query<long>("SELECT claim_id FROM annotations WHERE kind = 'claim' AND claim_override = 0 AND claim_id IS NOT NULL").ToHashSet(),
        c.Query<(long, long)>("""
            SELECT a.claim_id, b.claim_id FROM claim_dismissals d
            JOIN annotations a ON a.id = d.annotation_id JOIN annotations b ON b.id = d.other_annotation_id
            WHERE a.claim_id IS NOT NULL AND b.claim_id IS NOT NULL
            """).AsList());

    private Corpus Current(SqliteConnection c)
    {
        // Re-ingesting gives claims new ids (MAX moves); resolution moves entity ids of mentions; metadata moves updated_at.
        var version = c.QuerySingle<CorpusVersion>("""
            SELECT (SELECT COUNT(*) FROM claims) AS Claims, (SELECT COALESCE(MAX(id), 0) FROM claims) AS MaxClaimId,
                (SELECT COUNT(entity_id) FROM mentions) AS Resolved, (SELECT TOTAL(entity_id) FROM mentions) AS EntitySum,
                (SELECT COALESCE(MAX(updated_at), '') FROM articles) AS ArticlesUpdated
            """);
        lock (_lock)
        {
            if (_corpus is { } cached && cached.Version == version) return cached;
        }
        var corpus = Load(c, version);
        lock (_lock) _corpus = corpus;
        return corpus;
    }

    private static Corpus Load(SqliteConnection c, CorpusVersion version)
    {
        var claims = c.Query<ClaimMeta>("""
            SELECT cl.id AS claim_id, cl.text, cl.article_id, a.author_id, a.slug AS article_slug, a.title AS article_title,
                au.name AS author, a.published, a.published_precision, cl.quantities
            FROM claims cl JOIN articles a ON a.id = cl.article_id LEFT JOIN authors au ON au.id = a.author_id
            ORDER BY cl.id
            """).AsList();
        var entities = c.Query<(long ClaimId, long EntityId, string Name)>("""
            SELECT DISTINCT cl.id, e.id, e.name
            FROM claims cl
            JOIN mentions m ON m.block_id = cl.block_id AND m.start_offset >= cl.start_offset AND m.end_offset <= cl.end_offset
            JOIN entities e ON e.id = m.entity_id
            """).ToLookup(x => x.ClaimId, x => new ClaimEntityRef(x.EntityId, x.Name));
        var documents = claims.Select(m => new ClaimDocument(m.ClaimId, m.ArticleId, m.AuthorId, m.Text, entities[m.ClaimId].ToList(),
            (JsonSerializer.Deserialize<StoredQuantity[]>(m.Quantities, Json) ?? [])
                .Select(q => new ClaimQuantity(q.Value, q.Unit, q.Text ?? "", q.Approximate || q.Bound == "approximate")).ToList())).ToList();
        return new Corpus(version, RelatedClaimsIndex.Build(documents), claims.ToDictionary(m => m.ClaimId));
    }
}
