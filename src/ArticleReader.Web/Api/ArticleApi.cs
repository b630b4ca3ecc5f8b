using System.Text.Json;
using ArticleReader.Storage;

namespace ArticleReader.Web.Api;

public static class ArticleApi
{
    public sealed record ArticleJson(long Id, string Slug, string Title, string? Dek, string? Kicker, string? Author,
        string? Outlet, string? Published, string PublishedPrecision, string? Url, string? Section, string SourceFile, int BlockCount);

    public sealed record BlockJson(long Id, int Ordinal, string Kind, string Text, int Start, int End,
        IReadOnlyDictionary<string, string>? Meta);

    public sealed record ArticleDetailJson(long Id, string Slug, string Title, string? Dek, string? Kicker, string? Author,
        string? Outlet, string? Published, string PublishedPrecision, string? Url, string? Section, string SourceFile,
        int BlockCount, IReadOnlyList<BlockJson> Blocks);

    public static void MapArticleApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/articles", (IArticleStore store) => store.ListArticles().Select(ToJson));
        api.MapGet("/articles/{slug}", (string slug, IArticleStore store) =>
        {
            var detail = store.FindArticle(slug);
            if (detail is null)
                return Results.Problem(statusCode: 404, title: "Article not found", detail: $"No article has the slug '{slug}'.");
            var a = ToJson(detail.Article);
            return Results.Ok(new ArticleDetailJson(a.Id, a.Slug, a.Title, a.Dek, a.Kicker, a.Author, a.Outlet, a.Published,
                a.PublishedPrecision, a.Url, a.Section, a.SourceFile, a.BlockCount, detail.Blocks.Select(ToJson).ToList()));
        });
    }

    private static ArticleJson ToJson(ArticleSummary a) => new(a.Id, a.Slug, a.Title, a.Dek, a.Kicker, a.Author, a.Outlet,
        a.Published, a.PublishedPrecision, a.Url, a.Section, a.SourceFile, a.BlockCount);

    private static BlockJson ToJson(BlockRecord b) => new(b.Id, b.Ordinal, b.Kind, b.Text, b.StartOffset, b.EndOffset,
        b.Meta is null ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(b.Meta));
}
