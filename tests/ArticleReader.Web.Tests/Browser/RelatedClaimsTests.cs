using Microsoft.Playwright;

namespace ArticleReader.Web.Tests.Browser;

// Related claims and typed links in a real browser: confirming a suggestion by keyboard and by click, seeing the
// link on both claims, dismissing without JavaScript, and the "↔ n" markers leaving selection offsets exact.
public class RelatedClaimsTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Young = "as-putin-threatens-europe-failure-of-trump-peace-plan-laid-bare";
    private const string Applebaum = "the-ukraine-war-cant-end-until-russia-stops-fighting";
    private const string Kaplan = "elon-musk-stole-my-old-plan-for-peace-in-ukraine-too-bad-it-doesnt-make-sense-anymore";

    private static ILocator ClaimMark(IPage page, string text) => page.Locator("mark.claim", new() { HasText = text }).First;

    [Fact]
    public async Task A_suggestion_is_confirmed_by_keyboard_and_the_link_shows_on_both_claims()
    {
        var page = await browser.NewPageAsync(1280, 900, role: "editor");
        await page.GotoAsync($"/articles/{Young}");
        var mark = ClaimMark(page, "fight for Pokrovsk");
        var id = await mark.GetAttributeAsync("data-claim-id");
        Assert.Matches(@"^↔\s\d$", (await page.Locator($"#claim-{id} + a.related-marker").TextContentAsync())!.Trim());
        await mark.Locator("a.claim-link").ClickAsync();
        await page.Locator($"#claim-panel[data-claim-id='{id}']").WaitForAsync();

        await page.Keyboard.PressAsync("l");
        var first = page.Locator(".related-item").First;
        Assert.Contains("Pokrovsk", await first.Locator(".related-text").InnerTextAsync());
        Assert.Equal(await first.GetAttributeAsync("data-claim-id"), await page.EvaluateAsync<string>("() => document.activeElement.dataset.claimId"));
        Assert.Contains("Pokrovsk", await first.Locator(".chip-entity").AllInnerTextsAsync());
        await BrowserFixture.ScreenshotAsync(page, "related-suggestions-desktop", fullPage: false);
        var otherId = await first.GetAttributeAsync("data-claim-id");

        // "s": the suggested claim (Applebaum's) supports the open one (Young's).
        await page.Keyboard.PressAsync("s");
        var link = page.Locator("#claim-panel .link-item.kind-supports");
        await link.WaitForAsync();
        Assert.Contains("This claim is supported by", await link.InnerTextAsync());
        Assert.Contains("Anne Applebaum", await link.InnerTextAsync());
        Assert.Contains("Linked: it supports this claim", await page.Locator($".related-item[data-claim-id='{otherId}']").InnerTextAsync());
        Assert.True(await page.Locator($".related-item[data-claim-id='{otherId}'] button[data-key='s']").IsDisabledAsync());
        Assert.Contains("link", await page.Locator(".history-list").InnerTextAsync());
        Assert.Equal(otherId, await page.EvaluateAsync<string>("() => document.activeElement.closest('.related-item')?.dataset.claimId"));
        await page.Locator("#links-h").ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(page, "related-linked-desktop", fullPage: false);

        // The other claim shows the same link from its side.
        await link.Locator("a").ClickAsync();
        await page.WaitForURLAsync($"**/articles/{Applebaum}?claim={otherId}*");
        var back = page.Locator("#claim-panel .link-item.kind-supports");
        Assert.Contains("This claim supports", await back.InnerTextAsync());
        Assert.Contains("Cathy Young", await back.InnerTextAsync());
        await back.ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(page, "related-linked-other-side-desktop", fullPage: false);

        // Existing keys still work with the related list present.
        await page.Locator("#claim-panel").FocusAsync();
        await page.Keyboard.PressAsync("2");
        await page.Locator("#claim-panel .status-pill.status-supported").WaitForAsync();
    }

    [Fact]
    public async Task A_suggestion_is_confirmed_by_click_on_a_phone_and_the_other_claim_shows_it()
    {
        var page = await browser.NewPageAsync(375, 800, role: "editor");
        await page.GotoAsync($"/articles/{Kaplan}");
        var mark = ClaimMark(page, "His peace plan");
        var id = await mark.GetAttributeAsync("data-claim-id");
        await mark.Locator("a.claim-link").ClickAsync();
        await page.Locator($"#claim-panel[data-claim-id='{id}']").WaitForAsync();
        var item = page.Locator(".related-item", new() { HasText = "found the peace plan utterly infuriating" });
        var otherId = await item.GetAttributeAsync("data-claim-id");
        Assert.Contains("peace plan", await item.Locator(".chip-word").AllInnerTextsAsync());
        await item.ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(page, "related-suggestions-phone", fullPage: false);

        await item.Locator("button[value='restates']").ClickAsync();
        var link = page.Locator("#claim-panel .link-item.kind-restates");
        await link.WaitForAsync();
        Assert.Contains("Cathy Young", await link.InnerTextAsync());
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"));
        await link.ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(page, "related-linked-phone", fullPage: false);

        await page.GotoAsync($"/articles/{Young}?claim={otherId}");
        var back = page.Locator("#claim-panel .link-item.kind-restates");
        Assert.Contains("Fred Kaplan", await back.InnerTextAsync());
        await back.ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ScreenshotAsync(page, "related-linked-other-side-phone", fullPage: false);

        // Both restate each other: a cluster of two pieces, first said by Kaplan in 2022.
        await page.GotoAsync("/clusters");
        await page.Locator(".cluster-card a").First.ClickAsync();
        Assert.Contains("2 authors in 2 pieces", await page.Locator("h1").InnerTextAsync());
        Assert.Contains("First appearance", await page.Locator(".appearance.first").InnerTextAsync());
        Assert.Contains("Fred Kaplan", await page.Locator(".appearance.first").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "cluster-phone");
    }

    [Fact]
    public async Task Without_javascript_a_suggestion_is_dismissed_for_good_and_another_linked_by_plain_forms()
    {
        var page = await browser.NewPageAsync(375, 800, javaScript: false, role: "editor");
        await page.GotoAsync($"/articles/{Applebaum}");
        // The "↔ 5" marker after a claim opens its panel at the related claims.
        var marker = page.Locator("a.related-marker", new() { HasText = "5" }).First;
        var id = (await marker.GetAttributeAsync("href"))!.Split('=', '#')[1];
        Assert.Equal("5 related claims by other authors", await marker.GetAttributeAsync("aria-label"));
        await marker.ClickAsync();
        await page.WaitForURLAsync($"**claim={id}#related-h");
        var items = page.Locator(".related-item");
        Assert.True(await items.CountAsync() >= 2);
        var dismissed = await items.First.GetAttributeAsync("data-claim-id");
        await items.First.Locator("button[data-key='x']").ClickAsync();
        await page.WaitForURLAsync($"**claim={id}**");
        Assert.Equal(0, await page.Locator($".related-item[data-claim-id='{dismissed}']").CountAsync());
        Assert.Contains("Dismissed suggestions", await page.Locator(".dismissed summary").InnerTextAsync());

        var next = page.Locator(".related-item").First;
        var linked = await next.GetAttributeAsync("data-claim-id");
        await next.Locator("button[value='contradicts']").ClickAsync();
        Assert.Contains("contradicts", await page.Locator("#claim-panel .link-item").InnerTextAsync());

        await page.GotoAsync($"/articles/{Applebaum}?claim={id}#related-h");
        Assert.Equal(0, await page.Locator($".related-item[data-claim-id='{dismissed}']").CountAsync());
        Assert.Equal(1, await page.Locator($".link-item a[href*='claim={linked}']").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "related-no-js-phone", fullPage: false);
    }

    [Fact]
    public async Task Text_selected_after_a_related_marker_is_highlighted_at_the_right_offsets()
    {
        var page = await browser.NewPageAsync(1280, 900, role: "editor");
        await page.GotoAsync($"/articles/{Young}");
        // The first paragraph with a marker followed by more text of the article.
        var phrase = await page.EvaluateAsync<string>(@"() => {
            for (const marker of document.querySelectorAll('.reader-body a.related-marker')) {
                let node = marker.nextSibling;
                while (node && node.nodeType === Node.TEXT_NODE && !node.data.trim()) node = node.nextSibling;
                const text = node && (node.nodeType === Node.TEXT_NODE ? node : node.querySelector && node.querySelector('a.claim-link')?.firstChild);
                if (!text || text.nodeType !== Node.TEXT_NODE || text.data.trim().length < 20) continue;
                const start = text.data.search(/\S/);
                const r = document.createRange(); r.setStart(text, start); r.setEnd(text, start + 18);
                const s = getSelection(); s.removeAllRanges(); s.addRange(r);
                return r.toString();
            }
            return null;
        }");
        Assert.False(string.IsNullOrEmpty(phrase));
        await page.Keyboard.PressAsync("h");
        await page.Locator("#highlight-form").WaitForAsync();
        await page.Locator("#highlight-form button[type=submit]").ClickAsync();
        var highlight = page.Locator("mark.user-highlight").First;
        await highlight.WaitForAsync();
        Assert.Equal(phrase, await highlight.TextContentAsync());
    }
}
