namespace ArticleReader.Claims.CheckWorthiness;

// A group of cue phrases. Each entry is "name|other form|other form": the entry fires the cue "group:name"
// and the group fires the cue "group". Phrases are tokenised like sentences, so "I'm sure" matches "I’m sure".
internal sealed record CueLexicon(string Group, params string[] Entries);

// The dense, named cue features. They carry what generalises beyond one corpus's vocabulary: quantities,
// attribution, comparison, tense, modality, opinion markers, sentence shape.
internal static class ClaimCues
{
    static readonly List<string> names = [];

    static int Cue(string name)
    {
        var existing = names.IndexOf(name);
        if (existing >= 0) return existing;
        names.Add(name);
        return names.Count - 1;
    }

    public static readonly int Number = Cue("number");            // "600,000", "two dozen"
    public static readonly int NumberDigits = Cue("number:digits"); // "600,000", "3.5"
    public static readonly int Year = Cue("year");                // "1985", "the 1990s"
    public static readonly int Percent = Cue("percent");          // "50 percent", "12%"
    public static readonly int Money = Cue("money");              // "$300 billion", "€5"
    public static readonly int QuantityApprox = Cue("approximate-quantity"); // "nearly 40", "more than 600,000", "about $5"
    public static readonly int Question = Cue("question");        // "Why not?"
    public static readonly int Exclamation = Cue("exclamation");  // "Kudos to Cathy Young!"
    public static readonly int Quotation = Cue("quotation");      // he called it "a disaster"
    public static readonly int Entity = Cue("entity");            // a capitalised word after the first: "the U.S. estimates"
    public static readonly int Entity1 = Cue("entity:1");
    public static readonly int Entity2 = Cue("entity:2");
    public static readonly int Entity3 = Cue("entity:3+");
    public static readonly int Acronym = Cue("acronym");          // "NATO", "U.S", "GDP" (2 to 5 capitals)
    public static readonly int Month = Cue("date:month");         // "in March", capitalised only, so the modal "may" is not a month
    public static readonly int SuperlativeEst = Cue("superlative:-est"); // "largest", "poorest"
    public static readonly int PastEd = Cue("past-tense:-ed");    // "tolerated", "increased"
    public static readonly int PastTense = Cue("past-tense");
    public static readonly int Perfect = Cue("perfect");          // "has tolerated", "have been"
    public static readonly int Future = Cue("future");            // "will", "'ll", "going to"
    public static readonly int Length1To5 = Cue("length:1-5");
    public static readonly int Length6To10 = Cue("length:6-10");
    public static readonly int Length11To20 = Cue("length:11-20");
    public static readonly int Length21To30 = Cue("length:21-30");
    public static readonly int Length31Plus = Cue("length:31+");

