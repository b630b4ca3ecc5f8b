using System.Globalization;
using ArticleReader.Storage;
using ArticleReader.Web.Pages.Articles;
using Microsoft.Extensions.Primitives;

namespace ArticleReader.Web.Pages;

public sealed record FacetOption(string Value, string Label, int Count, bool Selected, string Url);

public sealed record ActiveFilter(string Label, string RemoveUrl);

public sealed record FacetBlock(string Key, string Legend, IReadOnlyList<FacetOption> Options, string Empty, int Visible = 8,
    IReadOnlyDictionary<string, string>? Colours = null, bool? AnyTag = null);

// The claims page's whole state, read from and written back to the URL query, so every view of the list is a
// link: a plain GET form sets it, and each facet value links to the same list with that value added or removed.
public sealed record ClaimFilter
{
    public const int PageSize = 50;
    private const int MaxPage = 1_000_000; // keeps the offset inside an int; a page past the end goes to the last
    public static readonly IReadOnlyList<string> FacetKeys = ["type", "status", "tag", "author", "speaker", "entity"];
    public static readonly IReadOnlyList<(string Key, string Label)> SortOptions = [("date", "Newest article first"), ("score", "Most check-worthy first"), ("article", "Article")];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Selected { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    public bool AnyTag { get; init; }     // tagMode=or; by default every chosen tag must be on a claim
    public string From { get; init; } = "";
    public string To { get; init; } = "";
    public string Sort { get; init; } = "date";
    public bool Unmarked { get; init; }
    public int Page { get; init; } = 1;   // "p": Razor Pages keeps "page" for its own route value

    public static ClaimFilter Parse(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var q = query.ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        string One(string key) => q.TryGetValue(key, out var v) ? (v.ToString() ?? "").Trim() : "";
        return new ClaimFilter
        {
            Selected = FacetKeys.ToDictionary(k => k, k => (IReadOnlyList<string>)(q.TryGetValue(k, out var v) ? v : StringValues.Empty)
                .Select(x => (x ?? "").Trim()).Where(x => x.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList()),
            AnyTag = One("tagMode").Equals("or", StringComparison.OrdinalIgnoreCase),
            From = One("from"),
            To = One("to"),
            Sort = SortOptions.Any(o => o.Key == One("sort")) ? One("sort") : "date",
            Unmarked = One("unmarked") is "true" or "on" or "1",
            Page = int.TryParse(One("p"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? Math.Min(p, MaxPage) : 1,
        };
    }

    public IReadOnlyList<string> Values(string facet) => Selected.GetValueOrDefault(facet) ?? [];
    public bool Has(string facet, string value) => Values(facet).Contains(value, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Problems =>
        new[] { ("from", From), ("to", To) }.Where(d => d.Item2.Length > 0 && PublishedBound.Parse(d.Item2) is null)
            .Select(d => $"“{d.Item2}” is not a date: write YYYY-MM or YYYY-MM-DD. The {(d.Item1 == "from" ? "start" : "end")} of the range was left open.").ToList();

    public ClaimQuery ToQuery(bool everything) => new()
    {
        Types = Values("type"), Statuses = Values("status"), Tags = Values("tag"), AllTags = !AnyTag,
        Authors = Values("author"), Speakers = Values("speaker"), Entities = Values("entity"),
        PublishedFrom = PublishedBound.Parse(From), PublishedTo = PublishedBound.Parse(To), IncludeUnmarked = Unmarked,
        Sort = Sort switch { "score" => ClaimSort.Score, "article" => ClaimSort.Article, _ => ClaimSort.Date },
        Offset = everything ? 0 : (Page - 1) * PageSize, Limit = everything ? null : PageSize, WithFacets = !everything,
    };

    // A changed filter starts again at its first page.
    public ClaimFilter Toggle(string facet, string value) => this with
    {
        Page = 1,
        Selected = FacetKeys.ToDictionary(k => k, k => k != facet ? Values(k)
            : Has(k, value) ? Values(k).Where(v => !v.Equals(value, StringComparison.OrdinalIgnoreCase)).ToList() : [.. Values(k), value]),
    };

    public string Url(string? format = null)
    {
        var parts = FacetKeys.SelectMany(k => Values(k).Select(v => (k, v))).ToList();
        if (AnyTag && Values("tag").Count > 0) parts.Add(("tagMode", "or"));
        if (From.Length > 0) parts.Add(("from", From));
        if (To.Length > 0) parts.Add(("to", To));
        if (Sort != "date") parts.Add(("sort", Sort));
        if (Unmarked) parts.Add(("unmarked", "true"));
        if (Page > 1 && format is null) parts.Add(("p", Page.ToString(CultureInfo.InvariantCulture)));
        if (format is not null) parts.Add(("format", format));
        return "/claims" + (parts.Count == 0 ? "" : "?" + string.Join("&", parts.Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2)}")));
    }

    public string PageUrl(int page) => (this with { Page = page }).Url();

    // Fixed vocabularies (types, statuses) list every value in their own order; the rest by count.
    public IReadOnlyList<FacetOption> Options(string facet, IReadOnlyList<FacetValue> counts)
    {
        var vocabulary = facet switch
        {
            "type" => ClaimLabels.Types.Select(t => t.Type).ToList(),
            "status" => ClaimLabels.Statuses.Select(s => s.Status).ToList(),
            _ => counts.Select(c => c.Value).ToList(),
        };
        var values = vocabulary.Concat(Values(facet).Where(v => !vocabulary.Contains(v, StringComparer.OrdinalIgnoreCase)));
        return values.Select(v => new FacetOption(v, Label(facet, v),
            counts.FirstOrDefault(c => c.Value.Equals(v, StringComparison.OrdinalIgnoreCase))?.Count ?? 0, Has(facet, v), Toggle(facet, v).Url())).ToList();
    }

    public IReadOnlyList<ActiveFilter> Active()
    {
        var active = FacetKeys.SelectMany(k => Values(k).Select(v => new ActiveFilter($"{FacetNames[k]}: {Label(k, v)}", Toggle(k, v).Url()))).ToList();
        if (PublishedBound.Parse(From) is not null) active.Add(new($"From {From}", (this with { From = "", Page = 1 }).Url()));
        if (PublishedBound.Parse(To) is not null) active.Add(new($"To {To}", (this with { To = "", Page = 1 }).Url()));
        if (Unmarked) active.Add(new("Including claims marked “not a claim”", (this with { Unmarked = false, Page = 1 }).Url()));
        return active;
    }

    public static readonly IReadOnlyDictionary<string, string> FacetNames = new Dictionary<string, string>
    {
        ["type"] = "Type", ["status"] = "Status", ["tag"] = "Tag", ["author"] = "Author", ["speaker"] = "Speaker", ["entity"] = "Mentions",
    };

    public static string Label(string facet, string value) => facet switch
    {
        "type" => ClaimLabels.Type(value),
        "status" => ClaimLabels.Status(value),
        _ => value,
    };

    // Page numbers to offer: all of a short list, else the ends and the neighbourhood of the current page (0 = a gap).
    public static IReadOnlyList<int> PageLinks(int current, int count) =>
        count <= 9 ? Enumerable.Range(1, count).ToList()
        : Enumerable.Range(1, count).Where(p => p <= 1 || p >= count || Math.Abs(p - current) <= 2)
            .Aggregate(new List<int>(), (list, p) => { if (list.Count > 0 && p - list[^1] > 1) list.Add(0); list.Add(p); return list; });
}
