using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ArticleReader.Text;

// How line breaks inside a text are to be read.
public readonly record struct SentenceSplitOptions(bool LinesAreWrapped)
{
    public static SentenceSplitOptions Default => default;

    // Hard-wrapped text (PDF, plain-text e-mail): a line break before a lowercase word only wraps the sentence.
    public static SentenceSplitOptions Wrapped => new(true);
}

// English sentence boundaries with offsets, after the "Golden Rules" of pragmatic_segmenter.
// One left-to-right pass: the scanner jumps between candidate characters (. ? ! … line breaks, bullets)
// and decides each from the word before it and the text after it. Nothing is copied or rewritten.
public static partial class SentenceSplitter
{
    public static IReadOnlyList<TextSpan> Split(string text) => Split(text, SentenceSplitOptions.Default);

    public static IReadOnlyList<TextSpan> Split(string text, SentenceSplitOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Scanner(text, options).Run();
    }

    // ---------------------------------------------------------------------------------------------
    // Rules as data.

    // What a word before a period is; decides whether a capital after it starts a new sentence.
    internal enum WordKind
    {
        Plain,        // "world. My name"  -> ends
        Number,       // "$100.00. It is"  -> ends
        ListMarker,   // "1. The first item" at a sentence start -> never ends
        Title,        // "Mr. Smith"       -> never ends before a name
        Place,        // "St. Michael's" continues, "on Main St. The store" ends
        TakesNumber,  // "p. 55", "Jan. 6" -> continues before a digit
        Continuing,   // "e.g. Mexico", "Roe v. Wade" -> never ends
        Abbreviation, // "& Co. at noon" continues, "& Co. It closed" ends
        Time,         // "5 a.m.", "6 P.M."
        Initialism,   // "U.S.", "E.U."
        Initial,      // "Eliot A. Cohen", "you and I."
    }

    // Titles written before a name: "Mr. Smith", "Gen. Milley", "Sen. Warren", "Rep. Will Hurd".
    internal static readonly string[] TitleAbbreviations =
    [
        "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Gen", "Gens", "Lt", "Col", "Maj", "Capt", "Cpt",
        "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Cdr", "Brig", "Gov", "Govs", "Sen", "Sens", "Rep", "Reps", "Pres", "Rev",
        "Fr", "Msgr", "Hon", "Rt", "Amb", "Supt", "Det", "Insp", "Atty", "Attys", "Sec", "Secy",
    ];

    // Place prefixes that are also street suffixes: "St. Michael's Church", "Mt. Fuji", "Ft. Bragg".
    internal static readonly string[] PlaceAbbreviations = ["St", "Ste", "Mt", "Ft"];

    // Abbreviations followed by a number: "p. 55", "No. 5", "N°. 1026", "Jan. 6", "Vol. 3".
    internal static readonly string[] NumberTakingAbbreviations =
    [
        "p", "pp", "No", "Nos", "Nr", "N°", "Nº", "Vol", "Vols", "Fig", "Figs", "Art", "Arts", "Ch", "Chap", "Para",
        "Pt", "Ex", "Op", "ca", "approx", "est", "tel", "ext", "Rte", "Hwy", "Apt", "Rm", "Bldg",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ];

    // Abbreviations that always lead into more of the sentence: "e.g. Mexico", "vs. Ohio State", "Roe v. Wade".
    internal static readonly string[] ContinuingAbbreviations = ["e.g", "i.e", "vs", "v", "cf", "viz", "a.k.a", "aka", "incl", "esp"];

    // Other abbreviations: end a sentence before a capital ("& Co. It closed"), never before a digit or lowercase.
    internal static readonly string[] OtherAbbreviations =
    [
        "etc", "Inc", "Corp", "Co", "Ltd", "Bros", "Jr", "Sr", "Esq", "al", "Ph.D", "M.D", "B.A", "M.A", "Dept", "Univ",
        "Assn", "Ave", "Blvd", "Rd", "min", "max", "hr", "hrs", "yr", "yrs", "mo", "mos", "oz", "lb", "lbs", "sq",
    ];

    // AP state abbreviations, which end datelines and addresses: "DEKALB, Ill. — Mike Glass threw", "Springfield, Ill. 62701".
    internal static readonly string[] StateAbbreviations =
    [
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md",
        "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt",
        "Wash", "W.Va", "Wis", "Wyo",
    ];

