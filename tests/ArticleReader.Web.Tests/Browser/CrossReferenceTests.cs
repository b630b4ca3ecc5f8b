using ArticleReader.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ArticleReader.Web.Tests.Browser;

// Author and entity pages, the graph and the timeline in a real browser: desktop and phone, light and dark.
public class CrossReferenceTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    public static readonly TheoryData<string, int, string> Views = Combine();

    private static TheoryData<string, int, string> Combine()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var page in new[] { "author", "entity", "graph", "timeline" })
            foreach (var width in new[] { 1280, 375 })
                foreach (var scheme in new[] { "light", "dark" })
                    data.Add(page, width, scheme);
        return data;
    }

    private string Url(string page) => page switch
    {
        "author" => "/authors/anne-applebaum",
        "entity" => $"/entities/{browser.Server.Services.GetRequiredService<IEntityStore>().List().Single(e => e.Name == "Vladimir Putin").Id}",
        "graph" => "/graph",
        _ => "/timeline?author=cathy-young",
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Pages_fit_the_screen_and_follow_the_colour_scheme(string name, int width, string scheme)
    {
        var dark = scheme == "dark";
        var page = await browser.NewPageAsync(width, width < 500 ? 800 : 900, scheme: dark ? ColorScheme.Dark : ColorScheme.Light, role: "editor");
        await page.GotoAsync(Url(name));
        Assert.True(await page.Locator("h1").IsVisibleAsync());
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"));
        var text = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).color");
        Assert.Equal(dark ? "rgb(235, 231, 223)" : "rgb(29, 28, 26)", text);
        if (name is "graph" or "timeline")
        {
            var svg = page.Locator("figure svg.picture");
            var box = (await svg.BoundingBoxAsync())!;
            Assert.InRange(box.Width, width < 500 ? 300 : 600, width);
            // Labels take the page's text colour in both schemes: readable on the page's background.
            Assert.Equal(text, await page.Locator("svg.picture .pic-label").First.EvaluateAsync<string>("e => getComputedStyle(e).fill"));
            Assert.True(await page.Locator(".table-scroll table").IsVisibleAsync());
        }
        else
        {
            // Author pages open on their predictions list; entity pages on their claims.
            Assert.True(await page.Locator(name == "author" ? "section[aria-labelledby=predictions-h] .tracked-claim .status-pill" : ".tracked-claim .status-pill").First.IsVisibleAsync());
        }
        await BrowserFixture.ScreenshotAsync(page, $"xref-{name}-{(width < 500 ? "phone" : "desktop")}-{scheme}", fullPage: width > 500 && name != "author");
    }

    [Fact]
    public async Task A_node_of_the_graph_leads_to_the_writers_page_and_a_timeline_mark_to_the_claim_in_the_reader()
    {
        var page = await browser.NewPageAsync(role: "editor");
        await page.GotoAsync("/graph");
        await page.Locator("svg.author-graph a[href='/authors/eliot-a-cohen'] circle").ClickAsync();
        await page.WaitForURLAsync("**/authors/eliot-a-cohen");
        Assert.Contains("cited only", (await page.Locator(".kicker").InnerTextAsync()).ToLowerInvariant());

        await page.GotoAsync("/timeline?author=cathy-young");
        var mark = page.Locator("svg.claim-timeline a path.tl-o-pending").First;
        await mark.ClickAsync();
        await page.WaitForURLAsync("**/articles/as-putin-threatens-europe-failure-of-trump-peace-plan-laid-bare?claim=*");
        Assert.Contains("into 2026", await page.Locator("#claim-panel .panel-claim").InnerTextAsync());
        await page.Locator("#claim-panel .panel-facts a[href^='/entities/']").First.ClickAsync();
        await page.WaitForURLAsync("**/entities/*");
        Assert.Contains("into 2026", await page.Locator(".tracked-list").First.InnerTextAsync());
    }

    [Fact]
    public async Task The_applebaum_link_in_the_first_002_piece_leads_from_her_page_back_to_the_piece_citing_her()
    {
        var page = await browser.NewPageAsync(375, 800, role: "editor");
        await page.GotoAsync("/authors");
        await page.GetByRole(AriaRole.Link, new() { Name = "Anne Applebaum" }).ClickAsync();
        await page.WaitForURLAsync("**/authors/anne-applebaum");
        var citedBy = page.Locator("section[aria-labelledby=cited-h]");
        await citedBy.GetByRole(AriaRole.Link, new() { Name = "What Is Russia Doing With North Korean Troops?" }).ClickAsync();
        await page.WaitForURLAsync("**/articles/what-is-russia-doing-with-north-korean-troops#b-*");
        Assert.Contains("Anne Applebaum", await page.Locator(".related").First.InnerTextAsync());
    }
}
