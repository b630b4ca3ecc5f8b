using ArticleReader.Storage;

namespace ArticleReader.Web.Pages.Articles;

// A block's text cut at claim, highlight and small-caps boundaries, so the reader can wrap each claim
// and each of the reader's highlights in elements without changing a character of the text.
public sealed record InlinePart(string Text, bool SmallCaps, IReadOnlyList<long> Highlights, bool Hit = false);

public sealed record InlineRun(ClaimView? Claim, IReadOnlyList<InlinePart> Parts);

// A highlight's piece inside one block (block-relative offsets).
public sealed record HighlightSpan(long AnnotationId, int Start, int End);

public static class InlineRuns
{
    public static IReadOnlyList<InlineRun> Build(string text, IReadOnlyList<ClaimView> claims, IReadOnlyList<HighlightSpan> highlights, int smallCaps,
        IReadOnlyList<(int Start, int End)>? hits = null)
    {
        var kept = new List<ClaimView>();
        foreach (var claim in claims.Where(c => c.Claim.StartOffset >= 0 && c.Claim.EndOffset <= text.Length && c.Claim.EndOffset > c.Claim.StartOffset)
                     .OrderBy(c => c.Claim.StartOffset))
            if (kept.Count == 0 || claim.Claim.StartOffset >= kept[^1].Claim.EndOffset) kept.Add(claim); // overlapping claims: the first keeps the words

        var marks = highlights.Where(h => h.Start >= 0 && h.End <= text.Length && h.End > h.Start).ToList();
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var c in kept) { cuts.Add(c.Claim.StartOffset); cuts.Add(c.Claim.EndOffset); }
        foreach (var h in marks) { cuts.Add(h.Start); cuts.Add(h.End); }
        if (smallCaps > 0 && smallCaps < text.Length) cuts.Add(smallCaps);
        var searchHits = (hits ?? []).Where(h => h.Start >= 0 && h.End <= text.Length && h.End > h.Start).ToList();
        foreach (var (s, e) in searchHits) { cuts.Add(s); cuts.Add(e); }

        var runs = new List<InlineRun>();
        var points = cuts.ToList();
        for (var i = 0; i < points.Count - 1; i++)
        {
            var (start, end) = (points[i], points[i + 1]);
            if (end <= start) continue;
            var claim = kept.FirstOrDefault(c => c.Claim.StartOffset <= start && c.Claim.EndOffset >= end);
            var part = new InlinePart(text[start..end], start < smallCaps,
                marks.Where(h => h.Start <= start && h.End >= end).Select(h => h.AnnotationId).ToList(),
                searchHits.Any(h => h.Start <= start && h.End >= end));
            if (runs.Count > 0 && ReferenceEquals(runs[^1].Claim, claim) && claim is not null)
                runs[^1] = runs[^1] with { Parts = [.. runs[^1].Parts, part] };
            else
                runs.Add(new InlineRun(claim, [part]));
        }
        return runs;
    }
}
