using System.Text;
using System.Text.RegularExpressions;

namespace ArticleReader.Ingestion.Html;

public sealed record DecodedHtml(string Text, string EncodingName, IReadOnlyList<string> Warnings);

// Saved pages arrive as bytes in whatever encoding the site used. Order of evidence: byte-order mark,
// then a charset declared in the first few kilobytes, then UTF-8; bytes that are not valid UTF-8
// without any declaration are read as windows-1252, the usual culprit, with a warning.
public static partial class HtmlDecoding
{
    private const int SniffLength = 8192;

    static HtmlDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // matches <meta charset="utf-8"> and <meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">
    [GeneratedRegex("""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase)]
    internal static partial Regex MetaCharset();

    public static DecodedHtml Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return new(new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3), "utf-8", []);
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return new(Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), "utf-16le", []);
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return new(Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2), "utf-16be", []);

        var warnings = new List<string>();
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, SniffLength));
        var declared = MetaCharset().Match(head) is { Success: true } m ? m.Groups[1].Value : null;
        if (declared is not null)
        {
            var encoding = TryGetEncoding(declared);
            // A page that declares UTF-16 in ASCII-compatible bytes is lying (the HTML standard reads it as UTF-8).
            if (encoding is not null && encoding.CodePage is not (1200 or 1201 or 65001))
                return new(encoding.GetString(bytes), encoding.WebName, warnings);
            if (encoding is null) warnings.Add($"Unknown declared charset '{declared}'; decoded as UTF-8.");
        }

        try
        {
            return new(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes), "utf-8", warnings);
        }
        catch (DecoderFallbackException)
        {
            if (declared is not null && TryGetEncoding(declared)?.CodePage == 65001)
            {
                warnings.Add("Page declares UTF-8 but contains invalid UTF-8 bytes; they were replaced.");
                return new(new UTF8Encoding(false).GetString(bytes), "utf-8", warnings);
            }
            warnings.Add("Page is not valid UTF-8 and declares no charset; decoded as windows-1252.");
            var fallback = Encoding.GetEncoding(1252);
            return new(fallback.GetString(bytes), fallback.WebName, warnings);
        }
    }

    private static Encoding? TryGetEncoding(string name)
    {
        try
        {
            var encoding = Encoding.GetEncoding(name.Trim());
            // Browsers read pages labelled Latin-1 or ASCII as windows-1252 (curly quotes live in 0x80-0x9F).
            return encoding.CodePage is 28591 or 20127 ? Encoding.GetEncoding(1252) : encoding;
        }
        catch (ArgumentException) { return null; }
    }
}
