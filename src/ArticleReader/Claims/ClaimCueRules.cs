using System.Buffers;
using System.Text.RegularExpressions;

namespace ArticleReader.Claims;

// A lexical rule that votes for a claim type or a hedge level. Example is a seed phrase the rule matches
// (each example is a test row in ClaimCueRulesTests).
public sealed record CueRule(string Name, string Outcome, Regex Pattern, string Example)
{
    private readonly SearchValues<string>? _required;
    private readonly bool _ignoreCase;

    // Words one of which every match of the pattern contains. A sentence holding none of them cannot match,
    // so the pattern is not run on it: most sentences have none, and these patterns were the costliest step
    // of ingest. Compared case-insensitively when the pattern ignores case.
    public IReadOnlyList<string>? RequiredWords
    {
        get;
        init
        {
            field = value;
            _ignoreCase = Pattern.Options.HasFlag(RegexOptions.IgnoreCase);
            _required = value is null ? null
                : SearchValues.Create([.. value], _ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        }
    }

    // False only when the pattern certainly finds nothing in the text.
    public bool MayMatch(string text) =>
        _required is null || text.AsSpan().IndexOfAny(_required) >= 0
        // Letters the pattern's case-insensitivity equates with k and s (Kelvin sign, long s) but an ordinal
        // case-insensitive search does not.
        || (_ignoreCase && text.AsSpan().IndexOfAny('\u212A', '\u017F') >= 0);
}

public static partial class ClaimCueRules
{
    const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;
    const RegexOptions CaseSensitive = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // Comparative adjectives that are safe to read as comparisons (no "-er" nouns like "officer").
    const string Comparative = "larger|smaller|bigger|richer|poorer|stronger|weaker|greater|higher|lower|better|worse|faster|slower|cheaper|wealthier|deeper|harder|easier|safer|riskier|tougher|smarter|broader|heavier|wider|costlier|deadlier|more\\s+[\\p{L}-]+";
    const string SuperlativeWords = "best|worst|biggest|largest|greatest|smallest|deadliest|finest|smartest|fastest|cleanest|strongest|weakest|highest|lowest|richest|poorest|oldest|longest|safest|hardest|toughest|closest|wealthiest|costliest|bloodiest";
    const string Superlative = "(?:most|least)\\s+(?!likely\\b|of\\b)[\\p{L}-]+|" + SuperlativeWords;
    const string JudgementWords = @"preposterous|absurd|ridiculous|ludicrous|hollow|shameful|disgraceful|outrageous|reckless|dreadful|egregious|grim|travesty|distraction|infuriating|senseless|sham|phony|harebrained|flippant|unhinged|fascist|brutal|brutality|cruel|cruelty|ugly|horrid|horrendous|horrific|awful|terrible|devastating|heartbreaking|honorable|dishonorable|unhelpful|unfit|mistake|unfounded|deranged|ghastly|gobsmacking|chutzpah|comical|bumbling|belligerent|swaggering|impractical|unreasonable|implausible|unthinkable|depressing|facile|legitimately|illegitimate|humiliating|disastrous|catastrophic|foolish|naive|cynical|incompetent|useless|pointless|meaningless|misguided|dishonest|hypocritical|hypocrisy|shocking|appalling|deplorable|despicable|heroic|courageous|remarkable|extraordinary|alarming|troubling|disturbing|dire|nasty|kudos|rampant|feckless|flimsy|wise|unwise|stupid|silly|insane|laughable|pathetic|grotesque|obscene|monstrous|evil|wicked|noble|scandalous|tragic|farcical|bizarre|hopeless|doomed|unjustified|unfair|unjust|irresponsible|nonsense|shameless|dithered|prevaricated|vacillation|indecision|excuses|existential|valuable|crucial|vital|essential|plausible|reasonable|credible|legitimate|successful|failure|failed|wrong|good\s+bet|good\s+news|worth\s+noting|finest|smartest|dangerous|danger|peril|desperate|desperation|horrors?";
    const string Owner = "(?:the|its|his|her|their|our|my|your|[\\p{L}.]+[’']s)";

    // The literal word each alternative of an alternation starts with: "good\s+bet" -> "good",
    // "horrors?" -> "horror", "more\s+[\p{L}-]+" -> "more". Every match of the alternation contains one.
    internal static string[] HeadWords(string alternation) => [.. alternation.Split('|').Select(alternative =>
    {
        var n = 0;
        while (n < alternative.Length && char.IsLetter(alternative[n])) n++;
        if (n < alternative.Length && alternative[n] is '?' or '*' or '{') n--; // the letter before a quantifier may be absent
        return n > 0 ? alternative[..n] : throw new ArgumentException($"'{alternative}' does not start with a literal word");
    })];

