using System.Globalization;
using System.Text.RegularExpressions;

namespace ArticleReader.Storage;

public enum ClaimSort { Date, Score, Article }

// A filter over every claim in the library. Values within one facet widen (any of them); facets narrow
// each other; tags either all apply (AllTags) or any. Empty lists filter nothing.
public sealed record ClaimQuery
{
    public IReadOnlyList<string> Types { get; init; } = [];
    public IReadOnlyList<string> Statuses { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public bool AllTags { get; init; } = true;
    public IReadOnlyList<string> Authors { get; init; } = [];
    public IReadOnlyList<string> Speakers { get; init; } = [];    // a speaker entity's name or the speaker as written
    public IReadOnlyList<string> Entities { get; init; } = [];    // an entity mentioned inside the claim
    public PublishedBound? PublishedFrom { get; init; }
    public PublishedBound? PublishedTo { get; init; }
    public bool IncludeUnmarked { get; init; }
    public ClaimSort Sort { get; init; } = ClaimSort.Date;
    public int Offset { get; init; }
    public int? Limit { get; init; } = 50;                        // null: every match (exports)
    public bool WithFacets { get; init; } = true;
}

public sealed record ClaimRowTag(long Id, string Name, string Colour);

// A claim as a list shows it: the reader's corrections already laid over the extractor's record.
public sealed record ClaimRow
{
    public long Id { get; init; }
    public string Text { get; init; } = "";
    public string Type { get; init; } = "";          // type_override when a reader corrected it
    public string ExtractedType { get; init; } = "";
    public string Status { get; init; } = "unreviewed";
    public string? EvidenceUrl { get; init; }
    public double Score { get; init; }
    public string? Speaker { get; init; }
    public string? SpeakerRaw { get; init; }
    public long? SpeakerEntityId { get; init; }
    public long? AnnotationId { get; init; }
    public bool Unmarked { get; init; }
    public long ArticleId { get; init; }
    public string ArticleSlug { get; init; } = "";
    public string ArticleTitle { get; init; } = "";
    public string? Author { get; init; }
    public string? Published { get; init; }
    public string PublishedPrecision { get; init; } = "unknown";
    public IReadOnlyList<ClaimRowTag> Tags { get; init; } = [];
}

public sealed record FacetValue(string Value, int Count);

// Counts per value for the current filter. A facet's counts ignore its own selection (choosing another
// value widens it), except tags in all-tags mode, where each count is what adding that tag would leave.
public sealed record ClaimFacets(
    IReadOnlyList<FacetValue> Types,
    IReadOnlyList<FacetValue> Statuses,
    IReadOnlyList<FacetValue> Tags,
    IReadOnlyList<FacetValue> Authors,
    IReadOnlyList<FacetValue> Speakers,
    IReadOnlyList<FacetValue> Entities);

public sealed record ClaimSearchResult(IReadOnlyList<ClaimRow> Rows, int Total, ClaimFacets? Facets);

// One end of a published-date range, as ISO day strings. Articles carry year, month or day precision;
// one is in range when any day it may have been published on is (2024-10 is within "from 2024-10-15").
public sealed record PublishedBound(string First, string Last)
{
    static readonly Regex DateBound = new(@"^(?<y>\d{4})(?:-(?<m>\d{2})(?:-(?<d>\d{2}))?)?$", RegexOptions.Compiled); // matches "2024", "2024-10", "2024-10-15"

    public static PublishedBound? Parse(string? text)
    {
        var match = DateBound.Match(text?.Trim() ?? "");
        if (!match.Success) return null;
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        if (year < 1 || month > 12 || (match.Groups["m"].Success && month < 1)) return null;
        if (!match.Groups["m"].Success) return new($"{year:0000}-01-01", $"{year:0000}-12-31");
        if (!match.Groups["d"].Success)
            return new($"{year:0000}-{month:00}-01", $"{year:0000}-{month:00}-{DateTime.DaysInMonth(year, month):00}");
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        var iso = $"{year:0000}-{month:00}-{day:00}";
        return new(iso, iso);
    }
}
