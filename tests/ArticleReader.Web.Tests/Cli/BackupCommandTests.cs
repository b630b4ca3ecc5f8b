using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ArticleReader.Ingestion;
using ArticleReader.Storage;
using ArticleReader.Web.Cli;
using ArticleReader.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace ArticleReader.Web.Tests.Cli;

// `backup` and `restore` against the real app running in its own process on the same database file.
public sealed partial class BackupCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "articlereader-backup-tests", Guid.NewGuid().ToString("N"));

    public BackupCommandTests() => Directory.CreateDirectory(_folder);

    private static (int Exit, string Output) Run(Database db, params string[] args)
    {
        var output = new StringWriter();
        var original = Console.Out;
        lock (typeof(Console))
        {
            Console.SetOut(output);
            try { return (Verbs.Run(args, db, Serilog.Core.Logger.None), output.ToString()); }
            finally { Console.SetOut(original); }
        }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();

    [Fact]
    public async Task Backup_runs_while_the_app_serves_and_restore_refuses_the_apps_database_unless_forced()
    {
        var live = new Database(Path.Combine(_folder, "live.db"));
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _folder };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ArticleReader.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["Database__Path"] = live.Path;
        start.Environment["Logging__Directory"] = Path.Combine(_folder, "logs");
        start.Environment["Seeds__Path"] = TestPaths.Seeds;
        using var app = Process.Start(start)!;
        try
        {
            var url = new TaskCompletionSource<string>();
            _ = Task.Run(async () =>
            {
                while (await app.StandardOutput.ReadLineAsync() is { } line)
                    if (Listening().Match(line) is { Success: true } m) url.TrySetResult(m.Groups[1].Value);
            });
            _ = app.StandardError.ReadToEndAsync();
            var served = await Task.WhenAny(url.Task, Task.Delay(TimeSpan.FromSeconds(60)));
            Assert.True(served == url.Task, "the app did not start");
            using var http = new HttpClient { BaseAddress = new Uri(await url.Task) };
            Assert.Equal(6, (await Articles(http)).Length); // the seeds, ingested on the first start

            // A backup of the library while the app has it open.
            var liveBackup = Path.Combine(_folder, "live.backup");
            var (exit, output) = Run(live, "backup", liveBackup);
            Assert.True(exit == 0, output);
            Assert.Contains("integrity ok", output);
            Assert.Contains("6 articles", output);

            // A smaller library's backup: one seed file.
            var small = new Database(Path.Combine(_folder, "small.db"));
            small.Migrate();
            new Ingester(new ArticleStore(small), new EntityStore(small), Serilog.Core.Logger.None).IngestPaths([Path.Combine(TestPaths.Seeds, "000_4eaec5af397c60a8.txt")]);
            var smallBackup = Path.Combine(_folder, "small.backup");
            Assert.Equal(0, Run(small, "backup", smallBackup).Exit);

            (exit, output) = Run(live, "restore", smallBackup);
            Assert.Equal(1, exit);
            Assert.Contains("is open in another process (is the app running?)", output);
            Assert.Equal(6, (await Articles(http)).Length);

            (exit, output) = Run(live, "restore", smallBackup, "--force");
            Assert.True(exit == 0, output);
            Assert.Contains($"the previous database is kept at {live.Path}.before-restore", output);
            // The running app serves the restored library at once, without errors.
            var restored = await Articles(http);
            Assert.Single(restored);
            var page = await http.GetAsync("/articles/" + restored[0].GetProperty("slug").GetString());
            Assert.Equal(200, (int)page.StatusCode);
        }
        finally
        {
            if (!app.HasExited) app.Kill(entireProcessTree: true);
            await app.WaitForExitAsync();
        }

        // With the app stopped, the first backup goes back in without --force.
        SqliteConnection.ClearAllPools();
        var (code, text) = Run(live, "restore", Path.Combine(_folder, "live.backup"));
        Assert.True(code == 0, text);
        Assert.Equal(6, new ArticleStore(live).CountArticles());
    }

    [Fact]
    public void Backup_and_restore_explain_their_usage_and_refuse_what_they_cannot_do()
    {
        var db = new Database(Path.Combine(_folder, "none.db"));
        Assert.Equal(2, Run(db, "backup").Exit);
        Assert.Equal(2, Run(db, "restore").Exit);
        var (exit, output) = Run(db, "backup", Path.Combine(_folder, "x.backup"));
        Assert.Equal(1, exit);
        Assert.Contains("there is no database at", output);
        File.WriteAllText(Path.Combine(_folder, "text.backup"), "not a database at all, just some words in a file");
        (exit, output) = Run(db, "restore", Path.Combine(_folder, "text.backup"));
        Assert.Equal(1, exit);
        Assert.Contains("cannot be restored: it is not a readable SQLite database", output);
        Assert.False(File.Exists(db.Path));
    }

    private static async Task<JsonElement[]> Articles(HttpClient http) =>
        (await http.GetFromJsonAsync<JsonElement[]>("/api/articles"))!;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
