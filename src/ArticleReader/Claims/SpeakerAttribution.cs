using System.Text.RegularExpressions;

namespace ArticleReader.Claims;

// Who said a sentence, when the sentence says so. Rules are tried in order; the first that yields a
// speaker wins. The speaker span is the raw text ("Austin", "one of the commanders", "U.S."); turning
// it into an entity is the EntityResolver's job.
internal static partial class SpeakerAttribution
{
    public sealed record Attribution(TextSpan? Speaker, string Rule, string Verb, bool FirstPerson, bool Unnamed);

    // Verbs of saying and believing that attribute a statement to their subject.
    const string SpeechVerb =
        "said|says|say|told|tells|tell|wrote|writes|write|added|adds|noted|notes|responded|responds|replied|replies|" +
        "repeated|repeats|explained|explains|argued|argues|argue|claimed|claims|claim|insisted|insists|insist|warned|warns|warn|" +
        "estimated|estimates|estimate|reported|reports|believes|believe|believed|thinks|think|thought|suggested|suggests|suggest|" +
        "asserted|asserts|assert|acknowledged|acknowledges|admitted|admits|admit|opined|opines|recounted|recounts|described|describes|" +
        "announced|announces|declared|declares|stated|predicted|predicts|contended|contends|maintained|maintains|asked|asks|" +
        "conceded|concedes|confirmed|confirms|denied|denies|alleged|alleges|concluded|concludes|observed|observes|testified|" +
        "vowed|promised|boasted|complained|cautioned|emphasized|stressed|show|shows|showed|put\\s+it|puts\\s+it|pointed\\s+out|points\\s+out";

    const string Opening = "[“\"]";

    // Single words of SpeechVerb ("put it" -> "put"), for a cheap test before the attribution patterns:
    // a sentence without any of them cannot match one.
    static readonly HashSet<string> SpeechVerbWords = new(
        SpeechVerb.Replace("\\s+", " ", StringComparison.Ordinal).Split('|').Select(v => v.Split(' ')[0]).Append("telling"),
        StringComparer.Ordinal);
    static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbLookup = SpeechVerbWords.GetAlternateLookup<ReadOnlySpan<char>>();

