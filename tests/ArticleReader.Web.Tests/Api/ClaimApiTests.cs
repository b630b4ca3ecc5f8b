using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ArticleReader.Web.Tests.Support;

namespace ArticleReader.Web.Tests.Api;

public class ClaimApiTests(AppFactory app) : IClassFixture<AppFactory>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task An_articles_claims_carry_type_score_speaker_hedge_entities_and_cues()
    {
        var claims = await _client.GetFromJsonAsync<JsonElement[]>("/api/articles/what-is-russia-doing-with-north-korean-troops/claims");
        Assert.NotEmpty(claims!);
        string[] fields = ["id", "text", "start", "end", "blockId", "type", "score", "speaker", "hedge", "entities", "quantities", "timeReferences", "cues", "quote"];
        Assert.All(claims!, c => Assert.All(fields, f => Assert.True(c.TryGetProperty(f, out _), $"missing {f}")));
        var casualties = claims!.Single(c => c.GetProperty("text").GetString()!.StartsWith("Toward that goal"));
        Assert.Equal("reported", casualties.GetProperty("type").GetString());
        Assert.Equal("United States", casualties.GetProperty("speakerEntity").GetString());
        Assert.Equal(600000, casualties.GetProperty("quantities")[0].GetProperty("value").GetDouble());
        Assert.Contains(casualties.GetProperty("entities").EnumerateArray(), e => e.GetProperty("name").GetString() == "United States");
    }

    [Fact]
    public async Task A_claim_answers_by_id_and_an_unknown_one_is_a_problem_404()
    {
        var claims = await _client.GetFromJsonAsync<JsonElement[]>("/api/articles/the-generals-warning/claims");
        var id = claims![0].GetProperty("id").GetInt64();
        var claim = await _client.GetFromJsonAsync<JsonElement>($"/api/claims/{id}");
        Assert.Equal(claims[0].GetProperty("text").GetString(), claim.GetProperty("text").GetString());
        Assert.Equal("the-generals-warning", claim.GetProperty("articleSlug").GetString());

        var missing = await _client.GetAsync("/api/claims/999999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/articles/nope/claims")).StatusCode);
    }
}
