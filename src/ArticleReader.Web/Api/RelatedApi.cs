using ArticleReader.CrossReferences;
using ArticleReader.Storage;

namespace ArticleReader.Web.Api;

// Cross-references between claims: related claims by other authors, readers' typed links, clusters.
public static class RelatedApi
{
    public const int MaxK = 50;

    public sealed record RelatedJson(long ClaimId, string Text, string ArticleSlug, string ArticleTitle, string? Author, string? Published,
        double Score, RelatedReasons Reasons, IReadOnlyList<string> Linked);

    public sealed record LinkJson(long Id, string Kind, string Phrase, bool Outgoing, string Note, long? OtherClaimId, string OtherText,
        string? OtherSlug, string OtherTitle, string? OtherAuthor, string CreatedAt);

    public sealed record MemberJson(long ClaimId, string Text, string ArticleSlug, string ArticleTitle, string? Author, string? Published);

    public sealed record ClusterJson(long Id, int Authors, int Pieces, MemberJson FirstAppearance, IReadOnlyList<MemberJson> Appearances);

    public static void MapRelatedApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/claims/{id:long}/related", (long id, int? k, bool? includeSameAuthor, IRelatedStore related) =>
        {
            var list = related.Related(id, Math.Clamp(k ?? 5, 1, MaxK), includeSameAuthor ?? false);
            return list is null
                ? Results.Problem(statusCode: 404, title: "Claim not found", detail: $"No claim has the id {id}.")
                : Results.Ok(list.Select(r => new RelatedJson(r.ClaimId, r.Text, r.ArticleSlug, r.ArticleTitle, r.Author, r.Published,
                    Math.Round(r.Score, 4), r.Reasons, r.LinkedAs)));
        });
        api.MapGet("/claims/{id:long}/links", (long id, IClaimStore claims, IClaimLinkStore links) =>
            claims.Find(id) is null
                ? Results.Problem(statusCode: 404, title: "Claim not found", detail: $"No claim has the id {id}.")
                : Results.Ok(links.ForClaim(id).Select(l => new LinkJson(l.Id, l.Kind, l.Phrase, l.Outgoing, l.Note, l.OtherClaimId, l.OtherText,
                    l.OtherSlug, l.OtherTitle, l.OtherAuthor, l.CreatedAt))));
        api.MapGet("/clusters", (IRelatedStore related) => related.Clusters().Select(ToJson));
        api.MapGet("/clusters/{id:long}", (long id, IRelatedStore related) =>
            related.ClusterOf(id) is { } cluster
                ? Results.Ok(ToJson(cluster))
                : Results.Problem(statusCode: 404, title: "Cluster not found", detail: $"No cluster holds the claim {id}."));
    }

    private static ClusterJson ToJson(ClaimCluster c)
    {
        var members = c.Members.Select(m => new MemberJson(m.ClaimId, m.Text, m.ArticleSlug, m.ArticleTitle, m.Author, m.Published)).ToList();
        return new ClusterJson(c.Id, c.AuthorCount, c.PieceCount, members[0], members);
    }
}