    static bool HasSpeechVerb(string s)
    {
        var span = s.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && !char.IsAsciiLetterLower(span[i])) i++;
            var start = i;
            while (i < span.Length && char.IsAsciiLetter(span[i])) i++;
            if (i > start && (start == 0 || !char.IsLetter(span[start - 1])) && SpeechVerbLookup.Contains(span[start..i])) return true;
        }
        return false;
    }

    // matches "” Austin said", "” McMaster said to Goldberg", "” she wrote", "” another member of the team put it"
    [GeneratedRegex(@"\G\s*(?:—\s*)?(?<sp>(?-i:he|she|they|I|we|[\p{Lu}][\p{L}’'.\-]*(?:\s+(?:[\p{Lu}][\p{L}’'.\-]*|de|van|von|al|bin)){0,4})|(?:the|a|an|one|another)\s+[\p{L}’' ]{1,40}?)\s+(?:(?:also|then|later|once|simply|quietly|recently|has|had)\s+)?(?<v>" + SpeechVerb + @")\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex AfterQuote();

    // matches "” said Austin", "” writes Tibon"
    [GeneratedRegex(@"\G\s*(?<v>said|says|writes|wrote|asked|added|continued)\s+(?<sp>[\p{Lu}][\p{L}’'.\-]*(?:\s+[\p{Lu}][\p{L}’'.\-]*){0,3})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex AfterQuoteInverted();

    // matches "responded, “", "said to Goldberg, “", "put it in that story: “", "says—“", "telling Russian troops ... that “"
    [GeneratedRegex(@"\b(?<v>" + SpeechVerb + @"|telling)\b(?:\s+[\p{L}’'.]+){0,8}?\s*(?:[,:—]|\s+that)\s*" + Opening, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex BeforeQuote();

    // matches "According to one of the commanders," and "according to a recent Reuters report,"
    [GeneratedRegex(@"\b[Aa]ccording\s+to\s+(?<sp>(?:[^,;:!?—.“”""()]|(?<=\b\p{Lu})\.){2,80}?)(?=\s*(?:[,;:!?—.“”""()]|$))", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex AccordingTo();

    // Compiled rather than source-generated, like Parenthetical below: the generated matcher is a 10,000-instruction
    // method full of loops, which the tiered JIT compiled dozens of times (once per hot loop) during a long ingest;
    // a compiled regex is a dynamic method, compiled once, fully optimised. Matching is the same engine.
    const RegexOptions CompiledOnce = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;

    // matches ", the U.S. estimates." at the end of a sentence
    static readonly Regex TrailingPattern = new(@",\s*(?<sp>(?:[^,;:!?—.“”""()]|(?<=\b\p{Lu})\.){2,60}?)\s+(?<v>" + SpeechVerb + @")\s*[.!?]?[”""]?\s*$", CompiledOnce);
    private static Regex Trailing() => TrailingPattern;

    // matches ", Ukrainians tell me," and ", Woodward noted," and "(most of whom, polls show, want"
    static readonly Regex ParentheticalPattern = new(@"(?:^|[,(—]\s*)(?<sp>(?:[^,;:!?—.“”""()]|(?<=\b\p{Lu})\.){2,60}?)\s+(?<v>" + SpeechVerb + @")(?:\s+(?:me|us|him|her|them|reporters))?\s*[,—]", CompiledOnce);
    private static Regex Parenthetical() => ParentheticalPattern;

    // matches "Schake thinks that", "she noted that", "She admitted, however, that", "suggested to The New York Times that", "acknowledged what"
    [GeneratedRegex(@"(?<![\p{L}])(?<!\bto\s)(?<v>" + SpeechVerb + @")\b(?:,\s*[\p{L}]+,)?(?:\s+(?:to\s+)?(?:me|us|him|her|them|reporters|[\p{Lu}][\p{L}.’']*(?:\s+[\p{Lu}][\p{L}.’']*){0,3}))?\s+(?:that|what|how|whether|why)\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ThatClause();

    // matches "reportedly", "is said to", "was said to have", "reports suggest"
    [GeneratedRegex(@"\b(?:reportedly|allegedly|(?:is|are|was|were)\s+(?:said|reported|believed|thought)\s+to\b|it\s+is\s+(?:said|reported|believed)\s+that)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnnamedSource();

    static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "whenever", "if", "when", "because", "since", "while", "although", "though", "unless", "that", "who", "which", "whom",
        "whether", "where", "what", "how", "why", "once", "until", "before", "after", "whose",
    };

    static readonly HashSet<string> LeadingConnectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "but", "and", "so", "yet", "still", "meanwhile", "then", "however", "indeed", "also", "now", "instead", "moreover",
        "thus", "as", "or", "nor", "even", "plus",
    };

    static readonly HashSet<string> TrailingFillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "also", "then", "later", "once", "still", "even", "already", "now", "never", "always", "often",
        "just", "again", "too", "herself", "himself", "themselves", "itself", "did", "does", "do", "will", "would", "may", "might",
        "was", "were", "is", "are", "been", "being", "not",
    };

    static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "it", "we", "i", "you" };
    static readonly HashSet<string> FirstPerson = new(StringComparer.OrdinalIgnoreCase) { "i", "we" };

    // Determiners that cannot be a subject on their own ("some" and "many" can: "Some argue that").
    static readonly HashSet<string> BareDeterminers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those", "every", "each", "any", "other",
        "another", "one",
    };

    static readonly HashSet<string> ListStoppers = new(StringComparer.OrdinalIgnoreCase)
    {
        "each", "every", "in", "on", "at", "for", "after", "before", "when", "since", "during", "last", "this", "that", "then",
        "meanwhile", "however", "earlier", "later", "recently", "now", "still", "yet", "but", "so", "if", "while", "although",
    };

    static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "one", "another", "some", "many", "most", "several", "other", "his", "her", "their", "its", "our",
        "two", "three", "few", "all", "both", "each", "every", "any", "these", "those", "this", "that",
    };

    // quoteSpans: quoted passages long enough to be speech (not scare quotes).
    public static Attribution? Find(string s, IReadOnlyList<TextSpan> quoteSpans)
    {
        var according = AccordingTo().Match(s);
        if (!HasSpeechVerb(s))
        {
            if (according.Success && Clean(s, according.Groups["sp"].Index, according.Groups["sp"].Index + according.Groups["sp"].Length, allowLong: true) is { } only)
                return Make(s, only, "according to", "according to");
            var unnamedOnly = UnnamedSource().Match(s);
            return unnamedOnly.Success ? new Attribution(null, "unnamed source", unnamedOnly.Value, false, true) : null;
        }

        foreach (var q in quoteSpans)
        {
            if (q.End >= s.Length && q.Text[^1] is not ('”' or '"')) continue;
            var m = AfterQuote().Match(s, q.End);
            if (m.Success)
            {
                var sp = Clean(s, m.Groups["sp"].Index, m.Groups["sp"].Index + m.Groups["sp"].Length, allowLong: false);
                if (sp is not null) return Make(s, sp.Value, "quote attribution after the quote", m.Groups["v"].Value);
            }
            m = AfterQuoteInverted().Match(s, q.End);
            if (m.Success)
                return Make(s, (m.Groups["sp"].Index, m.Groups["sp"].Index + m.Groups["sp"].Length), "quote attribution after the quote (inverted)", m.Groups["v"].Value);
        }

        if (quoteSpans.Count > 0)
        {
            foreach (Match m in BeforeQuote().Matches(s))
            {
                var v = m.Groups["v"];
                var sp = SubjectBefore(s, v.Index);
                if (sp is not null) return Make(s, sp.Value, "quote attribution before the quote", v.Value);
            }
        }

        if (according.Success)
        {
            var sp = Clean(s, according.Groups["sp"].Index, according.Groups["sp"].Index + according.Groups["sp"].Length, allowLong: true);
            if (sp is not null) return Make(s, sp.Value, "according to", "according to");
        }

        var trailing = Trailing().Match(s);
        if (trailing.Success)
        {
            var sp = Clean(s, trailing.Groups["sp"].Index, trailing.Groups["sp"].Index + trailing.Groups["sp"].Length, allowLong: false);
            if (sp is not null) return Make(s, sp.Value, "attribution at the end of the sentence", trailing.Groups["v"].Value);
        }

        foreach (Match m in Parenthetical().Matches(s))
        {
            var sp = Clean(s, m.Groups["sp"].Index, m.Groups["sp"].Index + m.Groups["sp"].Length, allowLong: false);
            if (sp is not null) return Make(s, sp.Value, "parenthetical attribution", m.Groups["v"].Value);
        }

        foreach (Match m in ThatClause().Matches(s))
        {
            var v = m.Groups["v"];
            // "It does show how ..." is evidence, not attribution; "polls show that" is.
            if (v.Value.StartsWith("show", StringComparison.Ordinal) && !m.Value.EndsWith("that", StringComparison.Ordinal)) continue;
            var sp = SubjectBefore(s, v.Index);
            if (sp is not null) return Make(s, sp.Value, "attribution verb with a that-clause", v.Value);
        }

        var unnamed = UnnamedSource().Match(s);
        if (unnamed.Success) return new Attribution(null, "unnamed source", unnamed.Value, false, true);
        return null;
    }

    static Attribution Make(string s, (int Start, int End) span, string rule, string verb)
    {
        var text = s[span.Start..span.End];
        return new Attribution(new TextSpan(text, span.Start, span.End), rule, Collapse(verb), FirstPerson.Contains(text), false);
    }

    static string Collapse(string v) => string.Join(' ', v.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // The subject of the clause that ends at verbStart: the text back to the previous clause boundary.
    static (int Start, int End)? SubjectBefore(string s, int verbStart)
    {
        var end = verbStart;
        while (end > 0 && char.IsWhiteSpace(s[end - 1])) end--;
        var start = ClauseStart(s, end);
        if (start >= end)
        {
            // The verb follows an appositive: "Oleksandr Kamyshin, Ukraine’s minister of strategic industries, says".
            if (end > 0 && s[end - 1] == ',')
            {
                var appositiveEnd = end - 1;
                var appositiveStart = ClauseStart(s, appositiveEnd);
                if (appositiveStart > 0 && s[appositiveStart - 1] == ',')
                {
                    var nameEnd = appositiveStart - 1;
                    var nameStart = ClauseStart(s, nameEnd);
                    var name = Clean(s, nameStart, nameEnd, allowLong: false);
                    if (name is { } n && char.IsUpper(s[n.Start])) return n;
                }
                return Clean(s, appositiveStart, appositiveEnd, allowLong: false);
            }
            return null;
        }
        // "officials in the U.S., Germany, and other Western powers argued": the subject is the whole list.
        var firstWord = FirstWord(s, start, end);
        if (firstWord is "and" or "or" && start > 0 && s[start - 1] == ',')
        {
            var listStart = start;
            while (listStart > 0 && s[listStart - 1] == ',')
            {
                var prev = ClauseStart(s, listStart - 1);
                var prevFirst = FirstWord(s, prev, listStart - 1);
                if (prevFirst is null || ListStoppers.Contains(prevFirst) || Words(s, prev, listStart - 1).Count > 5) break;
                listStart = prev;
            }
            if (listStart < start) return Clean(s, listStart, end, allowLong: true);
        }
        return Clean(s, start, end, allowLong: false);
    }

    static string? FirstWord(string s, int start, int end)
    {
        var w = Words(s, start, end);
        return w.Count == 0 ? null : s[w[0].Start..w[0].End].ToLowerInvariant();
    }

    static int ClauseStart(string s, int end)
    {
        var i = end;
        while (i > 0)
        {
            var c = s[i - 1];
            if (c is ',' or ';' or ':' or '—' or '–' or '(' or ')' or '“' or '”' or '"' or '[' or ']') break;
            if (c is '.' or '!' or '?' && i < s.Length && i >= 2 && !char.IsUpper(s[i - 2]) && char.IsWhiteSpace(s[i])) break;
            i--;
        }
        return i;
    }

    // Trim a candidate speaker to a noun phrase, or reject it.
    static (int Start, int End)? Clean(string s, int start, int end, bool allowLong)
    {
        var words = Words(s, start, end);
        if (words.Count == 0) return null;

        var first = 0;
        while (first < words.Count && LeadingConnectives.Contains(Text(s, words[first]))) first++;
        // A subordinator anywhere before the verb puts the verb in a subordinate clause ("whenever he believes").
        // After "according to", a subordinator just ends the phrase ("officials who spoke ...").
        var last = words.Count - 1;
        for (var k = first; k <= last; k++)
        {
            if (!Subordinators.Contains(Text(s, words[k]))) continue;
            if (!allowLong || k == first) return null;
            last = k - 1;
            break;
        }
        while (last >= first && (TrailingFillers.Contains(Text(s, words[last])) || IsAdverb(Text(s, words[last])))) last--;
        if (last < first) return null;

        var firstWord = Text(s, words[first]);
        var count = last - first + 1;
        if (count > (allowLong ? 10 : 7))
        {
            // Keep a leading pronoun or capitalised name from a long clause ("he met Bob Woodward ... and said").
            if (Pronouns.Contains(firstWord)) return (words[first].Start, words[first].End);
            return null;
        }

        // Accept pronouns, capitalised names, determiner phrases ("one of the commanders") and bare plurals ("officials").
        var acceptable = Pronouns.Contains(firstWord) || char.IsUpper(firstWord[0]) || Determiners.Contains(firstWord) ||
                         (count <= 2 && Text(s, words[last]).EndsWith('s')) || firstWord.EndsWith('s'); // "officials in the U.S. ..."
        if (!acceptable) return null;
        if (count == 1 && BareDeterminers.Contains(firstWord)) return null;

        // "the U.S." -> "U.S.", "the Kremlin" -> "Kremlin"; "the British government" keeps its article.
        if (firstWord.Equals("the", StringComparison.OrdinalIgnoreCase) && count > 1)
        {
            var allCapitalised = true;
            for (var k = first + 1; k <= last; k++)
                if (!char.IsUpper(s[words[k].Start])) { allCapitalised = false; break; }
            if (allCapitalised) first++;
        }
        return (words[first].Start, words[last].End);
    }

    static bool IsAdverb(string w) =>
        w.Length > 4 && w.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(w[0]) && w is not ("family" or "ally" or "rally" or "italy");

    static string Text(string s, (int Start, int End) w) => s[w.Start..w.End];

    static List<(int Start, int End)> Words(string s, int start, int end)
    {
        var list = new List<(int, int)>(8);
        var i = start;
        while (i < end)
        {
            while (i < end && !IsWordChar(s[i])) i++;
            if (i >= end) break;
            var ws = i;
            while (i < end && (IsWordChar(s[i]) || (s[i] is '.' or '-' or '’' or '\'' && i + 1 <= end && (i + 1 == end || IsWordChar(s[i + 1]) || s[i] == '.'))))
                i++;
            var we = i;
            // A trailing period belongs to the word only for initials and abbreviations ("U.S.", "A.").
            if (we > ws && s[we - 1] == '.' && !(we - ws >= 2 && char.IsUpper(s[we - 2]) && (we - ws == 2 || s[ws..(we - 1)].Contains('.'))))
                we--;
            if (we > ws) list.Add((ws, we));
        }
        return list;
    }

    static bool IsWordChar(char c) => char.IsLetterOrDigit(c);
}
