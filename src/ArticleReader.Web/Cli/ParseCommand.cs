using ArticleReader.Ingestion;
using ArticleReader.Model;

namespace ArticleReader.Web.Cli;

// Shows how a file would be read, block by block, without storing anything: for checking a new source.
public static class ParseCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var sentences = args.Contains("--sentences");
        var paths = args.Where(a => a != "--sentences").ToList();
        if (paths.Count == 0) { output.WriteLine("usage: parse [--sentences] FILE..."); return 2; }
        var failed = 0;
        foreach (var path in paths)
        {
            try
            {
                var format = SourceFormats.ForPath(path) ?? throw new UnreadableSourceException($"unsupported file type '{Path.GetExtension(path)}'");
                var decoded = SourceDecoder.Decode(File.ReadAllBytes(path));
                var parsed = SourceMetadata.Apply(format.Parse(decoded.Text), SourceMetadata.For(path));
                if (sentences)
                {
                    // One JSON line per sentence of each article's own text, with its block and offsets.
                    foreach (var article in parsed.Articles)
                        foreach (var s in ArticleReader.Analysis.SentenceUnits.Of(article.Blocks))
                            output.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
                            {
                                article = Slugs.From(article.Title), block = s.BlockOrdinal, kind = s.BlockKind, s.Start, s.End, s.Text,
                            }, Json.Compact));
                    continue;
                }
                output.WriteLine($"# {path} ({format.Name}, {decoded.Encoding}): {parsed.Articles.Count} article(s)");
                foreach (var block in parsed.Outside) Print(output, block);
                foreach (var article in parsed.Articles)
                {
                    output.WriteLine($"## {article.Title} | kicker={article.Kicker} | dek={article.Dek} | author={article.Author} | outlet={article.Outlet} | published={article.Published?.Iso} | url={article.Url} | section={article.Section}");
                    foreach (var block in article.Blocks) Print(output, block);
                }
            }
            catch (Exception e) when (e is UnreadableSourceException or MetadataException or IOException)
            {
                output.WriteLine($"error: {path}: {e.Message}");
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }

    private static void Print(TextWriter output, ParsedBlock b)
    {
        var text = b.Text.ReplaceLineEndings("⏎");
        if (text.Length > 90) text = text[..90] + "…";
        var meta = b.Meta.Count == 0 ? "" : " {" + string.Join(", ", b.Meta.Select(kv => $"{kv.Key}={kv.Value}")) + "}";
        output.WriteLine($"  {b.Kind,-12} {b.Start,6}-{b.End,-6} {text}{meta}");
    }
}
