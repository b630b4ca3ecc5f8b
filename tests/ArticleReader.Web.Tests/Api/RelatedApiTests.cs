using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ArticleReader.Web.Tests.Support;

namespace ArticleReader.Web.Tests.Api;

public class RelatedApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private readonly HttpClient _client = app.CreateClient();

    private async Task<List<JsonElement>> AllClaims()
    {
        var articles = await _client.GetFromJsonAsync<JsonElement[]>("/api/articles");
        var claims = new List<JsonElement>();
        foreach (var a in articles!)
            claims.AddRange((await _client.GetFromJsonAsync<JsonElement[]>($"/api/articles/{a.GetProperty("slug").GetString()}/claims"))!);
        return claims;
    }

    [Fact]
    public async Task Every_seed_claim_answers_with_related_claims_of_other_authors_best_first()
    {
        var claims = await AllClaims();
        Assert.True(claims.Count > 200);
        var withRelated = 0;
        foreach (var claim in claims)
        {
            var id = claim.GetProperty("id").GetInt64();
            var response = await _client.GetAsync($"/api/claims/{id}/related?k=5");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var related = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(JsonValueKind.Array, related.ValueKind);
            var items = related.EnumerateArray().ToList();
            Assert.True(items.Count <= 5);
            var scores = items.Select(r => r.GetProperty("score").GetDouble()).ToList();
            Assert.Equal(scores.OrderDescending(), scores);
            foreach (var r in items)
            {
                Assert.NotEqual(claim.GetProperty("articleSlug").GetString(), r.GetProperty("articleSlug").GetString());
                if (claim.GetProperty("author").GetString() is { } author) Assert.NotEqual(author, r.GetProperty("author").GetString());
                var reasons = r.GetProperty("reasons");
                Assert.True(reasons.GetProperty("words").GetArrayLength() + reasons.GetProperty("entities").GetArrayLength()
                    + reasons.GetProperty("quantities").GetArrayLength() > 0);
                Assert.False(string.IsNullOrEmpty(r.GetProperty("text").GetString()));
                Assert.True(r.GetProperty("claimId").GetInt64() > 0);
            }
            if (items.Count > 0) withRelated++;
        }
        Assert.True(withRelated > claims.Count / 3);
    }

    [Fact]
    public async Task The_Pokrovsk_claims_find_each_other_and_reasons_name_the_place()
    {
        var claims = await AllClaims();
        var young = claims.Single(c => c.GetProperty("author").GetString() == "Cathy Young" && c.GetProperty("text").GetString()!.Contains("Pokrovsk"));
        var related = await _client.GetFromJsonAsync<JsonElement[]>($"/api/claims/{young.GetProperty("id").GetInt64()}/related");
        var hit = related!.First(r => r.GetProperty("author").GetString() == "Anne Applebaum" && r.GetProperty("text").GetString()!.Contains("Pokrovsk"));
        Assert.Contains(hit.GetProperty("reasons").GetProperty("entities").EnumerateArray(), e => e.GetString() == "Pokrovsk");
        Assert.Equal("the-ukraine-war-cant-end-until-russia-stops-fighting", hit.GetProperty("articleSlug").GetString());
    }

    [Fact]
    public async Task An_unknown_claim_is_a_problem_404_and_k_is_kept_within_bounds()
    {
        var missing = await _client.GetAsync("/api/claims/999999/related");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        var claims = await AllClaims();
        var busiest = 0;
        foreach (var c in claims.Take(40))
            busiest = Math.Max(busiest, (await _client.GetFromJsonAsync<JsonElement[]>($"/api/claims/{c.GetProperty("id").GetInt64()}/related?k=1000&includeSameAuthor=true"))!.Length);
        Assert.InRange(busiest, 6, 50);
        Assert.Single((await _client.GetFromJsonAsync<JsonElement[]>($"/api/claims/{claims[1].GetProperty("id").GetInt64()}/related?k=0&includeSameAuthor=true"))!);
    }

    [Fact]
    public async Task Links_and_clusters_answer_as_json()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/claims/999999/links")).StatusCode);
        var claims = await AllClaims();
        Assert.Empty((await _client.GetFromJsonAsync<JsonElement[]>($"/api/claims/{claims[0].GetProperty("id").GetInt64()}/links"))!);
        Assert.Empty((await _client.GetFromJsonAsync<JsonElement[]>("/api/clusters"))!);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/clusters/{claims[0].GetProperty("id").GetInt64()}")).StatusCode);
    }
}
