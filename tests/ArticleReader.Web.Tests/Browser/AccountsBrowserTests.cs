using ArticleReader.Storage;
using ArticleReader.Web.Cli;
using Microsoft.Playwright;

namespace ArticleReader.Web.Tests.Browser;

// The accounts story on a fresh install, in a real browser: the first-run hint, the first admin made by the CLI
// verb, signing in, adding a reader, the reader refused an editor's page and tools, lockout after wrong passwords.
// One test, because each step needs the state the one before it left.
public class AccountsBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Slug = "the-ukraine-war-cant-end-until-russia-stops-fighting";

    [Fact]
    public async Task First_admin_signs_in_adds_a_reader_who_is_refused_an_editors_action_and_locked_out_after_wrong_passwords()
    {
        // A fresh install: anyone may read, and every page says how to make the first admin.
        var visitor = await browser.NewPageAsync(1280, 900);
        await visitor.GotoAsync("/");
        Assert.Contains("create-admin", await visitor.Locator(".first-run-banner").InnerTextAsync());
        await visitor.GotoAsync("/account/login");
        Assert.Contains("dotnet run --project src/ArticleReader.Web -- create-admin", await visitor.Locator(".first-run").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(visitor, "accounts-1-first-run");
        await PageChecks.AssertNoSidewaysScrollingAsync(visitor);

        // The first admin, made as the login page says: the CLI verb, its password on stdin.
        var output = new StringWriter();
        var made = AccountCommand.Run("create-admin", ["ada"], new Database(browser.Server.DatabasePath),
            new StringReader("an admin's long password\n"), output, new StringWriter(), interactive: false);
        Assert.Equal(0, made);
        Assert.Contains("created admin 'ada'", output.ToString());

        // Now reading needs an account (the default once one exists): the visitor is sent to sign in.
        await Task.Delay(3500); // the app re-reads "any accounts yet?" every 3 s
        await visitor.GotoAsync($"/articles/{Slug}");
        Assert.Contains("/account/login", visitor.Url);
        Assert.Equal(0, await visitor.Locator(".first-run").CountAsync());

        await BrowserFixture.SignInAsync(visitor, "ada", "an admin's long password");
        Assert.Contains("ada", await visitor.Locator("#signed-in-as").InnerTextAsync());
        await visitor.Locator(".account-nav a", new() { HasText = "Users" }).ClickAsync();
        await visitor.Locator("#new-name").FillAsync("rita");
        await visitor.Locator("#new-password").FillAsync("a long reading password");
        await visitor.Locator("#new-role").SelectOptionAsync("reader");
        await visitor.Locator("#create-user button[type=submit]").ClickAsync();
        Assert.Contains("Account “rita” (reader) created", await visitor.Locator(".notice").InnerTextAsync());
        Assert.Equal(2, await visitor.Locator("table.users tbody tr").CountAsync());
        await BrowserFixture.ScreenshotAsync(visitor, "accounts-2-admin-users");
        await PageChecks.AssertNoSidewaysScrollingAsync(visitor);
        await visitor.SetViewportSizeAsync(390, 844);
        await visitor.ReloadAsync();
        await PageChecks.AssertNoSidewaysScrollingAsync(visitor);
        await BrowserFixture.ScreenshotAsync(visitor, "accounts-2-admin-users-phone");

        // The reader reads, but the editor's tools are not offered, and the editor's page refuses her.
        var rita = await browser.NewPageAsync(390, 844);
        await BrowserFixture.SignInAsync(rita, "rita", "a long reading password");
        await rita.GotoAsync($"/articles/{Slug}");
        await rita.Locator("mark.claim a.claim-link").First.ClickAsync();
        await rita.Locator("#claim-panel").WaitForAsync();
        Assert.Equal(0, await rita.Locator("#claim-panel .tag-form").CountAsync());
        Assert.Equal(0, await rita.Locator("#claim-panel .status-form").CountAsync());
        var response = await rita.GotoAsync("/add");
        Assert.Equal(403, response!.Status);
        Assert.Contains("/account/denied", rita.Url);
        Assert.Contains("signed in as rita, a reader", await rita.Locator("#denied-message").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(rita, "accounts-3-reader-refused");

        // Even a hand-made post of an editor's form is refused, and nothing changes.
        await rita.GotoAsync($"/articles/{Slug}");
        var claimId = await rita.Locator("mark.claim").First.GetAttributeAsync("data-claim-id");
        var token = await rita.Locator("input[name=__RequestVerificationToken]").First.InputValueAsync();
        var body = $"claimId={claimId}&tag=rita-was-here&__RequestVerificationToken={Uri.EscapeDataString(token)}";
        var post = await rita.Context.APIRequest.PostAsync("/desk?handler=Tag", new()
        {
            Data = body, MaxRedirects = 0,
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/x-www-form-urlencoded" },
        });
        Assert.Contains("/account/denied", post.Headers["location"]);
        Assert.DoesNotContain("rita-was-here", await (await rita.GotoAsync("/tags"))!.TextAsync());

        // Five wrong passwords lock the account; the right one is refused until the lock ends.
        var guesser = await browser.NewPageAsync(1280, 900);
        for (var i = 0; i < 5; i++)
        {
            await guesser.GotoAsync("/account/login");
            await guesser.FillAsync("#name", "rita");
            await guesser.FillAsync("#password", "wrong guess number " + i);
            await guesser.ClickAsync("form.account-form button[type=submit]");
        }
        await guesser.FillAsync("#name", "rita");
        await guesser.FillAsync("#password", "a long reading password");
        await guesser.ClickAsync("form.account-form button[type=submit]");
        Assert.Contains("locked until", await guesser.Locator("#login-error").InnerTextAsync());
        await BrowserFixture.ScreenshotAsync(guesser, "accounts-4-locked-out");
    }
}
