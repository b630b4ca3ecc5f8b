using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ArticleReader.Predictions;

// When a prediction can be judged, and the words that say so ("into 2026").
public sealed record DueDate(DateOnly Date, string Basis);

// A prediction falls due at the end of the latest future period its time references resolve to: "into 2026"
// (resolved "2026") is due 2026-12-31, "the next few months" in an October 2022 piece (resolved
// "2022-10/2023-01") is due 2023-01-31. Predictions without a resolvable future time have no due date until
// a reader gives one.
public static partial class DueDates
{
    // matches the resolved forms the time extractor writes: "2026", "2025-11", "2024-10-07", "2022-10/2023-01"
    [GeneratedRegex(@"^(?<a>\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:/(?<b>\d{4}(?:-\d{2}(?:-\d{2})?)?))?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Resolved();

    private sealed record StoredTimeReference(string Text, string? Resolved, bool IsFuture);

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    // timeRefsJson is a claim's stored time_refs: [{text, kind, resolved, isFuture, start, end}].
    public static DueDate? FromTimeReferences(string timeRefsJson)
    {
        List<StoredTimeReference>? refs;
        try { refs = JsonSerializer.Deserialize<List<StoredTimeReference>>(timeRefsJson, Json); }
        catch (JsonException) { return null; }
        DueDate? due = null;
        foreach (var r in refs ?? [])
        {
            if (!r.IsFuture || r.Resolved is null || EndOf(r.Resolved) is not { } end) continue;
            if (due is null || end > due.Date) due = new DueDate(end, r.Text);
        }
        return due;
    }

    // The last day of a resolved period: "2026" -> 2026-12-31, "2025-02" -> 2025-02-28, "2022-10/2023-01" -> 2023-01-31.
    public static DateOnly? EndOf(string resolved)
    {
        var m = Resolved().Match(resolved.Trim());
        if (!m.Success) return null;
        var last = m.Groups["b"].Success ? m.Groups["b"].Value : m.Groups["a"].Value;
        var parts = last.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        try
        {
            return parts.Length switch
            {
                1 => new DateOnly(parts[0], 12, 31),
                2 => new DateOnly(parts[0], parts[1], DateTime.DaysInMonth(parts[0], parts[1])),
                _ => new DateOnly(parts[0], parts[1], parts[2]),
            };
        }
        catch (ArgumentOutOfRangeException) { return null; }
    }

    // A date a reader typed: "2026-06-30" (what <input type=date> sends), "2026-06" or "2026" (end of that period).
    public static DateOnly? ParseReaderDate(string? text) =>
        string.IsNullOrWhiteSpace(text) || text.Contains('/') ? null : EndOf(text.Trim());
}
