using ArticleReader.Web.Tests.Support;
using Microsoft.Playwright;

namespace ArticleReader.Web.Tests.Browser;

// One live server and one Debian Chromium per test class; each test opens its own page.
public sealed class BrowserFixture : IAsyncLifetime
{
    public LiveServer Server { get; private set; } = null!;
    private IPlaywright _playwright = null!;
    public IBrowser Browser { get; private set; } = null!;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath}; run ./test.sh, which installs it.");
        Server = new LiveServer();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
        });
    }

    // role: "reader", "editor" or "admin" signs the page in (through the sign-in form) as the account "test-<role>";
    // null browses anonymously.
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, bool javaScript = true, ColorScheme scheme = ColorScheme.Light,
        string? role = null)
    {
        var context = await Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            ColorScheme = scheme,
            BaseURL = Server.BaseUrl,
        });
        // Generous waits: a loaded 2-core CI machine can take seconds to serve a page; no test measures speed.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        var page = await context.NewPageAsync();
        if (role is not null) await SignInAsync(page, Server.EnsureUser(role).Name);
        return page;
    }

    public static async Task SignInAsync(IPage page, string name, string password = AppFactory.TestPassword)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#name", name);
        await page.FillAsync("#password", password);
        await page.ClickAsync("form.account-form button[type=submit]");
        await page.WaitForSelectorAsync("#signed-in-as");
    }

    public static async Task ScreenshotAsync(IPage page, string name, bool fullPage = true)
    {
        Directory.CreateDirectory(TestPaths.Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(TestPaths.Screenshots, name + ".png"), FullPage = fullPage });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        Server.Dispose();
    }
}