    // Clock-time abbreviations: "At 5 a.m. Mr. Smith went", "at 6 P.M. Mr. Smith then went".
    internal static readonly string[] TimeAbbreviations = ["a.m", "p.m"];

    // Words that continue a clock time: "at 8 p.m. Eastern", "at 6 p.m. Monday", "at 9 a.m. Jan. 6".
    internal static readonly string[] TimeFollowers =
    [
        "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "GMT", "UTC", "BST", "CET", "CEST",
        "Eastern", "Central", "Mountain", "Pacific", "Moscow", "Kyiv", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
        "Oct", "Nov", "Dec",
    ];

    // Capitalised words that begin sentences far more often than they follow "U.S." or a middle initial:
    // "I live in the U.S. How about you?" ends, "I work for the U.S. Government" does not.
    internal static readonly string[] SentenceStarters =
    [
        "A", "About", "According", "After", "Again", "Ah", "All", "Almost", "Also", "Although", "Always", "Among", "An",
        "And", "Another", "Any", "Anyone", "Anything", "Are", "As", "At", "Because", "Before", "Being", "Besides", "Both",
        "But", "By", "Can", "Consequently", "Could", "Despite", "Did", "Do", "Does", "During", "Each", "Either", "Even",
        "Every", "Everyone", "Few", "Finally", "For", "From", "Furthermore", "Had", "Has", "Have", "He", "Hence", "Her",
        "Here", "His", "How", "However", "I", "If", "In", "Indeed", "Instead", "Is", "It", "Its", "Just", "Later",
        "Let", "Likewise", "Many", "Maybe", "Meanwhile", "Millions", "More", "Moreover", "Most", "Much", "Must", "My",
        "Neither", "Nevertheless", "No", "Nobody", "None", "Nor", "Not", "Nothing", "Now", "Of", "Often", "On", "Once",
        "Only", "Or", "Other", "Others", "Otherwise", "Our", "Perhaps", "Please", "Regardless", "Several", "She",
        "Should", "Similarly", "Since", "So", "Some", "Someone", "Something", "Soon", "Still", "Such", "That", "The",
        "Their", "Then", "There", "Therefore", "These", "They", "This", "Those", "Though", "Thus", "To", "Today",
        "Ultimately", "Unless", "Until", "We", "Were", "What", "Whatever", "When", "Where", "Whether", "Which", "While",
        "Who", "Whoever", "Why", "Will", "With", "Without", "Would", "Yes", "Yesterday", "Yet", "You", "Your",
    ];

    // Names spelled with an exclamation mark: "She works at Yahoo! Finance", "a Jeopardy! champion".
    internal static readonly string[] ExclamationNames = ["Yahoo", "Jeopardy"];

    // Candidate characters the scanner stops at; everything else is skipped in bulk.
    static readonly SearchValues<char> Candidates = SearchValues.Create(".?!‽…\n\r\u000B\u000C\u0085\u2028\u2029•◦‣⁃▪●►▸");

    // List bullets start an item wherever they stand: "• 9. The first item • 10. The second item".
    static readonly SearchValues<char> Bullets = SearchValues.Create("•◦‣⁃▪●►▸");

    static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u000B\u000C\u0085\u2028\u2029");

    // Closing marks that stay with the sentence they end: `great."`, `issue.”`, `engineer.)`, `done.’”`.
    static readonly SearchValues<char> Closers = SearchValues.Create("\"”’')]}»›");

    // Opening marks before the first word of the next sentence: `. “We`, `. (In most`.
    static readonly SearchValues<char> Openers = SearchValues.Create("\"“‘'([{«‹¿¡");

