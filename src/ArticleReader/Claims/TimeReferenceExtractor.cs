using System.Globalization;
using System.Text.RegularExpressions;

namespace ArticleReader.Claims;

// Finds time expressions and resolves them against the article date, never more precisely than
// the article date allows ("on Wednesday" stays unresolved when only the month is known).
// Bounding prepositions (since, until, by, into, through, before, after, from) belong to the span
// because they change what the expression claims; neutral ones (in, on, during) do not.
// Each expression is found from its anchor (a month name, a weekday, a number, or a unit word such as
// "year" or "summer") and then read outwards, which keeps the scan cheap on sentences without dates.
public static partial class TimeReferenceExtractor
{
    // matches "March", "October 7", "July 22, 2014", "February 2022", "March of 2023"
    [GeneratedRegex(@"\b(?<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)(?![\p{L}])(?:\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*[-–/:]\s*\d)(?:,?\s+(?<year>\d{4})\b)?|\s+(?:of\s+)?(?<year>\d{4})\b)?",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MonthExpression();

    // matches "Wednesday", "Mondays"
    [GeneratedRegex(@"\b(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex WeekdayExpression();

    // matches "6 p.m. ET", "20th century", "1990s", "10 years ago", "2026"
    [GeneratedRegex(@"(?<![\p{L}\d,.$€£/-])(?:(?<clock>\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)(?:\s+(?-i:ET|EST|EDT|CT|PT|GMT|UTC|BST|CET)\b)?)|(?<cent>\d{1,2})(?:st|nd|rd|th)\s+century\b|(?<dec>1[5-9]\d0|20\d0)s\b|(?<n>\d+)(?<half>\s+and\s+a\s+half)?\s+(?<unit>days?|weeks?|months?|years?|decades?)\s+(?<dir>ago|earlier|later|before|after|from\s+now|hence|into)\b|(?<year>1[5-9]\d\d|20\d\d)(?!\d|,\d|\s*(?:%|percent\b)))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NumberExpression();

    // matches the unit word of "seven months ago", "the next few months", "this past summer", "today"
    [GeneratedRegex(@"\b(?<w>years?|months?|weeks?|weekends?|days?|decades?|summer|winter|spring|fall|autumn|century|today|tonight|yesterday|tomorrow|morning|afternoon|evening|night)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex UnitWord();

    enum Form { MonthDayYear, RelativeMonth, MonthYear, MonthDay, BareMonth, Century, Decade, Range, Clock, Ago, RelativeUnit, Recent, Weekday, DayWord, Year }

    // One found expression, with the parts resolution needs.
    sealed record Hit(Form Form, int Start, int End)
    {
        public string Prep { get; init; } = "";
        public string Rel { get; init; } = "";
        public string Part { get; init; } = "";
        public int Month { get; init; }
        public int Day { get; init; }
        public int Year { get; init; }
        public double Count { get; init; }
        public string Unit { get; init; } = "";
        public string Dir { get; init; } = "";
        public string Word { get; init; } = "";
    }

    static readonly HashSet<string> BoundingPrepositions = new(StringComparer.Ordinal) { "since", "until", "till", "by", "into", "through", "before", "after", "from" };
    static readonly HashSet<string> BareMonthContext = new(StringComparer.Ordinal) { "in", "during", "since", "until", "till", "by", "through", "from", "early", "late", "mid" };
    static readonly HashSet<string> YearContext = new(StringComparer.Ordinal) { "in", "since", "by", "until", "of", "from", "before", "after", "during", "around", "into", "through" };
    static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal) { "almost", "nearly", "about", "just", "some", "roughly", "only" };
    static readonly HashSet<string> Directions = new(StringComparer.Ordinal) { "ago", "earlier", "later", "before", "after", "hence", "into" };

    public static IReadOnlyList<TimeReference> Extract(string text, ClaimContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<Hit>? hits = null;
        foreach (Match m in MonthExpression().Matches(text))
            if (ReadMonth(text, m) is { } h) (hits ??= []).Add(h);
        foreach (Match m in WeekdayExpression().Matches(text))
            (hits ??= []).Add(ReadWeekday(text, m));
        foreach (Match m in NumberExpression().Matches(text))
            if (ReadNumber(text, m) is { } h) (hits ??= []).Add(h);
        foreach (Match m in UnitWord().Matches(text))
            if (ReadUnitWord(text, m) is { } h) (hits ??= []).Add(h);
        if (hits is null) return [];

        // Earlier start wins; at the same start the longer expression wins.
        hits.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        var anchor = Anchor.From(context);
        var found = new List<TimeReference>(hits.Count);
        var lastEnd = -1;
        foreach (var h in hits)
        {
            if (h.Start < lastEnd) continue;
            lastEnd = h.End;
            var (kind, period, lexicalFuture) = Resolve(h, anchor);
            var future = lexicalFuture || (period is { } p && anchor is { } a && p.Start > a.LastDay);
            found.Add(new TimeReference(text[h.Start..h.End], h.Start, h.End, kind, period?.Format(), future));
        }
        return found;
    }

    // ---- reading outwards from an anchor

    static Hit? ReadMonth(string text, Match m)
    {
        var g = m.Groups;
        var month = MonthNumber(g["mon"].Value);
        var start = m.Index;
        var end = m.Index + m.Length;
        var day = g["day"].Success ? int.Parse(g["day"].Value, CultureInfo.InvariantCulture) : 0;
        var year = g["year"].Success ? int.Parse(g["year"].Value, CultureInfo.InvariantCulture) : 0;
        if (day > 31) { day = 0; end = g["mon"].Index + g["mon"].Length; }

        // "Sunday, October 20"
        var (w, ws) = Words.Before(text, start, allowComma: true);
        if (day > 0 && w is not null && IsWeekday(w)) { start = ws; (w, ws) = Words.Before(text, start); }
        else (w, ws) = Words.Before(text, start);

        var rel = "";
        var part = "";
        if (year == 0 && w == "past" && Words.Before(text, ws) is ("this", var thisStart))
        {
            rel = "this past";
            start = thisStart;
            (w, ws) = Words.Before(text, start);
        }
        else if (year == 0 && w is "last" or "next" or "this")
        {
            rel = w;
            start = ws;
            (w, ws) = Words.Before(text, start);
        }
        else if (w is "early" or "late" or "mid")
        {
            part = w;
            start = ws;
            (w, ws) = Words.Before(text, start);
        }

        if (day == 0 && year == 0 && rel == "" && part == "" && (w is null || !BareMonthContext.Contains(w))) return null; // "May" alone may be a modal or a name
        var prep = "";
        if (w is not null && BoundingPrepositions.Contains(w)) { prep = w; start = ws; }

        var form = rel != "" ? Form.RelativeMonth : day > 0 && year > 0 ? Form.MonthDayYear : year > 0 ? Form.MonthYear : day > 0 ? Form.MonthDay : Form.BareMonth;
        return new Hit(form, start, end) { Month = month, Day = day, Year = year, Rel = rel, Part = part, Prep = prep };
    }

    static Hit ReadWeekday(string text, Match m)
    {
        var start = m.Index;
        var (w, ws) = Words.Before(text, start);
        var rel = "";
        if (w is "last" or "next" or "this" or "on" or "early" or "late") { rel = w; start = ws; }
        return new Hit(Form.Weekday, start, m.Index + m.Length) { Rel = rel, Word = m.Groups["wd"].Value };
    }

    static Hit? ReadNumber(string text, Match m)
    {
        var g = m.Groups;
        var start = m.Index;
        var end = m.Index + m.Length;
        if (g["clock"].Success) return new Hit(Form.Clock, start, end);
        if (g["cent"].Success || g["dec"].Success)
        {
            var (w, ws) = Words.Before(text, start);
            var part = "";
            if (w is "early" or "mid" or "late") { part = w; start = ws; (w, ws) = Words.Before(text, start); }
            if (w == "the") { start = ws; (w, ws) = Words.Before(text, start); }
            if (g["dec"].Success && w is not null && BoundingPrepositions.Contains(w)) start = ws;
            return g["cent"].Success
                ? new Hit(Form.Century, start, end) { Part = part, Year = int.Parse(g["cent"].Value, CultureInfo.InvariantCulture) }
                : new Hit(Form.Decade, start, end) { Part = part, Year = int.Parse(g["dec"].Value, CultureInfo.InvariantCulture) };
        }
        if (g["n"].Success)
        {
            var count = double.Parse(g["n"].Value, CultureInfo.InvariantCulture) + (g["half"].Success ? 0.5 : 0);
            start = QualifierStart(text, start);
            return new Hit(Form.Ago, start, end) { Count = count, Unit = Plural(g["unit"].Value), Dir = Normalize(g["dir"].Value) };
        }
        var year = int.Parse(g["year"].Value, CultureInfo.InvariantCulture);
        var (before, beforeStart) = Words.Before(text, start);
        if (year < 1900 && (before is null || !YearContext.Contains(before))) return null;
        var yearPart = "";
        if (before is "early" or "late" or "mid") { yearPart = before; start = beforeStart; (before, beforeStart) = Words.Before(text, start); }
        var yearPrep = "";
        if (before is not null && BoundingPrepositions.Contains(before)) { yearPrep = before; start = beforeStart; }
        return new Hit(Form.Year, start, end) { Year = year, Prep = yearPrep, Part = yearPart };
    }

    static Hit? ReadUnitWord(string text, Match m)
    {
        var word = m.Value.ToLowerInvariant();
        var start = m.Index;
        var end = m.Index + m.Length;
        Hit? hit = null;
        switch (word)
        {
            case "today" or "tonight" or "yesterday" or "tomorrow":
                hit = new Hit(Form.DayWord, start, end) { Word = word };
                break;
            case "morning" or "afternoon" or "evening" or "night":
            {
                var (w, ws) = Words.Before(text, start);
                if ((w == "this" && word != "night") || (w == "last" && word == "night"))
                    hit = new Hit(Form.DayWord, ws, end) { Word = w + " " + word };
                break;
            }
            default:
                hit = ReadCountedOrRelative(text, word, start, end);
                break;
        }
        if (hit is null) return null;
        var (p, ps) = Words.Before(text, hit.Start);
        return p is not null && BoundingPrepositions.Contains(p) && hit.Form is not Form.Ago ? hit with { Start = ps, Prep = p } : hit;
    }

    static Hit? ReadCountedOrRelative(string text, string word, int start, int end)
    {
        // "seven months ago", "a couple of days earlier", "two and a half years into"
        var (next, _, nextEnd) = Words.After(text, end);
        var dir = next;
        if (next == "from" && Words.After(text, nextEnd) is ("now", _, var nowEnd)) { dir = "from now"; nextEnd = nowEnd; }
        if (dir is not null && (Directions.Contains(dir) || dir == "from now"))
        {
            var p = start;
            var half = false;
            if (Words.Before(text, p) is ("half", var hs) && Words.Before(text, hs) is ("a", var aStart) && Words.Before(text, aStart) is ("and", var andStart))
            {
                half = true;
                p = andStart;
            }
            if (CountBefore(text, p) is { } c)
            {
                var s = QualifierStart(text, c.Start);
                return new Hit(Form.Ago, s, nextEnd) { Count = c.Value + (half ? 0.5 : 0), Unit = Plural(word), Dir = dir };
            }
            return null;
        }

        var (w1, s1) = Words.Before(text, start);
        if (w1 is null) return null;
        // "the next few months", "the last two weeks"
        if (word.EndsWith('s') && CountBefore(text, start) is { } count &&
            Words.Before(text, count.Start) is ({ } d, var ds) && d is "next" or "past" or "last" or "coming" or "previous" &&
            Words.Before(text, ds) is ("the", var theStart))
            return new Hit(Form.Range, theStart, end) { Count = count.Value, Unit = word, Dir = d };
        // "in recent weeks"
        if (w1 == "recent" && Words.Before(text, s1) is ("in", var inStart))
            return new Hit(Form.Recent, inStart, end) { Unit = word };
        if (word is "days" or "weeks" or "months" or "years" or "decades" or "weekends") return null;
        // "this past summer", "last month", "next year", "earlier this week", "the past year"
        string rel;
        var relStart = s1;
        switch (w1)
        {
            case "past" when Words.Before(text, s1) is ("this", var ts):
                rel = "this past"; relStart = ts; break;
            case "past" or "previous" or "coming" or "following" when Words.Before(text, s1) is ("the", var ts):
                rel = "the " + w1; relStart = ts; break;
            case "this" when Words.Before(text, s1) is ({ } e, var es) && e is "earlier" or "later":
                rel = e + " this"; relStart = es; break;
            case "last" or "this" or "next":
                rel = w1; break;
            default:
                return null;
        }
        if (word == "day") return null;
        return new Hit(Form.RelativeUnit, relStart, end) { Rel = rel, Unit = word };
    }

    // "seven", "a", "a few", "a couple of", "several", "10" directly before position pos.
    static (double Value, int Start)? CountBefore(string text, int pos)
    {
        var (w, ws) = Words.Before(text, pos);
        if (w is null) return null;
        if (w == "few" && Words.Before(text, ws) is ("a", var a)) return (3, a);
        if (w == "of" && Words.Before(text, ws) is ("couple", var cs) && Words.Before(text, cs) is ("a", var a2)) return (2, a2);
        if (w is "a" or "an") return (1, ws);
        if (w is "several" or "few") return (3, ws);
        if (double.TryParse(w, NumberStyles.Integer, CultureInfo.InvariantCulture, out var digits)) return (digits, ws);
        if (NumberWords.Units.TryGetValue(w, out var v) && v > 0)
        {
            // "twenty-five"
            return (v, ws);
        }
        return null;
    }

    static int QualifierStart(string text, int start)
    {
        var (w, ws) = Words.Before(text, start);
        if (w is null) return start;
        if (Qualifiers.Contains(w)) return ws;
        if (w == "than" && Words.Before(text, ws) is ({ } mw, var ms) && mw is "more" or "less") return ms;
        return start;
    }

    static bool IsWeekday(string w) => w is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday";

    static string Plural(string unit)
    {
        var u = unit.ToLowerInvariant();
        return u.EndsWith('s') ? u : u + "s";
    }

    enum Grain { Year = 0, Month = 1, Day = 2 }

    readonly record struct Period(DateOnly Start, DateOnly End, Grain Grain)
    {
        public string Format()
        {
            var a = Show(Start);
            var b = Show(End);
            return a == b ? a : a + "/" + b;
        }

        string Show(DateOnly d) => Grain switch
        {
            Grain.Year => d.Year.ToString("D4", CultureInfo.InvariantCulture),
            Grain.Month => d.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            _ => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };

        public static Period Of(DateOnly d, Grain g) => new(d, d, g);
        public static Period Year(int y) => new(new DateOnly(y, 1, 1), new DateOnly(y, 1, 1), Grain.Year);
        public static Period Month(int y, int m) => new(new DateOnly(y, m, 1), new DateOnly(y, m, 1), Grain.Month);
    }

    // The article date and how much of it is known.
    sealed record Anchor(DateOnly Date, Grain Precision)
    {
        public DateOnly LastDay => Precision switch
        {
            Grain.Year => new DateOnly(Date.Year, 12, 31),
            Grain.Month => new DateOnly(Date.Year, Date.Month, DateTime.DaysInMonth(Date.Year, Date.Month)),
            _ => Date,
        };

        public bool Knows(Grain g) => Precision >= g;

        public static Anchor? From(ClaimContext c) =>
            c.ArticleDate is not { } d ? null : new Anchor(d, c.ArticleDatePrecision?.ToLowerInvariant() switch
            {
                "day" => Grain.Day,
                "month" => Grain.Month,
                _ => Grain.Year,
            });
    }

    static (string Kind, Period? Period, bool LexicalFuture) Resolve(Hit h, Anchor? a)
    {
        var forward = h.Prep is "by" or "until" or "till" or "into";
        switch (h.Form)
        {
            case Form.MonthDayYear:
                return (TimeReferenceKinds.Date, DayOrNull(h.Year, h.Month, h.Day), false);
            case Form.MonthYear:
                return (TimeReferenceKinds.Month, Period.Month(h.Year, h.Month), false);
            case Form.RelativeMonth:
            {
                var hasDay = h.Day > 0;
                var kind = hasDay ? TimeReferenceKinds.Date : TimeReferenceKinds.Month;
                if (a is null || !a.Knows(Grain.Month)) return (kind, null, h.Rel == "next");
                var year = h.Rel switch
                {
                    "next" => h.Month > a.Date.Month ? a.Date.Year : a.Date.Year + 1,
                    "this" => a.Date.Year,
                    _ => h.Month < a.Date.Month ? a.Date.Year : a.Date.Year - 1, // "last", "this past": strictly before the article month
                };
                return (kind, hasDay ? DayOrNull(year, h.Month, h.Day) : Period.Month(year, h.Month), h.Rel == "next");
            }
            case Form.MonthDay:
            {
                if (a is null || !a.Knows(Grain.Month)) return (TimeReferenceKinds.Date, null, false);
                // Without a year, past events are the usual reading; "by"/"until" look forward.
                int year;
                if (a.Knows(Grain.Day))
                {
                    var order = (h.Month, h.Day).CompareTo((a.Date.Month, a.Date.Day));
                    year = forward ? (order >= 0 ? a.Date.Year : a.Date.Year + 1) : (order <= 0 ? a.Date.Year : a.Date.Year - 1);
                }
                else
                    year = forward ? (h.Month >= a.Date.Month ? a.Date.Year : a.Date.Year + 1) : (h.Month <= a.Date.Month ? a.Date.Year : a.Date.Year - 1);
                return (TimeReferenceKinds.Date, DayOrNull(year, h.Month, h.Day), false);
            }
            case Form.BareMonth:
            {
                if (a is null || !a.Knows(Grain.Month)) return (TimeReferenceKinds.Month, null, false);
                var year = forward ? (h.Month >= a.Date.Month ? a.Date.Year : a.Date.Year + 1) : (h.Month <= a.Date.Month ? a.Date.Year : a.Date.Year - 1);
                return (TimeReferenceKinds.Month, Period.Month(year, h.Month), false);
            }
            case Form.Century:
            {
                var first = (h.Year - 1) * 100;
                var (s, e) = Part(h.Part, first, first + 99, 33);
                return (TimeReferenceKinds.Range, new Period(new DateOnly(Math.Max(1, s), 1, 1), new DateOnly(Math.Max(1, e), 1, 1), Grain.Year), false);
            }
            case Form.Decade:
            {
                var (s, e) = Part(h.Part, h.Year, h.Year + 9, 3);
                return (TimeReferenceKinds.Range, new Period(new DateOnly(s, 1, 1), new DateOnly(e, 1, 1), Grain.Year), false);
            }
            case Form.Range:
            {
                var future = h.Dir is "next" or "coming";
                if (a is null) return (TimeReferenceKinds.Range, null, future);
                var grain = RangeGrain(h.Unit, a);
                if (!a.Knows(grain)) return (TimeReferenceKinds.Range, null, future);
                var other = Shift(a.Date, h.Unit, future ? h.Count : -h.Count);
                return (TimeReferenceKinds.Range, future ? new Period(a.Date, other, grain) : new Period(other, a.Date, grain), future);
            }
            case Form.Clock:
                return (TimeReferenceKinds.Clock, null, false);
            case Form.Ago:
            {
                var future = h.Dir is "from now" or "hence";
                // "earlier", "later", "into" count from a moment in the story, not from the article date.
                if (h.Dir is not ("ago" or "from now" or "hence") || a is null) return (TimeReferenceKinds.Relative, null, future);
                var grain = h.Unit is "years" or "decades" ? Grain.Month : UnitGrain(h.Unit);
                if (!a.Knows(grain))
                {
                    if (h.Unit is not ("years" or "decades") || !a.Knows(Grain.Year)) return (TimeReferenceKinds.Relative, null, future);
                    grain = Grain.Year;
                }
                return (TimeReferenceKinds.Relative, Period.Of(Shift(a.Date, h.Unit, future ? h.Count : -h.Count), grain), future);
            }
            case Form.RelativeUnit:
                return ResolveRelativeUnit(h.Rel, h.Unit, a);
            case Form.Recent:
                return (TimeReferenceKinds.Range, null, false);
            case Form.Weekday:
            {
                if (a is null || !a.Knows(Grain.Day)) return (TimeReferenceKinds.Weekday, null, h.Rel == "next");
                var target = Enum.Parse<DayOfWeek>(h.Word, ignoreCase: true);
                var d = a.Date;
                if (h.Rel == "next") { do d = d.AddDays(1); while (d.DayOfWeek != target); }
                else
                {
                    if (h.Rel == "last") d = d.AddDays(-1);
                    while (d.DayOfWeek != target) d = d.AddDays(-1);
                }
                return (TimeReferenceKinds.Weekday, Period.Of(d, Grain.Day), h.Rel == "next");
            }
            case Form.DayWord:
            {
                var offset = h.Word switch { "yesterday" or "last night" => -1, "tomorrow" => 1, _ => 0 };
                return (TimeReferenceKinds.Date, a is not null && a.Knows(Grain.Day) ? Period.Of(a.Date.AddDays(offset), Grain.Day) : null, offset > 0);
            }
            default: // Year
                return (TimeReferenceKinds.Year, Period.Year(h.Year), forward && a is not null && h.Year >= a.Date.Year);
        }
    }

    static (string, Period?, bool) ResolveRelativeUnit(string rel, string unit, Anchor? a)
    {
        var future = rel is "next" or "the coming" or "the following" or "later this";
        var kind = unit switch
        {
            "year" => TimeReferenceKinds.Year,
            "month" => TimeReferenceKinds.Month,
            _ => rel.StartsWith("the ", StringComparison.Ordinal) ? TimeReferenceKinds.Range : TimeReferenceKinds.Relative,
        };
        if (a is null) return (kind, null, future);
        var d = a.Date;

        if (unit is "summer" or "winter" or "spring" or "fall" or "autumn")
            return a.Knows(Grain.Month) ? (TimeReferenceKinds.Range, Season(unit, rel, d), future) : (TimeReferenceKinds.Range, null, future);

        if (rel is "the past" or "the previous" or "the coming" or "the following")
        {
            var u = unit + "s";
            var grain = RangeGrain(u, a);
            if (!a.Knows(grain)) return (TimeReferenceKinds.Range, null, future);
            var other = Shift(d, u, future ? 1 : -1);
            return (TimeReferenceKinds.Range, future ? new Period(d, other, grain) : new Period(other, d, grain), future);
        }

        var step = rel switch { "last" => -1, "next" => 1, _ => 0 }; // "this", "this past" (of a unit), "earlier this", "later this"
        if (rel == "this past") step = unit is "year" or "month" or "week" or "decade" or "century" ? -1 : 0;
        switch (unit)
        {
            case "year":
                return (TimeReferenceKinds.Year, Period.Year(d.Year + step), future);
            case "month":
                if (!a.Knows(Grain.Month)) return (TimeReferenceKinds.Month, null, future);
                var m = new DateOnly(d.Year, d.Month, 1).AddMonths(step);
                return (TimeReferenceKinds.Month, Period.Month(m.Year, m.Month), future);
            case "week":
            case "weekend":
            {
                if (!a.Knows(Grain.Day)) return (kind, null, future);
                var monday = d.AddDays(-(((int)d.DayOfWeek + 6) % 7)).AddDays(7 * step);
                if (unit == "weekend") return (kind, new Period(monday.AddDays(5), monday.AddDays(6), Grain.Day), future);
                return rel switch
                {
                    "earlier this" => (kind, new Period(monday, d, Grain.Day), future),
                    "later this" => (kind, new Period(d, monday.AddDays(6), Grain.Day), future),
                    _ => (kind, new Period(monday, monday.AddDays(6), Grain.Day), future),
                };
            }
            case "decade":
            {
                var first = d.Year / 10 * 10 + 10 * step;
                return (TimeReferenceKinds.Range, new Period(new DateOnly(first, 1, 1), new DateOnly(first + 9, 1, 1), Grain.Year), future);
            }
            default: // century
            {
                var first = d.Year / 100 * 100 + 100 * step;
                return (TimeReferenceKinds.Range, new Period(new DateOnly(first, 1, 1), new DateOnly(first + 99, 1, 1), Grain.Year), future);
            }
        }
    }

    // Meteorological seasons (northern hemisphere); winter runs December to February.
    static Period Season(string name, string rel, DateOnly article)
    {
        var startMonth = name switch { "spring" => 3, "summer" => 6, "winter" => 12, _ => 9 };
        var articleMonth = new DateOnly(article.Year, article.Month, 1);
        var seasons = Enumerable.Range(-2, 5)
            .Select(k => new DateOnly(article.Year + k, startMonth, 1))
            .Select(s => (Start: s, End: s.AddMonths(2)))
            .ToList();
        var chosen = rel switch
        {
            "next" or "the coming" or "the following" => seasons.First(c => c.Start > articleMonth),
            // "this summer" in October is the summer of the same year, already over.
            "this" => seasons.FirstOrDefault(c => c.Start <= articleMonth && articleMonth <= c.End) is var within && within.Start != default
                ? within
                : seasons.First(c => c.End.Year == article.Year),
            _ => seasons.Last(c => c.End < articleMonth), // "last", "this past", "the past"
        };
        return new Period(chosen.Start, chosen.End, Grain.Month);
    }

    static (int, int) Part(string part, int first, int last, int third) => part.ToLowerInvariant() switch
    {
        "early" => (first, first + third),
        "mid" => (first + third, first + 2 * third),
        "late" => (first + 2 * third, last),
        _ => (first, last),
    };

    static Period? DayOrNull(int year, int month, int day) =>
        year is >= 1 and <= 9999 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? Period.Of(new DateOnly(year, month, day), Grain.Day) : null;

    // Ranges of years keep the article's month when it is known: "the past year" in October 2024 is 2023-10/2024-10.
    static Grain RangeGrain(string unit, Anchor a) =>
        unit is "years" or "decades" && a.Knows(Grain.Month) ? Grain.Month : UnitGrain(unit);

    static Grain UnitGrain(string unit) => unit switch
    {
        "days" or "weeks" => Grain.Day,
        "months" => Grain.Month,
        _ => Grain.Year,
    };

    static DateOnly Shift(DateOnly d, string unit, double n) => unit switch
    {
        "days" => d.AddDays((int)Math.Round(n)),
        "weeks" => d.AddDays((int)Math.Round(n * 7)),
        "months" => d.AddMonths((int)Math.Round(n)),
        "years" => d.AddMonths((int)Math.Round(n * 12)),
        "decades" => d.AddMonths((int)Math.Round(n * 120)),
        _ => d,
    };

    static string Normalize(string s) => string.Join(' ', s.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };
}
