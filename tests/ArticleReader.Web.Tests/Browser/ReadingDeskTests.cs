using Microsoft.Playwright;

namespace ArticleReader.Web.Tests.Browser;

// The reading desk's flows in a real browser: with JavaScript (in place) and without (plain forms).
public class ReadingDeskTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Slug = "the-ukraine-war-cant-end-until-russia-stops-fighting";

    private static ILocator ClaimMark(IPage page, string text) => page.Locator("mark.claim", new() { HasText = text }).First;

    [Fact]
    public async Task Clicking_a_claim_opens_its_panel_with_its_own_url_and_tagging_happens_in_place()
    {
        var page = await browser.NewPageAsync(1280, 900, role: "editor");
        await page.GotoAsync($"/articles/{Slug}");
        await ClaimMark(page, "$300 billion").Locator("a").ClickAsync();
        var panel = page.Locator("#claim-panel");
        await panel.WaitForAsync();
        Assert.Contains("?claim=", page.Url);
        Assert.Contains("$300 billion", await panel.Locator(".panel-claim").InnerTextAsync());
        Assert.Contains("why the extractor decided this", (await panel.InnerTextAsync()).ToLowerInvariant());

        await page.Locator("#tag-input").FillAsync("frozen assets");
        await page.Locator(".tag-form button").ClickAsync();
        await page.Locator("#claim-panel .tag-list li", new() { HasText = "frozen assets" }).WaitForAsync();
        Assert.Contains("tag", await page.Locator(".history-list").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "desk-panel-tagged-desktop", fullPage: false);

        // The panel's URL opens the same panel for anyone it is shared with.
        var shared = await browser.NewPageAsync(375, 800, role: "editor");
        await shared.GotoAsync(page.Url);
        Assert.Contains("frozen assets", await shared.Locator("#claim-panel").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(shared, "desk-panel-phone", fullPage: false);
    }

    [Fact]
    public async Task Changing_a_status_with_an_evidence_url_and_writing_a_note_show_in_the_panel_and_the_text()
    {
        var page = await browser.NewPageAsync(1280, 900, role: "editor");
        await page.GotoAsync($"/articles/{Slug}");
        await ClaimMark(page, "40 percent of the national budget").Locator("a").ClickAsync();
        await page.Locator("#claim-panel").WaitForAsync();
        await page.Locator("label.status-choice", new() { HasText = "Disputed" }).ClickAsync();
        await page.Locator("#evidence-url").FillAsync("https://example.org/budget-2025");
        await page.Locator("#status-note").FillAsync("Budget lines differ by source");
        await page.Locator(".status-form button[type=submit]").ClickAsync();
        await page.Locator("#claim-panel .status-pill.status-disputed").WaitForAsync();
        Assert.Equal("https://example.org/budget-2025", await page.Locator("#claim-panel .panel-facts a[rel~=nofollow]").GetAttributeAsync("href"));

        await page.Locator("#note-input").FillAsync("Check the **2025 budget** against [SIPRI](https://www.sipri.org).");
        await page.Locator(".preview-button").ClickAsync();
        await page.Locator(".note-preview strong").WaitForAsync();
        await page.Locator(".note-form button[type=submit]").ClickAsync();
        await page.Locator("#claim-panel .note-rendered strong").WaitForAsync();
        Assert.Equal("2025 budget", await page.Locator("#claim-panel .note-rendered strong").InnerTextAsync());

        await page.GotoAsync($"/articles/{Slug}?colour=status");
        Assert.Contains("status-disputed", await ClaimMark(page, "40 percent of the national budget").GetAttributeAsync("class"));
        await BrowserFixture.ScreenshotAsync(page, "desk-colour-by-status", fullPage: false);
    }

    [Fact]
    public async Task Selecting_text_and_pressing_h_saves_a_highlight_with_a_note()
    {
        var page = await browser.NewPageAsync(1280, 900, role: "editor");
        await page.GotoAsync($"/articles/{Slug}");
        const string phrase = "windowless fishing boats";
        await page.EvaluateAsync(@"phrase => {
            const walker = document.createTreeWalker(document.querySelector('.reader-body'), NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const i = n.data.indexOf(phrase);
                if (i >= 0) { const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + phrase.length);
                    const s = getSelection(); s.removeAllRanges(); s.addRange(r); return; }
            }
        }", phrase);
        await page.Keyboard.PressAsync("h");
        var form = page.Locator("#highlight-form");
        await form.WaitForAsync();
        await page.Locator("#highlight-note").FillAsync("the sea drones");
        await page.Locator("#highlight-tags").FillAsync("drones, navy");
        await BrowserFixture.ScreenshotAsync(page, "desk-highlight-form", fullPage: false);
        await form.Locator("button[type=submit]").ClickAsync();
        var mark = page.Locator("mark.user-highlight");
        await mark.First.WaitForAsync();
        Assert.Equal(phrase, await mark.First.TextContentAsync());
        Assert.Contains("the sea drones", await page.Locator(".highlight-list").InnerTextAsync());
        Assert.Contains("navy", await page.Locator(".highlight-list").InnerTextAsync());
    }

    [Fact]
    public async Task Keyboard_alone_moves_between_claims_opens_one_tags_it_and_sets_its_status()
    {
        var page = await browser.NewPageAsync(1280, 900, role: "editor");
        await page.GotoAsync("/articles/what-is-russia-doing-with-north-korean-troops");
        await page.Keyboard.PressAsync("?");
        Assert.True(await page.Locator("#key-help").IsVisibleAsync());
        await BrowserFixture.ScreenshotAsync(page, "desk-key-help", fullPage: false);
        await page.Keyboard.PressAsync("Escape");
        Assert.False(await page.Locator("#key-help").IsVisibleAsync());

        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.closest('mark').dataset.claimId");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator($"#claim-panel[data-claim-id='{focused}']").WaitForAsync();
        await page.Keyboard.PressAsync("t");
        await page.Keyboard.TypeAsync("keyboard-only");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#claim-panel .tag-list li", new() { HasText = "keyboard-only" }).WaitForAsync();
        await page.Locator("#claim-panel").FocusAsync();
        await page.Keyboard.PressAsync("2");
        await page.Locator("#claim-panel .status-pill.status-supported").WaitForAsync();
        await page.Keyboard.PressAsync("j");
        await page.WaitForFunctionAsync($"() => document.querySelector('#claim-panel') && document.querySelector('#claim-panel').dataset.claimId !== '{focused}'");
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('mark.claim:focus-within') || document.body).outlineStyle");
        await BrowserFixture.ScreenshotAsync(page, "desk-keyboard", fullPage: false);
        Assert.NotNull(outline);
    }

    [Fact]
    public async Task Tagging_and_status_work_without_javascript()
    {
        var page = await browser.NewPageAsync(375, 800, javaScript: false, role: "editor");
        await page.GotoAsync("/articles/the-generals-warning");
        var mark = page.Locator("mark.claim[data-claim-id]").Nth(2);
        var id = await mark.GetAttributeAsync("data-claim-id");
        await mark.Locator("a").ClickAsync();
        await page.WaitForURLAsync($"**claim={id}**");
        await page.Locator("#tag-input").FillAsync("no-js");
        await page.Locator(".tag-form button").ClickAsync();
        Assert.Contains("no-js", await page.Locator("#claim-panel .tag-list").InnerTextAsync());
        await page.Locator("label.status-choice", new() { HasText = "Opinion" }).ClickAsync();
        await page.Locator(".status-form button[type=submit]").ClickAsync();
        Assert.Equal("Opinion", await page.Locator("#claim-panel .status-pill").InnerTextAsync());
        Assert.Contains(id!, page.Url);
        await BrowserFixture.ScreenshotAsync(page, "desk-no-js-phone", fullPage: false);
    }

    [Fact]
    public async Task A_bad_evidence_link_is_refused_with_a_message_and_nothing_changes()
    {
        var page = await browser.NewPageAsync(1280, 900, javaScript: false, role: "editor");
        await page.GotoAsync("/articles/the-generals-warning");
        await page.Locator("mark.claim[data-claim-id]").Nth(4).Locator("a").ClickAsync();
        await page.Locator("label.status-choice", new() { HasText = "False" }).ClickAsync();
        await page.Locator("#evidence-url").EvaluateAsync("e => { e.type = 'text'; e.value = 'javascript:alert(1)'; }");
        await page.Locator(".status-form button[type=submit]").ClickAsync();
        Assert.Contains("must be a full http", await page.Locator(".desk-error").InnerTextAsync());
        Assert.Equal("Unreviewed", await page.Locator("#claim-panel .status-pill").InnerTextAsync());
    }
}
