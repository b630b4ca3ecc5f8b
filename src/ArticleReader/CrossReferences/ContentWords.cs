using System.Text.RegularExpressions;

namespace ArticleReader.CrossReferences;

// A content word of a claim: Text == input[Start..End]; Stem is what claims are compared by.
public sealed record ContentWord(string Text, int Start, int End, string Stem);

// The words that carry what a claim is about: letters only (numbers are compared as quantities), possessives
// and function words dropped, stemmed so that "negotiations" meets "negotiate".
public static partial class ContentWords
{
    // matches "Zelensky’s" (as "Zelensky"), "cease" and "fire" in "cease-fire", "don’t" as one word
    [GeneratedRegex(@"\p{L}+(?:['’]\p{L}+)*")]
    private static partial Regex Word();

    // matches the possessive of "Russia’s" and "Ukraine's"
    [GeneratedRegex(@"['’]s$", RegexOptions.IgnoreCase)]
    private static partial Regex Possessive();

    // Function words, reporting verbs and hedges: present in most claims, they say nothing of what one is about.
    public static readonly IReadOnlySet<string> StopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "almost", "also", "although", "am", "among", "an", "and", "another",
        "any", "are", "aren't", "around", "as", "at", "be", "became", "because", "become", "been", "before", "being", "below",
        "between", "both", "but", "by", "can", "can't", "cannot", "could", "couldn't", "did", "didn't", "do", "does", "doesn't",
        "doing", "don't", "down", "during", "each", "either", "else", "even", "ever", "every", "few", "for", "from", "further",
        "had", "hadn't", "has", "hasn't", "have", "haven't", "having", "he", "her", "here", "hers", "herself", "him", "himself",
        "his", "how", "however", "i", "if", "in", "into", "is", "isn't", "it", "it's", "its", "itself", "just", "least", "less",
        "let", "like", "many", "may", "me", "might", "more", "most", "much", "must", "my", "myself", "neither", "never", "no",
        "nor", "not", "now", "of", "off", "often", "on", "once", "one", "only", "or", "other", "others", "our", "ours",
        "ourselves", "out", "over", "own", "perhaps", "quite", "rather", "really", "same", "say", "said", "says", "saying", "see",
        "seem", "seems", "shall", "she", "should", "shouldn't", "since", "so", "some", "still", "such", "than", "that", "that's",
        "the", "their", "theirs", "them", "themselves", "then", "there", "there's", "these", "they", "they're", "this", "those",
        "though", "through", "thus", "to", "too", "under", "until", "up", "upon", "us", "very", "was", "wasn't", "we", "were",
        "weren't", "what", "whatever", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with",
        "within", "without", "won't", "would", "wouldn't", "yet", "you", "your", "yours", "yourself", "yourselves",
        "already", "always", "anything", "everything", "nothing", "something", "someone", "anyone", "everyone", "instead",
        "indeed", "mr", "ms", "mrs", "yes", "get", "got", "go", "going", "gone", "make", "made", "makes", "put", "take", "took",
        "way", "ways", "thing", "things", "lot", "well", "back", "far", "enough", "whole",
        "likely", "unlikely", "nearly", "roughly", "approximately", "mostly", "largely", "partly", "probably", "possibly", "apparently", "surely", "clearly", "certainly", "simply", "actually",
        "want", "wants", "wanted", "keep", "keeps", "kept", "come", "comes", "came", "give", "gives", "gave", "given",
        "know", "knows", "knew", "known", "think", "thinks", "thought", "tell", "tells", "told", "seemed", "use", "used",
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first", "second", "last", "next",
    };

    // matches what may separate the two words of a phrase: "peace plan", "cease-fire", "Russia’s army"
    [GeneratedRegex(@"^(?:['’]s)?[\s\-‐–]*$")]
    private static partial Regex PhraseGap();

    // Two content words with nothing but space, a hyphen or a possessive between them, as "peace plan":
    // a phrase says more than its words apart. Names ("United States") are left to entity resolution, so a
    // phrase starts with a lower-case word. Text == input[Start..End]; Stem is the two stems.
    public static IReadOnlyList<ContentWord> Phrases(string text, IReadOnlyList<ContentWord> words)
    {
        var phrases = new List<ContentWord>();
        for (var i = 1; i < words.Count; i++)
        {
            var (a, b) = (words[i - 1], words[i]);
            if (char.IsLower(a.Text[0]) && PhraseGap().IsMatch(text.AsSpan(a.End, b.Start - a.End)))
                phrases.Add(new ContentWord(text[a.Start..b.End], a.Start, b.End, a.Stem + " " + b.Stem));
        }
        return phrases;
    }

    public static IReadOnlyList<ContentWord> Of(string text)
    {
        var words = new List<ContentWord>();
        foreach (Match m in Word().Matches(text))
        {
            var start = m.Index;
            var end = m.Index + m.Length;
            if (Possessive().Match(m.Value) is { Success: true } p) end = start + p.Index;
            var surface = text[start..end];
            var lower = surface.ToLowerInvariant().Replace('’', '\'');
            if (lower.Length < 2 || StopWords.Contains(lower)) continue;
            // Stemming works on letters a-z; an inner apostrophe ("o'brien") is kept out of the stem's way.
            words.Add(new ContentWord(surface, start, end, PorterStemmer.Stem(lower.Replace("'", ""))));
        }
        return words;
    }
}
