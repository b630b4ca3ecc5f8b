using System.Text;
using Microsoft.Playwright;

namespace ArticleReader.Web.Tests.Browser;

public class ClaimsBrowserTests(DeskBrowserFixture fixture) : IClassFixture<DeskBrowserFixture>
{
    private readonly BrowserFixture _browser = fixture.Browser;

    private static async Task<int> TotalAsync(IPage page) =>
        int.Parse((await page.Locator("#claims-total").InnerTextAsync()).Split(' ')[0].Replace(",", ""));

    private static async Task<List<long>> RowIdsAsync(IPage page) =>
        (await page.Locator(".claim-row").EvaluateAllAsync<long[]>("rows => rows.map(r => Number(r.dataset.claimId))")).ToList();

    // On a phone the filters are folded away under their summary.
    private static async Task OpenFiltersAsync(IPage page)
    {
        if (!await page.Locator("#filter-panel").EvaluateAsync<bool>("d => d.open")) await page.Locator("#filter-panel > summary").ClickAsync();
    }

    private static ILocator FacetLink(IPage page, string facet, string value) => page.Locator($"a.facet-link[data-facet='{facet}'][data-value='{value}']");

    [Theory]
    [InlineData(1280, "desktop")]
    [InlineData(375, "phone")]
    public async Task Clicking_a_type_then_tags_narrows_the_list_and_any_tag_widens_it(int width, string name)
    {
        var page = await _browser.NewPageAsync(width, 900);
        await page.GotoAsync("/claims");
        await PageChecks.AssertNoSidewaysScrollingAsync(page);
        await BrowserFixture.ScreenshotAsync(page, $"claims-all-{name}", fullPage: false);

        await OpenFiltersAsync(page);
        var statistics = int.Parse(await FacetLink(page, "type", "statistic").Locator(".count").EvaluateAsync<string>("c => c.firstChild.textContent"));
        await FacetLink(page, "type", "statistic").ClickAsync();
        await page.WaitForURLAsync("**/claims?type=statistic");
        Assert.Equal(statistics, await TotalAsync(page));
        Assert.Equal(["Statistic"], (await page.Locator(".claim-row .type-chip").AllInnerTextsAsync()).Distinct());

        await OpenFiltersAsync(page);
        await FacetLink(page, "tag", "mars").ClickAsync();
        await page.WaitForURLAsync("**/claims?type=statistic&tag=mars");
        Assert.Equal([fixture.Seed.Musk.Id, fixture.Seed.Troops.Id], (await RowIdsAsync(page)).Order());
        await OpenFiltersAsync(page);
        await FacetLink(page, "tag", "energy").ClickAsync();
        await page.WaitForURLAsync("**/claims?type=statistic&tag=mars&tag=energy");
        Assert.Equal([fixture.Seed.Musk.Id], await RowIdsAsync(page));

        await OpenFiltersAsync(page);
        await page.GetByLabel("any chosen tag").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.WaitForURLAsync("**/claims?*tagMode=or*");
        Assert.Equal([fixture.Seed.Musk.Id, fixture.Seed.Troops.Id], (await RowIdsAsync(page)).Order());
        Assert.Equal(2, await TotalAsync(page));
        await PageChecks.AssertNoSidewaysScrollingAsync(page);
        await BrowserFixture.ScreenshotAsync(page, $"claims-filtered-{name}");
    }

    [Fact]
    public async Task The_csv_download_holds_the_whole_filtered_list()
    {
        var page = await _browser.NewPageAsync();
        await page.GotoAsync("/claims?type=evaluation&sort=score");
        var total = await TotalAsync(page);
        Assert.True(total > 50, "the export must hold more than one page");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "CSV" }).ClickAsync());
        Assert.Equal("claims.csv", download.SuggestedFilename);
        var text = await File.ReadAllTextAsync((await download.PathAsync())!, Encoding.UTF8);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,text,type,", lines[0]);
        Assert.Equal(total, lines.Length - 1);
        Assert.All(lines.Skip(1), l => Assert.Contains(",evaluation,", l));
    }

    [Fact]
    public async Task Without_javascript_the_form_combines_filters_and_the_panel_stays_open()
    {
        var page = await _browser.NewPageAsync(375, 800, javaScript: false);
        await page.GotoAsync("/claims");
        Assert.True(await page.Locator("#filter-panel").EvaluateAsync<bool>("d => d.open"));
        var count = 0;
        foreach (var type in new[] { "quote", "reported" })
        {
            count += int.Parse(await FacetLink(page, "type", type).Locator(".count").EvaluateAsync<string>("c => c.firstChild.textContent"));
            await page.Locator($"input[name=type][value={type}]").CheckAsync();
        }
        await page.Locator("#from").FillAsync("2024-10");
        await page.Locator("#to").FillAsync("2024-10-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.WaitForURLAsync("**/claims?*type=quote&type=reported*");
        var rows = await page.Locator(".claim-row time").AllInnerTextsAsync();
        Assert.All(rows, d => Assert.Equal("October 2024", d));
        Assert.InRange(await TotalAsync(page), 1, count);
        await PageChecks.AssertNoSidewaysScrollingAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "claims-nojs-phone", fullPage: false);
    }

    [Theory]
    [InlineData(ColorScheme.Light, 1280, "light-desktop")]
    [InlineData(ColorScheme.Dark, 1280, "dark-desktop")]
    [InlineData(ColorScheme.Dark, 375, "dark-phone")]
    public async Task Text_has_AA_contrast_and_keyboard_focus_is_visible(ColorScheme scheme, int width, string name)
    {
        var page = await _browser.NewPageAsync(width, 900, scheme: scheme);
        await page.GotoAsync("/claims?tag=energy&tag=mars&tagMode=or&unmarked=true&from=2022");
        await OpenFiltersAsync(page);
        await PageChecks.AssertContrastAsync(page);
        await PageChecks.AssertFocusVisibleAsync(page, tabs: 25);
        await PageChecks.AssertNoSidewaysScrollingAsync(page);
        await BrowserFixture.ScreenshotAsync(page, $"claims-{name}");
    }
}
