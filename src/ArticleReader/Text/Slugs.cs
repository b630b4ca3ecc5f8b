using System.Globalization;
using System.Text;

namespace ArticleReader;

public static class Slugs
{
    // "The Ukraine War Can’t End Until Russia Stops Fighting" -> "the-ukraine-war-cant-end-until-russia-stops-fighting"
    public static string From(string text, int maxLength = 96)
    {
        var decomposed = Decompose(text);
        var sb = new StringBuilder(decomposed.Length);
        var dash = false;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            if (ch is '\'' or '’' or '‘') continue; // "can’t" -> "cant", not "can-t"
            if (char.IsAsciiLetterOrDigit(ch)) { sb.Append(char.ToLowerInvariant(ch)); dash = false; }
            else if (!dash && sb.Length > 0) { sb.Append('-'); dash = true; }
        }
        var slug = sb.ToString().Trim('-');
        if (slug.Length > maxLength)
        {
            // Cut at a word boundary so a slug never ends in half a word ("...sense-an").
            var cut = slug.LastIndexOf('-', maxLength);
            slug = (cut > maxLength / 2 ? slug[..cut] : slug[..maxLength]).TrimEnd('-');
        }
        return slug.Length == 0 ? "untitled" : slug;
    }

    // Normalisation refuses text holding a lone surrogate; such text keeps its accents undecomposed.
    private static string Decompose(string text)
    {
        try { return text.Normalize(NormalizationForm.FormD); }
        catch (ArgumentException) { return text; }
    }
}
