using System.Globalization;
using System.Text;
using System.Text.Json;
using ArticleReader.Storage;

namespace ArticleReader.Web.Pages;

// The claims list as files: CSV (RFC 4180) for spreadsheets and JSON for programs, with the same fields.
public static class ClaimExport
{
    public static readonly IReadOnlyList<string> CsvColumns =
        ["id", "text", "type", "extracted_type", "status", "evidence_url", "tags", "speaker", "unmarked",
         "article", "author", "published", "score", "url"];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public sealed record TagJson(long Id, string Name, string Colour);

    public sealed record ClaimJson(long Id, string Text, string Type, string ExtractedType, string Status, string? EvidenceUrl,
        IReadOnlyList<TagJson> Tags, string? Speaker, long? SpeakerEntityId, bool Unmarked, long? AnnotationId,
        long ArticleId, string ArticleSlug, string ArticleTitle, string? Author, string? Published, double Score, string Url);

    public static string Link(string origin, ClaimRow row) => $"{origin}/articles/{row.ArticleSlug}?claim={row.Id}#claim-{row.Id}";

    // With a byte-order mark: spreadsheet programs otherwise read UTF-8 (curly quotes, accents) as a legacy code page.
    public static byte[] Csv(IEnumerable<ClaimRow> rows, string origin)
    {
        var csv = new StringBuilder();
        csv.Append(string.Join(",", CsvColumns)).Append("\r\n");
        foreach (var r in rows)
        {
            string[] fields =
            [
                r.Id.ToString(CultureInfo.InvariantCulture), r.Text, r.Type, r.ExtractedType, r.Status, r.EvidenceUrl ?? "",
                string.Join("; ", r.Tags.Select(t => t.Name)), r.Speaker ?? "", r.Unmarked ? "true" : "false",
                r.ArticleTitle, r.Author ?? "", r.Published ?? "", r.Score.ToString("0.0000", CultureInfo.InvariantCulture), Link(origin, r),
            ];
            csv.Append(string.Join(",", fields.Select(CsvField))).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    public static byte[] JsonArray(IEnumerable<ClaimRow> rows, string origin) =>
        JsonSerializer.SerializeToUtf8Bytes(rows.Select(r => new ClaimJson(r.Id, r.Text, r.Type, r.ExtractedType, r.Status, r.EvidenceUrl,
            r.Tags.Select(t => new TagJson(t.Id, t.Name, t.Colour)).ToList(), r.Speaker, r.SpeakerEntityId, r.Unmarked, r.AnnotationId,
            r.ArticleId, r.ArticleSlug, r.ArticleTitle, r.Author, r.Published, Math.Round(r.Score, 4), Link(origin, r))), Json);

    static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r']; // "=HYPERLINK(...)" would run as a formula in a spreadsheet
    static readonly char[] NeedsQuotes = [',', '"', '\r', '\n'];

    public static string CsvField(string value)
    {
        if (value.Length > 0 && FormulaStarts.Contains(value[0])) value = "'" + value;
        return value.IndexOfAny(NeedsQuotes) >= 0 || value.StartsWith(' ') || value.EndsWith(' ')
            ? "\"" + value.Replace("\"", "\"\"") + "\""
            : value;
    }
}
