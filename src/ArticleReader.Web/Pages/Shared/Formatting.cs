using System.Globalization;

namespace ArticleReader.Web.Pages.Shared;

public static class Formatting
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture; // invariant globalization: its month names are English;

    // "2024-10" with month precision -> "October 2024"; unknown -> "Date unknown".
    public static string Date(string? iso, string precision)
    {
        if (string.IsNullOrEmpty(iso)) return "Date unknown";
        var parts = iso.Split('-');
        return precision switch
        {
            "day" when parts.Length == 3 => new DateTime(int.Parse(parts[0]), int.Parse(parts[1]), int.Parse(parts[2])).ToString("d MMMM yyyy", English),
            "month" when parts.Length >= 2 => new DateTime(int.Parse(parts[0]), int.Parse(parts[1]), 1).ToString("MMMM yyyy", English),
            _ => parts[0],
        };
    }

    public static string Words(int count) => count.ToString("N0", English) + (count == 1 ? " word" : " words");

    public static string MinutesToRead(int words) => $"{Math.Max(1, (int)Math.Round(words / 230.0))} min read";
}
