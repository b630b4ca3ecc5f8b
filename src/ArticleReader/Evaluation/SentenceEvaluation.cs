using System.Text.Json;
using System.Text.RegularExpressions;
using ArticleReader.Text;

namespace ArticleReader.Evaluation;

// Scores SentenceSplitter on the 52 English "Golden Rules" of pragmatic_segmenter (../shared/eval/sbd).
public static partial class SentenceEvaluation
{
    public const string Suite = "sbd";
    public const string GoldenPassMetric = "Golden Rules pass";
    public const string GoldenFileRelativePath = "sbd/golden_en.json";

    // The published comparison trims and collapses whitespace: "a sentence\ncut off" == "a sentence cut off".
    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun { get; }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    public sealed record GoldenCase(string Id, string Name, string Input, IReadOnlyList<string> Expected, Dictionary<string, JsonElement>? Options);

    public sealed record CaseResult(GoldenCase Case, IReadOnlyList<string> Actual, bool Passed);

    public static EvalReport Run(string sharedEvalDir)
    {
        var results = LoadCases(sharedEvalDir).Select(Score).ToList();
        int passed = results.Count(r => r.Passed);
        var metric = new EvalMetric(GoldenPassMetric, passed, Floor: 48, Target: 52, Display: $"{passed}/{results.Count}");
        var details = results.Where(r => !r.Passed)
            .Select(r => $"{r.Case.Id} {r.Case.Name}: expected [{string.Join(" | ", r.Case.Expected.Select(Normalize))}] actual [{string.Join(" | ", r.Actual)}]")
            .ToList();
        return new EvalReport(Suite, [metric], details);
    }

    public static IReadOnlyList<GoldenCase> LoadCases(string sharedEvalDir)
    {
        var path = Path.Combine(sharedEvalDir, GoldenFileRelativePath);
        return JsonSerializer.Deserialize<List<GoldenCase>>(File.ReadAllText(path), JsonOptions)
            ?? throw new InvalidDataException($"{path} holds no cases");
    }

    public static CaseResult Score(GoldenCase golden)
    {
        var actual = SentenceSplitter.Split(golden.Input, OptionsFor(golden))
            .Select(s => Normalize(s.Slice(golden.Input)))
            .ToList();
        var expected = golden.Expected.Select(Normalize).ToList();
        return new CaseResult(golden, actual, actual.SequenceEqual(expected, StringComparer.Ordinal));
    }

    // The only option in the file is {"doc_type": "pdf"}: text hard-wrapped at line ends.
    public static SentenceSplitOptions OptionsFor(GoldenCase golden) =>
        golden.Options is { } options
        && options.TryGetValue("doc_type", out var docType)
        && docType.ValueKind == JsonValueKind.String
        && string.Equals(docType.GetString(), "pdf", StringComparison.OrdinalIgnoreCase)
            ? SentenceSplitOptions.Wrapped
            : SentenceSplitOptions.Default;

    public static string Normalize(string sentence) => WhitespaceRun.Replace(sentence, " ").Trim();
}
