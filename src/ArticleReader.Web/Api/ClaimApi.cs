using System.Text.Json;
using ArticleReader.Storage;

namespace ArticleReader.Web.Api;

public static class ClaimApi
{
    public sealed record EntityJson(long Id, string Name, string Kind);
    public sealed record QuoteJson(string Exact, string Prefix, string Suffix);

    public sealed record ClaimJson(long Id, string Text, int Start, int End, long BlockId, string Type, double Score, string? Speaker,
        string? SpeakerEntity, string Hedge, IReadOnlyList<EntityJson> Entities, JsonElement Quantities, JsonElement TimeReferences,
        JsonElement Cues, QuoteJson Quote, string ArticleSlug, string ArticleTitle, string? Author, string? Published);

    public static void MapClaimApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/articles/{slug}/claims", (string slug, IArticleStore articles, IClaimStore claims) =>
        {
            var article = articles.FindArticle(slug);
            if (article is null)
                return Results.Problem(statusCode: 404, title: "Article not found", detail: $"No article has the slug '{slug}'.");
            var list = claims.ForArticle(article.Article.Id);
            return Results.Ok(ToJson(list, claims));
        });
        api.MapGet("/claims/{id:long}", (long id, IClaimStore claims) =>
        {
            var claim = claims.Find(id);
            return claim is null
                ? Results.Problem(statusCode: 404, title: "Claim not found", detail: $"No claim has the id {id}.")
                : Results.Ok(ToJson([claim], claims)[0]);
        });
    }

    private static List<ClaimJson> ToJson(IReadOnlyList<ClaimRecord> list, IClaimStore claims)
    {
        var entities = claims.EntitiesForClaims(list.Select(c => c.Id).ToList()).ToLookup(e => e.ClaimId);
        return list.Select(c => new ClaimJson(c.Id, c.Text, c.StartOffset, c.EndOffset, c.BlockId, c.Type, Math.Round(c.Score, 4),
            c.Speaker, c.SpeakerEntityName, c.Hedge,
            entities[c.Id].Select(e => new EntityJson(e.EntityId, e.Name, e.Kind)).ToList(),
            Parse(c.Quantities), Parse(c.TimeRefs), Parse(c.Cues), new QuoteJson(c.QuoteExact, c.QuotePrefix, c.QuoteSuffix),
            c.ArticleSlug, c.ArticleTitle, c.ArticleAuthor, c.ArticlePublished)).ToList();
    }

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
