using System.Text.RegularExpressions;

namespace ArticleReader.Claims;

// Finds mentions of people, places, organisations and groups from capitalisation, curated gazetteers
// (EntityGazetteer) and title patterns. Two passes: full names found in the text make its single
// surnames recognisable ("Lloyd Austin" ... "Austin said"). Capitalised words that are capitalised only
// because they start a sentence or a headline ("The", "But", "Despite") are not entities.
public static partial class EntityExtractor
{
    // matches "the Russian president", "the ex-president", "the former president", "the Russian dictator"
    [GeneratedRegex(@"\b[Tt]he\s+(?<role>(?:(?i:former|ex-|then-)\s*)?(?:(?:Russian|Ukrainian|American|U\.S\.|Israeli|Chinese|Iranian|North\s+Korean|South\s+Korean|French|German|British|Palestinian|Belarusian|Turkish|Hungarian|Polish)\s+)?(?i:president|dictator|prime\s+minister|chancellor|leader|defense\s+secretary|secretary\s+of\s+defense|ex-president|supreme\s+leader|foreign\s+minister))(?![\p{L}-])(?!\s+\p{Lu}\p{Ll})",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RolePhrase();

    // matches "British" in "the British decided", "Chinese" in "The Chinese stand to benefit"
    [GeneratedRegex(@"\b[Tt]he\s+(?<n>British|French|Chinese|Dutch|Irish|Japanese)\s+(?=(?:\p{Ll}+ed|are|were|have|had|has|will|would|can|could|may|might|must|should|do|did|stand|say|said|says|want|believe|think|seem|remain|continue)\b)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NationalNoun();

    // Capitalised words that are never a name on their own: function words and sentence openers.
    static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "but", "or", "nor", "so", "yet", "for", "if", "in", "on", "at", "by", "to", "from", "with", "without",
        "of", "as", "since", "after", "before", "during", "while", "when", "where", "why", "what", "who", "whom", "whose", "which", "how",
        "that", "this", "these", "those", "there", "here", "it", "its", "he", "his", "him", "she", "her", "they", "their", "them", "we",
        "our", "us", "you", "your", "i", "my", "me", "despite", "although", "though", "because", "even", "still", "just", "only", "also",
        "then", "thus", "meanwhile", "however", "indeed", "instead", "finally", "perhaps", "maybe", "probably", "certainly", "clearly",
        "unfortunately", "fortunately", "recently", "subsequently", "earlier", "later", "now", "today", "tonight", "yesterday",
        "tomorrow", "toward", "towards", "following", "given", "like", "unlike", "look", "more", "most", "many", "much", "some", "any",
        "all", "both", "each", "every", "no", "not", "none", "one", "two", "three", "four", "five", "worse", "better", "up", "down",
        "out", "over", "under", "above", "below", "between", "among", "into", "onto", "through", "across", "against", "along", "around",
        "within", "is", "are", "was", "were", "be", "do", "does", "did", "can", "could", "will", "would", "should", "may", "might",
        "must", "has", "have", "had", "let", "yes", "oh", "mr", "ms", "also", "again", "once", "other", "another", "such", "several",
        "few", "via", "per", "about", "until", "unless", "whether", "than", "too", "very", "right", "left", "first", "last", "next",
        "already", "always", "never", "often", "still", "well", "thank", "please", "p.s", "p.s.", "don’t", "doesn’t", "can’t", "won’t",
        "isn’t", "aren’t", "it’s", "that’s", "there’s", "what’s", "i’m", "i’ve", "we’re", "they’re", "he’s", "she’s",
    };

    // Ordinary words that headlines and sentence starts capitalise; they may sit inside an
    // organisation name ("Naval War College") but never make a person name.
    static readonly HashSet<string> CommonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "advertisement", "illustration", "source", "photo", "photos", "image", "images", "news", "evening", "culture", "break", "read",
        "sign", "learn", "play", "explore", "related", "dear", "therapist", "daily", "war", "wars", "stories", "story", "peace", "plan",
        "victory", "holy", "great", "empire", "prize", "nobel", "day", "days", "week", "weeks", "month", "months", "year", "years",
        "constitution", "cabinet", "resistance", "parliament", "god", "internet", "north", "south", "east", "west", "northern",
        "southern", "eastern", "western", "central", "new", "old", "state", "states", "gallery", "stock", "members", "portraits",
        "children", "thousands", "hundreds", "millions", "dozens", "article", "section", "chapter", "act", "bill", "law", "plan",
        "program", "operation", "summit", "treaty", "accord", "deal", "forum", "festival", "conference", "party", "campaign",
        "crisis", "revolution", "republic", "kingdom", "federation", "union", "army", "navy", "air", "force", "forces", "sea", "ocean",
        "bridge", "city", "county", "province", "region", "mount", "lake", "river", "island", "islands", "street", "square", "beach",
        "university", "college", "institute", "council", "group", "committee", "ministry", "department", "agency", "court",
        "administration", "office", "service", "times", "post", "journal", "review", "magazine", "press", "foundation", "bank",
        "company", "corporation", "association", "network", "media", "holdings", "center", "centre", "endowment", "fleet", "brigade",
        "command", "division", "staff", "chiefs", "joint", "special", "operations", "national", "security", "federal", "foreign",
        "defense", "defence", "secretary", "president", "general", "minister", "prime", "vice", "chairman", "chief", "house",
        "white", "black", "red", "green", "blue", "gray", "grey", "dead", "zone", "title", "titles", "anymore", "bad", "too", "make",
        "sense", "stole", "doing", "going", "anywhere", "aren’t", "can’t", "stops", "fighting", "end", "ends", "desperation",
        "naked", "seen", "warning", "generals", "general’s", "threatens", "failure", "laid", "bare", "itemoids", "breaking", "live",
        "update", "updates", "opinion", "analysis", "editorial", "letters", "podcast", "video", "watch", "listen", "subscribe",
        "kudos", "still", "shocked", "just", "horizontal", "regular", "packed", "venomous", "mosquitoes", "floridians", "then",
        "poseidon", "abrams", "himars", "atacms", "jassm", "msm", "glp", "sunshine", "staters", "recognizing", "stranger", "forest",
        "noise", "gates", "rubble", "under", "offshore", "seas", "mars", "holocaust", "thanksgiving", "hebrew", "english", "russian",
        "ukrainian", "american", "cartoon", "caption", "commander", "officer", "officers", "chair", "point", "points",
    };

    // Adjectives of nationality and the like: never a name, but part of titles ("Russian President").
    static readonly HashSet<string> NationalityWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "russian", "ukrainian", "american", "israeli", "palestinian", "chinese", "french", "british", "german", "polish", "iranian",
        "korean", "soviet", "slavic", "western", "eastern", "european", "asian", "african", "arab", "arabic", "jewish", "muslim",
        "christian", "belarusian", "gazan", "yemenite", "nepalese", "thai", "bedouin", "cuban", "afghan", "italian", "spanish",
        "japanese", "syrian", "turkish", "iraqi", "saudi", "egyptian", "lebanese", "canadian", "mexican", "venezuelan", "norwegian",
        "swedish", "finnish", "danish", "dutch", "hungarian", "czech", "latin", "nordic", "baltic", "democratic", "republican",
        "u.s.", "north", "south", "irish", "georgian", "chechen", "kurdish", "persian", "indian", "pakistani", "global", "international",
    };

    // Capitalised title words that precede a name ("Defense Secretary Lloyd Austin", "Gen. Milley").
    static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "vice", "secretary", "defense", "defence", "general", "gen.", "lieutenant", "lt.", "admiral", "adm.", "minister",
        "prime", "foreign", "chancellor", "chairman", "chairwoman", "chair", "chief", "ceo", "senator", "sen.", "rep.",
        "representative", "governor", "gov.", "mayor", "judge", "justice", "ambassador", "colonel", "col.", "major", "maj.", "captain",
        "capt.", "sergeant", "sgt.", "commander", "cmdr.", "dr.", "mr.", "mrs.", "ms.", "prof.", "professor", "king", "queen", "prince",
        "princess", "pope", "sir", "dame", "lord", "speaker", "director", "premier", "former", "deputy", "attorney", "supreme",
        "leader", "envoy", "special", "marshal", "field", "corporal", "reverend", "rev.", "sheikh", "ayatollah", "president-elect",
        "secretary-general", "state", "joint", "chiefs", "national", "security", "adviser", "advisor", "spokesman", "spokeswoman",
    };

