using ArticleReader.Storage;
using ArticleReader.Web.Cli;
using ArticleReader.Web.Tests.Support;
using Microsoft.Data.Sqlite;

namespace ArticleReader.Web.Tests.Cli;

public sealed class IngestCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "articlereader-cli-tests", Guid.NewGuid().ToString("N"));
    private readonly Database _db;

    public IngestCommandTests()
    {
        Directory.CreateDirectory(_folder);
        _db = new Database(Path.Combine(_folder, "cli.db"));
    }

    private (int Exit, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        var original = Console.Out;
        lock (typeof(Console))
        {
            Console.SetOut(output);
            try { return (Verbs.Run(args, _db, Serilog.Core.Logger.None), output.ToString()); }
            finally { Console.SetOut(original); }
        }
    }

    [Fact]
    public void Ingest_prints_a_progress_line_per_file_and_a_summary_then_unchanged_on_the_second_run()
    {
        var (exit, output) = Run("ingest", TestPaths.Seeds);
        Assert.Equal(0, exit);
        Assert.Contains("[1/3] 000_4eaec5af397c60a8.txt: created: 1 article", output);
        Assert.Contains("[3/3] 002_f53d2b5e514c185a.txt: created: 4 articles", output);
        Assert.Contains("3 files: 3 ingested, 0 unchanged, 0 failed; 6 articles", output);

        (exit, output) = Run("ingest", TestPaths.Seeds);
        Assert.Equal(0, exit);
        Assert.Contains("[1/3] 000_4eaec5af397c60a8.txt: unchanged", output);
        Assert.Contains("0 ingested, 3 unchanged, 0 failed", output);
    }

    [Fact]
    public void Ingest_exits_non_zero_and_names_each_failed_file_with_its_reason()
    {
        var empty = Path.Combine(_folder, "empty.txt");
        File.WriteAllBytes(empty, []);
        var (exit, output) = Run("ingest", empty, Path.Combine(TestPaths.Seeds, "000_4eaec5af397c60a8.txt"));
        Assert.Equal(1, exit);
        Assert.Contains($"error: {empty}: the file is empty", output);
        Assert.Contains("1 ingested", output);
    }

    [Fact]
    public void Ingest_without_paths_prints_usage()
    {
        var (exit, output) = Run("ingest");
        Assert.Equal(2, exit);
        Assert.Contains("usage: ingest PATH", output);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, true); } catch (IOException) { }
    }
}
