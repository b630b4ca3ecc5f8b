using System.Diagnostics;
using System.Text;
using ArticleReader.Ingestion;
using ArticleReader.Ingestion.TextDump;
using ArticleReader.Storage;
using Dapper;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace ArticleReader.Web.Tests.Cli;

// The real `ingest` process, killed with SIGKILL at random moments of a 300-file batch, ten times over,
// then run to completion. Each file is one SQLite transaction (source, articles, blocks, sentences, claims,
// mentions and the re-anchoring of the reader's annotations), so a kill may lose the file in flight but
// never leave part of it. After every kill, and after the final run, the library is checked to be whole:
//
// - PRAGMA integrity_check is "ok" and PRAGMA foreign_key_check finds nothing;
// - a source marked 'ingested' is stored exactly as parsing its stored text gives it: the same number of
//   articles, each with the same number of blocks (so none is half-written, missing or doubled);
// - every article has blocks, every sentence, claim and mention points at a block of its own article;
// - every annotation made before the kills keeps its tags, note, status, evidence and highlighted text,
//   stays attached to its article, and is not orphaned.
public sealed class IngestCrashTests(ITestOutputHelper output) : IDisposable
{
    private const int Seed = 4242;
    private const int FileCount = 300;
    private const int Kills = 10;
    private static readonly TimeSpan RunBound = TimeSpan.FromSeconds(90);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "articlereader-crash-tests", Guid.NewGuid().ToString("N"));
    private string Library => Path.Combine(_folder, "library");
    private string DatabasePath => Path.Combine(_folder, "crash.db");

    [Fact]
    public async Task Killing_the_ingest_process_at_random_moments_never_leaves_a_half_written_library_or_loses_the_readers_work()
    {
        var clock = Stopwatch.StartNew();
        var random = new Random(Seed);
        Directory.CreateDirectory(Library);
        for (var i = 0; i < FileCount; i++) File.WriteAllText(FilePath(i), ArticleText(i, edited: false), Encoding.UTF8);

        // Before the kills: a tenth of the files ingested in-process and annotated; then those files are
        // edited, so the killed runs replace them and re-anchor the annotations inside their transactions.
        var db = new Database(DatabasePath);
        db.Migrate();
        var annotated = Enumerable.Range(0, FileCount).Where(i => i % 10 == 3).ToList();
        new Ingester(new ArticleStore(db), new EntityStore(db), Serilog.Core.Logger.None).IngestPaths(annotated.Select(FilePath));
        var expected = Annotate(db, annotated);
        foreach (var i in annotated) File.WriteAllText(FilePath(i), ArticleText(i, edited: true), Encoding.UTF8);
        SqliteConnection.ClearAllPools();

        var killedAt = new List<string>();
        for (var kill = 0; kill < Kills; kill++)
        {
            // Half the kills wait for a number of finished files (mid-batch), half for a time since start
            // (which may fall in start-up, a transaction, or the entity resolution after the last file).
            var afterFiles = kill % 2 == 0 ? random.Next(1, 25) : (int?)null;
            var afterTime = TimeSpan.FromMilliseconds(random.Next(kill % 2 == 0 ? 0 : 400, kill % 2 == 0 ? 120 : 2500));
            var (exited, lines) = await RunIngest(afterFiles, afterTime);
            killedAt.Add(exited ? "finished before the kill" : afterFiles is null ? $"at {afterTime.TotalMilliseconds:0} ms, {lines} files reported" : $"{afterTime.TotalMilliseconds:0} ms after storing {afterFiles} file(s)");
            AssertWhole(db, expected, $"after kill {kill + 1} ({killedAt[^1]})");
        }

        var (_, finalLines) = await RunIngest(null, null);
        output.WriteLine($"kills: {string.Join("; ", killedAt)}; final run: {finalLines} progress lines; {clock.Elapsed.TotalSeconds:0.0} s");
        AssertWhole(db, expected, "after the final run");
        // The derived entity links are complete: resolving again changes nothing.
        var links = EntityLinks(db);
        var entities = new EntityStore(db);
        Assert.False(entities.NeedsResolving());
        entities.Resolve();
        Assert.Equal(links, EntityLinks(db));
        using var c = db.Open();
        Assert.Equal(FileCount, c.ExecuteScalar<int>("SELECT COUNT(*) FROM sources WHERE status = 'ingested'"));
        Assert.Equal(FileCount, c.ExecuteScalar<int>("SELECT COUNT(DISTINCT path) FROM sources"));
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM (SELECT source_id, title FROM articles GROUP BY source_id, title HAVING COUNT(*) > 1)"));
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM (SELECT content_hash FROM sources GROUP BY content_hash HAVING COUNT(*) > 1)"));
    }

    private static string EntityLinks(Database db)
    {
        using var c = db.Open();
        return string.Join("\n", c.Query<string>("""
            SELECT 'm' || m.id || ':' || COALESCE(e.key, '') FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id
            UNION ALL SELECT 'c' || cl.id || ':' || COALESCE(e.key, '') FROM claims cl LEFT JOIN entities e ON e.id = cl.speaker_entity_id
            ORDER BY 1
            """));
    }

    private string FilePath(int i) => Path.Combine(Library, $"{i:D3}-article.txt");

    // Runs `ingest LIBRARY` in its own process. With a trigger, kills it (SIGKILL) when the trigger fires;
    // without one, waits for it to finish and requires success. Returns whether it exited by itself and how many files it reported.
    private async Task<(bool Exited, int Lines)> RunIngest(int? killAfterFiles, TimeSpan? killAfter)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _folder };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ArticleReader.Web.dll"));
        start.ArgumentList.Add("ingest");
        start.ArgumentList.Add(Library);
        start.Environment["Database__Path"] = DatabasePath;
        start.Environment["Logging__Directory"] = Path.Combine(_folder, "logs");
        using var process = Process.Start(start)!;
        var lines = 0;
        var enoughFiles = new TaskCompletionSource();
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = Task.Run(async () =>
        {
            // Only files this run stored count towards the trigger, so the kills spread over the whole batch.
            var stored = 0;
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                if (!line.StartsWith('[')) continue;
                Interlocked.Increment(ref lines);
                if ((line.Contains(": created:") || line.Contains(": replaced:")) && ++stored >= (killAfterFiles ?? int.MaxValue)) enoughFiles.TrySetResult();
            }
        });
        var bound = Task.Delay(RunBound);
        if (killAfterFiles is null && killAfter is null)
        {
            Assert.True(await Task.WhenAny(process.WaitForExitAsync(), bound) != bound, "the final ingest run did not finish");
            await stdout;
            Assert.True(process.ExitCode == 0, $"the final ingest run failed ({process.ExitCode}): {await stderr}");
            return (true, lines);
        }
        if (killAfterFiles is not null) await Task.WhenAny(enoughFiles.Task, process.WaitForExitAsync(), bound);
        await Task.WhenAny(Task.Delay(killAfter ?? TimeSpan.Zero), process.WaitForExitAsync());
        var exited = process.HasExited;
        if (!exited) process.Kill(entireProcessTree: true); // SIGKILL on Linux: no handler, no flush, no rollback by the process
        await process.WaitForExitAsync();
        await stdout;
        return (exited, lines);
    }

    private sealed record ExpectedAnnotation(long Id, string Kind, string Exact, string Note, string Status, string? Evidence, string[] Tags, int HistoryRows);

    // On each annotated file's first article: a claim tagged, judged with evidence and noted, and a highlight with a note and tags.
    private static List<ExpectedAnnotation> Annotate(Database db, IReadOnlyList<int> files)
    {
        var articles = new ArticleStore(db);
        var claims = new ClaimStore(db);
        var desk = new AnnotationStore(db);
        var ids = new List<long>();
        foreach (var i in files)
        {
            var source = articles.FindSourceByPath(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(db.Path)!, "library", $"{i:D3}-article.txt")))!;
            var articleId = articles.SourceBlocks(source.Id).First(b => b.ArticleId is not null).ArticleId!.Value;
            var claim = claims.ForArticle(articleId).First();
            desk.AddTag(claim.Id, $"crash tag {i}");
            desk.AddTag(claim.Id, "crash");
            desk.SetStatus(claim.Id, ClaimStatuses.All[1 + i % 6], $"https://example.org/evidence/{i}", "checked");
            ids.Add(desk.SetClaimNote(claim.Id, $"Note on file **{i}**: kept through kills.").Id);
            var detail = articles.FindArticle(articles.ListArticles().Single(a => a.Id == articleId).Slug)!;
            var block = detail.Blocks.Where(b => b.Kind == "body").Skip(1).First();
            ids.Add(desk.AddHighlight(articleId, block.Id, 0, Math.Min(40, block.Text.Length), $"highlight note {i}", ["crash", $"highlight {i}"]).Id);
        }
        return ids.Select(id =>
        {
            var a = desk.Find(id)!;
            return new ExpectedAnnotation(id, a.Kind, a.Exact, a.Note, a.Status, a.EvidenceUrl,
                desk.TagsOf([id]).Select(t => t.Name).Order().ToArray(), desk.History(id).Count);
        }).ToList();
    }

    private static void AssertWhole(Database db, IReadOnlyList<ExpectedAnnotation> expected, string when)
    {
        // A fresh connection, as after a restart: a pooled one would keep FTS5's cached index structure from
        // before the other process wrote, and its integrity check would compare against that stale copy.
        SqliteConnection.ClearAllPools();
        using var c = db.Open();
        var integrity = string.Join("; ", c.Query<string>("PRAGMA integrity_check"));
        Assert.True(integrity == "ok", $"integrity_check failed {when}: {integrity}");
        Assert.True(!c.Query("PRAGMA foreign_key_check").Any(), $"foreign keys broken {when}");

        var problems = new List<string>();
        foreach (var (id, name, text) in c.Query<(long, string, string)>("SELECT id, name, original_text FROM sources WHERE status = 'ingested'"))
        {
            var parsed = TextDumpParser.Parse(text);
            var stored = c.Query<long>("SELECT (SELECT COUNT(*) FROM blocks b WHERE b.article_id = a.id) FROM articles a WHERE source_id = @id ORDER BY position", new { id }).ToList();
            var wanted = parsed.Articles.Select(a => (long)a.Blocks.Count).ToList();
            if (!stored.SequenceEqual(wanted))
                problems.Add($"{name}: stored articles with [{string.Join(",", stored)}] blocks; its text gives [{string.Join(",", wanted)}]");
        }
        void None(string sql, string what)
        {
            var n = c.ExecuteScalar<long>(sql);
            if (n > 0) problems.Add($"{n} {what}");
        }
        None("SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM blocks b WHERE b.article_id = a.id)", "articles without blocks");
        None("SELECT COUNT(*) FROM articles a JOIN sources s ON s.id = a.source_id WHERE s.status != 'ingested'", "articles of a source not ingested");
        None("SELECT COUNT(*) FROM claims cl LEFT JOIN blocks b ON b.id = cl.block_id WHERE b.id IS NULL OR b.article_id IS NOT cl.article_id", "claims whose block is missing or another article's");
        None("SELECT COUNT(*) FROM claims cl LEFT JOIN sentences s ON s.id = cl.sentence_id WHERE s.id IS NULL", "claims without their sentence");
        None("SELECT COUNT(*) FROM sentences s LEFT JOIN blocks b ON b.id = s.block_id WHERE b.id IS NULL OR b.article_id IS NOT s.article_id", "sentences whose block is missing or another article's");
        None("SELECT COUNT(*) FROM mentions m LEFT JOIN blocks b ON b.id = m.block_id WHERE b.id IS NULL OR b.article_id IS NOT m.article_id", "mentions whose block is missing or another article's");
        None("SELECT COUNT(*) FROM articles a WHERE EXISTS (SELECT 1 FROM blocks b WHERE b.article_id = a.id AND b.kind = 'body') AND NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = a.id)", "articles with body text but no sentences");

        var desk = new AnnotationStore(db);
        foreach (var want in expected)
        {
            var a = desk.Find(want.Id);
            if (a is null) { problems.Add($"annotation {want.Id} lost"); continue; }
            var tags = desk.TagsOf([want.Id]).Select(t => t.Name).Order().ToArray();
            if (a.ArticleId is null || a.AnchorState == "orphaned") problems.Add($"annotation {want.Id} detached from its article ({a.AnchorState})");
            if (a.Kind == "claim" && a.ClaimId is null) problems.Add($"claim annotation {want.Id} lost its claim");
            if (a.Exact != want.Exact || a.Note != want.Note || a.Status != want.Status || a.EvidenceUrl != want.Evidence || !tags.SequenceEqual(want.Tags))
                problems.Add($"annotation {want.Id} changed: {a.Exact}|{a.Note}|{a.Status}|{a.EvidenceUrl}|{string.Join(",", tags)}");
            if (desk.History(want.Id).Count < want.HistoryRows) problems.Add($"annotation {want.Id} lost history rows");
        }
        Assert.True(problems.Count == 0, $"{when}:\n" + string.Join("\n", problems.Take(20)));
    }

    // A plausible opinion piece: title, byline, and paragraphs of attributed, quantified sentences, so each file
    // carries claims and mentions. An edited file gains a closing paragraph and keeps everything else.
    private static string ArticleText(int i, bool edited)
    {
        var r = new Random(Seed * 1000 + i);
        string[] people = ["Anne Applebaum", "Lloyd Austin", "Vladimir Putin", "Volodymyr Zelensky", "Angela Merkel", "Emmanuel Macron", "Fred Kaplan", "Cathy Young"];
        string[] things = ["the sanctions", "the offensive", "the aid package", "the ceasefire", "the pipeline", "the election", "the blockade"];
        string[] verbs = ["said", "argued", "claimed", "warned", "insisted"];
        var sb = new StringBuilder();
        sb.Append($"Article {i}: What {people[r.Next(people.Length)]} Gets Wrong About {things[r.Next(things.Length)][4..]}\n\n");
        sb.Append($"By {people[r.Next(people.Length)]}\n\n");
        for (var p = r.Next(6, 14); p > 0; p--)
        {
            for (var s = r.Next(2, 5); s > 0; s--)
                sb.Append($"{people[r.Next(people.Length)]} {verbs[r.Next(verbs.Length)]} that {things[r.Next(things.Length)]} would cost {r.Next(2, 900)} million dollars by {r.Next(2025, 2031)}, according to {r.Next(3, 40)} officials. ");
            sb.Length--;
            sb.Append("\n\n");
        }
        if (edited) sb.Append($"Update: {people[i % people.Length]} added that {r.Next(2, 90)} percent of the money had already been spent.\n");
        return sb.ToString();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
