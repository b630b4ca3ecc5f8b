using System.Text.RegularExpressions;
using ArticleReader.Claims;

namespace ArticleReader.References;

// Writers' names as links and bylines give them: split into people, and compared the way a reader
// would ("Eliot A. Cohen" is "Eliot Cohen"; "Michael A. Cohen" is not).
public static partial class AuthorNames
{
    // matches the joiners in "Eliot A. Cohen and Phillips Payson O’Brien", "A, B, and C", "A & B"
    [GeneratedRegex(@"\s*,\s*and\s+|\s*,\s*|\s+and\s+|\s*&\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Joiner();

    // matches a person's name of two to five capitalised words: "Eliot A. Cohen", "Phillips Payson O’Brien", "Amor Tobin"
    [GeneratedRegex(@"^\p{Lu}[\p{L}’'-]*\.?(?: (?:\p{Lu}\.|\p{Lu}[\p{L}’'-]+|de|van|von|al|bin|la|le|da|di)){1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonName();

    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "jr", "sr", "ii", "iii", "iv" };

    // "Eliot A. Cohen and Phillips Payson O’Brien" -> two spans, each with its offsets into the input.
    public static IReadOnlyList<TextSpan> Split(string names)
    {
        var spans = new List<TextSpan>();
        var start = 0;
        foreach (Match joiner in Joiner().Matches(names))
        {
            Add(names, start, joiner.Index, spans);
            start = joiner.Index + joiner.Length;
        }
        Add(names, start, names.Length, spans);
        return spans;
    }

    private static void Add(string names, int start, int end, List<TextSpan> spans)
    {
        while (start < end && char.IsWhiteSpace(names[start])) start++;
        while (end > start && char.IsWhiteSpace(names[end - 1])) end--;
        if (end > start) spans.Add(new TextSpan(names[start..end], start, end));
    }

    public static bool IsPersonName(string text) => PersonName().IsMatch(text);

    // Same first and last name, with middle names, initials and suffixes ignored. A bare surname agrees with nobody:
    // the corpus has two Cohens.
    public static bool Agree(string a, string b)
    {
        var x = Core(a);
        var y = Core(b);
        if (x.Count < 2 || y.Count < 2) return false;
        return x[0] == y[0] && x[^1] == y[^1];
    }

    // "Phillips Payson O’Brien" -> "phillips payson o'brien": case, accents and apostrophes folded.
    public static string Fold(string name) => string.Join(' ', NameText.Tokens(name));

    // A comparison key for a name: "Eliot A. Cohen" -> "eliot cohen".
    public static string Key(string name)
    {
        var core = Core(name);
        return core.Count < 2 ? string.Join(' ', core) : core[0] + " " + core[^1];
    }

    private static List<string> Core(string name)
    {
        var tokens = NameText.Tokens(name).ToList();
        while (tokens.Count > 0 && Suffixes.Contains(tokens[^1])) tokens.RemoveAt(tokens.Count - 1);
        if (tokens.Count > 2) tokens = [tokens[0], .. tokens[1..^1].Where(t => t.Length > 1), tokens[^1]];
        return tokens;
    }
}
