using System.Net;
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
    }

    // An HttpClient signed in with the given role ("reader", "editor", "admin"). Accounts are landing: until they
    // do, this is a plain client.
    public HttpClient CreateClientAs(string role) => CreateClient();

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
