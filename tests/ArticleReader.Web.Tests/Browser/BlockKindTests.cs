using Microsoft.Playwright;

namespace ArticleReader.Web.Tests.Browser;

// Each block kind as a reader sees it, at desktop and phone widths.
public class BlockKindTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(1280, "desktop")]
    [InlineData(375, "phone")]
    public async Task Captions_sit_in_a_figure_frame_with_the_credit_set_apart(int width, string label)
    {
        var page = await browser.NewPageAsync(width, 900);
        await page.GotoAsync("/articles/elon-musk-stole-my-old-plan-for-peace-in-ukraine-too-bad-it-doesnt-make-sense-anymore");
        var figure = page.Locator("figure.figure").First;
        Assert.Contains("Elon Musk speaking to a crowd", await figure.Locator(".image-alt").InnerTextAsync());
        Assert.Equal("Carina Johansen/NTB/AFP via Getty Images", await figure.Locator(".credit").TextContentAsync());
        Assert.DoesNotContain("Getty", await figure.Locator(".caption-text").InnerTextAsync());
        var captionSize = await figure.Locator("figcaption").EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
        var bodySize = await page.Locator(".reader-body p.body").First.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
        Assert.True(captionSize < bodySize, $"caption {captionSize}px should be smaller than body {bodySize}px");
        await figure.ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(page, $"kinds-caption-{label}", fullPage: false);
    }

    [Theory]
    [InlineData(1280, "desktop")]
    [InlineData(375, "phone")]
    public async Task Related_links_are_quiet_asides_and_verse_keeps_its_line_breaks(int width, string label)
    {
        var page = await browser.NewPageAsync(width, 900);
        await page.GotoAsync("/articles/a-naked-desperation-to-be-seen");
        var related = page.Locator("aside.related");
        Assert.Equal(2, await related.CountAsync());
        Assert.Contains("Michael A. Cohen:", await related.First.InnerTextAsync());
        var verse = page.Locator("p.verse");
        var lines = (await verse.InnerTextAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("My son asks me whether,", lines[0]);
        Assert.True(lines.Length >= 8);
        await verse.ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(page, $"kinds-verse-{label}", fullPage: false);
        await related.First.ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(page, $"kinds-related-{label}", fullPage: false);
    }

    [Theory]
    [InlineData(1280, "desktop")]
    [InlineData(375, "phone")]
    public async Task The_newsletter_shows_its_excerpt_boxed_and_credited_and_folds_its_furniture_away(int width, string label)
    {
        var page = await browser.NewPageAsync(width, 900);
        await page.GotoAsync("/articles/the-generals-warning");
        var excerpt = page.Locator("aside.excerpt");
        Assert.Equal("By Diane Roberts", await excerpt.Locator(".excerpt-byline").InnerTextAsync());
        Assert.Equal("The Sunshine Staters Aren’t Going Anywhere", await excerpt.Locator(".excerpt-title").InnerTextAsync());
        var extras = page.Locator("details.newsletter-extras");
        Assert.False(await extras.Locator("p.furniture").First.IsVisibleAsync());
        Assert.DoesNotContain("Today’s News", await page.Locator(".reader-body").InnerTextAsync());
        await excerpt.ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(page, $"kinds-excerpt-{label}", fullPage: false);
        await extras.Locator("summary").ClickAsync();
        Assert.True(await extras.Locator("p.furniture").First.IsVisibleAsync());
    }

    [Theory]
    [InlineData(1280, "desktop")]
    [InlineData(375, "phone")]
    public async Task Lead_ins_are_small_caps_and_comments_follow_the_article(int width, string label)
    {
        var page = await browser.NewPageAsync(width, 900);
        await page.GotoAsync("/articles/as-putin-threatens-europe-failure-of-trump-peace-plan-laid-bare");
        var caps = page.Locator(".smallcaps");
        Assert.Equal(2, await caps.CountAsync());
        Assert.Equal("DESPITE REVELATIONS", await caps.First.TextContentAsync());
        Assert.Equal("all-small-caps", await caps.First.EvaluateAsync<string>("e => getComputedStyle(e).fontVariantCaps"));
        await BrowserFixture.ScreenshotAsync(page, $"kinds-smallcaps-{label}", fullPage: false);
        Assert.Equal(4, await page.Locator(".comments li.comment").CountAsync());
        await page.Locator(".comments").ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(page, $"kinds-comments-{label}", fullPage: false);
    }

    [Fact]
    public async Task Show_original_greys_out_what_the_reader_hides_and_keeps_every_character()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/articles/elon-musk-stole-my-old-plan-for-peace-in-ukraine-too-bad-it-doesnt-make-sense-anymore");
        await page.GetByRole(AriaRole.Link, new() { Name = "Show original text" }).ClickAsync();
        await page.WaitForURLAsync("**/original");
        var hidden = page.Locator(".original .hidden-part.kind-boilerplate");
        Assert.Equal(17, await hidden.CountAsync());
        Assert.Equal("Advertisement", await hidden.First.InnerTextAsync());
        Assert.Contains("Elon Musk has a car to save the environment", await page.Locator(".original").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "kinds-original-desktop", fullPage: false);
    }
}