    static readonly string[] SuperlativeHeads = ["most", "least", .. HeadWords(SuperlativeWords)];

    public static readonly IReadOnlyList<CueRule> TypeRules =
    [
        // ---- prediction
        new("modal will", ClaimTypes.Prediction,
            new(@"(?<!\b(?:the|free|political|good|ill|own|his|her|their|its|your|my|our|of)\s)\b(?:will|won[’']t|shall)\b|(?<=\p{L})[’']ll\b", Options),
            "At some point, they will run out of scapegoats."),
        new("going to", ClaimTypes.Prediction,
            new(@"\b(?:is|are|am|[’']s|[’']re|isn[’']t|aren[’']t)\s+(?:not\s+)?going\s+to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|my\b|our\b|your\b|its\b)\p{L}+", Options),
            "any peace discussions in which Trump and Putin are major players are going to be a travesty"),
        new("likely to", ClaimTypes.Prediction,
            new(@"\b(?:is|are|was|were|seems?|appears?)\s+(?:(?:very|most|more|less|quite|highly|virtually|almost|all\s+but)\s+)?(?:likely|unlikely|expected|set|poised|bound|certain|sure|destined|about)\s+to\b", Options),
            "the war is virtually certain to continue into 2026"),
        new("future phrase", ClaimTypes.Prediction,
            new(@"\b(?:in\s+the\s+(?:coming|next)\s+\p{L}+|in\s+the\s+(?:near\s+|distant\s+)?future|from\s+now|by\s+the\s+end\s+of\s+(?:the|this|next)\s+\p{L}+)\b", Options),
            "these new weapons might even change the way that all naval wars are fought in the future"),

        // ---- recommendation
        new("deontic modal", ClaimTypes.Recommendation,
            new(@"\b(?:should|must(?!\s+have\b)|ought\s+to|(?<=\b(?:we|you)\s+(?:really\s+|still\s+|also\s+)?)need\s+to|ha(?:ve|s)\s+to|had\s+better|gotta|let[’']s)\b", Options),
            "The U.S. should respond to North Korea’s involvement"),
        new("it is time to", ClaimTypes.Recommendation,
            new(@"\b(?:it\s+is|it[’']s)\s+(?:high\s+)?(?:time|essential|imperative|necessary|vital|crucial)\s+(?:to|that|for)\b|\bwhy\s+not\b", Options),
            "but why not let that coalition start defending Ukraine"),

        // ---- causal
        new("causal connective", ClaimTypes.Causal,
            new(@"\b(?:because|as\s+a\s+(?:result|consequence)|so\s+that|due\s+to|owing\s+to|therefore|thus|hence|thereby|consequently|and\s+so|which\s+means\s+that|means\s+that|the\s+reason)\b", Options),
            "Labor shortages are rampant, both because the army is eating up eligible men"),
        new("causal verb", ClaimTypes.Causal,
            new(@"\b(?:led|leads?|leading)\s+(?:\p{L}+\s+)?to\b|\b(?:caused?|causes|causing)\b|\bresult(?:s|ed)?\s+in\b|\b(?:arose|arises|stems?|stemmed)\s+from\b|\bfuel(?:ed|ing|led|ling)\b", Options),
            "which led him to install bulletproof glass"),

        // ---- comparison
        new("comparative than", ClaimTypes.Comparison,
            new(@"\b(?:more|less|fewer)\s+(?:[\p{L}-]+\s+){0,3}?than\b(?!\s+(?:[$€£]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:dozen|hundred|thousand|million))\b))|\b(?!rather\b|other\b|fewer\b|over\b|under\b|after\b|either\b|neither\b|whether\b)\p{L}+er\s+than\b|\bthan\s+(?:in\s+)?any\s+other\b|\bthan\s+ever\b", Options),
            "The democratic world remains wealthier and more dynamic than the autocratic world.") { RequiredWords = ["than"] },
        new("comparative adjective", ClaimTypes.Comparison,
            new(@"\b(?:the|a|an|much|far|even|still|and|ever)\s+(?:" + Comparative + @")\b(?!-)|\b(?:" + Comparative + @")\s+and\s+(?:" + Comparative + @")\b", Options),
            "Russia remains the larger and richer country.") { RequiredWords = HeadWords(Comparative) },
        new("scoped superlative", ClaimTypes.Comparison,
            new(@"\b" + Owner + @"\s+(?:" + Superlative + @")\b[^.;:!?]{0,60}?\b(?:in\s+(?:history|the\s+world|the\s+country|the\s+nation|the\s+region|\p{Lu}\p{L}+)|ever\b|of\s+all\b|on\s+earth|of\s+any\b|to\s+date)", CaseSensitive),
            "This is possibly the most successful example of asymmetric warfare in history.") { RequiredWords = SuperlativeHeads },
        new("comparison phrase", ClaimTypes.Comparison,
            new(@"\blike\s+no\s+\p{L}+|\bunlike\b|\bcompared\s+(?:to|with)\b|\bin\s+comparison\b|\bas\s+(?!well\b|long\b|soon\b|much\b|many\b|far\b|if\b|though\b|good\b|a\b|an\b|the\b|to\b|for\b|of\b|in\b|it\b|he\b|she\b|they\b|we\b|I\b|you\b)\p{L}+\s+as\b", Options),
            "This amounts at times to a performance of humanity as desperate as that of the man"),

        // ---- evaluation
        new("judgement word", ClaimTypes.Evaluation,
            new(@"\b(?:" + JudgementWords + @")\b", Options),
            "an idea that may have seemed reasonable at the very start of the war is clearly preposterous today") { RequiredWords = HeadWords(JudgementWords) },
        new("right or wrong", ClaimTypes.Evaluation,
            new(@"\b(?:is|are|was|were|[’']s|[’']re)\s+(?:(?:not|absolutely|quite|so|simply|exactly|entirely)\s+)?(?:right|wrong)\b|\b(?:rightly|wrongly)\b|\bmeans\s+nothing\b|\btantamount\s+to\b|\btoo\s+late\b|\bsounds?\s+(?:hollow|strange|tough)\b", Options),
            "Biden is right to tout the success of the coalition"),
        new("stance adverb", ClaimTypes.Evaluation,
            new(@"\b(?:unfortunately|fortunately|sadly|tragically|regrettably|absurdly|shamefully|ironically|paradoxically|mercifully|thankfully|unsurprisingly|surprisingly|disturbingly|remarkably|astonishingly|mockingly|relentlessly|utterly|darkly|supposedly)\b", Options),
            "Unfortunately for Ukraine, its most important partner isn’t thinking as clearly."),
        new("first-person stance", ClaimTypes.Evaluation,
            new(@"\bI\s+(?:(?:don[’']t|do\s+not|really|strongly|long|also|too)\s+)?(?:think|believe|doubt|understand|suspect|fear|hope|feel|suppose|admire|regret|resisted|agree|disagree|like|am\s+(?:\p{L}+\s+)?(?:uncomfortable|cautious|familiar|heartened|sure|convinced|skeptical|worried|troubled|a\s+traditionalist))\b", CaseSensitive),
            "I doubt very much that Germany and France, let alone Poland, are prepared"),
        new("bare superlative", ClaimTypes.Evaluation,
            new(@"\b" + Owner + @"\s+(?:" + Superlative + @")\b", CaseSensitive),
            "its most important partner isn’t thinking as clearly") { RequiredWords = SuperlativeHeads },
    ];

