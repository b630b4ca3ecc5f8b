using System.Text.Json;
using ArticleReader.Analysis;
using ArticleReader.Ingestion;
using ArticleReader.Ingestion.TextDump;

namespace ArticleReader.Evaluation;

// Agreement of the extraction pipeline with the team's hand annotation of every seed sentence
// (tests/ArticleReader.Tests/Claims/Gold/seed-claims.gold.jsonl; guidelines in the README beside it).
// The floors guard against regressions from today's figures; they are not targets.
public static class SeedGoldEvaluation
{
    public const string GoldRelativePath = "tests/ArticleReader.Tests/Claims/Gold/seed-claims.gold.jsonl";

    private sealed record Gold(string Article, int Block, int Start, int End, string Text, bool IsClaim, string Type, string? Speaker);

    public static EvalReport Run(string repositoryRoot)
    {
        var goldPath = Path.Combine(repositoryRoot, GoldRelativePath);
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        var gold = File.ReadLines(goldPath).Where(l => l.Trim().Length > 0)
            .Select(l => JsonSerializer.Deserialize<Gold>(l, options)!).ToList();

        var predicted = new Dictionary<(string, int, int), SentenceAnalysis>();
        foreach (var file in Directory.GetFiles(Path.Combine(repositoryRoot, "seeds"), "*.txt").Order())
        {
            var parsed = SourceMetadata.Apply(TextDumpParser.Parse(File.ReadAllText(file)), SourceMetadata.For(file));
            foreach (var article in parsed.Articles)
                foreach (var s in ArticleAnalyzer.Analyze(article).Sentences)
                    predicted[(Slugs.From(article.Title), s.Unit.BlockOrdinal, s.Unit.Start)] = s;
        }

        int found = 0, tp = 0, fp = 0, fn = 0, bothClaims = 0, typeAgree = 0, attributed = 0, speakerAgree = 0;
        var details = new List<string>();
        foreach (var g in gold)
        {
            if (!predicted.TryGetValue((g.Article, g.Block, g.Start), out var p) || p.Unit.Text != g.Text)
            {
                details.Add($"sentence not produced any more: {g.Article} #{g.Block}@{g.Start} “{Cut(g.Text)}”");
                continue;
            }
            found++;
            if (p.IsClaim && g.IsClaim) tp++;
            else if (p.IsClaim) fp++;
            else if (g.IsClaim) fn++;
            if (p.IsClaim && g.IsClaim)
            {
                bothClaims++;
                if (p.Claim.Type == g.Type) typeAgree++;
                else if (details.Count < 60) details.Add($"type {p.Claim.Type} vs gold {g.Type}: “{Cut(g.Text)}”");
            }
            if (g.IsClaim && g.Speaker is not null)
            {
                attributed++;
                if (p.Claim.Speaker is { } sp && SameSpeaker(sp, g.Speaker)) speakerAgree++;
                else if (details.Count < 60) details.Add($"speaker {p.Claim.Speaker ?? "(author)"} vs gold {g.Speaker}: “{Cut(g.Text)}”");
            }
        }
        double precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp), recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new EvalReport("seed gold agreement", [
            new EvalMetric("sentences matching the gold segmentation", found, Floor: gold.Count * 0.95, Display: $"{found}/{gold.Count}"),
            new EvalMetric("isClaim F1 vs seed gold", f1, Floor: 0.70, Display: $"{f1:0.000} (P {precision:0.000}, R {recall:0.000})"),
            new EvalMetric("type agreement on claims both mark", bothClaims == 0 ? 0 : (double)typeAgree / bothClaims, Floor: 0.55, Display: $"{typeAgree}/{bothClaims}"),
            new EvalMetric("speaker agreement on attributed gold claims", attributed == 0 ? 0 : (double)speakerAgree / attributed, Floor: 0.45, Display: $"{speakerAgree}/{attributed}"),
        ], details);
    }

    // "Austin" matches "Lloyd Austin", "U.S." matches "U.S.": a speaker agrees when one names the other.
    private static bool SameSpeaker(string predicted, string gold)
    {
        static string N(string s) => s.Replace("’", "'").Trim().ToLowerInvariant();
        var (p, g) = (N(predicted), N(gold));
        return p == g || g.EndsWith(" " + p) || p.EndsWith(" " + g) || p.Contains(g) || g.Contains(p);
    }

    private static string Cut(string s) => s.Length <= 90 ? s : s[..90] + "…";
}
