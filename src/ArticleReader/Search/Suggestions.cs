namespace ArticleReader.Search;

// "Did you mean …?" for a mistyped field name or value: a plural or truncated form ("predictions", "pred")
// or a small typo ("auther", "statisitc").
internal static class Suggestions
{
    const int MaxCompared = 40; // longer input is not a typo of any option; keeps the distance cheap

    public static string? Closest(string typed, IEnumerable<string> options)
    {
        var value = typed.ToLowerInvariant();
        if (value.Length == 0 || value.Length > MaxCompared) return null;
        string? best = null;
        var bestScore = int.MaxValue;
        foreach (var option in options)
        {
            int score;
            if (value.Length >= 3 && (option.StartsWith(value, StringComparison.Ordinal) || value.StartsWith(option, StringComparison.Ordinal)))
                score = 0;
            else
            {
                var distance = Distance(value, option);
                // One edit for short words, two for longer ones: "tpe" -> "type", but "in" never suggests "tag".
                var allowed = Math.Min(value.Length, option.Length) <= 4 ? 1 : 2;
                if (distance > allowed) continue;
                score = distance;
            }
            if (score < bestScore) { best = option; bestScore = score; }
        }
        return best;
    }

    // Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps cost one.
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
