using ArticleReader.Ingestion.TextDump;
using ArticleReader.Model;

namespace ArticleReader.Ingestion;

public sealed record SourceFormat(string Name, IReadOnlyList<string> Extensions, Func<string, ParsedSource> Parse);

// The file kinds ArticleReader reads, chosen by extension.
public static class SourceFormats
{
    public static readonly IReadOnlyList<SourceFormat> All =
    [
        new("text", [".txt", ".text"], TextDumpParser.Parse),
        new("markdown", [".md", ".markdown"], Markdown.MarkdownArticleParser.Parse),
        new("html", [".html", ".htm"], Html.HtmlArticleParser.Parse),
    ];

    public static SourceFormat? ForPath(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        return All.FirstOrDefault(f => f.Extensions.Contains(ext));
    }

    public static string Describe() => string.Join(", ", All.SelectMany(f => f.Extensions));
}
