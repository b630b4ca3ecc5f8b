using ArticleReader.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ArticleReader.Web.Tests.Browser;

// Each test makes its own tags, so the tests share one server without depending on each other.
public class TagsBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private IAnnotationStore Desk => browser.Server.Services.GetRequiredService<AnnotationStore>();

    private TagRecord NewTag(string name, int claims = 1)
    {
        var rows = browser.Server.Services.GetRequiredService<IClaimStore>().Search(new ClaimQuery { Sort = ClaimSort.Score, Limit = claims, WithFacets = false }).Rows;
        foreach (var row in rows) Desk.AddTag(row.Id, name);
        return Desk.Tags().Single(t => t.Name == name);
    }

    private TagRecord? Tag(string name) => Desk.Tags().SingleOrDefault(t => t.Name == name);

    private static ILocator Row(IPage page, TagRecord tag) => page.Locator($"#tag-{tag.Id}");

    [Theory]
    [InlineData(1280, "desktop")]
    [InlineData(375, "phone")]
    public async Task Renaming_a_tag_shows_the_new_name_and_its_claims_link(int width, string name)
    {
        var tag = NewTag($"to rename {name}", claims: 2);
        var page = await browser.NewPageAsync(width, 900, role: "admin");
        await page.GotoAsync("/tags");
        await Row(page, tag).GetByLabel("Rename", new() { Exact = true }).FillAsync($"renamed {name}");
        await Row(page, tag).GetByRole(AriaRole.Button, new() { Name = "Rename", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"“to rename {name}” is now “renamed {name}”.");
        Assert.Equal($"/claims?tag=renamed%20{name}", await Row(page, tag).Locator("a.tag-name").GetAttributeAsync("href"));
        Assert.Equal(2, Tag($"renamed {name}")!.Uses);
        await PageChecks.AssertNoSidewaysScrollingAsync(page);
        await BrowserFixture.ScreenshotAsync(page, $"tags-renamed-{name}");

        await Row(page, tag).Locator("a.tag-name").ClickAsync();
        await page.WaitForURLAsync("**/claims?tag=*", new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator(".claim-row").Nth(1).WaitForAsync();
        Assert.Equal(2, await page.Locator(".claim-row").CountAsync());
    }

    [Theory]
    [InlineData(1280, "desktop")]
    [InlineData(375, "phone")]
    public async Task Recolouring_a_tag_paints_its_swatch(int width, string name)
    {
        var tag = NewTag($"to recolour {name}");
        var page = await browser.NewPageAsync(width, 900, role: "admin");
        await page.GotoAsync("/tags");
        await Row(page, tag).Locator("input[type=color]").FillAsync("#2e7d32");
        await Row(page, tag).GetByRole(AriaRole.Button, new() { Name = "Recolour", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("has a new colour");
        Assert.Equal("rgb(46, 125, 50)", await Row(page, tag).Locator(".swatch").EvaluateAsync<string>("s => getComputedStyle(s).backgroundColor"));
        Assert.Equal("#2e7d32", Tag(tag.Name)!.Colour);
        await BrowserFixture.ScreenshotAsync(page, $"tags-recoloured-{name}", fullPage: false);
    }

    [Theory]
    [InlineData(1280, "desktop")]
    [InlineData(375, "phone")]
    public async Task Merging_a_tag_moves_its_claims_into_the_chosen_one(int width, string name)
    {
        var from = NewTag($"merge away {name}", claims: 3);
        var into = NewTag($"merge target {name}", claims: 1);
        var page = await browser.NewPageAsync(width, 900, role: "admin");
        await page.GotoAsync("/tags");
        await Row(page, from).GetByLabel("Merge into", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = into.Name });
        await Row(page, from).GetByRole(AriaRole.Button, new() { Name = "Merge", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"was merged into “{into.Name}”, which now has 3 uses");
        Assert.Equal(0, await Row(page, from).CountAsync());
        Assert.Null(Tag(from.Name));
        await BrowserFixture.ScreenshotAsync(page, $"tags-merged-{name}", fullPage: false);
    }

    [Theory]
    [InlineData(1280, "desktop", true)]
    [InlineData(375, "phone-nojs", false)]
    public async Task Deleting_a_tag_asks_for_confirmation_first(int width, string name, bool javaScript)
    {
        var tag = NewTag($"to delete {name}", claims: 2);
        var page = await browser.NewPageAsync(width, 900, javaScript: javaScript, role: "admin");
        await page.GotoAsync("/tags");
        await Row(page, tag).GetByRole(AriaRole.Button, new() { Name = $"Delete “{tag.Name}”…" }).ClickAsync();
        var confirm = page.Locator("#confirm-delete");
        await Assertions.Expect(confirm).ToContainTextAsync($"Delete the tag “{tag.Name}”?");
        Assert.NotNull(Tag(tag.Name));
        await PageChecks.AssertNoSidewaysScrollingAsync(page);
        await BrowserFixture.ScreenshotAsync(page, $"tags-confirm-delete-{name}", fullPage: false);
        await confirm.GetByRole(AriaRole.Button, new() { Name = $"Delete “{tag.Name}”" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"“{tag.Name}” was deleted");
        Assert.Null(Tag(tag.Name));
        Assert.Equal(0, await Row(page, tag).CountAsync());
    }

    [Fact]
    public async Task A_refused_change_is_explained_on_the_page()
    {
        var tag = NewTag("refused rename");
        NewTag("already here");
        var page = await browser.NewPageAsync(375, 900, role: "admin");
        await page.GotoAsync("/tags");
        await Row(page, tag).GetByLabel("Rename", new() { Exact = true }).FillAsync("Already Here");
        await Row(page, tag).GetByRole(AriaRole.Button, new() { Name = "Rename", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("exists already; merge the two instead");
        Assert.NotNull(Tag("refused rename"));
        await BrowserFixture.ScreenshotAsync(page, "tags-refused-phone", fullPage: false);
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task The_tags_page_has_AA_contrast_and_visible_focus(ColorScheme scheme)
    {
        NewTag($"contrast {scheme}");
        var page = await browser.NewPageAsync(1280, 900, scheme: scheme, role: "admin");
        await page.GotoAsync("/tags");
        await PageChecks.AssertContrastAsync(page);
        await PageChecks.AssertFocusVisibleAsync(page, tabs: 15);
        await BrowserFixture.ScreenshotAsync(page, $"tags-{scheme.ToString().ToLowerInvariant()}-desktop");
    }
}
