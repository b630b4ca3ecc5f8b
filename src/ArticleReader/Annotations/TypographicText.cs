namespace ArticleReader.Annotations;

// A view of a text in which typographic variants compare equal, with a map back to the raw offsets.
// Re-ingested articles often differ only in typography (an editor straightens quotes, a paste doubles a
// space), and that must not turn an annotation into "Changed". Every normalised character remembers the
// raw range it came from, so anything found here is reported as raw offsets, never as normalised text.
internal sealed class TypographicText
{
    // Matches ‘ ’ ‚ ‛ ′ (curly and prime apostrophes) -> '
    internal const string SingleQuoteVariants = "\u2018\u2019\u201A\u201B\u2032";
    // Matches “ ” „ ‟ ″ (curly and prime double quotes) -> "
    internal const string DoubleQuoteVariants = "\u201C\u201D\u201E\u201F\u2033";
    // Matches ‐ ‑ ‒ – — ― − (hyphen, non-breaking hyphen, figure/en/em dash, bar, minus) -> -
    internal const string DashVariants = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212";
    // Matches soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM: invisible, dropped.
    internal const string InvisibleCharacters = "\u00AD\u200B\u200C\u200D\u2060\uFEFF";
    // Matches "…" -> "..." (the only expansion: both spellings are common in pasted text).
    internal const char Ellipsis = '\u2026';

    public string Text { get; }
    public string Folded { get; }
    readonly int[] rawStart;
    readonly int[] rawEnd;
    public int RawLength { get; }

    TypographicText(string text, int[] rawStart, int[] rawEnd, int rawLength)
    {
        Text = text;
        Folded = text.ToLowerInvariant();
        this.rawStart = rawStart;
        this.rawEnd = rawEnd;
        RawLength = rawLength;
    }

    public int Length => Text.Length;

    // Runs of whitespace (any kind, including newlines and no-break spaces) become one space.
    public static TypographicText Of(string raw)
    {
        var capacity = raw.Length + 2 * raw.AsSpan().Count(Ellipsis);
        var text = new char[capacity];
        var starts = new int[capacity];
        var ends = new int[capacity];
        var length = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c > ' ' && c < '\u0080')
            {
                // Printable ASCII, most of any article, has no variants.
                (text[length], starts[length], ends[length]) = (c, i, i + 1);
                length++;
            }
            else if (char.IsWhiteSpace(c))
            {
                var runEnd = i + 1;
                while (runEnd < raw.Length && (char.IsWhiteSpace(raw[runEnd]) || InvisibleCharacters.Contains(raw[runEnd]))) runEnd++;
                (text[length], starts[length], ends[length]) = (' ', i, runEnd);
                length++;
                i = runEnd - 1;
            }
            else if (InvisibleCharacters.Contains(c)) { }
            else if (c == Ellipsis)
                for (var dot = 0; dot < 3; dot++, length++) (text[length], starts[length], ends[length]) = ('.', i, i + 1);
            else
            {
                (text[length], starts[length], ends[length]) = (Fold(c), i, i + 1);
                length++;
            }
        }
        return new TypographicText(new string(text, 0, length), starts[..length], ends[..length], raw.Length);
    }

    public static string Normalize(string raw) => Of(raw).Text;

    static char Fold(char c) =>
        SingleQuoteVariants.Contains(c) ? '\'' :
        DoubleQuoteVariants.Contains(c) ? '"' :
        DashVariants.Contains(c) ? '-' :
        c;

    // The raw range covered by normalised characters [start, end); end > start.
    public (int Start, int End) ToRaw(int start, int end) => (rawStart[start], rawEnd[end - 1]);

    // The normalised index of the first character whose raw range ends after rawOffset (Length if none).
    public int FromRaw(int rawOffset)
    {
        int lo = 0, hi = rawEnd.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (rawEnd[mid] > rawOffset) hi = mid; else lo = mid + 1;
        }
        return lo;
    }
}