    static readonly CueLexicon[] Lexicons =
    [
        // "the U.S. estimates", "according to the Pentagon"
        new("attribution", "said|says|say", "according to", "estimates|estimate|estimated", "reported|reports|report",
            "found|finds", "shows|showed|shown|show", "survey|surveys", "poll|polls", "study|studies",
            "statistics|data|figures", "census", "told", "announced", "confirmed", "testified", "admitted|acknowledged",
            "claimed|claims", "records|record shows"),
        // "more than 600,000", "higher than"
        new("comparative", "more than|over", "less than|fewer than|under", "than", "more", "less|fewer",
            "higher|greater|larger|bigger", "lower|smaller", "better", "worse", "as many as|as much as", "at least|up to"),
        // "the largest", "the first time", "ever"
        new("superlative", "most", "least", "best", "worst", "first", "only", "ever", "record",
            "largest|biggest|highest|greatest", "lowest|smallest"),
        // "jobs rose", "doubled", "cut taxes"
        new("change", "increased|increase|increases|increasing", "decreased|decrease|declined|decline|declining",
            "rose|risen|rising|went up|gone up|jumped|soared", "fell|fallen|falling|went down|gone down|dropped|plunged",
            "grew|grown|growing", "doubled|tripled|quadrupled|halved", "cut|cuts|reduced|slashed", "raised|added|gained|created",
            "lost|eliminated"),
        // "I will", "might", "can't"
        new("modal", "will|'ll|wo", "would|'d", "may", "might", "could", "should", "must", "can|ca|cannot", "shall",
            "ought", "going to|gonna"),
        // "was", "had"
        new("past", "was|were", "had", "did"),
        // "I think", "we need", "let's"
        new("opinion", "i think", "i believe", "i feel", "i guess|i suppose", "i hope", "i'm sure|i am sure",
            "in my opinion|in my view", "i know", "i want|i'd like|i would like", "we need|we must|we should|we have to|we've got to",
            "let's|let us|let me", "it seems", "frankly|honestly", "of course", "i agree|i disagree", "i'm proud|i am proud"),
        // "I will", "we're going to", "my plan"
        new("intent", "i will|i'll|we will|we'll", "i'm going to|we're going to|i am going to|we are going to",
            "my plan|our plan", "i propose|i would|i'd", "i'm asking|i am asking"),
        new("pronoun", "i|me|my|mine|myself", "we|us|our|ours|ourselves", "you|your|yours|yourself", "he|him|his|she|her|they|them|their"),
        // "not", "never", "don't"
        new("negation", "not|n't|cannot", "no|none|nobody|nothing", "never", "neither|nor", "without"),
        // "two dozen", "hundreds of"
        new("number-word", "two|three|four|five|six|seven|eight|nine|ten", "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty",
            "thirty|forty|fifty|sixty|seventy|eighty|ninety", "hundred|hundreds", "dozen|dozens", "half|twice|double|triple", "third|quarter"),
        // "300 billion", "thousands of"
        new("magnitude", "thousand|thousands", "million|millions", "billion|billions|trillion|trillions"),
        new("percent-word", "percent|per cent|percentage|percentage points"),
        new("money-word", "dollars|dollar|cents|euros|bucks"),
        // "nearly", "about"
        new("approximation", "about|around|roughly|approximately", "nearly|almost", "some"),
        // "since 2009", "ten years ago"
        new("temporal", "since", "ago", "last year|this year|next year", "years|year", "decade|decades|century",
            "today|yesterday", "month|months|week|weeks"),
        // "rates", "per capita", "on average"
        new("statistic", "rate|rates", "average|median", "total", "per capita|per year|a year|each year|annually",
            "share of|number of|majority of", "unemployment|deficit|debt|gdp|inflation"),
        // "voted against", "signed the bill"
        new("legislative", "voted|vote|votes", "bill|bills", "law|laws|legislation", "passed|signed|vetoed|veto", "amendment|treaty"),
        // "There are 3 million"
        new("existential", "there is|there's|there are|there were|there was|there have been|there has been"),
        // "always", "every", "nobody"
        new("universal", "every|everyone|everybody|everything", "all", "always", "entire|whole"),
        // "because", "as a result"
        new("causal", "because", "therefore|thus|so that", "as a result|due to|led to|caused"),
        new("conditional", "if|unless", "whether"),
        // "great", "a disaster"
        new("evaluative", "great|wonderful|fantastic|amazing|tremendous|incredible", "terrible|horrible|awful|disaster|disastrous",
            "good|bad", "wrong|right", "stupid|ridiculous|outrageous|shameful|disgrace", "sad|proud|glad|happy", "important|clear"),
        new("intensifier", "very|really|absolutely|totally|extremely|incredibly|so"),
        // "Thank you", "Kudos to", "(LAUGHTER)"
        new("social", "thank|thanks|thank you", "congratulations|kudos|bravo", "hello|welcome", "applause|laughter|crosstalk",
            "please|sorry|excuse me"),
    ];

