using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ArticleReader.Ingestion.Html;

namespace ArticleReader.Evaluation;

// Article-body extraction against the scrapinghub article-extraction benchmark (100 real pages with
// gold articleBody), scored with the benchmark's own shingle measure.
public static class ExtractionEvaluation
{
    public const string Suite = "extraction";

    public sealed record PageResult(string Id, string Url, ShingleMatch Match, string Extracted);

    public static EvalReport Run(string sharedEvalDir)
    {
        var pages = ScorePages(sharedEvalDir, out var elapsed);
        var (precision, recall, f1) = ShingleMatch.Average(pages.Select(p => p.Match).ToList());
        var seconds = elapsed.TotalSeconds;
        var pagesPerSecond = seconds > 0 ? pages.Count / seconds : 0;
        var metrics = new List<EvalMetric>
        {
            new("extraction F1", f1, Floor: 0.90, Target: 0.96),
            new("extraction precision", precision),
            new("extraction recall", recall),
            new("pages", pages.Count, Display: pages.Count.ToString(CultureInfo.InvariantCulture)),
            new("pages per second", pagesPerSecond, Display: pagesPerSecond.ToString("0.0", CultureInfo.InvariantCulture)),
        };
        var details = pages
            .OrderBy(p => p.Match.F1)
            .Take(10)
            .Select(p => string.Create(CultureInfo.InvariantCulture,
                $"F1 {p.Match.F1:0.000} (P {p.Match.Precision:0.000}, R {p.Match.Recall:0.000})  {p.Id[..Math.Min(12, p.Id.Length)]}  {p.Url}"))
            .ToList();
        return new EvalReport(Suite, metrics, details);
    }

    public static IReadOnlyList<PageResult> ScorePages(string sharedEvalDir, out TimeSpan parseTime)
    {
        var root = Path.Combine(sharedEvalDir, "extract");
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "ground-truth.json")));
        var results = new List<PageResult>();
        var clock = new Stopwatch();
        foreach (var page in truth.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var expected = page.Value.TryGetProperty("articleBody", out var body) ? body.GetString() ?? "" : "";
            var url = page.Value.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
            var bytes = File.ReadAllBytes(Path.Combine(root, "html", page.Name + ".html"));
            clock.Start();
            var parsed = HtmlArticleParser.Parse(bytes);
            clock.Stop();
            var extracted = parsed.Articles.Count == 0 ? "" : HtmlArticleParser.ArticleText(parsed.Articles[0]);
            results.Add(new PageResult(page.Name, url, ShingleMatch.Compare(expected, extracted), extracted));
        }
        parseTime = clock.Elapsed;
        return results;
    }
}
