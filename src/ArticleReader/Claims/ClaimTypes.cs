namespace ArticleReader.Claims;

// Claim types in precedence order: when several rules fire, the first one in All wins.
// Why this order:
// - quote and reported first: who is speaking changes who is accountable for everything else in the
//   sentence, so an attributed statistic ("..., the U.S. estimates") is reported, not statistic.
// - statistic before prediction: a number is the most checkable part of a sentence.
// - prediction before recommendation, causal, comparison: a forecast ("will", "into 2026") frames
//   the whole claim; causal and comparison words often sit inside it.
// - evaluation last: judgement words appear in almost every opinion sentence, so they only decide
//   when nothing more specific fired.
// Every type that fired is still reported in ClaimAnalysis.MatchedTypes.
public static class ClaimTypes
{
    public const string Quote = "quote";                   // attributed direct speech
    public const string Reported = "reported";             // attributed indirect statement
    public const string Statistic = "statistic";           // a quantity or measurement
    public const string Prediction = "prediction";
    public const string Recommendation = "recommendation";
    public const string Causal = "causal";
    public const string Comparison = "comparison";
    public const string Evaluation = "evaluation";         // judgement or opinion
    public const string None = "none";

    public static readonly IReadOnlyList<string> All =
        [Quote, Reported, Statistic, Prediction, Recommendation, Causal, Comparison, Evaluation, None];

    public static int Rank(string type)
    {
        for (var i = 0; i < All.Count; i++)
            if (All[i] == type) return i;
        return All.Count;
    }
}

// Ordered from strongest to weakest commitment; the weakest cue in a sentence wins.
// Near-certainty phrases ("virtually certain", "almost certainly") are probable: the writer
// explicitly stops short of certainty, and that reservation is what the reader should see.
public static class HedgeLevels
{
    public const string Certain = "certain";
    public const string Probable = "probable";
    public const string Possible = "possible";

    public static readonly IReadOnlyList<string> All = [Certain, Probable, Possible];

    public static string Weaker(string a, string b) =>
        Strength(a) <= Strength(b) ? a : b;

    static int Strength(string level) => level switch { Possible => 0, Probable => 1, _ => 2 };
}

// Where the speaker of a claim came from.
public static class SpeakerSources
{
    public const string Author = "author";     // the article's author (default; also "I", "we")
    public const string Quote = "quote";       // the speaker of attributed direct speech
    public const string Reported = "reported"; // the source of an attributed indirect statement
    public const string Unknown = "unknown";   // attributed speech whose speaker could not be parsed

    public static readonly IReadOnlyList<string> All = [Author, Quote, Reported, Unknown];
}

// How a quantity's qualifier bounds its value.
public static class QuantityBounds
{
    public const string Exact = "exact";
    public const string Lower = "lower";             // "more than", "at least": the value is a floor
    public const string Upper = "upper";             // "less than", "nearly", "up to": the value is a ceiling
    public const string Approximate = "approximate"; // "about", "some", "roughly"

    public static readonly IReadOnlyList<string> All = [Exact, Lower, Upper, Approximate];
}

public static class TimeReferenceKinds
{
    public const string Date = "date";         // a calendar day: "July 22, 2014", "October 7"
    public const string Month = "month";       // "March 2023", "last May", "in April"
    public const string Year = "year";         // "2022", "next year", "into 2026"
    public const string Range = "range";       // "the next few months", "this past summer", "the 1990s"
    public const string Relative = "relative"; // "seven months ago", "four years earlier", "last week"
    public const string Weekday = "weekday";   // "on Wednesday"
    public const string Clock = "clock";       // "6 p.m. ET"

    public static readonly IReadOnlyList<string> All = [Date, Month, Year, Range, Relative, Weekday, Clock];
}
