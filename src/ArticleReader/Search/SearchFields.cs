using System.Collections.Frozen;

namespace ArticleReader.Search;

// The `name:` filters of the query language, in the order Normalized writes them.
public enum SearchField { Author, Outlet, Speaker, Entity, Tag, Type, Status, After, Before, In }

public static class SearchFields
{
    public static readonly FrozenDictionary<string, SearchField> ByName = new Dictionary<string, SearchField>
    {
        ["author"] = SearchField.Author, ["outlet"] = SearchField.Outlet, ["speaker"] = SearchField.Speaker,
        ["entity"] = SearchField.Entity, ["tag"] = SearchField.Tag, ["type"] = SearchField.Type,
        ["status"] = SearchField.Status, ["before"] = SearchField.Before, ["after"] = SearchField.After,
        ["in"] = SearchField.In,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // The order the "Fields: …" hint lists them in: the text filters, then claim filters, then dates and places.
    public static readonly IReadOnlyList<string> Names = ["author", "outlet", "speaker", "entity", "tag", "type", "status", "before", "after", "in"];

    public static readonly IReadOnlyList<string> ClaimTypes =
        ["statistic", "quote", "reported", "prediction", "causal", "comparison", "evaluation", "recommendation", "none"];

    public static readonly IReadOnlyList<string> ClaimStatuses =
        ["unreviewed", "supported", "disputed", "false", "misleading", "unverifiable", "opinion"];

    // Where a query looks; no in: at all means everywhere.
    public static readonly IReadOnlyList<string> Scopes = ["text", "claims", "notes", "highlights"];

    // Field names people guess from other search boxes, answered with "Did you mean …?" (never accepted silently):
    // "since:2024" -> after:, "by:Applebaum" -> author:.
    public static readonly FrozenDictionary<string, string> CommonGuesses = new Dictionary<string, string>
    {
        ["by"] = "author", ["writer"] = "author", ["source"] = "outlet", ["publication"] = "outlet", ["site"] = "outlet",
        ["publisher"] = "outlet", ["since"] = "after", ["from"] = "after", ["until"] = "before", ["to"] = "before",
        ["person"] = "entity", ["kind"] = "type", ["verdict"] = "status", ["where"] = "in",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static string Name(SearchField field) => field switch
    {
        SearchField.Author => "author", SearchField.Outlet => "outlet", SearchField.Speaker => "speaker",
        SearchField.Entity => "entity", SearchField.Tag => "tag", SearchField.Type => "type",
        SearchField.Status => "status", SearchField.Before => "before", SearchField.After => "after",
        SearchField.In => "in", _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    // Fields whose values come from a closed list; null for free text and dates.
    public static IReadOnlyList<string>? AllowedValues(SearchField field) => field switch
    {
        SearchField.Type => ClaimTypes,
        SearchField.Status => ClaimStatuses,
        SearchField.In => Scopes,
        _ => null,
    };

    public static bool IsDate(SearchField field) => field is SearchField.Before or SearchField.After;

    // What the error message calls one value of a closed-list field: "Unknown type 'x'", "Unknown place 'x'".
    internal static string ValueNoun(SearchField field) => field switch
    {
        SearchField.Type => "type",
        SearchField.Status => "status",
        SearchField.In => "place",
        _ => "value",
    };

    internal static string ValueNounPlural(SearchField field) => field switch
    {
        SearchField.Type => "Types",
        SearchField.Status => "Statuses",
        SearchField.In => "Places",
        _ => "Values",
    };
}
