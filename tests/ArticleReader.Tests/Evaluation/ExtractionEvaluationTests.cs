using ArticleReader.Evaluation;

namespace ArticleReader.Tests.Evaluation;

public class ExtractionEvaluationTests
{
    private static string SharedEvalDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ArticleReader.sln")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "eval"));
        throw new DirectoryNotFoundException("No ArticleReader.sln above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void Benchmark_extraction_F1_meets_its_floor()
    {
        var report = ExtractionEvaluation.Run(SharedEvalDir());
        var f1 = report.Metrics.Single(m => m.Name == "extraction F1");
        Assert.Equal(100, (int)report.Metrics.Single(m => m.Name == "pages").Value);
        Assert.True(f1.MeetsFloor, string.Join("\n", report.Metrics.Concat<object>(report.Details)));
        Assert.Equal(10, report.Details.Count);
    }
}
