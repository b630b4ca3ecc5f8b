using System.Text;

namespace ArticleReader.Ingestion;

public sealed record DecodedSource(string Text, string Encoding, string? Warning);

public sealed class UnreadableSourceException(string reason) : Exception(reason);

// Bytes to text. People paste from old word processors, so text that is not valid UTF-8 is read
// as Windows-1252 (with a warning) rather than rejected; binary content and empty files are refused.
public static class SourceDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedSource Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0) throw new UnreadableSourceException("the file is empty");

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Checked(Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Checked(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");

        var hasBom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        var body = hasBom ? bytes[3..] : bytes;
        var nul = body.IndexOf((byte)0);
        if (nul >= 0) throw new UnreadableSourceException($"binary content (a NUL byte at offset {nul + (hasBom ? 3 : 0)}), not text");

        try
        {
            return Checked(StrictUtf8.GetString(body), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            var text = Windows1252.GetString(body);
            return Checked(text, "windows-1252") with { Warning = "not valid UTF-8; decoded as Windows-1252" };
        }
    }

    private static DecodedSource Checked(string text, string encoding)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new UnreadableSourceException("the file holds no text (only whitespace)");
        var control = 0;
        foreach (var ch in text)
            if (char.IsControl(ch) && ch is not ('\n' or '\r' or '\t' or '\f')) control++;
        // A few stray control characters happen in pasted text; a tenth of the file means it is not text.
        if (control > 0 && control * 10 > text.Length) throw new UnreadableSourceException($"binary content ({control} control characters), not text");
        return new DecodedSource(text, encoding, null);
    }
}

// Windows-1252 without the CodePages provider: Latin-1 except for 0x80-0x9F.
internal static class Windows1252
{
    private static readonly char[] High =
    [
        '€', '\u0081', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u008D', 'Ž', '\u008F',
        '\u0090', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u009D', 'ž', 'Ÿ',
    ];

    public static string GetString(ReadOnlySpan<byte> bytes)
    {
        return string.Create(bytes.Length, bytes.ToArray(), static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var b = source[i];
                span[i] = b is >= 0x80 and <= 0x9F ? High[b - 0x80] : (char)b;
            }
        });
    }
}
