using System.Text;
using Microsoft.Playwright;

namespace ArticleReader.Web.Tests.Browser;

public class AddPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static FilePayload Text(string name, string text, string mime = "text/plain") =>
        new() { Name = name, MimeType = mime, Buffer = Encoding.UTF8.GetBytes(text) };

    [Fact]
    public async Task A_mixed_upload_gives_one_clear_result_per_file_and_ingests_the_good_ones()
    {
        var page = await browser.NewPageAsync(role: "editor");
        await page.GotoAsync("/add");
        var big = new FilePayload { Name = "huge.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(new string('x', 6 * 1024 * 1024)) };
        await page.Locator("#files").SetInputFilesAsync(new[]
        {
            Text("good-upload.txt", "Upload Works As Expected\n\nA dek for the uploaded piece goes here.\n\nThe body of the uploaded text file says something worth reading.\n\nAnd a second paragraph."),
            Text("note.md", "---\ntitle: A Markdown Note\nauthor: Jane Writer\n---\n\nThe note has a paragraph.\n\n> And a quotation.\n", "text/markdown"),
            Text("page.html", "<html><head><title>A Saved Page</title><meta name=\"author\" content=\"Sam Saver\"></head><body><nav>Home | About</nav><article><h1>A Saved Page</h1><p>The saved page has a first paragraph that is long enough to count as article text for any extractor.</p><p>And a second paragraph, also long enough to be kept as part of the article body text.</p></article><script>alert(1)</script></body></html>", "text/html"),
            new FilePayload { Name = "binary.txt", MimeType = "application/octet-stream", Buffer = [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02] },
            big,
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to the library" }).ClickAsync();
        var results = page.Locator("#results li.result");
        await results.Nth(4).WaitForAsync(new() { Timeout = 20000 });
        await BrowserFixture.ScreenshotAsync(page, "add-results-desktop");

        async Task<string> ResultFor(string name) => await page.Locator("li.result", new() { HasText = name }).InnerTextAsync();
        Assert.Contains("created: 1 article", await ResultFor("good-upload.txt"));
        Assert.Contains("created: 1 article", await ResultFor("note.md"));
        Assert.Contains("created: 1 article", await ResultFor("page.html"));
        Assert.Contains("binary", await ResultFor("binary.txt"));
        Assert.Contains("the limit is 5 MB per file", await ResultFor("huge.txt"));

        await page.GetByRole(AriaRole.Link, new() { Name = "upload-works-as-expected" }).ClickAsync();
        Assert.Equal("Upload Works As Expected", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task Pasting_text_works_without_javascript_and_a_second_paste_is_unchanged()
    {
        var page = await browser.NewPageAsync(375, 800, javaScript: false, role: "editor");
        await page.GotoAsync("/add");
        await page.Locator("#pasted-title").FillAsync("Pasted Without Scripts");
        await page.Locator("#pasted-text").FillAsync("Text pasted by a reader who turned JavaScript off.\n\nIt still becomes an article.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to the library" }).ClickAsync();
        Assert.Contains("created: 1 article", await page.Locator("#results").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(page, "add-paste-phone");

        await page.Locator("#pasted-title").FillAsync("Pasted Without Scripts");
        await page.Locator("#pasted-text").FillAsync("Text pasted by a reader who turned JavaScript off.\n\nIt still becomes an article.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to the library" }).ClickAsync();
        Assert.Contains("unchanged", await page.Locator("#results").InnerTextAsync());
    }

    [Fact]
    public async Task Submitting_nothing_says_what_to_do()
    {
        var page = await browser.NewPageAsync(role: "editor");
        await page.GotoAsync("/add");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to the library" }).ClickAsync();
        await page.Locator(".form-errors li").WaitForAsync();
        Assert.Contains("Choose at least one file or paste some text.", await page.Locator(".form-errors").InnerTextAsync());
    }
}
