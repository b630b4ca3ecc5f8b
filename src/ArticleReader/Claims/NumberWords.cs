namespace ArticleReader.Claims;

// English number words as named data, shared by the quantity and time-reference rules.
internal static class NumberWords
{
    public static readonly IReadOnlyDictionary<string, double> Units = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    public static readonly IReadOnlyDictionary<string, double> Multipliers = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["dozen"] = 12, ["hundred"] = 100, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
    };

    // Plural magnitudes name an order of magnitude, not a count: "hundreds" is at least 100.
    public static readonly IReadOnlyDictionary<string, double> VaguePlurals = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["dozens"] = 12, ["scores"] = 20, ["hundreds"] = 100, ["thousands"] = 1e3, ["millions"] = 1e6, ["billions"] = 1e9, ["trillions"] = 1e12,
        ["tens"] = 10,
    };

    // "twenty-five", "two dozen", "three hundred thousand", "one million". Returns false for anything else.
    public static bool TryParse(string text, out double value)
    {
        value = 0;
        double total = 0, current = 0;
        var any = false;
        foreach (var raw in text.Split([' ', '-', '\u00A0', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw.Equals("a", StringComparison.OrdinalIgnoreCase) || raw.Equals("an", StringComparison.OrdinalIgnoreCase))
            {
                current = current == 0 ? 1 : current;
                continue;
            }
            if (Units.TryGetValue(raw, out var unit)) { current += unit; any = true; continue; }
            if (Multipliers.TryGetValue(raw, out var mult))
            {
                any = true;
                if (current == 0) current = 1;
                if (mult >= 1e3) { total += current * mult; current = 0; }
                else current *= mult;
                continue;
            }
            if (double.TryParse(raw.Replace(",", ""), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var digits))
            {
                current += digits; any = true; continue;
            }
            return false;
        }
        value = total + current;
        return any;
    }
}
