using System.Net;
using ArticleReader.Accounts;
using ArticleReader.Storage;
using ArticleReader.Web.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleReader.Web.Tests.Support;

// The app in-process with its own database file (the seeds are ingested on first start, as for a user).
public class AppFactory : WebApplicationFactory<Program>
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "articlereader-web-tests", Guid.NewGuid().ToString("N"));
    public string DatabasePath => Path.Combine(Folder, "app.db");

    protected virtual bool SeedOnStart => true;

    public AppFactory() => Directory.CreateDirectory(Folder);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Path", DatabasePath);
        builder.UseSetting("Logging:Directory", Path.Combine(Folder, "logs"));
        builder.UseSetting("Seeds:AutoIngest", SeedOnStart ? "true" : "false");
        builder.UseSetting("Seeds:Path", TestPaths.Seeds);
        builder.UseSetting("RateLimits:LoginsPerMinute", LoginsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public const string TestPassword = "correct horse battery staple";

    // Most tests read anonymously beside signed-in writers, so their app keeps anonymous reading on (an admin
    // setting); the authorization tests turn it off, as it is by default once an account exists.
    protected virtual bool AnonymousReading => true;
    protected virtual int LoginsPerMinute => 100_000;

    // The account "test-<role>" (made on first use), with TestPassword.
    public UserRecord EnsureUser(string role, string? name = null)
    {
        name ??= "test-" + role;
        var store = Services.GetRequiredService<IAccountStore>();
        if (store.FindByName(name) is { } existing) return existing;
        var user = Services.GetRequiredService<AccountService>().Create(name, TestPassword, Roles.Parse(role) ?? throw new ArgumentException(role));
        store.SetAnonymousReading(AnonymousReading);
        Services.GetRequiredService<ReadAccess>().Forget();
        return user;
    }

    // An HttpClient signed in as "test-<role>" through the real sign-in form.
    public HttpClient CreateClientAs(string role, string? name = null, bool allowAutoRedirect = false)
    {
        var user = EnsureUser(role, name);
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = allowAutoRedirect });
        SignIn(client, user.Name);
        return client;
    }

    public static void SignIn(HttpClient client, string name, string password = TestPassword)
    {
        var token = AntiforgeryToken(client, "/account/login");
        var response = client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = name, ["Password"] = password, ["__RequestVerificationToken"] = token,
        })).GetAwaiter().GetResult();
        // Without redirects a success is a redirect away from the form; with them, a page that is not the form.
        var stayed = response.StatusCode != HttpStatusCode.Redirect
            && (response.RequestMessage?.RequestUri?.AbsolutePath.StartsWith("/account/login", StringComparison.OrdinalIgnoreCase) ?? true);
        if (stayed || (int)response.StatusCode >= 400)
            throw new InvalidOperationException($"signing in as {name} answered {(int)response.StatusCode}");
    }

    // The token of the first form on a page, as a browser would send it back.
    public static string AntiforgeryToken(HttpClient client, string path)
    {
        var html = client.GetStringAsync(path).GetAwaiter().GetResult();
        var match = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"");
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException($"{path} has no antiforgery token");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

// A real Kestrel server on a free loopback port, for the browser.
public sealed class LiveServer : AppFactory
{
    public string BaseUrl { get; }

    public LiveServer()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }
}
