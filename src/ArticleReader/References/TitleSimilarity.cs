using System.Text.RegularExpressions;
using ArticleReader.Claims;

namespace ArticleReader.References;

// How alike two headlines are. Outlets retitle pieces for links and newsletters ("The only way the Ukraine
// War can end" for "The Ukraine War Can’t End Until Russia Stops Fighting"), so the score compares the
// topic words both share rather than the exact wording.
public static partial class TitleSimilarity
{
    // matches the words of "Can’t", "O’Brien's", "10/7", "U.S." ("u.s" keeps its dot so it is not "us")
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    // Function words, and the links' own framing ("Read:"): they say nothing about which piece is meant.
    private static readonly HashSet<string> Stopwords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "but", "nor", "is", "are", "was", "were", "be", "been",
        "it", "its", "this", "that", "these", "those", "with", "as", "at", "by", "from", "into", "about", "than", "until",
        "how", "why", "what", "who", "whom", "when", "where", "which", "can", "could", "will", "would", "should", "may",
        "might", "must", "not", "no", "do", "does", "did", "has", "have", "had", "i", "you", "he", "she", "we", "they",
        "my", "your", "his", "her", "our", "their", "me", "us", "him", "them", "so", "too", "very", "just", "read",
    };

    // "The Ukraine War Can’t End" -> ["ukraine", "war", "end"]: folded, contractions and possessives cut back
    // to their word, plural -s dropped, function words left out.
    public static IReadOnlyList<string> Words(string title)
    {
        var words = new List<string>();
        foreach (Match m in Word().Matches(NameText.Fold(title)))
        {
            var w = m.Value;
            if (w.EndsWith("'s", StringComparison.Ordinal)) w = w[..^2];
            else if (w.EndsWith("n't", StringComparison.Ordinal)) w = w[..^3] switch { "ca" => "can", "wo" => "will", var stem => stem };
            w = w.Replace("'", "", StringComparison.Ordinal);
            if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)) w = w[..^1];
            if (w.Length > 0 && !Stopwords.Contains(w) && !words.Contains(w)) words.Add(w);
        }
        return words;
    }

    // Library titles are compared with every reference ingested after them; their words are kept, within a bound.
    private const int CachedTitles = 100_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<string>> WordCache = new(StringComparer.Ordinal);

    public static IReadOnlyList<string> CachedWords(string title)
    {
        if (WordCache.TryGetValue(title, out var words)) return words;
        if (WordCache.Count >= CachedTitles) WordCache.Clear();
        return WordCache[title] = Words(title);
    }

    // Dice coefficient of the two titles' topic words: 1 when they share all, 0 when none.
    public static double Score(string a, string b) => Score(Words(a), Words(b));

    public static double Score(IReadOnlyList<string> x, IReadOnlyList<string> y)
    {
        if (x.Count == 0 || y.Count == 0) return 0;
        var shared = x.Count(y.Contains);
        return 2.0 * shared / (x.Count + y.Count);
    }
}
