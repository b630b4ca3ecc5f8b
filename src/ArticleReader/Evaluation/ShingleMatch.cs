using System.Text.RegularExpressions;

namespace ArticleReader.Evaluation;

// The article-extraction benchmark's score for one page: word 4-shingles compared as multisets,
// counts normalised so that TP + FP + FN = 1 (long pages weigh no more than short ones).
public readonly record struct ShingleMatch(double TruePositive, double FalsePositive, double FalseNegative)
{
    private const int ShingleSize = 4;

    // matches "don" and "t" in "don't"; underscores and digits are word characters as in Python's \w
    private static readonly Regex Token = new(@"\w+", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // Both conventions follow the benchmark: a perfect empty answer scores 1, an empty one against text 0.
    public double Precision =>
        FalsePositive == 0 && FalseNegative == 0 ? 1 : TruePositive == 0 && FalsePositive == 0 ? 0 : TruePositive / (TruePositive + FalsePositive);

    public double Recall =>
        FalsePositive == 0 && FalseNegative == 0 ? 1 : TruePositive == 0 && FalseNegative == 0 ? 0 : TruePositive / (TruePositive + FalseNegative);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    // Pages with no prediction do not count towards precision, pages with no gold text not towards recall.
    public bool CountsForPrecision => TruePositive + FalsePositive > 0;
    public bool CountsForRecall => TruePositive + FalseNegative > 0;

    public static ShingleMatch Compare(string expected, string predicted)
    {
        var gold = Shingles(expected);
        var guess = Shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, goldCount) in gold)
        {
            var guessCount = guess.GetValueOrDefault(shingle);
            tp += Math.Min(goldCount, guessCount);
            fn += Math.Max(0, goldCount - guessCount);
        }
        foreach (var (shingle, guessCount) in guess)
            fp += Math.Max(0, guessCount - gold.GetValueOrDefault(shingle));
        var total = tp + fp + fn;
        return total > 0 ? new(tp / total, fp / total, fn / total) : new(0, 0, 0);
    }

    public static (double Precision, double Recall, double F1) Average(IReadOnlyCollection<ShingleMatch> pages)
    {
        var forPrecision = pages.Where(p => p.CountsForPrecision).ToList();
        var forRecall = pages.Where(p => p.CountsForRecall).ToList();
        var precision = forPrecision.Count == 0 ? 0 : forPrecision.Average(p => p.Precision);
        var recall = forRecall.Count == 0 ? 0 : forRecall.Average(p => p.Recall);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    public static string[] Tokenize(string text) =>
        Token.Matches(text).Select(m => m.Value).ToArray();

    // One shingle of all tokens when there are fewer than four, none for an empty text.
    public static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Tokenize(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Length == 0) return counts;
        var windows = Math.Max(1, tokens.Length - ShingleSize + 1);
        for (var i = 0; i < windows; i++)
        {
            // '\u0001' cannot occur inside a \w+ token, so joined keys never collide.
            var key = string.Join('\u0001', tokens, i, Math.Min(ShingleSize, tokens.Length - i));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }
}
