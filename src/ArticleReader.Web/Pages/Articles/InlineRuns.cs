using ArticleReader.Storage;

namespace ArticleReader.Web.Pages.Articles;

// A piece of a run: an ALL-CAPS lead-in is set in small caps, a search match is marked.
public sealed record InlinePart(string Text, bool SmallCaps, bool Hit);

// A block's text cut at claim boundaries (and at the end of an ALL-CAPS lead-in and around search matches), so
// the reader can wrap each claim in its own element without changing a character of the text.
public sealed record InlineRun(string Text, ClaimRecord? Claim, IReadOnlyList<InlinePart> Parts);

public static class InlineRuns
{
    public static IReadOnlyList<InlineRun> Build(string text, IReadOnlyList<ClaimRecord> claims, int smallCaps,
        IReadOnlyList<(int Start, int End)>? hits = null)
    {
        hits ??= [];
        var runs = new List<InlineRun>();
        var at = 0;
        foreach (var claim in claims.Where(c => c.StartOffset >= 0 && c.EndOffset <= text.Length && c.EndOffset > c.StartOffset).OrderBy(c => c.StartOffset))
        {
            if (claim.StartOffset < at) continue; // overlapping claims: the first one keeps the words
            if (claim.StartOffset > at) runs.Add(Run(text, at, claim.StartOffset, null, smallCaps, hits));
            runs.Add(Run(text, claim.StartOffset, claim.EndOffset, claim, smallCaps, hits));
            at = claim.EndOffset;
        }
        if (at < text.Length) runs.Add(Run(text, at, text.Length, null, smallCaps, hits));
        return runs;
    }

    private static InlineRun Run(string text, int start, int end, ClaimRecord? claim, int smallCaps, IReadOnlyList<(int Start, int End)> hits)
    {
        // Every place inside the run where small caps or a match begins or ends.
        var cuts = new SortedSet<int> { start, end };
        if (smallCaps > start && smallCaps < end) cuts.Add(smallCaps);
        foreach (var (s, e) in hits)
        {
            if (s > start && s < end) cuts.Add(s);
            if (e > start && e < end) cuts.Add(e);
        }
        var parts = new List<InlinePart>();
        var points = cuts.ToList();
        for (var i = 0; i + 1 < points.Count; i++)
        {
            var (from, to) = (points[i], points[i + 1]);
            var hit = hits.Any(h => h.Start <= from && h.End >= to);
            parts.Add(new InlinePart(text[from..to], from < smallCaps, hit));
        }
        return new InlineRun(text[start..end], claim, parts);
    }
}
