using ArticleReader.Web.Search;

namespace ArticleReader.Web.Api;

public static class SearchApi
{
    public sealed record HitJson(string Kind, string ArticleSlug, string Title, string? Author, string? Outlet, string? Published,
        long? BlockId, long? ClaimId, string? ClaimType, string Snippet, string Url);

    public sealed record FacetJson(string Value, int Count);

    public sealed record ErrorJson(string Message, int Position, int Length);

    public sealed record SearchJson(int Total, int Articles, int Page, int Pages, double TookMs, IReadOnlyList<HitJson> Hits,
        IReadOnlyDictionary<string, IReadOnlyList<FacetJson>> Facets, IReadOnlyList<ErrorJson> Errors, IReadOnlyList<string> Warnings,
        IReadOnlyList<string> Suggestions, string Query);

    // GET /api/search?q=...&page=N[&article=slug]: the search page's results as JSON (snippets are HTML with <mark>).
    public static void MapSearchApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", (string? q, int? page, string? article, SearchRunner runner) =>
        {
            var outcome = runner.Run(q, page ?? 1, article);
            var query = outcome.Query;
            var errors = query.Errors.Select(e => new ErrorJson(e.Message, e.Position, e.Length)).ToList();
            if (errors.Count > 0)
                return Results.Problem(statusCode: 400, title: "The query has errors", detail: errors[0].Message,
                    extensions: new Dictionary<string, object?> { ["errors"] = errors, ["query"] = query.Input });
            if (outcome.Failure is not null)
                return Results.Problem(statusCode: 500, title: "Something went wrong on our side", detail: outcome.Failure);
            var results = outcome.Results;
            var highlight = SearchLinks.HighlightTerms(query);
            var hits = results?.Articles.SelectMany(g => g.Hits.Select(h => new HitJson(h.Kind, g.Article.Slug, g.Article.Title,
                g.Article.Author, g.Article.Outlet, g.Article.Published, h.BlockId, h.ClaimId, h.ClaimType,
                SearchLinks.SnippetHtml(h.Snippet), SearchLinks.HitUrl(g.Article, h, highlight)))).ToList() ?? [];
            var facets = (results?.Facets ?? new Dictionary<string, IReadOnlyList<Storage.FacetValue>>())
                .ToDictionary(f => f.Key, f => (IReadOnlyList<FacetJson>)f.Value.Select(v => new FacetJson(v.Value, v.Count)).ToList());
            return Results.Ok(new SearchJson(results?.Total ?? 0, results?.ArticleCount ?? 0, results?.Page.Number ?? 1,
                results?.PageCount ?? 0, Math.Round(outcome.TookMs, 2), hits, facets, [], query.Warnings.Concat(results?.Notices ?? []).ToList(),
                outcome.Suggestions, query.Normalized));
        });
    }
}