    // Words ending in "est" that are not superlatives: "interest", "honest", "suggest".
    static readonly HashSet<ulong> NotSuperlative = HashAll("interest", "honest", "dishonest", "suggest", "request", "protest",
        "invest", "contest", "forest", "arrest", "harvest", "modest", "manifest", "conquest", "digest", "attest", "guest",
        "chest", "west", "test", "rest", "nest", "quest", "pest", "vest", "zest", "behest", "earnest", "inquest", "bequest",
        "tempest", "priest", "southwest", "northwest", "midwest", "wrest", "lest", "detest", "unrest", "interests", "protests",
        "manifesto", "budapest", "everest", "contest", "latest");

    // Words ending in "ed" that are not past tense: "need", "hundred", "indeed".
    static readonly HashSet<ulong> NotPastTense = HashAll("need", "indeed", "speed", "feed", "seed", "proceed", "succeed",
        "exceed", "hundred", "hundreds", "red", "bed", "shed", "bred", "breed", "greed", "creed", "deed", "weed", "naked",
        "sacred", "kindred", "wicked", "ted", "ned", "fred", "ed", "ahmed", "united", "embed", "steed");

    static readonly HashSet<ulong> Months = HashAll("january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december");

    static readonly HashSet<ulong> PerfectAuxiliaries = HashAll("has", "have", "'ve", "had");
    static readonly ulong Been = ClaimTokenizer.HashNormalised("been");
    static readonly ulong FirstPersonI = ClaimTokenizer.HashNormalised("i");

    sealed record Phrase(ulong[] Hashes, int Cue, int Group);

    static readonly Dictionary<ulong, Phrase[]> PhrasesByFirstHash = BuildPhrases();

    static readonly int ModalWill = names.IndexOf("modal:will");
    static readonly int ModalGoingTo = names.IndexOf("modal:going to");
    static readonly int NumberWordGroup = names.IndexOf("number-word");
    static readonly int MagnitudeGroup = names.IndexOf("magnitude");
    static readonly int PercentWordGroup = names.IndexOf("percent-word");
    static readonly int MoneyWordGroup = names.IndexOf("money-word");
    static readonly int PastGroup = names.IndexOf("past");
    static readonly int ApproximationGroup = names.IndexOf("approximation");
    static readonly int ComparativeMoreThan = names.IndexOf("comparative:more than");
    static readonly int ComparativeLessThan = names.IndexOf("comparative:less than");
    static readonly int ComparativeAsManyAs = names.IndexOf("comparative:as many as");
    static readonly int ComparativeAtLeast = names.IndexOf("comparative:at least");

    public static IReadOnlyList<string> Names => names;
    public static int Count => names.Count;
    public static int IndexOf(string name) => names.IndexOf(name);

    static HashSet<ulong> HashAll(params string[] words) => [.. words.Select(w => ClaimTokenizer.HashNormalised(w))];

