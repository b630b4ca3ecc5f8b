using System.Text;

namespace ArticleReader.Claims;

// Normalisation of names for keys and comparisons: lowercase, accents folded, typographic
// apostrophes made plain, dots dropped ("U.S." -> "us", "Nicolás" -> "nicolas").
internal static class NameText
{
    const string Accented = "àáâãäåāăąçćčďèéêëēėęěğìíîïīįıłñńňòóôõöøōőřśšşťùúûüūůűųýÿźżžßđ";
    const string Plain    = "aaaaaaaaacccdeeeeeeeegiiiiiiilnnnoooooooorssstuuuuuuuuyyzzzsd";

    public static string Fold(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            var c = char.ToLowerInvariant(ch);
            if (c is '’' or '‘' or '`') c = '\'';
            var k = Accented.IndexOf(c);
            sb.Append(k >= 0 ? Plain[k] : c);
        }
        return sb.ToString();
    }

    // "Vladimir Putin" -> "vladimir-putin", "U.S." -> "us", "O’Brien" -> "o'brien"
    public static string Slug(string s)
    {
        var f = Fold(s);
        var sb = new StringBuilder(f.Length);
        var dash = false;
        foreach (var c in f)
        {
            if (char.IsLetterOrDigit(c) || c == '\'') { sb.Append(c); dash = false; }
            else if (c == '.') continue;
            else if (!dash && sb.Length > 0) { sb.Append('-'); dash = true; }
        }
        while (sb.Length > 0 && sb[^1] == '-') sb.Length--;
        return sb.ToString();
    }

    // Name tokens for comparison: "Eliot A. Cohen" -> ["eliot", "a", "cohen"].
    public static string[] Tokens(string s) =>
        Slug(s).Split('-', StringSplitOptions.RemoveEmptyEntries);
}
