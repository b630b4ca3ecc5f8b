namespace ArticleReader.Annotations;

// Character-level Levenshtein variants used by the anchoring steps. All are O(|pattern| * |text|) with
// one column of memory, so callers keep text windows small (context windows, candidate windows).
internal static class EditDistance
{
    public static int Levenshtein(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length < b.Length) { var t = a; a = b; b = t; }
        var column = new int[b.Length + 1];
        for (var i = 0; i <= b.Length; i++) column[i] = i;
        for (var j = 1; j <= a.Length; j++)
        {
            var diagonal = column[0];
            column[0] = j;
            for (var i = 1; i <= b.Length; i++)
            {
                var above = column[i];
                var cost = a[j - 1] == b[i - 1] ? 0 : 1;
                column[i] = Math.Min(Math.Min(column[i - 1] + 1, above + 1), diagonal + cost);
                diagonal = above;
            }
        }
        return column[b.Length];
    }

    // distances[j] = edit distance between the pattern and the j characters of text nearest its anchored
    // end (its end when anchorAtEnd, else its start), for every j in one pass: callers pick the best
    // stretch under their own boundary rules.
    public static int[] AnchoredDistances(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text, bool anchorAtEnd)
    {
        int m = pattern.Length, n = text.Length;
        var column = new int[m + 1];
        for (var i = 0; i <= m; i++) column[i] = i;
        var distances = new int[n + 1];
        distances[0] = m;
        for (var j = 1; j <= n; j++)
        {
            var t = anchorAtEnd ? text[n - j] : text[j - 1];
            var diagonal = column[0];
            column[0] = j;
            for (var i = 1; i <= m; i++)
            {
                var p = anchorAtEnd ? pattern[m - i] : pattern[i - 1];
                var above = column[i];
                column[i] = Math.Min(Math.Min(column[i - 1] + 1, above + 1), diagonal + (p == t ? 0 : 1));
                diagonal = above;
            }
            distances[j] = column[m];
        }
        return distances;
    }

    // The smallest edit distance between the pattern and a stretch of text touching one end of the text.
    // Used for context: the stored prefix must line up against the text just before a candidate, the
    // suffix just after it, and an insertion near the far end must not shift the whole comparison.
    public static int Anchored(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text, bool anchorAtEnd)
    {
        var distances = AnchoredDistances(pattern, text, anchorAtEnd);
        var best = distances[0];
        foreach (var d in distances) best = Math.Min(best, d);
        return best;
    }

    // Approximate search: the end offset in text of the stretch that the whole pattern aligns to with the
    // fewest edits (free start and end in text). Equal distances go to the end nearest preferredEnd.
    public static (int Distance, int End) BestEnd(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text, int preferredEnd)
    {
        int m = pattern.Length, n = text.Length;
        var column = new int[m + 1];
        for (var i = 0; i <= m; i++) column[i] = i;
        int best = m, bestEnd = 0;
        for (var j = 1; j <= n; j++)
        {
            var t = text[j - 1];
            var diagonal = 0;
            column[0] = 0;
            for (var i = 1; i <= m; i++)
            {
                var above = column[i];
                column[i] = Math.Min(Math.Min(column[i - 1] + 1, above + 1), diagonal + (pattern[i - 1] == t ? 0 : 1));
                diagonal = above;
            }
            if (column[m] < best || (column[m] == best && Math.Abs(j - preferredEnd) < Math.Abs(bestEnd - preferredEnd)))
                (best, bestEnd) = (column[m], j);
        }
        return (best, bestEnd);
    }
}
