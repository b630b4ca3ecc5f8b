using System.Net;
using ArticleReader.Web.Tests.Support;

namespace ArticleReader.Web.Tests.Accounts;

public sealed class PasswordChangeTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<HttpResponseMessage> Change(HttpClient client, string current, string password, string repeat) =>
        await client.PostAsync("/account/password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["current"] = current, ["password"] = password, ["repeat"] = repeat,
            ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(client, "/account/password"),
        }));

    [Fact]
    public async Task Changing_ones_password_needs_the_current_one_keeps_this_session_and_signs_out_the_others()
    {
        using var here = app.CreateClientAs("reader", "pat");
        using var elsewhere = app.CreateClientAs("reader", "pat");

        var wrong = await Change(here, "not my password", "a brand new passphrase", "a brand new passphrase");
        Assert.Contains("The current password is not right.", await wrong.Content.ReadAsStringAsync());
        var differ = await Change(here, AppFactory.TestPassword, "a brand new passphrase", "another passphrase");
        Assert.Contains("The two new passwords differ.", await differ.Content.ReadAsStringAsync());

        var done = await Change(here, AppFactory.TestPassword, "a brand new passphrase", "a brand new passphrase");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/account/password")).StatusCode);
        var other = await elsewhere.GetAsync("/account/password");
        Assert.Contains("/account/login", other.Headers.Location!.ToString());

        using var fresh = app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Throws<InvalidOperationException>(() => AppFactory.SignIn(fresh, "pat"));
        AppFactory.SignIn(fresh, "pat", "a brand new passphrase");
    }
}