    static Dictionary<ulong, Phrase[]> BuildPhrases()
    {
        var phrases = new List<Phrase>();
        Span<ClaimToken> tokens = stackalloc ClaimToken[32];
        Span<CueToken> cueTokens = stackalloc CueToken[64];
        foreach (var lexicon in Lexicons)
        {
            var group = Cue(lexicon.Group);
            foreach (var entry in lexicon.Entries)
            {
                var forms = entry.Split('|');
                var cue = Cue(lexicon.Group + ":" + forms[0]);
                foreach (var form in forms)
                {
                    // a bare clitic ("'ll", "n't") would lose its apostrophe in the tokenizer
                    if (form.StartsWith('\'') || form == "n't")
                    {
                        phrases.Add(new Phrase([ClaimTokenizer.HashNormalised(form)], cue, group));
                        continue;
                    }
                    var count = ClaimTokenizer.Tokenize(form, tokens);
                    var cueCount = SplitClitics(form, tokens[..count], cueTokens);
                    var hashes = new ulong[cueCount];
                    for (var i = 0; i < cueCount; i++) hashes[i] = cueTokens[i].Hash;
                    phrases.Add(new Phrase(hashes, cue, group));
                }
            }
        }
        return phrases.GroupBy(p => p.Hashes[0]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    internal struct CueToken
    {
        public ulong Hash;
        public int Token;
    }

    // "don't" -> "do" + "n't", "we'll" -> "we" + "'ll", "I'm" -> "i" + "'m"; other tokens pass through.
    internal static int SplitClitics(ReadOnlySpan<char> text, ReadOnlySpan<ClaimToken> tokens, Span<CueToken> output)
    {
        var count = 0;
        for (var t = 0; t < tokens.Length && count + 1 < output.Length; t++)
        {
            var token = tokens[t];
            var span = text.Slice(token.Start, token.Length);
            var apostrophe = (token.Shape & TokenShape.Word) != 0 ? span.LastIndexOfAny('\'', '\u2019', '\u02BC') : -1;
            if (apostrophe <= 0)
            {
                output[count++] = new CueToken { Hash = token.Hash, Token = t };
                continue;
            }
            var split = apostrophe == span.Length - 2 && span.Length > 3 && (span[^1] is 't' or 'T') && (span[^3] is 'n' or 'N')
                ? apostrophe - 1
                : apostrophe;
            output[count++] = new CueToken { Hash = ClaimTokenizer.HashNormalised(span[..split]), Token = t };
            output[count++] = new CueToken { Hash = ClaimTokenizer.HashNormalised(span[split..]), Token = t };
        }
        return count;
    }

    public static void Detect(ReadOnlySpan<char> text, ReadOnlySpan<ClaimToken> tokens, Span<bool> fired)
    {
        Span<CueToken> cueTokens = stackalloc CueToken[ClaimTokenizer.MaxTokens * 2];
        var cueCount = SplitClitics(text, tokens, cueTokens);
        cueTokens = cueTokens[..cueCount];

        for (var i = 0; i < cueTokens.Length; i++)
        {
            if (!PhrasesByFirstHash.TryGetValue(cueTokens[i].Hash, out var candidates)) continue;
            foreach (var phrase in candidates)
            {
                if (phrase.Hashes.Length > cueTokens.Length - i) continue;
                var matches = true;
                for (var k = 1; k < phrase.Hashes.Length && matches; k++) matches = cueTokens[i + k].Hash == phrase.Hashes[k];
                if (!matches) continue;
                fired[phrase.Cue] = true;
                fired[phrase.Group] = true;
                if (phrase.Group == ApproximationGroup || phrase.Cue == ComparativeMoreThan || phrase.Cue == ComparativeLessThan
                    || phrase.Cue == ComparativeAsManyAs || phrase.Cue == ComparativeAtLeast)
                {
                    var next = i + phrase.Hashes.Length;
                    if (next < cueTokens.Length && IsQuantityStart(text, tokens[cueTokens[next].Token], cueTokens[next].Hash))
                        fired[QuantityApprox] = true;
                }
            }
        }

        var words = 0;
        var entities = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            var span = text.Slice(token.Start, token.Length);
            if ((token.Shape & TokenShape.Symbol) != 0)
            {
                switch (span[0])
                {
                    case '?': fired[Question] = true; break;
                    case '!': fired[Exclamation] = true; break;
                    case '%': fired[Percent] = true; break;
                    case '$' or '€' or '£': fired[Money] = true; break;
                    default: fired[Quotation] = true; break;
                }
                continue;
            }
            words++;
            if ((token.Shape & TokenShape.Number) != 0)
            {
                if ((token.Shape & TokenShape.Year) != 0) fired[Year] = true;
                else { fired[Number] = true; fired[NumberDigits] = true; }
                continue;
            }
            var capitalised = (token.Shape & TokenShape.Capitalised) != 0;
            if (capitalised && Months.Contains(token.Hash) && t > 0) fired[Month] = true;
            if ((token.Shape & TokenShape.AllCaps) != 0 && token.Length <= 7 && CountLetters(span) <= 5) fired[Acronym] = true;
            if (capitalised && t > 0 && !StartsFirstPersonI(span) && !FollowsSentencePunctuation(text, tokens[t - 1], token)) entities++;
            if (span.Length >= 5 && EndsWith(span, "est") && !NotSuperlative.Contains(token.Hash)) fired[SuperlativeEst] = true;
            if (span.Length >= 5 && EndsWith(span, "ed") && !NotPastTense.Contains(token.Hash))
            {
                fired[PastEd] = true;
                if (t > 0 && PerfectAuxiliaryBefore(text, tokens, t)) fired[Perfect] = true;
            }
            if (token.Hash == Been && t > 0 && PerfectAuxiliaryBefore(text, tokens, t)) fired[Perfect] = true;
        }

        if (fired[NumberWordGroup] || fired[MagnitudeGroup]) fired[Number] = true;
        if (fired[PercentWordGroup]) fired[Percent] = true;
        if (fired[MoneyWordGroup]) fired[Money] = true;
        if (fired[PastGroup] || fired[PastEd]) fired[PastTense] = true;
        if (fired[ModalWill] || fired[ModalGoingTo]) fired[Future] = true;
        if (entities > 0)
        {
            fired[Entity] = true;
            fired[entities switch { 1 => Entity1, 2 => Entity2, _ => Entity3 }] = true;
        }
        fired[words switch { <= 5 => Length1To5, <= 10 => Length6To10, <= 20 => Length11To20, <= 30 => Length21To30, _ => Length31Plus }] = true;
    }

    static bool IsQuantityStart(ReadOnlySpan<char> text, ClaimToken token, ulong hash)
    {
        if ((token.Shape & TokenShape.Number) != 0) return true;
        if ((token.Shape & TokenShape.Symbol) != 0) return text[token.Start] is '$' or '€' or '£';
        if (!PhrasesByFirstHash.TryGetValue(hash, out var phrases)) return false;
        foreach (var p in phrases) if (p.Group == NumberWordGroup || p.Group == MagnitudeGroup) return true;
        return false;
    }

    // "has tolerated", "have not been", "'ve been": an auxiliary up to two tokens back.
    static bool PerfectAuxiliaryBefore(ReadOnlySpan<char> text, ReadOnlySpan<ClaimToken> tokens, int t)
    {
        for (var back = 1; back <= 2 && t - back >= 0; back++)
        {
            var token = tokens[t - back];
            var span = text.Slice(token.Start, token.Length);
            if (PerfectAuxiliaries.Contains(token.Hash)) return true;
            var apostrophe = span.LastIndexOfAny('\'', '\u2019', '\u02BC');
            if (apostrophe > 0 && PerfectAuxiliaries.Contains(ClaimTokenizer.HashNormalised(span[apostrophe..]))) return true;
        }
        return false;
    }

    static bool StartsFirstPersonI(ReadOnlySpan<char> span) =>
        span.Length == 1 ? span[0] == 'I' : span[0] == 'I' && span[1] is '\'' or '\u2019';

    // A capital after a colon, a quote or a question mark starts a new clause, not a name.
    static bool FollowsSentencePunctuation(ReadOnlySpan<char> text, ClaimToken previous, ClaimToken token)
    {
        if ((previous.Shape & TokenShape.Symbol) != 0 && text[previous.Start] is '"' or '\u201C' or '\u201D' or '?' or '!') return true;
        return text[(previous.Start + previous.Length)..token.Start].IndexOfAny(':', ';') >= 0;
    }

    static int CountLetters(ReadOnlySpan<char> span)
    {
        var letters = 0;
        foreach (var c in span) if (char.IsLetter(c)) letters++;
        return letters;
    }

    static bool EndsWith(ReadOnlySpan<char> span, string suffix)
    {
        if (span.Length < suffix.Length) return false;
        var tail = span[^suffix.Length..];
        for (var i = 0; i < suffix.Length; i++) if (char.ToLowerInvariant(tail[i]) != suffix[i]) return false;
        return true;
    }
}
