namespace ArticleReader.Annotations;

// Character-level Levenshtein variants used by the anchoring steps, all computed with Myers' bit-parallel
// algorithm in Hyyrö's blocked form (64 pattern characters per machine word): a highlight of a few
// thousand characters against a window of similar size costs a few hundred thousand word operations
// instead of tens of millions of table cells.
internal static class EditDistance
{
    public static int Levenshtein(ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        a.Length == 0 ? b.Length : Columns(a, b, freeStartInText: false)[^1];

    // distances[j] = edit distance between the pattern and the j characters of text nearest its anchored
    // end (its end when anchorAtEnd, else its start), for every j in one pass: callers pick the best
    // stretch under their own boundary rules.
    public static int[] AnchoredDistances(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text, bool anchorAtEnd)
    {
        if (!anchorAtEnd) return Columns(pattern, text, freeStartInText: false);
        return Columns(Reversed(pattern), Reversed(text), freeStartInText: false);
    }

    // The smallest edit distance between the pattern and a stretch of text touching one end of the text.
    // Used for context: the stored prefix must line up against the text just before a candidate, the
    // suffix just after it, and an insertion near the far end must not shift the whole comparison.
    public static int Anchored(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text, bool anchorAtEnd)
    {
        var best = int.MaxValue;
        foreach (var d in AnchoredDistances(pattern, text, anchorAtEnd)) best = Math.Min(best, d);
        return best;
    }

    // Approximate search: the end offset in text of the stretch that the whole pattern aligns to with the
    // fewest edits (free start and end in text). Equal distances go to the end nearest preferredEnd.
    public static (int Distance, int End) BestEnd(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text, int preferredEnd)
    {
        var columns = Columns(pattern, text, freeStartInText: true);
        int best = columns[0], bestEnd = 0;
        for (var j = 1; j < columns.Length; j++)
            if (columns[j] < best || (columns[j] == best && Math.Abs(j - preferredEnd) < Math.Abs(bestEnd - preferredEnd)))
                (best, bestEnd) = (columns[j], j);
        return (best, bestEnd);
    }

    // result[j] = edit distance between the whole pattern and text[..j] (freeStartInText: false), or
    // the best over all text[k..j] (true). Myers/Hyyrö: vertical deltas of one table column are kept as
    // bit vectors Pv (+1) and Mv (-1), 64 rows per block; hIn/hOut carry horizontal deltas between blocks.
    static int[] Columns(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text, bool freeStartInText)
    {
        var m = pattern.Length;
        var result = new int[text.Length + 1];
        if (m == 0) return result;
        result[0] = m;

        var blocks = (m + 63) / 64;
        var peq = new Dictionary<char, ulong[]>();
        for (var i = 0; i < m; i++)
        {
            if (!peq.TryGetValue(pattern[i], out var bits)) peq[pattern[i]] = bits = new ulong[blocks];
            bits[i / 64] |= 1UL << (i % 64);
        }
        var none = new ulong[blocks];
        var pv = new ulong[blocks];
        var mv = new ulong[blocks];
        Array.Fill(pv, ulong.MaxValue);
        var lastHigh = 1UL << ((m - 1) % 64);
        var score = m;

        for (var j = 0; j < text.Length; j++)
        {
            var eqs = peq.GetValueOrDefault(text[j], none);
            var hIn = freeStartInText ? 0 : 1;
            for (var b = 0; b < blocks; b++)
            {
                var high = b == blocks - 1 ? lastHigh : 1UL << 63;
                var eq = eqs[b];
                var pvb = pv[b];
                var mvb = mv[b];
                var xv = eq | mvb;
                if (hIn < 0) eq |= 1;
                var xh = (((eq & pvb) + pvb) ^ pvb) | eq;
                var ph = mvb | ~(xh | pvb);
                var mh = pvb & xh;
                var hOut = (ph & high) != 0 ? 1 : (mh & high) != 0 ? -1 : 0;
                ph <<= 1;
                mh <<= 1;
                if (hIn < 0) mh |= 1;
                else if (hIn > 0) ph |= 1;
                pv[b] = mh | ~(xv | ph);
                mv[b] = ph & xv;
                hIn = hOut;
            }
            score += hIn;
            result[j + 1] = score;
        }
        return result;
    }

    static string Reversed(ReadOnlySpan<char> text)
    {
        var chars = text.ToArray();
        Array.Reverse(chars);
        return new string(chars);
    }
}
