using System.Globalization;
using System.Text;
using ArticleReader.Text;

namespace ArticleReader.Search;

// One run of text from FTS5's snippet() or highlight(): Match is true for the words the query matched.
public sealed record SnippetPart(string Text, bool Match);

// The small text rules the search index shares with its callers: how words are cut and folded for the
// vocabulary (close to FTS5's unicode61 tokenizer with remove_diacritics), trigrams for "did you mean",
// and reading FTS5 output that marks matches with two private-use characters.
public static class SearchText
{
    // FTS5 snippet()/highlight() are asked to mark matches with these; the text between them is the match.
    public const char Open = '\uE000';
    public const char Close = '\uE001';
    public const string OpenSql = "char(57344)";   // the same characters, written in SQL
    public const string CloseSql = "char(57345)";

    public const int MinTermLength = 3;   // a trigram needs three characters
    public const int MaxTermLength = 40;  // longer runs are identifiers or garbage, not words to suggest

    // Runs of letters and digits, as unicode61 cuts them: "Zelensky’s drones" -> "Zelensky", "s", "drones".
    public static IEnumerable<TextSpan> Words(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsWordChar(text, i)) i++;
            var start = i;
            while (i < text.Length && IsWordChar(text, i)) i += char.IsSurrogatePair(text, i) ? 2 : 1;
            if (i > start) yield return new TextSpan(start, i);
        }
    }

    static bool IsWordChar(string text, int i)
    {
        if (char.IsSurrogatePair(text, i)) return char.IsLetterOrDigit(text, i);
        var c = text[i];
        // Combining marks inside a word ("é" written as e + U+0301) belong to it, as in unicode61.
        return char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark && i > 0 && char.IsLetter(text[i - 1]);
    }

    // Lower case without diacritics, as remove_diacritics folds them: "Café" -> "cafe", "Łódź" -> "łodz" (Ł has no
    // decomposition). A table, because normalization is not available with invariant globalization.
    const string Accented = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżžơưǎǐǒǔǖǘǚǜǟǡǧǩǫǭǰǵǹǻȁȃȅȇȉȋȍȏȑȓȕȗșțȟȧȩȫȭȯȱȳ";
    const string Plain = "aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzzouaiouuuuuaagkoojgnaaaeeiioorruusthaeooooy";

    public static string Fold(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.All(c => c < 128)) return lower;
        var builder = new StringBuilder(lower.Length);
        foreach (var c in lower)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue; // a combining accent
            var at = Accented.IndexOf(c);
            builder.Append(at >= 0 ? Plain[at] : c);
        }
        return builder.ToString();
    }

    // The distinct folded words of a text worth keeping in the vocabulary.
    public static IEnumerable<string> VocabularyTerms(string text) =>
        Words(text).Select(w => Fold(w.Slice(text))).Where(t => t.Length is >= MinTermLength and <= MaxTermLength && !t.All(char.IsDigit));

    // The FTS5 expression that finds words sharing trigrams with a folded word: "pokrovks" ->
    // "pok" OR "okr" OR "kro" OR "rov" OR "ovk" OR "vks". Null when the word is too short to have one.
    public static string? TrigramQuery(string folded)
    {
        if (folded.Length < MinTermLength) return null;
        var grams = new List<string>();
        for (var i = 0; i + 3 <= folded.Length; i++)
        {
            var gram = folded.Substring(i, 3);
            if (!grams.Contains(gram)) grams.Add(gram);
        }
        return string.Join(" OR ", grams.Select(FtsQuery.Quote));
    }

    // The closest vocabulary word to a typed one: at most one edit for short words and two for longer ones
    // ("pokrovks" -> "pokrovsk"), else a word that contains what was typed ("krovsk" -> "pokrovsk").
    // Candidates come best-first from the trigram index; ties keep that order.
    public static string? ClosestTerm(string typed, IEnumerable<string> candidates)
    {
        var folded = Fold(typed);
        string? best = null;
        var bestScore = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (candidate == folded) continue;
            var distance = Suggestions.Distance(folded, candidate);
            var allowed = folded.Length <= 4 ? 1 : 2;
            int score;
            if (distance <= allowed) score = distance;
            else if (folded.Length >= 4 && candidate.Contains(folded, StringComparison.Ordinal)) score = allowed + 1;
            else continue;
            if (score < bestScore) { best = candidate; bestScore = score; }
        }
        return best;
    }

    // The suggestion written the way the user wrote the word: "Pokrovks" -> "Pokrovsk", "POKROVKS" -> "POKROVSK".
    public static string MatchCase(string typed, string suggestion)
    {
        if (typed.Length > 1 && typed.Where(char.IsLetter).All(char.IsUpper)) return suggestion.ToUpperInvariant();
        if (typed.Length > 0 && char.IsUpper(typed[0])) return char.ToUpperInvariant(suggestion[0]) + suggestion[1..];
        return suggestion;
    }

    // FTS5 output with Open/Close markers as parts. Stray markers (the stored text could contain one) are
    // dropped and an unclosed match ends with the text, so the parts are always well-formed.
    public static IReadOnlyList<SnippetPart> Parts(string? marked)
    {
        var parts = new List<SnippetPart>();
        if (string.IsNullOrEmpty(marked)) return parts;
        var current = new StringBuilder();
        var inMatch = false;
        void Flush()
        {
            if (current.Length > 0) parts.Add(new SnippetPart(current.ToString(), inMatch));
            current.Clear();
        }
        foreach (var c in marked)
        {
            if (c == Open && !inMatch) { Flush(); inMatch = true; }
            else if (c == Close && inMatch) { Flush(); inMatch = false; }
            else if (c is not (Open or Close)) current.Append(c);
        }
        Flush();
        return parts;
    }

    // The matched ranges of highlight() output as offsets into the original text, or null when the marked
    // text is not the original with markers added (then nothing is marked rather than the wrong words).
    public static IReadOnlyList<(int Start, int End)>? MatchRanges(string marked, string original)
    {
        var ranges = new List<(int, int)>();
        var at = 0;
        foreach (var part in Parts(marked))
        {
            if (string.CompareOrdinal(original, at, part.Text, 0, part.Text.Length) != 0 || at + part.Text.Length > original.Length) return null;
            if (part.Match) ranges.Add((at, at + part.Text.Length));
            at += part.Text.Length;
        }
        return at == original.Length ? ranges : null;
    }

    // The start of a text for a hit that has no query words to centre on (a filter-only search).
    public static string Lead(string text, int maxChars = 220)
    {
        if (text.Length <= maxChars) return text;
        var cut = text.LastIndexOf(' ', maxChars);
        return text[..(cut > maxChars / 2 ? cut : maxChars)] + "…";
    }
}