    // Periods inside a token like this are not sentence ends: "Jane.Doe@example.com", "https://www.example.50.com/a.html".
    [GeneratedRegex(@"://|^[(\[<“""']*www\.|\w@\w", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlOrEmailToken { get; }

    // A sentence that so far is only a fronted clock time cannot end there: "At 5 a.m. Mr. Smith went to the bank."
    [GeneratedRegex(@"^[\s""“‘'(]*(?:at|by|before|after|until|till|around|about|from|since|shortly\s+(?:before|after)|just\s+(?:before|after)|starting\s+at|beginning\s+at)\s+\d{1,2}(?:[:.]\d{2})?\s*[ap]\.m$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IntroductoryTimePhrase { get; }

    // A quoted question or exclamation followed by its speaker: `“Stop him!” Milley said.`, `“Why?” Gen. Brown asked.`
    [GeneratedRegex(@"^\s+(?:[A-Z][\p{L}’'.\-]*\s+){1,3}(?:said|says|asked|asks|added|adds|wrote|writes|told|tells|replied|replies|repeated|repeats|recalled|continued|explained|insisted|noted|argued|declared|shouted|yelled|screamed|exclaimed|cried|warned|tweeted|posted|responded|answered|countered|conceded|admitted|claimed|remarked|observed|joked|quipped|whispered|demanded|wondered|mused|recounted|announced|acknowledged|agreed|complained|pleaded|protested|snapped)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex QuotedSpeechAttribution { get; }

    // A list item at the start of a line: "1.) The first item", "1) ...", "1. ...", "a. ...", "a) ...".
    [GeneratedRegex(@"^(?<ordinal>\d{1,2}|[a-z])(?<style>\.\)|\)|\.)(?=\s)", RegexOptions.CultureInvariant)]
    private static partial Regex ListItemStart { get; }

    // A quotation closed within this many characters of a candidate boundary, and continued in lowercase,
    // is embedded in the surrounding sentence: "screaming ‘Where are you! Come out!’ in this accented Hebrew."
    const int ShortQuotationLength = 200;

    // Bounds that keep one pass linear on pathological input (a megabyte without spaces or one endless quotation).
    const int MaxChainSegments = 8;        // "U.S.A." has three; "a.b.c.d.e.f.g.h.i" is not an abbreviation
    const int MaxTokenLookaround = 256;    // a URL or e-mail address is shorter than this on either side of a dot
    const int MaxQuotationLookback = 2000; // an opening quote further back than this is not looked for

    static readonly FrozenDictionary<string, WordKind> Abbreviations = BuildAbbreviations();

    static readonly FrozenDictionary<string, WordKind>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup =
        SentenceStarters.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeFollowerLookup =
        TimeFollowers.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ExclamationNameLookup =
        ExclamationNames.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    static FrozenDictionary<string, WordKind> BuildAbbreviations()
    {
        var all = new Dictionary<string, WordKind>(StringComparer.OrdinalIgnoreCase);
        void Add(string[] words, WordKind kind)
        {
            foreach (var w in words) all.TryAdd(w, kind);
        }
        Add(TimeAbbreviations, WordKind.Time);
        Add(ContinuingAbbreviations, WordKind.Continuing);
        Add(TitleAbbreviations, WordKind.Title);
        Add(PlaceAbbreviations, WordKind.Place);
        Add(NumberTakingAbbreviations, WordKind.TakesNumber);
        Add(OtherAbbreviations, WordKind.Abbreviation);
        Add(StateAbbreviations, WordKind.Abbreviation);
        return all.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    // Exposed for tests: what the splitter makes of the word ending just before text[periodIndex].
    internal static WordKind ClassifyWordBefore(string text, int periodIndex) =>
        new Scanner(text, default).Classify(periodIndex);

    // ---------------------------------------------------------------------------------------------

    private sealed class Scanner(string text, SentenceSplitOptions options)
    {
        readonly int n = text.Length;
        readonly List<TextSpan> spans = [];
        int sentenceStart;
        int bareUntil;
        List<int>? listCuts;
        int nextListCut;

        public List<TextSpan> Run()
        {
            PlanListItems(0);
            int i = 0;
            while (i < n)
            {
                int offset = text.AsSpan(i).IndexOfAny(Candidates);
                int candidate = offset < 0 ? n : i + offset;
                while (listCuts is not null && nextListCut < listCuts.Count && listCuts[nextListCut] <= candidate)
                    Cut(listCuts[nextListCut++]);
                if (candidate >= n) break;
                int resume = Handle(candidate);
                i = resume > candidate ? resume : candidate + 1;
            }
            Cut(n, keepBareBullets: true);
            return spans;
        }

        void Cut(int position, bool keepBareBullets = false)
        {
            if (position <= sentenceStart) return;
            // A bullet stays with its item ("• 10. The second item") unless nothing follows it.
            if (!keepBareBullets && OnlyBulletsSinceSentenceStart(position)) return;
            int s = sentenceStart, e = position;
            while (s < e && IsBlank(text[s])) s++;
            while (e > s && IsBlank(text[e - 1])) e--;
            if (s < e) spans.Add(new TextSpan(s, e));
            sentenceStart = position;
        }

        int Handle(int i)
        {
            char c = text[i];
            if (c is '.' or '…') return HandleDots(i);
            if (c is '?' or '!' or '‽') return HandleQuestionOrExclamation(i);
            if (Bullets.Contains(c))
            {
                Cut(i);
                return i + 1;
            }
            return HandleLineBreak(i);
        }

        // ---- line breaks and lists

        int HandleLineBreak(int i)
        {
            int k = i, breaks = 0;
            while (k < n && char.IsWhiteSpace(text[k]))
            {
                char ch = text[k];
                if (ch == '\r' && k + 1 < n && text[k + 1] == '\n') k++;
                if (LineBreaks.Contains(ch)) breaks++;
                k++;
            }
            if (breaks == 1 && k < n && IsSoftLineBreak(i, k)) return k;
            Cut(i);
            PlanListItems(k);
            return k;
        }

        // "It was a cold \nnight" wraps (space before the break, lowercase after); "features\ncontact manager" is a list.
        bool IsSoftLineBreak(int breakIndex, int nextIndex)
        {
            char next = text[nextIndex];
            if (options.LinesAreWrapped && char.IsLower(next)) return true;
            return breakIndex > 0 && text[breakIndex - 1] is ' ' or '\t' && (char.IsLower(next) || next == '(');
        }

        // "1. The first item 2. The second item": a numbered or lettered run that starts a line cuts before each
        // following ordinal on the same line, even where the previous item has no final period.
        void PlanListItems(int lineStart)
        {
            int s = lineStart;
            while (s < n && (text[s] is ' ' or '\t' || Bullets.Contains(text[s]))) s++;
            if (s >= n || !(char.IsAsciiDigit(text[s]) || char.IsAsciiLetterLower(text[s]))) return;
            var head = text.AsSpan(s, Math.Min(6, n - s));
            int markerLength = 0, ordinal = 0;
            string style = "";
            foreach (var m in ListItemStart.EnumerateMatches(head))
            {
                markerLength = m.Length;
                int styleStart = head[..m.Length].IndexOfAny('.', ')');
                style = head[styleStart..m.Length].ToString();
                ordinal = char.IsAsciiDigit(head[0]) ? int.Parse(head[..styleStart]) : head[0];
                break;
            }
            if (markerLength == 0) return;
            bool lettered = !char.IsAsciiDigit(text[s]);

            int lineEnd = text.AsSpan(s).IndexOfAny(LineBreaks);
            lineEnd = lineEnd < 0 ? n : s + lineEnd;
            int from = s + markerLength;
            while (true)
            {
                ordinal++;
                if (lettered && ordinal > 'z') return;
                string marker = (lettered ? ((char)ordinal).ToString() : ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture)) + style;
                int found = FindStandalone(marker, from, lineEnd);
                if (found < 0) return;
                (listCuts ??= []).Add(found);
                from = found + marker.Length;
            }
        }

        int FindStandalone(string marker, int from, int to)
        {
            while (from < to)
            {
                int k = text.AsSpan(from, to - from).IndexOf(marker, StringComparison.Ordinal);
                if (k < 0) return -1;
                int at = from + k, after = at + marker.Length;
                bool before = char.IsWhiteSpace(text[at - 1]) || Bullets.Contains(text[at - 1]);
                if (before && after < n && char.IsWhiteSpace(text[after])) return at;
                from = at + 1;
            }
            return -1;
        }

        // ---- ? and !

        int HandleQuestionOrExclamation(int i)
        {
            int end = i;
            while (end < n && text[end] is '?' or '!' or '‽') end++;
            int j = ConsumeClosers(end);
            if (j >= n || !char.IsWhiteSpace(text[j])) return j;
            int g = NextSignificant(j);
            if (g >= n) return j;
            char next = text[g];
            if (char.IsLower(next)) return j; // `“Why?” he asked`, "Yahoo! in the accounting department"
            bool closedQuote = text.AsSpan(end, j - end).IndexOfAny("\"”’'") >= 0;
            if (closedQuote && QuotedSpeechAttribution.IsMatch(text.AsSpan(j, Math.Min(120, n - j)))) return j;
            if (IsExclamationName(i) && !NextWordIsSentenceStarter(g)) return j;
            if (InsideEmbeddedQuotation(i)) return j;
            Cut(j);
            return j;
        }

        bool IsExclamationName(int mark)
        {
            int s = mark;
            while (s > sentenceStart && char.IsLetter(text[s - 1])) s--;
            return s < mark && ExclamationNameLookup.Contains(text.AsSpan(s, mark - s));
        }

        // ---- periods and ellipses

        int HandleDots(int i)
        {
            int dots = 0, end = i, k = i;
            bool spaced = false;
            while (k < n)
            {
                char ch = text[k];
                if (ch == '.') { dots++; end = ++k; }
                else if (ch == '…') { dots += 3; end = ++k; }
                else if (ch == ' ' && dots > 0 && k + 1 < n && text[k + 1] is '.' or '…') { spaced = true; k++; }
                else break;
            }

            // Bracketed elision inside a quotation: "Bohr [...] used the analogy", "stairways […]".
            if (dots >= 3 && i > 0 && text[i - 1] is '[' or '(' && end < n && text[end] is ']' or ')')
                return end + 1;

            if (dots <= 2 && !spaced) return HandlePeriod(i, end);

            bool attached = i > 0 && !char.IsWhiteSpace(text[i - 1]);
            if (spaced && attached && dots >= 4)
                return HandlePeriodBeforeEllipsis(i, end);
            return HandleEllipsis(i, end, dots, spaced);
        }

        // A period then a spaced ellipsis: the sentence ends at the period and the ellipsis opens the next one
        // ("compounds. . . . The practice was not abandoned"), unless the text continues in lowercase or ends.
        int HandlePeriodBeforeEllipsis(int i, int end)
        {
            int j = ConsumeClosers(end);
            if (j >= n || !char.IsWhiteSpace(text[j])) return j;
            int g = NextSignificant(j);
            if (g < n && char.IsUpper(text[g]))
            {
                Cut(i + 1);
                return i + 1;
            }
            return j;
        }

        // "that.... She left" and "period . . . . Next" end (an ellipsis plus a period); "...see", ". . . I didn’t"
        // and "really ... well" do not; an unspaced "..."/"…" before a capital ends, as in pragmatic_segmenter,
        // except before the pronoun I, whose capital says nothing: "Well… I don’t know."
        int HandleEllipsis(int i, int end, int dots, bool spaced)
        {
            int j = ConsumeClosers(end);
            if (j >= n || !char.IsWhiteSpace(text[j])) return j;
            int g = NextSignificant(j);
            if (g >= n) return j;
            char next = text[g];
            bool closedQuote = j > end;
            bool boundary = dots >= 4 ? !char.IsLower(next)
                : spaced ? closedQuote && char.IsUpper(next)
                : char.IsUpper(next) && !IsPronounI(g);
            if (boundary && !InsideEmbeddedQuotation(i)) Cut(j);
            return j;
        }

        int HandlePeriod(int p, int end)
        {
            if (end < n && !char.IsWhiteSpace(text[end]) && !Closers.Contains(text[end]))
            {
                if (end == p + 1 && IsGluedSentenceEnd(p)) Cut(p + 1);
                return end;
            }
            var kind = Classify(p);
            if (kind == WordKind.ListMarker) return end;
            int j = ConsumeClosers(end);
            if (j >= n || !char.IsWhiteSpace(text[j])) return j; // "JFK Jr.'s book"
            int g = NextSignificant(j);
            if (g >= n) return j;
            char next = text[g];
            bool boundary;
            if (char.IsLower(next)) boundary = false;                                   // "the U.S. for 20 years"
            else if (char.IsDigit(next)) boundary = kind is WordKind.Plain or WordKind.Number; // "p. 55" vs "item. 2."
            else if (next is '—' or '–') boundary = kind is WordKind.Plain or WordKind.Number; // "DEKALB, Ill. — Mike Glass"
            else boundary = kind switch
            {
                WordKind.Title or WordKind.Continuing => false,
                WordKind.Place or WordKind.Initialism or WordKind.Initial => NextWordIsSentenceStarter(g),
                WordKind.Time => !NextWordIsTimeFollower(g)
                    && !IntroductoryTimePhrase.IsMatch(text.AsSpan(sentenceStart, p - sentenceStart)),
                _ => true,
            };
            if (boundary && !InsideEmbeddedQuotation(p)) Cut(j);
            return j;
        }

        // Sentences run together without a space: "Hello world.Today is Tuesday.Mr. Smith ... bought 1,000.That is".
        bool IsGluedSentenceEnd(int p)
        {
            if (p == 0 || p + 2 >= n) return false;
            char before = text[p - 1];
            if (!(char.IsAsciiLetterLower(before) || char.IsAsciiDigit(before))) return false;
            if (!char.IsUpper(text[p + 1]) || !char.IsLower(text[p + 2])) return false;
            if (Classify(p) is not (WordKind.Plain or WordKind.Number)) return false;
            int s = p, e = p, sMin = Math.Max(0, p - MaxTokenLookaround), eMax = Math.Min(n, p + MaxTokenLookaround);
            while (s > sMin && !char.IsWhiteSpace(text[s - 1])) s--;
            while (e < eMax && !char.IsWhiteSpace(text[e])) e++;
            return !UrlOrEmailToken.IsMatch(text.AsSpan(s, e - s));
        }

        // The word that ends at a period, read back no further than the current sentence start.
        public WordKind Classify(int p)
        {
            int limit = sentenceStart;
            if (p <= limit) return WordKind.Plain;
            char b = text[p - 1];
            bool markerFollows = p + 1 >= n || char.IsWhiteSpace(text[p + 1]) || text[p + 1] == ')';

            if (char.IsDigit(b))
            {
                int s = p - 1;
                while (s > limit && char.IsDigit(text[s - 1])) s--;
                return p - s <= 2 && markerFollows && OnlyBulletsSinceSentenceStart(s) ? WordKind.ListMarker : WordKind.Number;
            }
            if (!IsWordChar(b)) return WordKind.Plain;

            int last = p - 1;
            while (last > limit && IsWordChar(text[last - 1])) last--;
            if (p - last == 1 && char.IsLower(b) && markerFollows && OnlyBulletsSinceSentenceStart(last))
                return WordKind.ListMarker; // "a. The first item"

            int chain = last, segments = 1;
            bool allSingle = p - last == 1;
            while (segments < MaxChainSegments && chain - 2 >= limit && text[chain - 1] == '.' && IsWordChar(text[chain - 2]))
            {
                int s = chain - 2;
                while (s > limit && IsWordChar(text[s - 1])) s--;
                if (chain - 1 - s != 1) allSingle = false;
                segments++;
                chain = s;
            }
            if (chain == last && p - last == 1 && char.IsUpper(b)) return WordKind.Initial; // "James P. Kennedy", not "p. 55"
            if (AbbreviationLookup.TryGetValue(text.AsSpan(chain, p - chain), out var kind)) return kind;

            if (segments >= 2 && allSingle) return WordKind.Initialism;
            if (chain != last && AbbreviationLookup.TryGetValue(text.AsSpan(last, p - last), out kind)) return kind;
            return p - last == 1 && char.IsUpper(b) ? WordKind.Initial : WordKind.Plain;
        }

        // Whitespace plus the invisible joiners pasted text carries (zero-width space, word joiner, byte-order mark),
        // so that no sentence is made of, or starts with, something a reader cannot see.
        static bool IsBlank(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u2060' or '\uFEFF';

        static bool IsWordChar(char c) => char.IsLetter(c) || c is '°' or 'º';

        // Whether the current sentence so far holds nothing but whitespace and bullets. The checked prefix is
        // remembered so that a long run of bullets is read once, not once per bullet.
        bool OnlyBulletsSinceSentenceStart(int to)
        {
            int k = Math.Max(sentenceStart, bareUntil);
            for (; k < to; k++)
                if (!IsBlank(text[k]) && !Bullets.Contains(text[k])) return false;
            bareUntil = Math.Max(bareUntil, to);
            return true;
        }

        // ---- what surrounds a candidate

        // `great."`, `issue.”`, `engineer.)`, `done.’ ”`; an apostrophe before a letter is not a closer ("Jr.'s").
        int ConsumeClosers(int j)
        {
            while (j < n)
            {
                char c = text[j];
                if (c is '\'' or '’')
                {
                    if (j + 1 < n && char.IsLetter(text[j + 1])) break;
                    j++;
                }
                else if (Closers.Contains(c)) j++;
                else if (c == ' ' && j + 1 < n && text[j + 1] is '”' or '’' && (j + 2 >= n || !char.IsLetterOrDigit(text[j + 2]))) j += 2;
                else break;
            }
            return j;
        }

        // The first character of the next word, past whitespace and opening quotes or brackets.
        int NextSignificant(int j)
        {
            while (j < n && char.IsWhiteSpace(text[j])) j++;
            while (j < n && Openers.Contains(text[j])) j++;
            return j;
        }

        bool NextWordIsSentenceStarter(int g)
        {
            int e = g;
            while (e < n && char.IsLetter(text[e])) e++;
            if (e == g || !char.IsUpper(text[g])) return false;
            if (e - g == 1 && e < n && text[e] == '.') return false; // another initial: "H. R. McMaster", "H. A. Smith"
            return StarterLookup.Contains(text.AsSpan(g, e - g));
        }

        bool IsPronounI(int g) => text[g] == 'I' && (g + 1 >= n || !char.IsLetter(text[g + 1]));

        bool NextWordIsTimeFollower(int g)
        {
            int e = g;
            while (e < n && char.IsLetter(text[e])) e++;
            return e > g && TimeFollowerLookup.Contains(text.AsSpan(g, e - g));
        }

        // True when the mark at index `mark` sits inside a quotation that closes shortly after it and is then
        // continued in lowercase or by a comma: the whole quotation is part of one sentence.
        bool InsideEmbeddedQuotation(int mark)
        {
            int doubleDepth = 0, singleDepth = 0;
            char closer = '\0';
            int from = Math.Max(sentenceStart, mark - MaxQuotationLookback);
            for (int k = mark - 1; k >= from && closer == '\0'; k--)
            {
                char c = text[k];
                switch (c)
                {
                    case '”': doubleDepth++; break;
                    case '“': if (doubleDepth == 0) closer = '”'; else doubleDepth--; break;
                    case '"':
                        if (IsOpeningStraightQuote(k)) { if (doubleDepth == 0) closer = '"'; else doubleDepth--; }
                        else doubleDepth++;
                        break;
                    case '’': if (IsClosingSingleQuote(k)) singleDepth++; break;
                    case '‘': if (singleDepth == 0) closer = '’'; else singleDepth--; break;
                }
            }
            if (closer == '\0') return false;

            int limit = Math.Min(n, mark + ShortQuotationLength);
            for (int k = mark + 1; k < limit; k++)
            {
                char c = text[k];
                if (LineBreaks.Contains(c)) return false;
                bool closes = closer switch
                {
                    '’' => c == '’' && IsClosingSingleQuote(k),
                    '"' => c == '"' && !IsOpeningStraightQuote(k),
                    _ => c == '”',
                };
                if (!closes) continue;
                int after = ConsumeClosers(k + 1);
                if (after >= n) return false;
                if (text[after] is ',' or ';') return true;
                int g = after;
                while (g < n && char.IsWhiteSpace(text[g])) g++;
                return g > after && g < n && char.IsLower(text[g]);
            }
            return false;
        }

        bool IsOpeningStraightQuote(int k) =>
            (k == 0 || char.IsWhiteSpace(text[k - 1]) || Openers.Contains(text[k - 1]) || text[k - 1] is '—' or '–' or '-')
            && k + 1 < n && !char.IsWhiteSpace(text[k + 1]);

        bool IsClosingSingleQuote(int k) =>
            k > 0 && !char.IsWhiteSpace(text[k - 1]) && (k + 1 >= n || !char.IsLetter(text[k + 1]));
    }
}
