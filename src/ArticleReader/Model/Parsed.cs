namespace ArticleReader.Model;

// What a parser makes of one source file, before storage assigns ids.
// Start/End are offsets into the source text (the decoded file) and always satisfy
// Text == source[Start..End] for text dumps; for HTML the range covers the element that produced the block.
public sealed record ParsedBlock(string Kind, int Start, int End, string Text)
{
    // Extra facts a stage recorded about the block (a related link's author and title, a caption's
    // credit, an excerpt's writer, the length of an ALL-CAPS lead-in). Stored as JSON.
    public IReadOnlyDictionary<string, string> Meta { get; init; } = EmptyMeta;

    public static readonly IReadOnlyDictionary<string, string> EmptyMeta = new Dictionary<string, string>();

    public ParsedBlock WithKind(string kind) => this with { Kind = kind };
    public ParsedBlock WithMeta(string key, string value) =>
        this with { Meta = new Dictionary<string, string>(Meta) { [key] = value } };
}

public enum DatePrecision { Unknown, Year, Month, Day }

public sealed record PublishedDate(int Year, int? Month, int? Day)
{
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    // ISO-8601 with only the known parts: "2024", "2024-10", "2024-10-17".
    public string Iso => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}",
    };

    public static PublishedDate? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = text.Trim().Split('-');
        if (parts.Length is < 1 or > 3 || !int.TryParse(parts[0], out var y) || y < 1000 || y > 9999) return null;
        int? m = null, d = null;
        if (parts.Length >= 2) { if (!int.TryParse(parts[1], out var mm) || mm is < 1 or > 12) return null; m = mm; }
        if (parts.Length == 3)
        {
            var dayText = parts[2].Length > 2 ? parts[2][..2] : parts[2]; // tolerate "2024-10-17T..."
            if (!int.TryParse(dayText, out var dd) || dd < 1 || dd > DateTime.DaysInMonth(y, m!.Value)) return null;
            d = dd;
        }
        return new PublishedDate(y, m, d);
    }
}

public sealed record ParsedArticle
{
    public required int Start { get; init; }
    public required int End { get; init; }
    public required IReadOnlyList<ParsedBlock> Blocks { get; init; }
    public string Title { get; init; } = "";
    public string? Dek { get; init; }
    public string? Kicker { get; init; }
    public string? Author { get; init; }
    public string? Outlet { get; init; }
    public PublishedDate? Published { get; init; }
    public string? Url { get; init; }
    public string? Section { get; init; }
    // Filled by the orchestrator after metadata is applied (claims need the author and date).
    public Analysis.ArticleAnalysis Analysis { get; init; } = ArticleReader.Analysis.ArticleAnalysis.Empty;
}

public sealed record ParsedSource(string Text, IReadOnlyList<ParsedArticle> Articles, IReadOnlyList<ParsedBlock> Outside)
{
    // Warnings a reader of the ingest log should see (encoding fallbacks, guesses that were not made).
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
