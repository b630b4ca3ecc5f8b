using Microsoft.Playwright;

namespace ArticleReader.Web.Tests.Browser;

public class ReadingTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_reader_opens_the_library_follows_a_link_and_reads_the_article()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        Assert.Equal(6, await page.Locator(".article-card").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "library-desktop");

        await page.GetByRole(AriaRole.Link, new() { Name = "The Ukraine War Can’t End Until Russia Stops Fighting" }).ClickAsync();
        await page.WaitForURLAsync("**/articles/the-ukraine-war-cant-end-until-russia-stops-fighting");
        Assert.Equal("The Ukraine War Can’t End Until Russia Stops Fighting", await page.Locator("h1").InnerTextAsync());
        var first = await page.Locator(".reader-body p.body").First.InnerTextAsync();
        Assert.StartsWith("In an underground parking lot beneath an ordinary building", first);
        Assert.Equal("By Anne Applebaum", await page.Locator(".byline .author").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "reader-desktop");
    }

    [Fact]
    public async Task The_reader_fits_a_phone_screen_without_sideways_scrolling()
    {
        var page = await browser.NewPageAsync(375, 740);
        await page.GotoAsync("/articles/elon-musk-stole-my-old-plan-for-peace-in-ukraine-too-bad-it-doesnt-make-sense-anymore");
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow);
        await BrowserFixture.ScreenshotAsync(page, "reader-phone", fullPage: false);
        await page.GotoAsync("/");
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"));
        await BrowserFixture.ScreenshotAsync(page, "library-phone", fullPage: false);
    }

    [Fact]
    public async Task Keyboard_focus_is_visible_and_reaches_the_articles()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('.article-card')")) break;
        }
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.Equal("solid", outline);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/articles/**");
        Assert.NotEmpty(await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task Dark_mode_follows_the_system_preference()
    {
        var page = await browser.NewPageAsync(scheme: ColorScheme.Dark);
        await page.GotoAsync("/articles/the-generals-warning");
        var background = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        Assert.Equal("rgb(22, 21, 19)", background);
        await BrowserFixture.ScreenshotAsync(page, "reader-dark", fullPage: false);
    }

    [Fact]
    public async Task Reading_works_without_javascript()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "What Is Russia Doing With North Korean Troops?" }).ClickAsync();
        Assert.Contains("Thousands of North Korean troops", await page.Locator(".reader-body").InnerTextAsync());
    }
}
