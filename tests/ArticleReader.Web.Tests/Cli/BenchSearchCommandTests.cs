using ArticleReader.Web.Cli;
using Microsoft.Data.Sqlite;

namespace ArticleReader.Web.Tests.Cli;

public sealed class BenchSearchCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "articlereader-bench-tests", Guid.NewGuid().ToString("N"));

    public BenchSearchCommandTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void A_small_corpus_is_built_then_reused_and_latencies_are_reported_beside_direct_fts5()
    {
        var db = Path.Combine(_folder, "bench.db");
        var output = new StringWriter();
        Assert.Equal(0, BenchSearchCommand.Run(["--articles", "8", "--db", db, "--runs", "1"], output));
        var text = output.ToString();
        Assert.Contains("corpus: 8 synthetic articles written", text);
        Assert.Matches(@"index: rebuilt in [\d.]+ s: 8 articles, [\d,]+ rows", text);
        Assert.Matches(@"all \d+ runs: p50 [\d.]+ ms, p95 [\d.]+ ms, p99 [\d.]+ ms", text);
        Assert.Contains("direct FTS5 p50", text);
        Assert.Contains("type:prediction Russia", text);

        output = new StringWriter();
        Assert.Equal(0, BenchSearchCommand.Run(["--articles", "8", "--db", db, "--runs", "1", "--keep-index"], output));
        Assert.Contains("corpus: reusing 8 articles", output.ToString());
        Assert.Contains("index: kept: 8 articles", output.ToString());
    }

    [Fact]
    public void Bad_arguments_print_usage()
    {
        var output = new StringWriter();
        Assert.Equal(2, BenchSearchCommand.Run(["--articles", "lots"], output));
        Assert.Contains("usage: bench-search", output.ToString());
    }

    [Theory]
    [InlineData(0, "qab")]
    [InlineData(1, "qac")]
    [InlineData(20, "qeb")]
    public void Codewords_differ_per_number(int n, string expected) => Assert.Equal(expected, BenchSearchCommand.Codeword(n));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, true); } catch (IOException) { }
    }
}
