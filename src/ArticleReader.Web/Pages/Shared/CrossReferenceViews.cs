using ArticleReader.Claims;
using ArticleReader.Predictions;
using ArticleReader.References;
using ArticleReader.Storage;
using ArticleReader.Web.Pictures;

namespace ArticleReader.Web.Pages.Shared;

public sealed record AuthorProfile(AuthorSummary Author, IReadOnlyList<ArticleSummary> Articles, IReadOnlyList<TrackedClaim> Claims,
    IReadOnlyList<AuthorEntity> Entities, IReadOnlyList<ReferenceRecord> Cites, IReadOnlyList<ReferenceRecord> CitedBy, ClaimLinks Links, EntityRecord? AsEntity)
{
    public IReadOnlyList<TrackedClaim> Predictions => Claims.Where(c => c.IsPrediction).ToList();
    public int CountOutcome(string outcome) => Claims.Count(c => c.IsPrediction && c.Outcome == outcome);
}

public sealed record GraphLink(string From, string? FromHref, string Kind, string To, string ToHref, int Count);

public sealed record AuthorGraphView(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges, IReadOnlyList<GraphLink> Links);

// Gathers what the author, entity, graph and timeline pages show, from the stores, once per request.
public sealed class CrossReferenceViews(IAuthorStore authors, IArticleStore articles, ITrackedClaimStore claims, IReferenceStore references, IEntityStore entities)
{
    public AuthorProfile? Profile(string slug)
    {
        if (authors.Find(slug) is not { } author) return null;
        // The writer as someone others' claims mention; only worth a link when some claim does.
        var mentioned = claims.EntityClaimCounts().Where(c => c.Claims > 0).Select(c => c.EntityId).ToHashSet();
        var person = entities.List().FirstOrDefault(e => e.Kind == EntityKinds.Person && mentioned.Contains(e.Id) && AuthorNames.Agree(e.Name, author.Name));
        return new AuthorProfile(author, articles.ListArticles().Where(a => a.AuthorSlug == slug).ToList(), claims.ByAuthor(author.Id),
            authors.TopEntities(author.Id), references.ByAuthor(author.Id), references.Citing(author.Id), authors.LinksFor(author.Id), person);
    }

    public AuthorGraphView Graph()
    {
        var all = authors.List();
        var byId = all.ToDictionary(a => a.Id);
        var pieces = articles.ListArticles().ToDictionary(a => a.Id);
        var edges = authors.Edges();
        string Key(long? authorId, long? articleId) => authorId is { } a ? $"a{a}" : $"p{articleId}";
        var involved = edges.SelectMany(e => new[] { e.FromAuthorId, (long?)e.ToAuthorId }).OfType<long>().ToHashSet();
        var nodes = all.Where(a => !a.CitedOnly || involved.Contains(a.Id))
            .Select(a => new GraphNode(Key(a.Id, null), ShortName(a.Name), a.Name, $"/authors/{a.Slug}", a.CitedOnly ? GraphNodeKind.CitedOnly : GraphNodeKind.Writer, a.ArticleCount + a.CitedByCount))
            .Concat(edges.Where(e => e.FromAuthorId is null && e.FromArticleId is { } id && pieces.ContainsKey(id)).Select(e => pieces[e.FromArticleId!.Value]).DistinctBy(p => p.Id)
                .Select(p => new GraphNode(Key(null, p.Id), ShortTitle(p.Title), p.Title, $"/articles/{p.Slug}", GraphNodeKind.UnsignedPiece, 1)))
            .ToList();
        var keys = nodes.ToDictionary(n => n.Key);
        var graphEdges = edges.Select(e => new GraphEdge(Key(e.FromAuthorId, e.FromArticleId), Key(e.ToAuthorId, null), e.Kind, e.Count))
            .Where(e => keys.ContainsKey(e.From) && keys.ContainsKey(e.To)).ToList();
        var links = graphEdges.Select(e => new GraphLink(keys[e.From].FullName, keys[e.From].Href, e.Kind, keys[e.To].FullName, keys[e.To].Href, e.Count))
            .OrderBy(l => l.From, StringComparer.OrdinalIgnoreCase).ThenBy(l => l.Kind, StringComparer.Ordinal).ThenBy(l => l.To, StringComparer.OrdinalIgnoreCase).ToList();
        return new AuthorGraphView(nodes, graphEdges, links);
    }

    // "Phillips Payson O’Brien" -> "P. P. O’Brien": labels on a small screen stay short.
    public static string ShortName(string name)
    {
        if (name.Length <= 16) return name;
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', parts[..^1].Select(p => p[0] + ".")) + " " + parts[^1];
    }

    // "What Is Russia Doing With North Korean Troops?" -> "“What Is Russia…”"
    public static string ShortTitle(string title)
    {
        if (title.Length <= 16) return $"“{title}”";
        var cut = title.LastIndexOf(' ', 15);
        return $"“{title[..(cut > 5 ? cut : 15)].TrimEnd(',', ':', ';')}…”";
    }

    public static string OutcomeLabel(string outcome) => PredictionOutcomes.Label(outcome);
}
