using System.Text.Json;
using System.Text.Json.Serialization;
using ArticleReader.Model;

namespace ArticleReader.Ingestion;

// Facts a person supplies that the text does not state. A folder's `metadata.json` maps file names to
// entries; a file's own `<file>.meta.json` holds one entry and wins over the folder's.
// Metadata overrides text clues; what neither states stays unknown.
public sealed record MetadataEntry
{
    public string? Title { get; init; }
    public string? Author { get; init; }
    public string? Outlet { get; init; }
    public string? Published { get; init; }
    public string? Url { get; init; }
    public string? Section { get; init; }
    // For files holding several articles: entries matched by title (or by 0-based position).
    public List<MetadataEntry>? Articles { get; init; }
    public int? Position { get; init; }
}

public sealed record FolderMetadata
{
    public Dictionary<string, MetadataEntry> Files { get; init; } = new(StringComparer.OrdinalIgnoreCase);
}

public sealed class MetadataException(string message) : Exception(message);

public static class SourceMetadata
{
    public const string FolderFileName = "metadata.json";
    public const string FileSuffix = ".meta.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static MetadataEntry? For(string filePath)
    {
        var own = filePath + FileSuffix;
        if (File.Exists(own)) return Read<MetadataEntry>(own);
        var folderFile = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(filePath)) ?? ".", FolderFileName);
        if (!File.Exists(folderFile)) return null;
        var folder = Read<FolderMetadata>(folderFile);
        var files = new Dictionary<string, MetadataEntry>(folder.Files, StringComparer.OrdinalIgnoreCase);
        return files.GetValueOrDefault(Path.GetFileName(filePath));
    }

    private static T Read<T>(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Json)
                ?? throw new MetadataException($"{path}: the metadata file is empty");
        }
        catch (JsonException e)
        {
            throw new MetadataException($"{path}: not valid metadata JSON ({e.Message})");
        }
    }

    public static ParsedSource Apply(ParsedSource parsed, MetadataEntry? entry)
    {
        if (entry is null) return parsed;
        var articles = parsed.Articles.Select((article, position) =>
        {
            var specific = entry.Articles?.FirstOrDefault(e => e.Position == position)
                ?? entry.Articles?.FirstOrDefault(e => e.Title is not null && SameTitle(e.Title, article.Title));
            var merged = Overlay(article, entry, includeTitle: parsed.Articles.Count == 1);
            // An entry found by its title must not respell the title; one found by position may set it.
            return specific is null ? merged : Overlay(merged, specific, includeTitle: specific.Position == position);
        }).ToList();
        return parsed with { Articles = articles };
    }

    private static ParsedArticle Overlay(ParsedArticle article, MetadataEntry e, bool includeTitle) => article with
    {
        Title = includeTitle && !string.IsNullOrWhiteSpace(e.Title) ? e.Title : article.Title,
        Author = e.Author ?? article.Author,
        Outlet = e.Outlet ?? article.Outlet,
        Published = e.Published is null ? article.Published
            : PublishedDate.TryParse(e.Published) ?? throw new MetadataException($"published date '{e.Published}' is not YYYY, YYYY-MM or YYYY-MM-DD"),
        Url = e.Url ?? article.Url,
        Section = e.Section ?? article.Section,
    };

    public static bool SameTitle(string a, string b) => Normalise(a) == Normalise(b);

    private static string Normalise(string s) =>
        new(s.Replace('’', '\'').Replace('‘', '\'').Where(ch => char.IsLetterOrDigit(ch) || ch == '\'').Select(char.ToLowerInvariant).ToArray());
}
