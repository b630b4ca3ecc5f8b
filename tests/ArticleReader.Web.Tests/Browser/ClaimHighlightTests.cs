using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace ArticleReader.Web.Tests.Browser;

public class ClaimHighlightTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string> Slugs => new()
    {
        "elon-musk-stole-my-old-plan-for-peace-in-ukraine-too-bad-it-doesnt-make-sense-anymore",
        "as-putin-threatens-europe-failure-of-trump-peace-plan-laid-bare",
        "what-is-russia-doing-with-north-korean-troops",
        "the-generals-warning",
        "a-naked-desperation-to-be-seen",
        "the-ukraine-war-cant-end-until-russia-stops-fighting",
    };

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Every_seed_article_shows_its_claims_highlighted_as_the_api_lists_them(string slug)
    {
        using var http = new HttpClient { BaseAddress = new Uri(browser.Server.BaseUrl) };
        var claims = await http.GetFromJsonAsync<JsonElement[]>($"/api/articles/{slug}/claims");
        Assert.NotEmpty(claims!);

        var page = await browser.NewPageAsync(role: "editor");
        await page.GotoAsync($"/articles/{slug}");
        var marks = page.Locator("mark.claim[data-claim-id]");
        Assert.Equal(claims!.Length, await marks.CountAsync());
        var first = claims[0];
        var mark = page.Locator($"mark[data-claim-id='{first.GetProperty("id").GetInt64()}']");
        Assert.Equal(first.GetProperty("text").GetString(), await mark.TextContentAsync());
        Assert.Contains("type-" + first.GetProperty("type").GetString(), await mark.GetAttributeAsync("class"));
        await BrowserFixture.ScreenshotAsync(page, $"claims-{slug[..Math.Min(30, slug.Length)]}", fullPage: false);
    }

    [Fact]
    public async Task Focusing_a_claim_shows_its_card_with_type_speaker_hedge_and_score()
    {
        var page = await browser.NewPageAsync(1280, 900, role: "editor");
        await page.GotoAsync("/articles/what-is-russia-doing-with-north-korean-troops");
        var mark = page.Locator("mark.claim", new() { HasText = "600,000 casualties" });
        Assert.Equal("none", await mark.EvaluateAsync<string>("e => getComputedStyle(e, '::after').content"));
        await mark.Locator("a").FocusAsync();
        var text = await mark.EvaluateAsync<string>("e => getComputedStyle(e, '::after').content");
        Assert.Contains("REPORTED", text.ToUpperInvariant());
        Assert.Contains("United States", text);
        Assert.Contains("check-worthiness", text);
        await BrowserFixture.ScreenshotAsync(page, "claims-card-focus", fullPage: false);
    }

    [Fact]
    public async Task The_legend_names_every_type_and_types_differ_by_underline_not_only_colour()
    {
        var page = await browser.NewPageAsync(375, 800, role: "editor");
        await page.GotoAsync("/articles/the-ukraine-war-cant-end-until-russia-stops-fighting");
        Assert.Equal(8, await page.Locator(".legend-list li").CountAsync());
        var styles = await page.Locator(".legend-swatch").EvaluateAllAsync<string[]>(
            "els => els.map(e => getComputedStyle(e).textDecorationStyle + '/' + getComputedStyle(e).textDecorationThickness)");
        Assert.Equal(styles.Length, styles.Distinct().Count());
        await BrowserFixture.ScreenshotAsync(page, "claims-legend-phone", fullPage: false);
    }
}
