namespace ArticleReader.Claims;

// Reading single words around a position, for rules that look outwards from an anchor.
// A word counts as adjacent only when spaces alone separate it from the position.
internal static class Words
{
    // The lowercase word ending just before pos, and where it starts; (null, pos) if punctuation intervenes.
    public static (string? Word, int Start) Before(string text, int pos, bool allowComma = false)
    {
        var i = pos;
        while (i > 0 && text[i - 1] is ' ' or '\u00A0') i--;
        if (allowComma && i > 0 && text[i - 1] == ',')
        {
            i--;
            while (i > 0 && text[i - 1] is ' ' or '\u00A0') i--;
        }
        if (i == pos && pos > 0 && char.IsLetterOrDigit(text[pos - 1])) return (null, pos); // inside a word
        var end = i;
        while (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || (text[i - 1] is '-' or '’' or '\'' && i - 1 > 0 && char.IsLetter(text[i - 2]) && i < end + 1 && i != end)))
            i--;
        return i == end ? (null, pos) : (text[i..end].ToLowerInvariant(), i);
    }

    // The lowercase word starting just after pos, with its start and end.
    public static (string? Word, int Start, int End) After(string text, int pos)
    {
        var i = pos;
        while (i < text.Length && text[i] is ' ' or '\u00A0') i++;
        if (i == pos || i >= text.Length || !char.IsLetterOrDigit(text[i])) return (null, pos, pos);
        var s = i;
        while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
        return (text[s..i].ToLowerInvariant(), s, i);
    }
}
