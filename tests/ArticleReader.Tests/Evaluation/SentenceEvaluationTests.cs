using System.Text.Json;
using ArticleReader.Evaluation;
using ArticleReader.Text;

namespace ArticleReader.Tests.Evaluation;

public class SentenceEvaluationTests
{
    [Fact]
    public void Golden_rules_pass_count_meets_the_floor()
    {
        var report = SentenceEvaluation.Run(SharedEvalDir());
        var metric = Assert.Single(report.Metrics, m => m.Name == SentenceEvaluation.GoldenPassMetric);
        Assert.True(metric.Value >= 48, $"{metric}\n{string.Join("\n", report.Details)}");
        Assert.Equal($"{metric.Value}/52", metric.Display);
        Assert.True(report.MeetsFloors);
    }

    [Theory]
    [InlineData("  a sentence\ncut   off\t ", "a sentence cut off")]
    [InlineData("One.", "One.")]
    public void Sentences_are_compared_trimmed_with_whitespace_collapsed(string raw, string normalized) =>
        Assert.Equal(normalized, SentenceEvaluation.Normalize(raw));

    [Theory]
    [InlineData("{\"doc_type\":\"pdf\"}", true)]
    [InlineData("{\"doc_type\":\"html\"}", false)]
    [InlineData(null, false)]
    public void Pdf_cases_are_split_as_wrapped_text(string? optionsJson, bool wrapped)
    {
        var options = optionsJson is null ? null : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(optionsJson);
        var golden = new SentenceEvaluation.GoldenCase("GR-X", "x", "a\nb", ["a b"], options);
        Assert.Equal(wrapped ? SentenceSplitOptions.Wrapped : SentenceSplitOptions.Default, SentenceEvaluation.OptionsFor(golden));
    }

    static string SharedEvalDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ArticleReader.sln")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "eval"));
        throw new DirectoryNotFoundException("No folder above the test binaries holds ArticleReader.sln");
    }
}
