using ArticleReader.Benchmarks;
using ArticleReader.Tests.Support;

namespace ArticleReader.Tests.Benchmarks;

public class IngestBenchmarkTests
{
    [Fact]
    public void A_small_run_stores_every_article_and_reports_what_it_stored()
    {
        using var temp = new TempFolder();
        var progress = new List<string>();
        var result = IngestBenchmark.Run(6, temp.File("bench.db"), TestPaths.Seeds, progress.Add);

        Assert.Equal(6, result.Articles);
        Assert.Equal(0, result.FailedFiles);
        Assert.True(result.Sentences > 0 && result.Claims > 0 && result.Mentions > 0 && result.Entities > 0);
        Assert.True(result.TextBytes > 0 && result.DatabaseBytes > 0 && result.PeakWorkingSetBytes > 0);
        Assert.Contains(progress, p => p.Contains("100%"));
        Assert.Contains("MB/s", result.Describe());
        Assert.Contains("sentences/s", result.Describe());
    }

    [Fact]
    public void The_report_gives_each_stage_its_seconds_from_decoding_to_the_search_index()
    {
        using var temp = new TempFolder();
        var result = IngestBenchmark.Run(3, temp.File("bench.db"), TestPaths.Seeds, null);
        var stages = result.Stages.Select(s => s.Stage).ToList();
        Assert.Subset(stages.ToHashSet(), new HashSet<string> { "decode", "parse", "analyse", "save", "save: sentences, claims, mentions", "save: search index", "save: commit" });
        Assert.All(result.Stages, s => Assert.True(s.Time > TimeSpan.Zero, s.Stage));
        Assert.Contains("save: search index", result.Describe());
    }

    [Fact]
    public void Several_files_at_a_time_store_the_same_articles_without_failures()
    {
        using var temp = new TempFolder();
        var one = IngestBenchmark.Run(12, temp.File("one.db"), TestPaths.Seeds, null);
        var two = IngestBenchmark.Run(12, temp.File("two.db"), TestPaths.Seeds, null, workers: 2);
        Assert.Equal(0, two.FailedFiles);
        Assert.Equal((one.Articles, one.Blocks, one.Sentences, one.Claims, one.Mentions, one.Entities),
            (two.Articles, two.Blocks, two.Sentences, two.Claims, two.Mentions, two.Entities));
    }

    [Fact]
    public void It_refuses_to_write_into_an_existing_database()
    {
        using var temp = new TempFolder();
        var path = temp.Write("existing.db", "not empty");
        Assert.Throws<IOException>(() => IngestBenchmark.Run(1, path, TestPaths.Seeds, null));
    }
}
