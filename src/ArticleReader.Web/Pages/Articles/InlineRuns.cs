using ArticleReader.Storage;

namespace ArticleReader.Web.Pages.Articles;

// A block's text cut at claim boundaries (and at the end of an ALL-CAPS lead-in), so the reader can
// wrap each claim in its own element without changing a character of the text.
public sealed record InlineRun(string Text, ClaimRecord? Claim, IReadOnlyList<(string Text, bool SmallCaps)> Parts);

public static class InlineRuns
{
    public static IReadOnlyList<InlineRun> Build(string text, IReadOnlyList<ClaimRecord> claims, int smallCaps)
    {
        var runs = new List<InlineRun>();
        var at = 0;
        foreach (var claim in claims.Where(c => c.StartOffset >= 0 && c.EndOffset <= text.Length && c.EndOffset > c.StartOffset).OrderBy(c => c.StartOffset))
        {
            if (claim.StartOffset < at) continue; // overlapping claims: the first one keeps the words
            if (claim.StartOffset > at) runs.Add(Run(text, at, claim.StartOffset, null, smallCaps));
            runs.Add(Run(text, claim.StartOffset, claim.EndOffset, claim, smallCaps));
            at = claim.EndOffset;
        }
        if (at < text.Length) runs.Add(Run(text, at, text.Length, null, smallCaps));
        return runs;
    }

    private static InlineRun Run(string text, int start, int end, ClaimRecord? claim, int smallCaps)
    {
        var parts = new List<(string, bool)>();
        if (start < smallCaps) parts.Add((text[start..Math.Min(end, smallCaps)], true));
        if (end > Math.Max(start, smallCaps)) parts.Add((text[Math.Max(start, smallCaps)..end], false));
        return new InlineRun(text[start..end], claim, parts);
    }
}