    // Words that make a title only when they precede a name in a title phrase; "Defense" alone is not one.
    static readonly HashSet<string> CoreTitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "secretary", "general", "gen.", "admiral", "adm.", "minister", "chancellor", "chairman", "chairwoman", "chair",
        "chief", "ceo", "senator", "sen.", "rep.", "representative", "governor", "gov.", "mayor", "judge", "justice", "ambassador",
        "colonel", "col.", "major", "maj.", "captain", "capt.", "sergeant", "sgt.", "commander", "cmdr.", "dr.", "mr.", "mrs.", "ms.",
        "prof.", "professor", "king", "queen", "prince", "princess", "pope", "sir", "dame", "lord", "speaker", "director", "premier",
        "leader", "envoy", "marshal", "corporal", "reverend", "rev.", "sheikh", "ayatollah", "president-elect", "secretary-general",
        "adviser", "advisor", "spokesman", "spokeswoman", "lieutenant", "lt.",
    };

    // Lowercase role words in front of a name ("special envoy Steve Witkoff", "the novelist Joshua Cohen").
    static readonly HashSet<string> RoleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "secretary", "minister", "dictator", "leader", "envoy", "aide", "adviser", "advisor", "anchor", "journalist",
        "reporter", "correspondent", "columnist", "editor", "writer", "novelist", "poet", "author", "historian", "scholar", "professor",
        "analyst", "commentator", "soldier", "general", "admiral", "colonel", "commander", "officer", "chief", "chairman", "chair",
        "spokesman", "spokeswoman", "spokesperson", "ambassador", "diplomat", "negotiator", "lawyer", "attorney", "judge", "senator",
        "congressman", "congresswoman", "governor", "mayor", "ceo", "founder", "billionaire", "businessman", "tycoon", "activist",
        "ally", "deputy", "vice", "prime", "foreign", "defense", "defence", "policy", "security", "national", "special", "senior", "top",
        "state", "intelligence", "military", "finance", "interior", "presidential", "candidate", "nominee", "rival", "opponent",
        "pundit", "blogger", "photographer", "comedian", "actor", "singer", "director", "producer", "former", "ex", "then", "acting",
        "interim", "late", "retired", "lieutenant", "colonel", "major", "sergeant", "captain", "dissident", "oligarch", "warlord",
    };

    static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "de", "van", "von", "der", "al", "bin", "da", "du", "la", "le", "del", "ben" };
    static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "on", "for" };

    static readonly HashSet<string> OrganisationHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "institute", "institution", "council", "group", "college", "university", "school", "party", "ministry", "department", "agency",
        "force", "forces", "army", "navy", "corps", "command", "brigade", "battalion", "regiment", "division", "fleet", "times", "post",
        "journal", "review", "news", "magazine", "press", "committee", "commission", "foundation", "fund", "bank", "company",
        "corporation", "corp.", "inc.", "association", "union", "administration", "court", "senate", "congress", "parliament",
        "assembly", "office", "service", "services", "network", "media", "images", "holdings", "club", "center", "centre", "endowment",
        "initiative", "movement", "front", "guard", "police", "staff",
    };

    static readonly HashSet<string> PlaceHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "sea", "ocean", "river", "bridge", "street", "avenue", "square", "beach", "city", "county", "province", "oblast", "region",
        "mountains", "mountain", "island", "islands", "strait", "bay", "lake", "valley", "desert", "peninsula", "gulf", "coast",
        "heights", "airport", "harbor", "harbour", "plaza", "canal", "district",
    };

    static readonly HashSet<string> PlacePrefixes = new(StringComparer.Ordinal) { "Kibbutz", "Mount", "Lake", "Fort", "Camp", "Port", "Cape" };
    static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal) { "province", "region", "oblast", "city", "town", "village", "district", "county", "governorate" };
    static readonly HashSet<string> LocativePrepositions = new(StringComparer.Ordinal) { "in", "near", "outside", "inside", "across" };
    static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "gen", "sen", "rep", "gov", "dr", "mr", "mrs", "ms", "lt", "col", "sgt", "capt", "maj", "adm", "prof", "st", "jr", "sr", "mt", "ft",
        "cmdr", "rev", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "corp", "inc",
    };

    const int MaxGazetteerTokens = 6;
    // Folded token sequence ("council on foreign relations") -> entry and the alias it came from.
    static readonly Dictionary<string, (GazetteerEntry Entry, string Alias)> GazetteerIndex = BuildGazetteerIndex();

    static Dictionary<string, (GazetteerEntry, string)> BuildGazetteerIndex()
    {
        var d = new Dictionary<string, (GazetteerEntry, string)>(StringComparer.Ordinal);
        foreach (var e in EntityGazetteer.All.Except(EntityGazetteer.NationalNouns))
            foreach (var a in e.Aliases)
                d.TryAdd(string.Join(' ', Tokenize(a).Select(t => NameText.Fold(a[t.Start..t.End]))), (e, a));
        return d;
    }

    record struct Token(int Start, int End, bool Cap, bool AllCaps, bool Possessive, bool Joined, bool HyphenLeft, bool SentenceStart, int Line);

    public static IReadOnlyList<EntityMention> Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenize(text);
        var headline = HeadlineLines(text, tokens);
        var lone = LoneCapitalised(text, tokens);
        var taken = new bool[tokens.Count];
        var mentions = new List<EntityMention>();
        var pending = new List<(int From, int To)>();

        foreach (Match m in RolePhrase().Matches(text))
        {
            var role = m.Groups["role"].Value;
            var key = "role:" + NameText.Slug(role.Replace("ex-", "former ", StringComparison.OrdinalIgnoreCase));
            mentions.Add(new EntityMention(m.Value, m.Index, m.Index + m.Length, EntityKinds.Person, key, null, "role phrase"));
            Take(tokens, taken, m.Index, m.Index + m.Length);
        }
        foreach (Match m in NationalNoun().Matches(text))
        {
            var g = m.Groups["n"];
            var entry = EntityGazetteer.FindByAlias(g.Value)!;
            mentions.Add(new EntityMention(g.Value, g.Index, g.Index + g.Length, entry.Kind, entry.Key, null, "national noun after 'the'"));
            Take(tokens, taken, g.Index, g.Index + g.Length);
        }

        // Pass 1: gazetteer entries, titled names, keyword organisations and places, multi-word names.
        var i = 0;
        while (i < tokens.Count)
        {
            var t = tokens[i];
            if (taken[i]) { i++; continue; }
            var len = MatchGazetteer(text, tokens, i, out var entry);
            if (len > 0 && !(len == 1 && entry!.Kind != EntityKinds.Person && StartsLongerName(text, tokens, i)))
            {
                var (s, e) = (tokens[i].Start, tokens[i + len - 1].End);
                var title = entry!.Kind == EntityKinds.Person ? TitleBefore(text, tokens, i) : null;
                var key = entry.Kind == EntityKinds.Person ? "person:" + NameText.Slug(text[s..e]) : entry.Key;
                mentions.Add(new EntityMention(text[s..e], s, e, entry.Kind, key, title, entry.Kind == EntityKinds.Person ? "known person" : "gazetteer"));
                for (var k = i; k < i + len; k++) taken[k] = true;
                i += len;
                continue;
            }
            if (!IsNameCapable(text, t) || IsFunction(text, t) || (IsNationality(text, t) && !IsTitle(text, t)))
            {
                i++;
                continue;
            }

            var end = RunEnd(text, tokens, taken, i);
            end = ExtendWithConnectors(text, tokens, taken, i, end);
            var classified = ClassifyRun(text, tokens, i, end, headline, lone, mentions);
            if (!classified) pending.Add((i, end));
            for (var k = i; k < end; k++) taken[k] = true;
            i = end;
        }

        // Pass 2: single words and headline runs, recognised through the names found above.
        var known = KnownNames(mentions);
        foreach (var (from, to) in pending)
            ResolvePending(text, tokens, from, to, known, mentions);

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return mentions;
    }

    // Tokens are in text order, so the first one inside the span is found by binary search rather than a scan
    // of the whole text for every role phrase.
    static void Take(List<Token> tokens, bool[] taken, int start, int end)
    {
        int low = 0, high = tokens.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (tokens[mid].Start < start) low = mid + 1; else high = mid;
        }
        for (var k = low; k < tokens.Count && tokens[k].Start < end; k++) taken[k] = true;
    }

    // ---- tokenisation

    static List<Token> Tokenize(string text)
    {
        var list = new List<Token>(text.Length / 5);
        var i = 0;
        var line = 0;
        var prevEnd = -1;
        var prevPossessive = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n') line++;
            if (!char.IsLetterOrDigit(c)) { i++; continue; }
            var start = i;
            var possessive = false;
            while (i < text.Length)
            {
                var ch = text[i];
                if (char.IsLetterOrDigit(ch) || char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark) { i++; continue; }
                if (ch is '’' or '\'')
                {
                    var next = i + 1 < text.Length ? text[i + 1] : ' ';
                    var after = i + 2 < text.Length ? text[i + 2] : ' ';
                    if (next is 's' or 'S' && !char.IsLetter(after)) { possessive = true; break; }
                    if (char.IsLetter(next)) { i++; continue; }
                    if (i > start && text[i - 1] is 's') possessive = true; // "Russians’"
                    break;
                }
                if (ch == '.')
                {
                    var word = text[start..i];
                    var next = i + 1 < text.Length ? text[i + 1] : ' ';
                    var isInitial = word.Length == 1 && char.IsUpper(word[0]);
                    var dotted = word.Contains('.');
                    if ((isInitial || dotted) && char.IsLetter(next)) { i++; continue; } // "U.S", "H.R"
                    if (isInitial || dotted || Abbreviations.Contains(word)) { i++; }     // "A.", "U.S.", "Gen."
                    break;
                }
                break;
            }
            var end = i;
            var gap = prevEnd >= 0 ? text.AsSpan(prevEnd, start - prevEnd) : ReadOnlySpan<char>.Empty;
            var joined = prevEnd >= 0 && !prevPossessive && gap.Length > 0 && IsSpaces(gap);
            var hyphenLeft = prevEnd >= 0 && gap.Length == 1 && gap[0] is '-' or '–' && !prevPossessive;
            var tokenText = text.AsSpan(start, end - start);
            var letters = 0;
            var upper = 0;
            foreach (var ch in tokenText)
                if (char.IsLetter(ch)) { letters++; if (char.IsUpper(ch)) upper++; }
            var cap = letters > 0 && char.IsUpper(tokenText[0]);
            var allCaps = letters >= 2 && upper == letters;
            list.Add(new Token(start, end, cap, allCaps, possessive, joined, hyphenLeft, IsSentenceStart(text, start, list), line));
            prevEnd = end;
            prevPossessive = possessive;
            if (possessive)
            {
                // Skip the "’s" or "’" so it is not read as a token.
                i = end + 1;
                if (i < text.Length && text[i] is 's' or 'S') i++;
            }
        }
        return list;
    }

    static bool IsSpaces(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (c is not (' ' or '\u00A0' or '\t')) return false;
        return true;
    }

    static bool IsSentenceStart(string text, int start, List<Token> previous)
    {
        var p = start - 1;
        while (p >= 0 && (text[p] is ' ' or '\u00A0' or '\t' or '“' or '"' or '‘' or '(' or '[' or '\'')) p--;
        if (p < 0) return true;
        var c = text[p];
        if (c is '\n' or '\r' or '!' or '?' or ':' or '…' or '›' or '|') return true;
        if (c is '.' or '”')
        {
            if (c == '”') return p > 0 && text[p - 1] is '.' or '!' or '?';
            // The period of an abbreviation or initial belongs to the previous token.
            return previous.Count == 0 || previous[^1].End != p + 1;
        }
        return false;
    }

    // Lines that capitalise most words are headlines: only names known from elsewhere count there.
    static HashSet<int> HeadlineLines(string text, List<Token> tokens)
    {
        var result = new HashSet<int>();
        var byLine = tokens.GroupBy(t => t.Line);
        foreach (var g in byLine)
        {
            int significant = 0, capitalised = 0;
            foreach (var t in g)
            {
                var w = text[t.Start..t.End];
                if (w.Length <= 3 && char.IsLower(w[0]) && w is "a" or "an" or "the" or "of" or "in" or "on" or "at" or "to" or "for" or "and" or "or" or "but" or "by" or "as" or "vs") continue;
                if (!char.IsLetter(w[0])) continue;
                significant++;
                if (t.Cap) capitalised++;
            }
            if (significant >= 3 && significant <= 30 && capitalised >= 0.75 * significant) result.Add(g.Key);
        }
        return result;
    }

    // ---- token predicates

    static string Word(string text, Token t) => text[t.Start..t.End];
    static bool IsInitial(string text, Token t) => t.End - t.Start == 2 && char.IsUpper(text[t.Start]) && text[t.Start + 1] == '.';
    static bool IsFunction(string text, Token t) => FunctionWords.Contains(Word(text, t));
    static bool IsNationality(string text, Token t) => NationalityWords.Contains(Word(text, t));
    static bool IsTitle(string text, Token t) => t.Cap && TitleWords.Contains(Word(text, t));
    static bool IsCoreTitle(string text, Token t) => t.Cap && CoreTitleWords.Contains(Word(text, t));
    static bool IsNameCapable(string text, Token t) => t.Cap || t.AllCaps;

    // A name word: capitalised, not a function, common or nationality word, not a bare number.
    static bool IsNameWord(string text, Token t)
    {
        if (IsInitial(text, t)) return true;
        if (!t.Cap || t.AllCaps && t.End - t.Start > 2) return false;
        var w = Word(text, t);
        if (char.IsDigit(w[0])) return false;
        return !FunctionWords.Contains(w) && !CommonWords.Contains(w) && !NationalityWords.Contains(w) && !TitleWords.Contains(w) && !IsCalendarWord(w);
    }

    static bool IsCalendarWord(string w) => w is "January" or "February" or "March" or "April" or "May" or "June" or "July" or "August"
        or "September" or "October" or "November" or "December" or "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday"
        or "Saturday" or "Sunday" or "Jan." or "Feb." or "Aug." or "Sept." or "Oct." or "Nov." or "Dec.";

    // ---- gazetteer

    static int MatchGazetteer(string text, List<Token> tokens, int i, out GazetteerEntry? entry)
    {
        entry = null;
        var first = tokens[i];
        var startsWithThe = Word(text, first).Equals("the", StringComparison.OrdinalIgnoreCase);
        if (!first.Cap && !first.AllCaps && !startsWithThe) return 0;
        var key = "";
        var best = 0;
        for (var len = 1; len <= MaxGazetteerTokens && i + len <= tokens.Count; len++)
        {
            var t = tokens[i + len - 1];
            if (len > 1 && !t.Joined && !t.HyphenLeft) break;
            var w = Word(text, t);
            key = len == 1 ? NameText.Fold(w) : key + " " + NameText.Fold(w);
            if (!GazetteerIndex.TryGetValue(key, out var hit)) continue;
            if (startsWithThe && len == 1) continue;
            if (!CaseFits(text, tokens[i + len - 1], text[tokens[i].Start..t.End], hit.Alias)) continue;
            entry = hit.Entry;
            best = len;
        }
        return best;
    }

    // Short all-capital aliases must match exactly ("US" not "us", "UN" not "Un" in "Kim Jong Un"),
    // and other aliases need their last word capitalised like a name ("the Atlantic", not "the atlantic").
    static bool CaseFits(string text, Token last, string surface, string alias)
    {
        var aliasLetters = alias.Where(char.IsLetter).ToArray();
        if (aliasLetters.Length <= 4 && aliasLetters.All(char.IsUpper))
            return new string(surface.Where(char.IsLetter).ToArray()) == new string(aliasLetters);
        return last.Cap || last.AllCaps || !char.IsLetter(text[last.Start]);
    }

    // "Jordan Bensimon", "Kerch Bridge": a one-word place followed by a name word or a head word
    // starts a longer name.
    static bool StartsLongerName(string text, List<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count || tokens[i].Possessive) return false;
        var next = tokens[i + 1];
        if (!next.Joined) return false;
        var w = Word(text, next);
        return (IsNameWord(text, next) || (next.Cap && (PlaceHeads.Contains(w) || OrganisationHeads.Contains(w))))
               && MatchGazetteer(text, tokens, i + 1, out _) == 0;
    }

    // ---- runs of capitalised words

    static int RunEnd(string text, List<Token> tokens, bool[] taken, int i)
    {
        var j = i + 1;
        while (j < tokens.Count && !taken[j])
        {
            var t = tokens[j];
            if (!t.Joined || tokens[j - 1].Possessive) break;
            var w = Word(text, t);
            if (NameParticles.Contains(w) && j + 1 < tokens.Count && tokens[j + 1].Joined && tokens[j + 1].Cap) { j++; continue; }
            if (!IsNameCapable(text, t) || FunctionWords.Contains(w)) break;
            j++;
        }
        return j;
    }

    // "Secretary of Defense James Schlesinger", "Council on Foreign Relations": connectors join a run
    // only when the longer run is a title or an organisation or place name.
    static int ExtendWithConnectors(string text, List<Token> tokens, bool[] taken, int i, int end)
    {
        while (end + 1 < tokens.Count && !taken[end] && !tokens[end - 1].Possessive && tokens[end].Joined &&
               Connectors.Contains(Word(text, tokens[end])) && tokens[end + 1].Joined && tokens[end + 1].Cap && !taken[end + 1])
        {
            var newEnd = RunEnd(text, tokens, taken, end + 1);
            var useful = false;
            for (var k = i; k < newEnd; k++)
            {
                var w = Word(text, tokens[k]);
                if (OrganisationHeads.Contains(w) || PlaceHeads.Contains(w) || (k >= end && TitleWords.Contains(w)) || (k < end && CoreTitleWords.Contains(w) && TitleWords.Contains(Word(text, tokens[end + 1]))))
                    useful = true;
            }
            if (!useful) break;
            end = newEnd;
        }
        return end;
    }

    // Returns false when the run needs the second pass (one word, or a headline).
    static bool ClassifyRun(string text, List<Token> tokens, int from, int to, HashSet<int> headline, HashSet<string> lone, List<EntityMention> mentions)
    {
        var first = Word(text, tokens[from]);

        // Organisation or place by its head word ("Naval War College", "Kerch Bridge", "Kibbutz Nahal Oz").
        for (var k = to - 1; k >= from; k--)
        {
            var w = Word(text, tokens[k]);
            var isOrg = OrganisationHeads.Contains(w);
            var isPlace = PlaceHeads.Contains(w);
            if (!isOrg && !isPlace) continue;
            if (k == from) break; // a head word alone is just a word
            var s = tokens[from].Start;
            var e = tokens[k].End;
            // Leading title words belong to a person, not to an organisation ("Joint Chiefs Chairman Milley").
            var kind = isOrg ? EntityKinds.Organisation : EntityKinds.Place;
            mentions.Add(new EntityMention(text[s..e], s, e, kind, KeyFor(kind, text[s..e]), null, isOrg ? "organisation head word" : "place head word"));
            if (k + 1 < to) ClassifyRun(text, tokens, k + 1, to, headline, lone, mentions);
            return true;
        }
        if (PlacePrefixes.Contains(first) && to - from >= 2)
        {
            var (s, e) = (tokens[from].Start, tokens[to - 1].End);
            mentions.Add(new EntityMention(text[s..e], s, e, EntityKinds.Place, KeyFor(EntityKinds.Place, text[s..e]), null, "place prefix word"));
            return true;
        }

        // Title + name: the name is what follows the last core title word.
        var lastTitle = -1;
        for (var k = from; k < to; k++)
            if (IsCoreTitle(text, tokens[k])) lastTitle = k;
        // "Martin Luther King": a title word at the end of a name is part of the name.
        if (lastTitle == to - 1 && AnyNameWord(text, tokens, from, to - 1)) lastTitle = -1;
        // "Secretary of Defense James Schlesinger": the title runs on through connectors and title words.
        while (lastTitle >= 0 && lastTitle + 2 < to &&
               (Connectors.Contains(Word(text, tokens[lastTitle + 1])) || TitleWords.Contains(Word(text, tokens[lastTitle + 1]))))
            lastTitle++;
        if (lastTitle >= 0)
        {
            if (lastTitle + 1 >= to) return true; // a title with no name ("the Secretary of Defense")
            var nameFrom = lastTitle + 1;
            if (!AllNameWords(text, tokens, nameFrom, to)) return false;
            var titleStartToken = TitleStartToken(text, tokens, from);
            var title = new TextSpan(text[tokens[titleStartToken].Start..tokens[lastTitle].End], tokens[titleStartToken].Start, tokens[lastTitle].End);
            AddPerson(text, tokens, nameFrom, to, title, "title + name", mentions);
            return true;
        }

        var count = to - from;
        // In a headline every word is capitalised; a name there must end at punctuation or the line end
        // ("By Diane Roberts", "Kudos to Cathy Young!"), not run on into the next word ("Elon Musk Stole My").
        if (headline.Contains(tokens[from].Line) && to < tokens.Count && tokens[to].Joined && tokens[to].Line == tokens[from].Line)
            return false;
        if (count >= 2 && count <= 4 && AllNameWords(text, tokens, from, to) && !IsInitial(text, tokens[to - 1]))
        {
            var title = TitleBefore(text, tokens, from);
            var evidence = title is not null ? "after a title" : PersonEvidence(text, tokens, from, to, lone, mentions);
            if (evidence is null) return false;
            AddPerson(text, tokens, from, to, title, "capitalised name " + evidence, mentions);
            return true;
        }
        return false;
    }

    static readonly HashSet<string> SpeechVerbsAfterName = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "tells", "wrote", "writes", "added", "adds", "argued", "argues", "noted", "notes", "explained",
        "explains", "asked", "asks", "replied", "responded", "recalled", "recalls", "believes", "thinks", "warned", "warns",
        "contributed", "reported", "reports", "announced", "acknowledged", "admitted", "insisted", "claimed", "claims", "testified",
    };

    // Why a capitalised pair without a title is a person's name rather than a product, event or heading
    // ("Kori Schake", not "Sound System"): returns the evidence, or null when there is none.
    static string? PersonEvidence(string text, List<Token> tokens, int from, int to, HashSet<string> lone, List<EntityMention> mentions)
    {
        var first = Word(text, tokens[from]);
        if (FirstNames.All.Contains(first)) return "(known first name)";
        for (var k = from + 1; k < to - 1; k++)
            if (IsInitial(text, tokens[k])) return "(middle initial)";
        var beforeLast = Word(text, tokens[to - 2]);
        if ((to - from >= 3 && NameParticles.Contains(beforeLast.ToLowerInvariant())) || beforeLast is "Abu" or "Bin" or "Al" or "Ibn")
            return "(name particle)";
        if (lone.Contains(NameText.Fold(Word(text, tokens[to - 1])))) return "(surname used alone elsewhere)";
        var (after, _, _) = Words.After(text, tokens[to - 1].End);
        if (after is not null && SpeechVerbsAfterName.Contains(after) && !tokens[to - 1].Possessive) return "(followed by '" + after + "')";
        var (before, beforeStart) = Words.Before(text, tokens[from].Start);
        if (before is "by" or "said" or "says" or "writes" or "named") return "(after '" + before + "')";
        // "Yair Agmon and Oriya Mevorach": a name joined by "and" to a person's name.
        if (before == "and" && mentions.Count > 0 && mentions[^1].Kind == EntityKinds.Person && mentions[^1].End <= beforeStart &&
            text.AsSpan(mentions[^1].End, beforeStart - mentions[^1].End).Trim().Length == 0)
            return "(and-joined to a name)";
        // Appositive or credit: "Kori Schake, a senior fellow", "(Roman Pilipey / AFP / Getty)", "[Amor Tobin: ...]".
        var rest = text.AsSpan(tokens[to - 1].End);
        if (tokens[to - 1].Possessive) return null;
        var restTrim = rest.TrimStart(' ');
        if (restTrim.StartsWith("/") || restTrim.StartsWith("/ ")) return "(photo credit)";
        if (rest.StartsWith(":") && from > 0 && text.AsSpan(0, tokens[from].Start).TrimEnd().EndsWith("[")) return "(related-link author)";
        if (rest.StartsWith(", "))
        {
            var (w, _, _) = Words.After(text, tokens[to - 1].End + 1);
            if (w is "a" or "an" or "the" or "who" or "whose" or "his" or "her" or "its" || (w is not null && text.AsSpan(tokens[to - 1].End + 2).StartsWith(w, StringComparison.OrdinalIgnoreCase) && IsPossessiveAt(text, tokens[to - 1].End + 2 + w.Length)))
                return "(appositive)";
        }
        return null;
    }

    static bool IsPossessiveAt(string text, int i) =>
        i + 1 < text.Length && text[i] is '’' or '\'' && text[i + 1] is 's';

    // Capitalised words that stand alone in the middle of a sentence ("... Schake thinks ..."): evidence
    // that a capitalised pair ending in one of them is a name.
    static HashSet<string> LoneCapitalised(string text, List<Token> tokens)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (!t.Cap || t.AllCaps || t.SentenceStart) continue;
            var prevJoinedCap = k > 0 && t.Joined && (tokens[k - 1].Cap || tokens[k - 1].AllCaps);
            var nextJoinedCap = k + 1 < tokens.Count && tokens[k + 1].Joined && !t.Possessive && (tokens[k + 1].Cap || tokens[k + 1].AllCaps);
            if (!prevJoinedCap && !nextJoinedCap) set.Add(NameText.Fold(Word(text, t)));
        }
        return set;
    }

    static bool AllNameWords(string text, List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (!IsNameWord(text, tokens[k]) && !NameParticles.Contains(Word(text, tokens[k]))) return false;
        return true;
    }

    static bool AnyNameWord(string text, List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (IsNameWord(text, tokens[k])) return true;
        return false;
    }

    static void AddPerson(string text, List<Token> tokens, int from, int to, TextSpan? title, string rule, List<EntityMention> mentions)
    {
        var (s, e) = (tokens[from].Start, tokens[to - 1].End);
        var name = text[s..e];
        mentions.Add(new EntityMention(name, s, e, EntityKinds.Person, "person:" + NameText.Slug(name), title, rule));
    }

    static string KeyFor(string kind, string surface) =>
        EntityGazetteer.FindByAlias(surface) is { } g && g.Kind == kind ? g.Key : kind + ":" + NameText.Slug(surface);

    // Title words inside a run start where the run starts, but the title may reach further back over
    // nationality adjectives and lowercase role words ("Russian President", "former President").
    static int TitleStartToken(string text, List<Token> tokens, int runStart)
    {
        var span = TitleBefore(text, tokens, runStart);
        if (span is null) return runStart;
        for (var k = runStart - 1; k >= 0; k--)
            if (tokens[k].Start == span.Start) return k;
        return runStart;
    }

    // The title or role words directly in front of token nameStart: "special envoy" Steve Witkoff,
    // "Putin foreign policy aide" Yuri Ushakov, "Fox News anchor" Bret Baier.
    static TextSpan? TitleBefore(string text, List<Token> tokens, int nameStart)
    {
        var start = -1;
        var k = nameStart - 1;
        var steps = 0;
        while (k >= 0 && steps < 5)
        {
            var next = tokens[k + 1];
            if (!next.Joined && !next.HyphenLeft) break;
            var t = tokens[k];
            if (t.Possessive) break;
            var w = Word(text, t);
            if (t.Cap && k > 0 && tokens[k].Joined && GazetteerIndex.ContainsKey(NameText.Fold(Word(text, tokens[k - 1]) + " " + w)))
            {
                // A two-word name in the title: "Fox News anchor".
                start = k - 1;
                k -= 2;
                steps += 2;
                continue;
            }
            var ok = t.Cap
                ? TitleWords.Contains(w) || NationalityWords.Contains(w) || (!FunctionWords.Contains(w) && MatchGazetteer(text, tokens, k, out _) > 0)
                : RoleWords.Contains(w);
            if (!ok) break;
            start = k;
            k--;
            steps++;
        }
        if (start < 0) return null;
        var end = tokens[nameStart - 1].End;
        return new TextSpan(text[tokens[start].Start..end], tokens[start].Start, end);
    }

    // ---- second pass

    // Full names are indexed by their first token and kept once each: a long text names the same people
    // thousands of times, and every pending word is compared only with the names that could start there.
    sealed record Known(HashSet<string> Surnames, HashSet<string> FirstNames, Dictionary<string, List<string[]>> FullNamesByFirst);

    static Known KnownNames(List<EntityMention> mentions)
    {
        var known = new Known([], [], new(StringComparer.Ordinal));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Kind != EntityKinds.Person || m.Key.StartsWith("role:", StringComparison.Ordinal)) continue;
            var tokens = NameText.Tokens(m.Text);
            if (tokens.Length < 2) continue;
            if (seen.Add(string.Join(' ', tokens)))
            {
                if (!known.FullNamesByFirst.TryGetValue(tokens[0], out var sameFirst)) known.FullNamesByFirst[tokens[0]] = sameFirst = [];
                sameFirst.Add(tokens);
            }
            known.Surnames.Add(tokens[^1]);
            known.FirstNames.Add(tokens[0]);
        }
        foreach (var p in EntityGazetteer.People)
            known.Surnames.Add(NameText.Tokens(p.Name)[^1]);
        return known;
    }

    static void ResolvePending(string text, List<Token> tokens, int from, int to, Known known, List<EntityMention> mentions)
    {
        var k = from;
        while (k < to)
        {
            // The longest full name known from this text.
            var matched = 0;
            var candidates = known.FullNamesByFirst.GetValueOrDefault(NameText.Slug(Word(text, tokens[k]))) ?? [];
            foreach (var full in candidates)
            {
                if (full.Length <= matched || k + full.Length > to) continue;
                var all = true;
                for (var x = 0; x < full.Length && all; x++)
                    all = NameText.Slug(Word(text, tokens[k + x])) == full[x];
                if (all) matched = full.Length;
            }
            if (matched > 0)
            {
                AddPerson(text, tokens, k, k + matched, TitleBefore(text, tokens, k), "full name seen in this text", mentions);
                k += matched;
                continue;
            }

            var t = tokens[k];
            var w = Word(text, t);
            var slug = NameText.Slug(w);
            if (!IsFunction(text, t) && !IsCalendarWord(w))
            {
                if (known.Surnames.Contains(slug) && !CommonWords.Contains(w))
                    AddPerson(text, tokens, k, k + 1, TitleBefore(text, tokens, k), "surname of a person named in this text", mentions);
                else if (known.FirstNames.Contains(slug) && !CommonWords.Contains(w) && IsNameWord(text, t))
                    AddPerson(text, tokens, k, k + 1, null, "first name of a person named in this text", mentions);
                else if (IsNameWord(text, t) && !t.AllCaps && to - from == 1)
                    ClassifySingle(text, tokens, k, mentions);
            }
            k++;
        }
    }

    static void ClassifySingle(string text, List<Token> tokens, int k, List<EntityMention> mentions)
    {
        var t = tokens[k];
        var w = Word(text, t);
        var prev = k > 0 && t.Joined ? Word(text, tokens[k - 1]) : null;
        var next = k + 1 < tokens.Count && tokens[k + 1].Joined && !t.Possessive ? Word(text, tokens[k + 1]) : null;
        if (prev is "named" or "called")
            mentions.Add(new EntityMention(w, t.Start, t.End, EntityKinds.Person, "person:" + NameText.Slug(w), null, "after 'named'"));
        else if (next is not null && PlaceNouns.Contains(next))
            mentions.Add(new EntityMention(w, t.Start, t.End, EntityKinds.Place, "place:" + NameText.Slug(w), null, "before a place noun"));
        else if (prev is not null && LocativePrepositions.Contains(prev) && !t.SentenceStart)
            mentions.Add(new EntityMention(w, t.Start, t.End, EntityKinds.Place, "place:" + NameText.Slug(w), null, "after a locative preposition"));
    }
}
