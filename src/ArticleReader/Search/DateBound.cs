using System.Globalization;
using System.Text.RegularExpressions;

namespace ArticleReader.Search;

public enum DatePrecision { Year, Month, Day }

// A date as typed in before:/after:, with its precision: 2024 is the whole year, 2024-10 the whole month.
// before:D keeps what was published before D's period starts (published < Start);
// after:D keeps what was published after D's period ends (published >= End). Neither includes D itself.
public sealed partial record DateBound(DateOnly Start, DatePrecision Precision)
{
    public const int MinYear = 1000;
    public const int MaxYear = 2999;

    // The first day after the period: 2024 -> 2025-01-01, 2024-10 -> 2024-11-01, 2024-10-17 -> 2024-10-18.
    public DateOnly End => Precision switch
    {
        DatePrecision.Year => Start.AddYears(1),
        DatePrecision.Month => Start.AddMonths(1),
        _ => Start.AddDays(1),
    };

    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Start.ToString("yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    [GeneratedRegex(@"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")]
    private static partial Regex DatePattern(); // matches "2024", "2024-10", "2024-10-17", "2024-1-5"

    // The date, or null with the reason it is not one (for the error message) in problem.
    public static DateBound? Parse(string text, out string? problem)
    {
        problem = null;
        var match = DatePattern().Match(text);
        if (!match.Success) { problem = "It isn't a date."; return null; }
        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        if (year is < MinYear or > MaxYear) { problem = $"Years go from {MinYear} to {MaxYear}."; return null; }
        if (!match.Groups[2].Success) return new DateBound(new DateOnly(year, 1, 1), DatePrecision.Year);
        var month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12) { problem = $"Month {month} doesn't exist."; return null; }
        if (!match.Groups[3].Success) return new DateBound(new DateOnly(year, month, 1), DatePrecision.Month);
        var day = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        var days = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > days) { problem = $"{year:D4}-{month:D2} has {days} days."; return null; }
        return new DateBound(new DateOnly(year, month, day), DatePrecision.Day);
    }
}
