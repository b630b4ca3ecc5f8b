using System.Text.RegularExpressions;

namespace ArticleReader.Claims;

// Rule-based reading of one sentence: type, speaker, hedge, quantities, time references, and the
// cues that explain every decision. Pure and allocation-light: it runs on every sentence at ingest.
public static partial class ClaimAnalyzer
{
    // A quoted passage needs this many words to count as speech; shorter ones are scare quotes ("annex").
    public const int MinSpeechQuoteWords = 3;

    // matches “If they’re co-belligerents ...” and "negotiations", or a quote left open at the sentence end
    [GeneratedRegex(@"“[^“”]*(?:”|$)|""[^""]*(?:""|$)", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedPassage();

    // matches "Is", "Do", "What", "Why" opening a question clause
    [GeneratedRegex(@"^(?:(?:so|but|and|then|yet|or)\b[\s,]*)?(?:is|are|was|were|do|does|did|can|could|would|will|should|shall|may|might|must|have|has|had|what|why|how|who|whom|whose|where|when|which|isn[’']t|aren[’']t|don[’']t|doesn[’']t|didn[’']t|won[’']t|wouldn[’']t|can[’']t|couldn[’']t|shouldn[’']t)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuestionOpening();

    public static ClaimAnalysis Analyze(string sentence, ClaimContext context)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        context ??= ClaimContext.Empty;
        var cues = new List<string>(8);

        var times = TimeReferenceExtractor.Extract(sentence, context);
        var quantities = QuantityExtractor.Extract(sentence, times);
        var quotes = QuoteSpans(sentence);
        var speech = quotes.Where(q => WordCount(q.Text) >= MinSpeechQuoteWords).ToList();
        var question = IsQuestion(sentence);

        var matched = new bool[ClaimTypes.All.Count];
        void Vote(string type, string cue)
        {
            matched[ClaimTypes.Rank(type)] = true;
            cues.Add(cue);
        }

        // Speaker and the attributed types.
        string? speaker = context.ArticleAuthor;
        TextSpan? speakerSpan = null;
        var speakerSource = SpeakerSources.Author;
        var attribution = SpeakerAttribution.Find(sentence, speech);
        if (attribution is { Unnamed: true })
            Vote(ClaimTypes.Reported, $"type:reported via '{attribution.Verb}' (source not named; the speaker stays the author)");
        else if (attribution is { FirstPerson: true })
            cues.Add($"speaker:author via first person '{attribution.Speaker!.Text} {attribution.Verb}'");
        else if (attribution?.Speaker is { } span)
        {
            speaker = span.Text;
            speakerSpan = span;
            if (speech.Count > 0)
            {
                speakerSource = SpeakerSources.Quote;
                Vote(ClaimTypes.Quote, $"type:quote via quoted speech '{Clip(speech[0].Text)}'");
            }
            else
            {
                speakerSource = SpeakerSources.Reported;
                Vote(ClaimTypes.Reported, $"type:reported via '{attribution.Verb}'");
            }
            cues.Add($"speaker:{speakerSource} via {attribution.Rule} '{span.Text}' ({attribution.Verb})" +
                     (IsPronoun(span.Text) ? " [pronoun: resolve from the previous sentence]" : ""));
        }
        if (speakerSource == SpeakerSources.Author && speech.Count > 0)
            cues.Add($"quote:unattributed quoted passage '{Clip(speech[0].Text)}' (not counted as a quote)");
        if (speakerSource == SpeakerSources.Author)
            cues.Add(speaker is null ? "speaker:unknown author" : $"speaker:author '{speaker}' (default)");

        foreach (var q in quantities)
            if (!q.IsModifier)
                Vote(ClaimTypes.Statistic, $"type:statistic via quantity '{q.Text}'");
        foreach (var t in times)
            if (t.IsFuture)
                Vote(ClaimTypes.Prediction, $"type:prediction via future time '{t.Text}'" + (t.Resolved is null ? "" : $" ({t.Resolved})"));

        foreach (var rule in ClaimCueRules.TypeRules)
        {
            if (!rule.MayMatch(sentence)) continue;
            var m = rule.Pattern.Match(sentence);
            while (m.Success && IsExempt(rule, m, sentence, question)) m = m.NextMatch();
            if (m.Success) Vote(rule.Outcome, $"type:{rule.Outcome} via '{Clip(m.Value)}' ({rule.Name})");
        }
        foreach (var q in quotes)
            if (WordCount(q.Text) < MinSpeechQuoteWords && speakerSource == SpeakerSources.Author)
            {
                Vote(ClaimTypes.Evaluation, $"type:evaluation via scare quotes {q.Text}");
                break;
            }

        // Hedge: the weakest cue wins.
        var hedge = HedgeLevels.Certain;
        var hedged = false;
        foreach (var rule in ClaimCueRules.HedgeRules)
        {
            var m = rule.Pattern.Match(sentence);
            if (!m.Success) continue;
            cues.Add($"hedge:{rule.Outcome} via '{Clip(m.Value)}' ({rule.Name})");
            hedge = hedged ? HedgeLevels.Weaker(hedge, rule.Outcome) : rule.Outcome;
            hedged = true;
        }
        if (!hedged) cues.Add("hedge:certain (default: no hedge cue)");

        // Type by precedence; a question asserts nothing unless it is someone's quoted speech.
        var types = new List<string>(4);
        for (var i = 0; i < matched.Length; i++)
            if (matched[i]) types.Add(ClaimTypes.All[i]);
        string type;
        if (question && !matched[ClaimTypes.Rank(ClaimTypes.Quote)])
        {
            type = ClaimTypes.None;
            cues.Add("type:none via question form (a question is not an asserted claim)");
        }
        else
        {
            type = types.Count > 0 ? types[0] : ClaimTypes.None;
            cues.Add(types.Count switch
            {
                0 => "type:none (no rule fired)",
                1 => $"type:{type} (only type that fired)",
                _ => $"type:{type} chosen by precedence over {string.Join(", ", types.Skip(1))}",
            });
        }

        return new ClaimAnalysis(type, types, speaker, speakerSpan, speakerSource, hedge, quantities, times, quotes, cues);
    }

    static bool IsExempt(CueRule rule, Match m, string sentence, bool question)
    {
        // "Should Ukraine finally lose this war, ..." is a conditional, not advice.
        if (rule.Outcome == ClaimTypes.Recommendation && m.Value.Equals("Should", StringComparison.Ordinal) &&
            FirstWordIndex(sentence) == m.Index && !question)
            return true;
        return false;
    }

    static int FirstWordIndex(string s)
    {
        for (var i = 0; i < s.Length; i++)
            if (char.IsLetterOrDigit(s[i])) return i;
        return -1;
    }

    static IReadOnlyList<TextSpan> QuoteSpans(string s)
    {
        List<TextSpan>? list = null;
        // A sentence that starts inside a quotation: text before a first closing mark with no opening mark.
        var close = s.IndexOf('”');
        var open = s.IndexOf('“');
        if (close >= 0 && (open < 0 || close < open))
            (list ??= []).Add(new TextSpan(s[..(close + 1)], 0, close + 1));
        var from = list is null ? 0 : close + 1;
        foreach (Match m in QuotedPassage().Matches(s, from))
            (list ??= []).Add(new TextSpan(m.Value, m.Index, m.Index + m.Length));
        return list ?? (IReadOnlyList<TextSpan>)[];
    }

    static bool IsQuestion(string s)
    {
        var end = s.Length;
        while (end > 0 && (char.IsWhiteSpace(s[end - 1]) || s[end - 1] is '”' or '"' or '’' or ')')) end--;
        if (end == 0 || s[end - 1] != '?') return false;
        var start = FirstWordIndex(s);
        if (start < 0) return false;
        if (QuestionOpening().IsMatch(s.AsSpan(start))) return true;
        // "So, if Musk’s plan won’t bring peace ..., what is the future course of this war?"
        var lastComma = s.LastIndexOf(',', end - 1);
        return lastComma > 0 && QuestionOpening().IsMatch(s.AsSpan(lastComma + 1).TrimStart());
    }

    static int WordCount(string s)
    {
        var n = 0;
        var inWord = false;
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c)) { if (!inWord) n++; inWord = true; }
            else if (c is not ('’' or '\'' or '-')) inWord = false;
        }
        return n;
    }

    static bool IsPronoun(string s) => s.ToLowerInvariant() is "he" or "she" or "they" or "it" or "him" or "her" or "them";

    static string Clip(string s) => s.Length <= 60 ? s : s[..57] + "...";
}
