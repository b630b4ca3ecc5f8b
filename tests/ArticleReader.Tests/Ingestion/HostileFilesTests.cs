using ArticleReader.Ingestion;
using ArticleReader.Storage;
using ArticleReader.Tests.Support;
using Dapper;
using Xunit.Abstractions;

namespace ArticleReader.Tests.Ingestion;

// A thousand malformed documents and a handful of huge or deeply nested ones, through the real ingest
// path into a real database: nothing crashes or hangs, and each file either becomes articles whose blocks
// point into the stored text, or is refused with a reason that names its problem.
public sealed class HostileFilesTests(ITestOutputHelper output)
{
    private const int Seed = 20240601;
    private const int SmallFiles = 1000;

    // A bound, not a speed target: the slowest file here takes a few seconds; minutes would mean a quadratic stage.
    private static readonly TimeSpan PerFileBound = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan BatchBound = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Every_hostile_file_is_ingested_cleanly_or_refused_with_a_reason_each_in_bounded_time()
    {
        using var temp = new TempFolder();
        var db = temp.NewDatabase();
        var store = new ArticleStore(db);
        var folder = Path.Combine(temp.Path, "hostile");
        Directory.CreateDirectory(folder);
        var files = HostileFiles.Generate(Seed, SmallFiles).Concat(HostileFiles.Large(Seed)).ToList();
        foreach (var file in files) File.WriteAllBytes(Path.Combine(folder, file.Name), file.Bytes);

        var ingester = new Ingester(store, new EntityStore(db), Serilog.Core.Logger.None);
        var finished = 0;
        var batch = Task.Run(() => ingester.IngestPaths([folder], (_, index, _) => Volatile.Write(ref finished, index)));
        // Files go in name order, so a hang is in the file after the last one reported.
        var ordered = files.Select(f => f.Name).Order(StringComparer.Ordinal).ToList();
        var first = await Task.WhenAny(batch, Task.Delay(BatchBound));
        Assert.True(first == batch, $"the batch hung on {ordered.ElementAtOrDefault(Volatile.Read(ref finished))}");
        var summary = await batch;
        Assert.Equal(files.Count, summary.Files.Count);

        var slow = summary.Files.Where(f => f.Elapsed > PerFileBound).Select(f => $"{f.Name}: {f.Elapsed.TotalSeconds:0.0} s").ToList();
        Assert.True(slow.Count == 0, "over the per-file bound: " + string.Join(", ", slow));

        var slowest = summary.Files.MaxBy(f => f.Elapsed)!;
        output.WriteLine($"{summary.Describe()}; slowest {slowest.Name} {slowest.Elapsed.TotalSeconds:0.00} s");
        foreach (var reason in summary.Files.Where(f => f.Error is not null).GroupBy(f => f.Error!.Split(" (")[0].Split(';')[0]).OrderByDescending(g => g.Count()))
            output.WriteLine($"  {reason.Count(),4} refused: {reason.Key}");

        var problems = new List<string>();
        foreach (var result in summary.Files)
        {
            if (result.Status == IngestStatus.Failed) problems.AddRange(RefusalProblems(result));
            else problems.AddRange(StoredProblems(store, result));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(30)));

        // Both outcomes are exercised: a generator that only made garbage (or only clean text) would prove little.
        Assert.InRange(summary.Files.Count(f => f.Status == IngestStatus.Failed), 100, files.Count - 100);
        using var c = db.Open();
        Assert.Equal("ok", c.ExecuteScalar<string>("PRAGMA integrity_check"));
        Assert.Empty(c.Query<long>("PRAGMA foreign_key_check"));
        Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM blocks b WHERE b.article_id = a.id)"));
    }

    [Theory]
    [InlineData("large-100000-nested-div.html", "nests elements more than 256 levels deep")]
    [InlineData("large-nested-inline.html", "nests elements more than 256 levels deep")]
    [InlineData("large-nested-quotes.md", "Markdown nests")]
    [InlineData("large-50000-paragraphs.txt", "50,000 blocks")]
    [InlineData("large-100000-advertisements.txt", "100,000 blocks")]
    [InlineData("large-20mb-single-line.txt", "more than 20,000 sentences")]
    [InlineData("large-random-bytes.txt", "binary content")]
    public void Pathological_files_are_refused_with_the_reason_named(string name, string reason)
    {
        using var temp = new TempFolder();
        var db = temp.NewDatabase();
        var file = HostileFiles.Large(Seed).Single(f => f.Name == name);
        var result = new Ingester(new ArticleStore(db), new EntityStore(db), Serilog.Core.Logger.None)
            .IngestFile(temp.WriteBytes(name, file.Bytes));
        Assert.Equal(IngestStatus.Failed, result.Status);
        Assert.Contains(reason, result.Error);
    }

    private static IEnumerable<string> RefusalProblems(IngestFileResult result)
    {
        if (string.IsNullOrWhiteSpace(result.Error)) yield return $"{result.Name}: refused without a reason";
        else if (result.Error.StartsWith(Ingester.UnexpectedFailure, StringComparison.Ordinal))
            yield return $"{result.Name}: a parser threw instead of naming the problem: {result.Error}";
        else if (result.Error.Length < 10) yield return $"{result.Name}: the reason '{result.Error}' names nothing";
    }

    private static IEnumerable<string> StoredProblems(ArticleStore store, IngestFileResult result)
    {
        var source = store.FindSourceByPath(result.Path);
        if (source is not { Status: "ingested" })
        {
            yield return $"{result.Name}: reported {result.Status} but its source is {source?.Status ?? "missing"}";
            yield break;
        }
        var text = store.SourceText(source.Id) ?? "";
        var blocks = store.SourceBlocks(source.Id);
        var articles = blocks.Where(b => b.ArticleId is not null).GroupBy(b => b.ArticleId).Count();
        if (articles != result.Articles || articles == 0)
            yield return $"{result.Name}: {result.Articles} articles reported, {articles} stored with blocks";
        foreach (var b in blocks)
        {
            if (b.StartOffset < 0 || b.EndOffset < b.StartOffset || b.EndOffset > text.Length)
                yield return $"{result.Name}: block {b.Id} [{b.StartOffset}, {b.EndOffset}) is outside the {text.Length}-character text";
            // Text dumps keep every block verbatim; HTML and Markdown blocks hold the rendered text of their range.
            else if (source.Format == "text" && text[b.StartOffset..b.EndOffset] != b.Text)
                yield return $"{result.Name}: block {b.Id} text differs from the source at [{b.StartOffset}, {b.EndOffset})";
        }
    }
}
