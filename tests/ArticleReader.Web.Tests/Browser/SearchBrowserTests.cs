using Microsoft.Playwright;

namespace ArticleReader.Web.Tests.Browser;

public class SearchBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(375, 800, "phone")]
    public async Task A_reader_searches_refines_by_a_facet_and_lands_on_the_marked_passage(int width, int height, string name)
    {
        var page = await browser.NewPageAsync(width, height, role: "editor");
        await page.GotoAsync("/");
        await page.Locator("#site-search").FillAsync("drones");
        await page.Locator("#site-search").PressAsync("Enter");
        await page.WaitForURLAsync("**/search?q=drones");
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"));
        await BrowserFixture.ScreenshotAsync(page, $"search-results-{name}");

        await page.Locator("[data-facet=author] a", new() { HasText = "Anne Applebaum" }).ClickAsync();
        await page.WaitForURLAsync("**/search?q=drones%20author*");
        var metas = await page.Locator(".result-meta").AllInnerTextsAsync();
        Assert.NotEmpty(metas);
        Assert.All(metas, m => Assert.StartsWith("Anne Applebaum", m));
        Assert.Equal("drones author:\"Anne Applebaum\"", await page.Locator("#search-q").InputValueAsync());

        var hit = page.Locator("a.hit-link").First;
        var href = await hit.GetAttributeAsync("href");
        await hit.ClickAsync();
        await page.WaitForURLAsync("**/articles/**");
        var anchor = href!.Split('#')[1];
        var target = page.Locator("#" + anchor);
        Assert.True(await target.EvaluateAsync<bool>("e => e.matches(':target')"));
        Assert.True(await target.IsVisibleAsync());
        var inView = await target.EvaluateAsync<bool>("e => { const r = e.getBoundingClientRect(); return r.top < window.innerHeight && r.bottom > 0; }");
        Assert.True(inView);
        Assert.True(await page.Locator("#" + anchor + " mark.search-hit, #" + anchor + ":has(mark.search-hit)").CountAsync() > 0
            || await target.Locator("xpath=ancestor-or-self::*[.//mark[contains(@class,'search-hit')]]").CountAsync() > 0);
        await BrowserFixture.ScreenshotAsync(page, $"search-landing-{name}", fullPage: false);

        // Marking the words changes no character of the text.
        const string text = "e => { const c = e.cloneNode(true); c.querySelectorAll('.claim-card').forEach(x => x.remove()); return c.textContent; }";
        var marked = await page.Locator(".reader-body").EvaluateAsync<string>(text);
        await page.GotoAsync(href.Split('?')[0]);
        Assert.Equal(await page.Locator(".reader-body").EvaluateAsync<string>(text), marked);
    }

    [Fact]
    public async Task Results_and_their_links_work_without_javascript()
    {
        var page = await browser.NewPageAsync(javaScript: false, role: "editor");
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("type:prediction"));
        Assert.True(await page.Locator(".result-group").CountAsync() > 0);
        await page.Locator("a.hit-link").First.ClickAsync();
        await page.WaitForURLAsync("**/articles/**#claim-*");
        Assert.True(await page.Locator("mark.claim:target").CountAsync() == 1);
    }

    [Fact]
    public async Task A_parse_error_shows_beside_the_box_with_its_place_marked()
    {
        var page = await browser.NewPageAsync(375, 800, role: "editor");
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString("drones auther:Applebaum"));
        Assert.Contains("Did you mean author:", await page.Locator("#search-error").InnerTextAsync());
        Assert.Equal("auther:", await page.Locator("mark.query-error-span").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "search-error-phone", fullPage: false);
    }

    [Fact]
    public async Task Find_in_article_steps_through_matches_and_leaves_the_claims_whole()
    {
        var page = await browser.NewPageAsync(role: "editor");
        await page.GotoAsync("/articles/the-ukraine-war-cant-end-until-russia-stops-fighting");
        var claims = await page.Locator("mark.claim").CountAsync();
        var claimText = await page.Locator("mark.claim").First.InnerTextAsync();

        await page.Locator("#find-open").ClickAsync();
        await page.Locator("#find-input").FillAsync("russia");
        await page.Locator("#find-count").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("of") }).WaitForAsync();
        var total = int.Parse((await page.Locator("#find-count").InnerTextAsync()).Split(" of ")[1]);
        Assert.True(total > 5);
        Assert.Equal("1 of " + total, await page.Locator("#find-count").InnerTextAsync());
        await page.Locator("#find-input").PressAsync("Enter");
        Assert.Equal("2 of " + total, await page.Locator("#find-count").InnerTextAsync());
        await page.Locator("#find-input").PressAsync("Shift+Enter");
        await page.Locator("#find-input").PressAsync("Shift+Enter");
        Assert.Equal($"{total} of {total}", await page.Locator("#find-count").InnerTextAsync());
        Assert.True(await page.Locator("mark.claim mark.find-hit").CountAsync() > 0);
        Assert.Equal(claims, await page.Locator("mark.claim").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "find-in-article", fullPage: false);

        await page.Locator("#find-input").PressAsync("Escape");
        Assert.True(await page.Locator("#find-bar").IsHiddenAsync());
        Assert.Equal(0, await page.Locator("mark.find-hit").CountAsync());
        Assert.Equal(claimText, await page.Locator("mark.claim").First.InnerTextAsync());
        Assert.Equal(claims, await page.Locator("mark.claim").CountAsync());
    }

    [Fact]
    public async Task A_misspelling_offers_a_correction_that_finds_results()
    {
        var page = await browser.NewPageAsync(role: "editor");
        await page.GotoAsync("/search?q=Pokrovks");
        await page.Locator(".did-you-mean a").ClickAsync();
        await page.WaitForURLAsync("**/search?q=Pokrovsk");
        Assert.Equal(2, await page.Locator(".result-group").CountAsync());
    }
}
