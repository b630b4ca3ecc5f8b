namespace ArticleReader.Claims.CheckWorthiness;

[Flags]
internal enum TokenShape : byte
{
    None = 0,
    Word = 1,
    Number = 2,
    Symbol = 4,
    Capitalised = 8,
    AllCaps = 16,
    Year = 32,
}

// A token is a view into the sentence; Hash is FNV-1a over its normalised characters (lower case, every
// digit as '0', curly apostrophes as '\''), so "1985" and "2016" share a hash and no substring is allocated.
internal struct ClaimToken
{
    public int Start;
    public int Length;
    public ulong Hash;
    public TokenShape Shape;
}

internal static class ClaimTokenizer
{
    // Sentences longer than this are scored on their first MaxTokens tokens; the scratch buffers live on the stack.
    public const int MaxTokens = 256;

    public const ulong FnvOffset = 14695981039346656037UL;
    public const ulong FnvPrime = 1099511628211UL;

    public static char Normalise(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c + 32),
        >= '0' and <= '9' => '0',
        '\u2019' or '\u2018' or '\u02BC' => '\'',
        '\u201C' or '\u201D' or '\u201E' => '"',
        < (char)128 => c,
        _ when char.IsDigit(c) => '0',
        _ => char.ToLowerInvariant(c),
    };

    public static ulong Fnv(ulong hash, char c) => (hash ^ c) * FnvPrime;

    public static ulong HashNormalised(ReadOnlySpan<char> text)
    {
        var h = FnvOffset;
        foreach (var c in text) h = Fnv(h, Normalise(c));
        return h;
    }

    // splitmix64 finaliser: FNV's low bits are weak, buckets take the high bits of this.
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }

    public static ulong Combine(ulong a, ulong b) => Mix(a ^ (b * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL));

    static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    // matches "$", "%", "?", "!", and straight or curly double quotes
    static bool IsSymbol(char c) => c is '$' or '€' or '£' or '%' or '?' or '!' or '"' or '\u201C' or '\u201D';

    // Joins a word across an inner character: "don't", "U.S", "600,000", "3.5"; hyphens split words.
    static bool Joins(ReadOnlySpan<char> text, int i)
    {
        if (i + 1 >= text.Length || i == 0) return false;
        char prev = text[i - 1], c = text[i], next = text[i + 1];
        if (IsApostrophe(c)) return char.IsLetter(prev) && char.IsLetter(next);
        if (c == ',') return char.IsDigit(prev) && char.IsDigit(next);
        if (c == '.')
            return (char.IsDigit(prev) && char.IsDigit(next)) || (char.IsUpper(prev) && char.IsUpper(next) && (i < 2 || !char.IsLetter(text[i - 2]) || text[i - 2] == '.'));
        return false;
    }

    public static int Tokenize(ReadOnlySpan<char> text, Span<ClaimToken> tokens)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length && count < tokens.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                var hash = FnvOffset;
                int letters = 0, uppers = 0;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || Joins(text, i)))
                {
                    var ch = text[i];
                    if (char.IsLetter(ch)) { letters++; if (char.IsUpper(ch)) uppers++; }
                    hash = Fnv(hash, Normalise(ch));
                    i++;
                }
                var length = i - start;
                TokenShape shape;
                if (char.IsDigit(text[start]))
                {
                    shape = TokenShape.Number;
                    if (IsYear(text.Slice(start, length))) shape |= TokenShape.Year;
                }
                else
                {
                    shape = TokenShape.Word;
                    if (char.IsUpper(text[start])) shape |= TokenShape.Capitalised;
                    if (letters >= 2 && uppers == letters) shape |= TokenShape.AllCaps;
                }
                tokens[count++] = new ClaimToken { Start = start, Length = length, Hash = hash, Shape = shape };
                continue;
            }
            if (IsSymbol(c))
                tokens[count++] = new ClaimToken { Start = i, Length = 1, Hash = Fnv(FnvOffset, Normalise(c)), Shape = TokenShape.Symbol };
            i++;
        }
        return count;
    }

    // matches "1985", "2016" and decades such as "1990s"
    static bool IsYear(ReadOnlySpan<char> token)
    {
        if (token.Length == 5 && token[4] == 's') token = token[..4];
        if (token.Length != 4) return false;
        foreach (var c in token) if (c is < '0' or > '9') return false;
        var value = (token[0] - '0') * 1000 + (token[1] - '0') * 100 + (token[2] - '0') * 10 + (token[3] - '0');
        return value is >= 1700 and <= 2099;
    }
}
