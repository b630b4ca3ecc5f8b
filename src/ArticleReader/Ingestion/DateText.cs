using System.Globalization;
using System.Text.RegularExpressions;
using ArticleReader.Model;

namespace ArticleReader.Ingestion;

// Publication dates as sources write them: ISO timestamps with or without time and zone
// ("2019-11-19T13:00:00-05:00"), slashed ISO ("2019/11/19"), partial dates ("2019-11"),
// or English prose ("November 19, 2019").
public static partial class DateText
{
    // matches "2019-11-19T13:00:00-05:00", "2019/11/19", "2019-11"
    [GeneratedRegex(@"^\s*(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?!\d)")]
    private static partial Regex IsoDatePrefix();

    public static PublishedDate? Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return null;
        var iso = IsoDatePrefix().Match(raw);
        if (iso.Success)
        {
            var text = iso.Groups[1].Value
                + (iso.Groups[2].Success ? "-" + iso.Groups[2].Value.PadLeft(2, '0') : "")
                + (iso.Groups[3].Success ? "-" + iso.Groups[3].Value.PadLeft(2, '0') : "");
            return PublishedDate.TryParse(text);
        }
        return DateTime.TryParse(raw.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? new PublishedDate(parsed.Year, parsed.Month, parsed.Day)
            : null;
    }
}
