using ArticleReader.Model;

namespace ArticleReader.Claims;

// ArticleDatePrecision is "year", "month" or "day": how much of ArticleDate is known.
// Relative time references are resolved only down to that precision.
public sealed record ClaimContext(string? ArticleAuthor, DateOnly? ArticleDate, string? ArticleDatePrecision)
{
    public static readonly ClaimContext Empty = new(null, null, null);

    public static ClaimContext FromPublished(string? author, PublishedDate? published) =>
        published is null
            ? new ClaimContext(author, null, null)
            : new ClaimContext(author, new DateOnly(published.Year, published.Month ?? 1, published.Day ?? 1),
                published.Precision switch { DatePrecision.Day => "day", DatePrecision.Month => "month", _ => "year" });
}

// A span of the analysed string: Text == input[Start..End].
public sealed record TextSpan(string Text, int Start, int End);

// Unit is normalised ("USD", "percent", "degF", "hours", or the head noun as written: "casualties");
// UnitText is the words the unit came from ("combat missions", "newly mobilized troops").
// IsModifier marks compound modifiers ("28-point plan", "five-hour huddle"): they describe a thing
// rather than state a measurement, so they do not make a sentence a statistic.
public sealed record Quantity(
    double Value,
    string? Unit,
    string? UnitText,
    string? Qualifier,
    string Bound,
    bool Approximate,
    bool IsModifier,
    string Text,
    int Start,
    int End);

// Resolved is ISO 8601 at the precision the text and the article date allow: "2025", "2025-11",
// "2024-10-20", or an interval "2022-10/2023-01". Null when it cannot be resolved.
public sealed record TimeReference(string Text, int Start, int End, string Kind, string? Resolved, bool IsFuture);

public sealed record ClaimAnalysis(
    string Type,
    IReadOnlyList<string> MatchedTypes,
    string? Speaker,
    TextSpan? SpeakerSpan,
    string SpeakerSource,
    string Hedge,
    IReadOnlyList<Quantity> Quantities,
    IReadOnlyList<TimeReference> TimeReferences,
    IReadOnlyList<TextSpan> Quotes,
    IReadOnlyList<string> Cues);
