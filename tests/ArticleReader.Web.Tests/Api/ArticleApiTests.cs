using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ArticleReader.Model;
using ArticleReader.Web.Tests.Support;

namespace ArticleReader.Web.Tests.Api;

public class ArticleApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Articles_lists_every_article_with_the_documented_fields()
    {
        var articles = await _client.GetFromJsonAsync<JsonElement[]>("/api/articles");
        Assert.NotNull(articles);
        Assert.Equal(6, articles.Length);
        string[] fields = ["id", "slug", "title", "dek", "kicker", "author", "outlet", "published", "url", "section", "sourceFile", "blockCount"];
        Assert.All(articles, a => Assert.All(fields, f => Assert.True(a.TryGetProperty(f, out _), $"missing {f}")));
        var applebaum = articles.Single(a => a.GetProperty("author").GetString() == "Anne Applebaum");
        Assert.Equal("ideas", applebaum.GetProperty("section").GetString());
        Assert.Equal("002_f53d2b5e514c185a.txt", applebaum.GetProperty("sourceFile").GetString());
    }

    [Fact]
    public async Task An_article_carries_its_blocks_with_kinds_and_offsets()
    {
        var article = await _client.GetFromJsonAsync<JsonElement>("/api/articles/what-is-russia-doing-with-north-korean-troops");
        var blocks = article.GetProperty("blocks").EnumerateArray().ToList();
        Assert.Equal(article.GetProperty("blockCount").GetInt32(), blocks.Count);
        Assert.All(blocks, b => Assert.Contains(b.GetProperty("kind").GetString(), BlockKinds.All));
        Assert.All(blocks, b => Assert.True(b.GetProperty("end").GetInt32() > b.GetProperty("start").GetInt32()));
        Assert.Equal(Enumerable.Range(0, blocks.Count), blocks.Select(b => b.GetProperty("ordinal").GetInt32()));
        Assert.StartsWith("Thousands of North Korean troops", blocks.First(b => b.GetProperty("kind").GetString() == "body").GetProperty("text").GetString());
    }

    [Fact]
    public async Task An_unknown_slug_answers_404_with_problem_details()
    {
        var response = await _client.GetAsync("/api/articles/nope");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Contains("nope", problem.GetProperty("detail").GetString());
    }
}
