using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ArticleReader.Ingestion;
using ArticleReader.Storage;
using ArticleReader.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleReader.Web.Tests.Search;

[Collection(SearchCollection.Name)]
public class SearchApiTests(AppFactory app)
{
    private readonly HttpClient _client = app.CreateClient();

    private async Task<JsonElement> Search(string q, int page = 1)
    {
        var response = await _client.GetAsync($"/api/search?q={Uri.EscapeDataString(q)}&page={page}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static IEnumerable<JsonElement> Hits(JsonElement r) => r.GetProperty("hits").EnumerateArray();
    private static IEnumerable<string> Strings(JsonElement r, string field) => Hits(r).Select(h => h.GetProperty(field).GetString() ?? "");

    [Fact]
    public async Task A_search_answers_total_time_hits_facets_and_empty_errors()
    {
        var r = await Search("Pokrovsk");
        Assert.True(r.GetProperty("total").GetInt32() >= 2);
        Assert.True(r.GetProperty("tookMs").GetDouble() >= 0);
        string[] fields = ["kind", "articleSlug", "title", "author", "outlet", "published", "blockId", "claimId", "snippet", "url"];
        Assert.All(Hits(r), h => Assert.All(fields, f => Assert.True(h.TryGetProperty(f, out _), "missing " + f)));
        Assert.All(Hits(r), h => Assert.Contains("<mark>Pokrovsk</mark>", h.GetProperty("snippet").GetString()));
        foreach (var facet in new[] { "author", "outlet", "type", "year" })
            Assert.All(r.GetProperty("facets").GetProperty(facet).EnumerateArray(), v => Assert.True(v.GetProperty("count").GetInt32() > 0));
        Assert.Empty(r.GetProperty("errors").EnumerateArray());
        Assert.Equal(["Anne Applebaum", "Cathy Young"], Strings(r, "author").Distinct().Order());
    }

    [Fact]
    public async Task A_query_with_errors_is_a_400_problem_with_positions()
    {
        var response = await _client.GetAsync("/api/search?q=" + Uri.EscapeDataString("drones type:predictions"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var error = problem.GetProperty("errors")[0];
        Assert.Equal("drones type:".Length, error.GetProperty("position").GetInt32());
        Assert.Contains("type:prediction", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Stored_text_in_snippets_is_html_encoded()
    {
        var r = await Search("\"Putin’s\"");
        Assert.All(Hits(r), h => Assert.DoesNotMatch("<(?!/?mark>)", h.GetProperty("snippet").GetString()!));
    }

    // Every operator and field of the query language, end to end.
    public static TheoryData<string, string> Operators => new()
    {
        { "drones Ukraine", "every hit has both words" },
        { "\"sea drones\"", "phrase" },
        { "negotiat*", "prefix" },
        { "drones -sea", "exclusion" },
        { "Pokrovsk OR Kursk", "or" },
        { "(Pokrovsk OR Kursk) Russian", "parentheses" },
        { "NOT Trump author:\"Fred Kaplan\"", "not" },
        { "author:Applebaum", "author" },
        { "outlet:\"The Bulwark\"", "outlet" },
        { "speaker:\"United States\"", "speaker" },
        { "entity:Zelensky", "entity" },
        { "type:statistic", "type" },
        { "Russia before:2023", "before" },
        { "Russia after:2024", "after" },
        { "Putin in:claims", "in claims" },
        { "Putin in:text", "in text" },
    };

    [Theory]
    [MemberData(nameof(Operators))]
    public async Task Each_operator_and_field_finds_what_it_says(string q, string what)
    {
        var r = await Search(q);
        Assert.True(r.GetProperty("total").GetInt32() > 0, what);
        var snippets = Strings(r, "snippet").Select(s => s.Replace("<mark>", "").Replace("</mark>", "")).ToList();
        switch (what)
        {
            case "phrase": Assert.All(snippets, s => Assert.Matches("(?i)sea[- ]drones?", s)); break;
            case "prefix": Assert.Contains(Strings(r, "snippet"), s => s.Contains("<mark>negotiations</mark>", StringComparison.OrdinalIgnoreCase)); break;
            case "exclusion":
                Assert.True(r.GetProperty("total").GetInt32() < (await Search("drones")).GetProperty("total").GetInt32());
                break;
            case "or":
                Assert.Contains(snippets, s => s.Contains("Kursk")); Assert.Contains(snippets, s => s.Contains("Pokrovsk"));
                break;
            case "not": case "author": Assert.All(Strings(r, "author"), a => Assert.Contains(q.Contains("Kaplan") ? "Kaplan" : "Applebaum", a)); break;
            case "outlet": Assert.All(Strings(r, "outlet"), o => Assert.Equal("The Bulwark", o)); break;
            case "speaker": case "in claims": Assert.All(Strings(r, "kind"), k => Assert.Equal("claim", k)); break;
            case "type": Assert.All(Strings(r, "claimType"), t => Assert.Equal("statistic", t)); break;
            case "before": Assert.All(Strings(r, "published"), p => Assert.True(string.CompareOrdinal(p, "2023") < 0)); break;
            case "after": Assert.All(Strings(r, "published"), p => Assert.StartsWith("2025", p)); break;
            case "in text": Assert.All(Strings(r, "kind"), k => Assert.Equal("text", k)); break;
        }
    }

    [Fact]
    public async Task After_a_year_means_from_the_next_year_on()
    {
        Assert.Equal(0, (await Search("Russia after:2025")).GetProperty("total").GetInt32());
        Assert.NotEqual(0, (await Search("Russia after:2024")).GetProperty("total").GetInt32());
    }
}

// Freshness through the app: what the ingester stores and the store deletes is what the search finds.
public sealed class SearchFreshnessTests : IClassFixture<EmptyAppFactory>
{
    private readonly EmptyAppFactory _app;
    private readonly HttpClient _client;

    public SearchFreshnessTests(EmptyAppFactory app)
    {
        _app = app;
        _client = app.CreateClient();
    }

    private async Task<int> Total(string q) =>
        (await _client.GetFromJsonAsync<JsonElement>("/api/search?q=" + Uri.EscapeDataString(q))).GetProperty("total").GetInt32();

    [Fact]
    public async Task Uploads_re_uploads_and_deletes_show_in_search_at_once()
    {
        var ingester = _app.Services.GetRequiredService<Ingester>();
        ingester.IngestUpload("brine.txt", "Salt Roads of the Delta\n\nThe Vostrakan salt barges run at dawn.\n"u8.ToArray());
        Assert.Equal(1, await Total("Vostrakan"));
        ingester.IngestUpload("brine.txt", "Salt Roads of the Delta\n\nThe Merivalde salt barges run at dusk.\n"u8.ToArray());
        Assert.Equal(0, await Total("Vostrakan"));
        Assert.Equal(1, await Total("Merivalde"));
        Assert.True(_app.Services.GetRequiredService<IArticleStore>().DeleteArticle("salt-roads-of-the-delta"));
        Assert.Equal(0, await Total("Merivalde"));
        Assert.Equal(0, await Total("salt"));
    }
}
