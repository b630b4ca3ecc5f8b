using System.Globalization;
using System.Text.RegularExpressions;

namespace ArticleReader.Claims;

// Finds quantities and normalises value, unit and qualifier. Numbers that are names or dates are
// not quantities: years and other time references, codes ("F-16", "AK-47s", "I-4"), ordinals
// ("22nd Mechanized Brigade"), labels ("Article 5") and fractions of dates ("10/7").
public static partial class QuantityExtractor
{
    const string WordNumber = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen";

    // matches "$300 billion", "600,000", "3 and a half", "two dozen", "a dozen", "hundreds of millions", "millions and millions"
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}.,/$€£])(?<!\p{L}-)(?<cur>US\$|[$€£])?(?:" +
        @"(?<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?<half>\s+and\s+a\s+half\b)?(?<scale>\s*(?:thousand|million|billion|trillion)\b|(?:bn|m|k)\b)?" +
        @"|\b(?<vague>(?:tens|hundreds|thousands|millions|billions|dozens)(?:\s+(?:of|and)\s+(?:thousands|millions|billions|hundreds))?)\b" +
        @"|\b(?<words>(?:an?\s+(?=(?:dozen|hundred|thousand|million|billion)\b))?(?:" + WordNumber + @")(?:[\s-]+(?:" + WordNumber + @"))*)\b(?<half>\s+and\s+a\s+half\b)?" +
        @")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NumberExpression();

    // matches "%" in "40%", " percent", " per cent", " percentage points"
    [GeneratedRegex(@"\G\s*(?:(?<pp>percentage\s+points?)|%|per\s?cent\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PercentAfter();

    // matches " degrees Fahrenheit", "°C"
    [GeneratedRegex(@"\G\s*(?:degrees?\b|°)\s*(?:(?<f>Fahrenheit\b|F\b)|(?<c>Celsius\b|C\b))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DegreesAfter();

    // matches "-point" in "28-point plan", "-month-long" in "sixteen-month-long fight", "-year-old"
    [GeneratedRegex(@"\G-(?<u>[a-z]+)(?:-(?<tail>long|old|strong|wide|high|deep|tall))?\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex HyphenUnitAfter();

    // matches "nd" after "22" (an ordinal), "/7" after "10" (a date), " p.m." after "6" (a clock time)
    [GeneratedRegex(@"\G(?:st|nd|rd|th)\b|\G/\d|\G\s*(?:a\.m\.|p\.m\.)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotACountAfter();

    // Qualifier phrases (lowercase) and the bound they put on the value.
    static readonly Dictionary<string, string> Qualifiers = new()
    {
        ["more than"] = QuantityBounds.Lower, ["over"] = QuantityBounds.Lower, ["at least"] = QuantityBounds.Lower,
        ["upwards of"] = QuantityBounds.Lower, ["well over"] = QuantityBounds.Lower, ["just over"] = QuantityBounds.Lower,
        ["no fewer than"] = QuantityBounds.Lower, ["no less than"] = QuantityBounds.Lower, ["in excess of"] = QuantityBounds.Lower,
        ["less than"] = QuantityBounds.Upper, ["fewer than"] = QuantityBounds.Upper, ["at most"] = QuantityBounds.Upper,
        ["up to"] = QuantityBounds.Upper, ["under"] = QuantityBounds.Upper, ["nearly"] = QuantityBounds.Upper,
        ["almost"] = QuantityBounds.Upper, ["just under"] = QuantityBounds.Upper, ["no more than"] = QuantityBounds.Upper,
        ["as many as"] = QuantityBounds.Upper, ["as much as"] = QuantityBounds.Upper, ["close to"] = QuantityBounds.Upper,
        ["about"] = QuantityBounds.Approximate, ["around"] = QuantityBounds.Approximate, ["roughly"] = QuantityBounds.Approximate,
        ["approximately"] = QuantityBounds.Approximate, ["some"] = QuantityBounds.Approximate, ["an estimated"] = QuantityBounds.Approximate,
        ["estimated"] = QuantityBounds.Approximate, ["perhaps"] = QuantityBounds.Approximate, ["more or less"] = QuantityBounds.Approximate,
        ["circa"] = QuantityBounds.Approximate, ["maybe"] = QuantityBounds.Approximate,
    };

    // Words before a number that make it a label, not a count: "Article 5", "No. 10".
    static readonly HashSet<string> LabelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "article", "section", "chapter", "no.", "nos.", "no", "number", "resolution", "route", "highway", "interstate", "room",
        "flight", "page", "figure", "table", "volume", "vol.", "episode", "season", "phase", "level", "stage", "version",
        "gate", "exit", "platform", "building", "amendment", "paragraph", "item", "point", "class", "grade", "title", "psalm", "act",
    };

    // Words that end the noun run after a number.
    static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "among", "between", "into", "onto",
        "over", "under", "about", "against", "during", "since", "until", "after", "before", "through", "across", "per", "via",
        "and", "or", "but", "nor", "so", "yet", "than", "as", "that", "which", "who", "whom", "whose", "where", "when", "while",
        "if", "because", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
        "would", "can", "could", "may", "might", "must", "should", "shall", "not", "no", "it", "its", "they", "their", "them",
        "he", "his", "she", "her", "we", "our", "you", "your", "i", "my", "me", "us", "this", "these", "those", "there", "here",
        "each", "every", "all", "both", "more", "most", "less", "apiece", "ago", "earlier", "later", "worth", "alone", "now",
        "still", "also", "already", "even", "just", "only", "too", "very", "what", "how", "why", "away", "apart", "old", "long",
        "left", "total", "overall", "later", "instead", "including", "like", "then", "again", "ever", "last", "next",
        "today", "yesterday", "tomorrow", "tonight", "daily", "annually",
    };

    static readonly Dictionary<string, string> CurrencyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dollar"] = "USD", ["dollars"] = "USD", ["euro"] = "EUR", ["euros"] = "EUR", ["ruble"] = "RUB", ["rubles"] = "RUB",
        ["roubles"] = "RUB", ["hryvnia"] = "UAH", ["hryvnias"] = "UAH", ["shekel"] = "ILS", ["shekels"] = "ILS", ["yuan"] = "CNY",
        ["yen"] = "JPY", ["sterling"] = "GBP",
    };

    static readonly Dictionary<string, string> TimeUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["second"] = "seconds", ["seconds"] = "seconds", ["minute"] = "minutes", ["minutes"] = "minutes", ["hour"] = "hours",
        ["hours"] = "hours", ["day"] = "days", ["days"] = "days", ["week"] = "weeks", ["weeks"] = "weeks", ["month"] = "months",
        ["months"] = "months", ["year"] = "years", ["years"] = "years", ["decade"] = "decades", ["decades"] = "decades",
        ["century"] = "centuries", ["centuries"] = "centuries",
    };

    public static IReadOnlyList<Quantity> Extract(string text) =>
        Extract(text, TimeReferenceExtractor.Extract(text, ClaimContext.Empty));

    // Numbers inside the given time references are dates, not quantities.
    public static IReadOnlyList<Quantity> Extract(string text, IReadOnlyList<TimeReference> timeReferences)
    {
        List<Quantity>? found = null;
        foreach (Match m in NumberExpression().Matches(text))
        {
            if (m.Length == 0 || InsideTime(m.Index, m.Index + m.Length, timeReferences)) continue;
            var q = Read(text, m);
            if (q is not null) (found ??= []).Add(q);
        }
        return found ?? (IReadOnlyList<Quantity>)[];
    }

    static bool InsideTime(int start, int end, IReadOnlyList<TimeReference> times)
    {
        foreach (var t in times)
            if (start < t.End && t.Start < end) return true;
        return false;
    }

    static Quantity? Read(string text, Match m)
    {
        var g = m.Groups;
        var end = m.Index + m.Length;
        double value;
        var approximate = false;
        var vague = false;

        if (g["digits"].Success)
        {
            if (NotACountAfter().IsMatch(text, end)) return null;
            var digits = g["digits"].Value;
            if (!double.TryParse(digits.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out value)) return null;
            if (!g["cur"].Success && !digits.Contains(',') && !digits.Contains('.') && digits.Length == 4 && value is >= 1500 and <= 2099
                && !PercentAfter().IsMatch(text, end)) return null; // a year
            if (g["scale"].Success) value *= ScaleOf(g["scale"].Value.Trim());
        }
        else if (g["vague"].Success)
        {
            var parts = g["vague"].Value.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
            value = NumberWords.VaguePlurals[parts[0]];
            if (parts.Length == 3 && parts[1].Equals("of", StringComparison.OrdinalIgnoreCase)) value *= NumberWords.VaguePlurals[parts[2]];
            vague = approximate = true;
        }
        else
        {
            var words = g["words"].Value;
            // A lone "one" is almost always a pronoun or determiner ("one of the commanders", "no one").
            if (words.Equals("one", StringComparison.OrdinalIgnoreCase)) return null;
            if (!NumberWords.TryParse(words, out value)) return null;
            if (words.Contains("dozen", StringComparison.OrdinalIgnoreCase)) approximate = true;
        }
        if (g["half"].Success) value += 0.5;

        var start = m.Index;
        if (IsLabel(text, start)) return null;

        // Unit after the number.
        string? unit = null, unitText = null;
        var isModifier = false;
        var spanEnd = end;
        if (g["cur"].Success)
        {
            unit = g["cur"].Value switch { "€" => "EUR", "£" => "GBP", _ => "USD" };
            unitText = g["cur"].Value;
        }
        Match after;
        if ((after = PercentAfter().Match(text, end)).Success)
        {
            unit = after.Groups["pp"].Success ? "percentage points" : "percent";
            unitText = after.Value.Trim();
            spanEnd = end + after.Length;
        }
        else if ((after = DegreesAfter().Match(text, end)).Success && after.Length > 0)
        {
            unit = after.Groups["f"].Success ? "degF" : after.Groups["c"].Success ? "degC" : "degrees";
            unitText = after.Value.Trim();
            spanEnd = end + after.Length;
        }
        else if ((after = HyphenUnitAfter().Match(text, end)).Success)
        {
            var u = after.Groups["u"].Value;
            if (g["words"].Success && NumberWords.Units.ContainsKey(u)) return null; // inside "twenty-five"? already consumed; anything else is odd
            unit = TimeUnits.TryGetValue(u, out var tu) ? tu : Plural(u);
            if (after.Groups["tail"].Value == "old") unit += " old";
            unitText = after.Value[1..];
            isModifier = true;
            spanEnd = end + after.Length;
        }
        else if (unit is null || g["scale"].Success || vague)
        {
            var run = NounRun(text, end, allowOf: vague || g["scale"].Success || g["words"].Value.Contains("dozen", StringComparison.OrdinalIgnoreCase));
            if (run is { } r)
            {
                var head = r.Head;
                if (CurrencyWords.TryGetValue(head, out var cur)) unit = cur;
                else if (unit is null) unit = TimeUnits.TryGetValue(head, out var tu) ? tu : head.ToLowerInvariant();
                if (unit is not null && (!g["cur"].Success || CurrencyWords.ContainsKey(head)))
                {
                    unitText = text[r.Start..r.End];
                    spanEnd = r.End;
                }
            }
        }

        // Qualifier before the number.
        var (qualifier, qualStart) = QualifierBefore(text, start);
        // "hundreds of millions" names an order of magnitude: its value is a floor.
        var bound = qualifier is not null ? Qualifiers[qualifier] : vague ? QuantityBounds.Lower : QuantityBounds.Exact;
        if (bound == QuantityBounds.Approximate) approximate = true;
        if (qualStart >= 0) start = qualStart;

        // "a prewar population of 14,000": the unit precedes the number.
        if (unit is null && PrecedingOfNoun(text, qualStart >= 0 ? qualStart : m.Index) is { } noun)
        {
            unit = noun;
            unitText = noun;
        }

        // A bare number with no unit, qualifier or context is as likely an id or page furniture as a count.
        if (unit is null && qualifier is null && !vague) return null;

        return new Quantity(value, unit, unitText, qualifier, bound, approximate, isModifier, text[start..spanEnd], start, spanEnd);
    }

    static double ScaleOf(string scale) => scale.ToLowerInvariant() switch
    {
        "thousand" or "k" => 1e3,
        "million" or "m" => 1e6,
        "billion" or "bn" => 1e9,
        "trillion" => 1e12,
        _ => 1,
    };

    static string Plural(string u) => u.EndsWith('s') ? u : u + "s";

    readonly record struct Run(int Start, int End, string Head);

    // The noun phrase after a number: up to four words, stopping at punctuation and function words;
    // trailing participles and adverbs are not the head ("100 people died" -> "people").
    static Run? NounRun(string text, int pos, bool allowOf)
    {
        var i = pos;
        if (allowOf && NextWord(text, i) is ({ } of, _, var ofEnd) && of.Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            i = ofEnd;
            if (NextWord(text, i) is ({ } the, _, var theEnd) && the.Equals("the", StringComparison.OrdinalIgnoreCase)) i = theEnd;
        }
        Span<(int Start, int End)> words = stackalloc (int, int)[4];
        var count = 0;
        while (count < 4)
        {
            var (w, ws, we) = NextWord(text, i);
            if (w is null || StopWords.Contains(w)) break;
            words[count++] = (ws, we);
            i = we;
        }
        while (count > 0)
        {
            var last = text[words[count - 1].Start..words[count - 1].End];
            if (last.Length > 3 && (last.EndsWith("ly", StringComparison.OrdinalIgnoreCase) || last.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || last.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
                && !TimeUnits.ContainsKey(last))
                count--;
            else break;
        }
        if (count == 0) return null;
        var headSpan = words[count - 1];
        return new Run(words[0].Start, headSpan.End, text[headSpan.Start..headSpan.End]);
    }

    // The next word after pos, separated from it by spaces only (punctuation ends the phrase).
    static (string? Word, int Start, int End) NextWord(string text, int pos)
    {
        var i = pos;
        while (i < text.Length && (text[i] == ' ' || text[i] == '\u00A0')) i++;
        if (i == pos || i >= text.Length || !char.IsLetter(text[i])) return (null, i, i);
        var s = i;
        while (i < text.Length && (char.IsLetter(text[i]) || ((text[i] == '-' || text[i] == '\'' || text[i] == '’') && i + 1 < text.Length && char.IsLetter(text[i + 1])))) i++;
        return (text[s..i], s, i);
    }

    // The word before pos, separated from it by spaces only.
    static (string? Word, int Start) PreviousWord(string text, int pos)
    {
        var i = pos;
        while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\u00A0')) i--;
        if (i == pos && pos > 0) return (null, pos);
        var e = i;
        while (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] == '.' && i - 1 > 0 && char.IsLetter(text[i - 2]))) i--;
        return i == e ? (null, pos) : (text[i..e], i);
    }

    static (string? Qualifier, int Start) QualifierBefore(string text, int pos)
    {
        // Longest phrase first: "no more than" before "more than".
        Span<int> starts = stackalloc int[3];
        var words = new string?[3];
        var p = pos;
        var n = 0;
        for (; n < 3; n++)
        {
            var (w, s) = PreviousWord(text, p);
            if (w is null) break;
            words[n] = w.ToLowerInvariant();
            starts[n] = s;
            p = s;
        }
        for (var len = n; len >= 1; len--)
        {
            var phrase = len switch
            {
                3 => words[2] + " " + words[1] + " " + words[0],
                2 => words[1] + " " + words[0],
                _ => words[0]!,
            };
            if (Qualifiers.ContainsKey(phrase)) return (phrase, starts[len - 1]);
        }
        return (null, -1);
    }

    static bool IsLabel(string text, int pos)
    {
        var (w, _) = PreviousWord(text, pos);
        return w is not null && char.IsUpper(w[0]) && LabelWords.Contains(w);
    }

    // "population of 14,000" -> "population"; only a plain lowercase noun counts.
    static string? PrecedingOfNoun(string text, int pos)
    {
        var (of, ofStart) = PreviousWord(text, pos);
        if (of is null || !of.Equals("of", StringComparison.Ordinal)) return null;
        var (noun, _) = PreviousWord(text, ofStart);
        if (noun is null || StopWords.Contains(noun) || !char.IsLower(noun[0]) || noun.EndsWith("ly", StringComparison.Ordinal)) return null;
        return noun;
    }
}
