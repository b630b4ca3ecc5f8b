using System.Text.Json;
using ArticleReader.Text;

namespace ArticleReader.Web.Cli;

// Reads text on stdin and writes one JSON line per sentence: {"text", "start", "end"} (offsets into the input).
public static class SentencesCommand
{
    public static int Run(TextReader input, TextWriter output)
    {
        var text = input.ReadToEnd();
        foreach (var span in SentenceSplitter.Split(text))
            output.WriteLine(JsonSerializer.Serialize(new { text = span.Slice(text), start = span.Start, end = span.End }, Json.Compact));
        return 0;
    }
}

internal static class Json
{
    public static readonly JsonSerializerOptions Compact = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep “curly quotes” readable
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };
}