    // Hedge cues: the weakest level found in a sentence wins; no cue means certain.
    public static readonly IReadOnlyList<CueRule> HedgeRules =
    [
        new("possibility", HedgeLevels.Possible,
            new(@"\b(?:(?-i:may)|might|could(?!\s+not\b|n[’']t\b|\s+never\b)|perhaps|possibly|maybe|conceivably|potentially|allegedly|supposedly|it\s+is\s+possible|it[’']s\s+possible|it\s+is\s+conceivable|there\s+is\s+a\s+chance|(?:not|hardly)\s+(?:\p{L}+\s+){0,2}?likely|unlikely)\b", Options),
            "It is possible, though not at all likely, that the Russian army bulldozes through Ukrainian lines"),
        new("probability", HedgeLevels.Probable,
            new(@"\b(?:probably|likely|presumably|apparently|seemingly|almost\s+certainly|virtually\s+certain(?:ly)?|nearly\s+certain(?:ly)?|all\s+but\s+certain|probable|seems?|seemed|(?:appears?|appeared)(?=\s+(?:to|that)\b)|(?-i:I)\s+(?:think|believe|suspect|expect|guess)|reportedly|expected\s+to|in\s+all\s+likelihood|chances\s+are)\b", Options),
            "the war is virtually certain to continue into 2026"),
        new("certainty", HedgeLevels.Certain,
            new(@"\b(?:clearly|(?<!\b(?:almost|virtually|nearly)\s)certainly|of\s+course|surely|undoubtedly|no\s+doubt|definitely|obviously|indeed|in\s+fact|in\s+truth|in\s+reality|without\s+(?:a\s+)?doubt|unquestionably|there\s+is\s+no\s+question)\b", Options),
            "Seven months later, the situation is of course very different."),
    ];
}
