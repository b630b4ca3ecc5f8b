using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ArticleReader.Model;

namespace ArticleReader.Ingestion.Html;

internal sealed record HtmlMetadata(
    string? Title, string? Author, PublishedDate? Published, string? Url, string? Outlet, string? Description, string? Section);

// Article facts a page declares about itself: Open Graph / Twitter / Dublin Core meta tags, schema.org
// JSON-LD, microdata, and a few visible conventions (<h1>, <time>, rel=author, .byline). Each fact is
// taken from the most deliberate source that has it.
internal static partial class HtmlMetadataReader
{
    // matches the " | The Atlantic" in "Why We Argue | The Atlantic" (also " - ", " – ", " — ", " :: ", " · ")
    [GeneratedRegex(@"\s+(?:\||-|–|—|::|·|•)\s+(?<suffix>[^|\-–—:·•]+)$")]
    private static partial Regex TitleSuffix();

    // matches "By " in "By Diane Roberts", "by: Jane Doe"
    [GeneratedRegex(@"^\s*by\s*:?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();

    private static readonly string[] ArticleTypeHints = ["Article", "BlogPosting", "Report", "Posting", "Review"];

    public static HtmlMetadata Read(IDocument document)
    {
        var meta = MetaValues(document);
        var jsonLd = JsonLdArticles(document).ToList();
        string? FromJson(Func<JsonElement, string?> pick) =>
            jsonLd.Select(pick).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) is { } v ? Clean(v) : null;

        var outlet = First(meta.GetValueOrDefault("og:site_name"), FromJson(j => NameOf(Property(j, "publisher"))), meta.GetValueOrDefault("application-name"));
        var title = ResolveTitle(document, meta, FromJson(j => StringOf(Property(j, "headline"))), outlet);
        var author = First(
            ValidAuthor(meta.GetValueOrDefault("author")),
            ValidAuthor(meta.GetValueOrDefault("article:author")),
            ValidAuthor(FromJson(j => JoinNames(Property(j, "author")))),
            ValidAuthor(meta.GetValueOrDefault("byl")),
            ValidAuthor(meta.GetValueOrDefault("parsely-author")),
            ValidAuthor(meta.GetValueOrDefault("dc.creator")),
            ValidAuthor(document.QuerySelector("a[rel~=author], [itemprop~=author] [itemprop~=name], [itemprop~=author]")?.TextContent),
            ValidAuthor(document.QuerySelector(".byline, .author, [class*=byline]")?.TextContent));
        var published = FirstDate(
            meta.GetValueOrDefault("article:published_time"),
            FromJson(j => StringOf(Property(j, "datePublished"))),
            meta.GetValueOrDefault("datepublished"),
            document.QuerySelector("[itemprop~=datePublished]") is { } dp ? dp.GetAttribute("datetime") ?? dp.GetAttribute("content") ?? dp.TextContent : null,
            document.QuerySelector("time[datetime]")?.GetAttribute("datetime"),
            meta.GetValueOrDefault("date"), meta.GetValueOrDefault("pubdate"), meta.GetValueOrDefault("publishdate"),
            meta.GetValueOrDefault("publish-date"), meta.GetValueOrDefault("parsely-pub-date"), meta.GetValueOrDefault("dc.date"),
            meta.GetValueOrDefault("dc.date.issued"), meta.GetValueOrDefault("sailthru.date"));
        var url = First(
            WebUrl(document.QuerySelector("link[rel~=canonical]")?.GetAttribute("href")),
            WebUrl(meta.GetValueOrDefault("og:url")),
            WebUrl(FromJson(j => StringOf(Property(j, "url")))));
        var description = First(meta.GetValueOrDefault("og:description"), meta.GetValueOrDefault("twitter:description"),
            meta.GetValueOrDefault("description"), FromJson(j => StringOf(Property(j, "description"))));
        var section = First(meta.GetValueOrDefault("article:section"), FromJson(j => FirstString(Property(j, "articleSection"))),
            meta.GetValueOrDefault("section"));
        return new HtmlMetadata(title, author, published, url, outlet, description, section);
    }

    // property=, name= and itemprop= meta tags, keyed in lower case; the first of each key wins.
    private static Dictionary<string, string> MetaValues(IDocument document)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.QuerySelectorAll("meta[content]"))
        {
            var content = Clean(meta.GetAttribute("content"));
            if (content is null) continue;
            foreach (var attribute in new[] { "property", "name", "itemprop" })
                if (meta.GetAttribute(attribute) is { Length: > 0 } key)
                    values.TryAdd(key.Trim(), content);
        }
        return values;
    }

    private static string? ResolveTitle(IDocument document, Dictionary<string, string> meta, string? headline, string? outlet)
    {
        var h1 = Clean(document.QuerySelector("h1")?.TextContent);
        var declared = First(meta.GetValueOrDefault("og:title"), meta.GetValueOrDefault("twitter:title"), headline);
        if (declared is not null) return StripSiteSuffix(declared, outlet, onlyWhenSiteNamed: true);
        if (h1 is not null) return h1;
        var documentTitle = Clean(document.QuerySelector("head > title, title")?.TextContent);
        return documentTitle is null ? null : StripSiteSuffix(documentTitle, outlet, onlyWhenSiteNamed: false);
    }

    internal static string StripSiteSuffix(string title, string? outlet, bool onlyWhenSiteNamed)
    {
        var match = TitleSuffix().Match(title);
        if (!match.Success) return title;
        var suffix = match.Groups["suffix"].Value.Trim();
        var head = title[..match.Index].Trim();
        var namesSite = outlet is not null && Letters(suffix) == Letters(outlet);
        var looksLikeSite = !onlyWhenSiteNamed && suffix.Split(' ').Length <= 4 && head.Split(' ').Length >= 3;
        return namesSite || looksLikeSite ? head : title;
    }

    private static string Letters(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static string? ValidAuthor(string? raw)
    {
        var text = Clean(raw);
        if (text is null || Uri.TryCreate(text, UriKind.Absolute, out _) || text.Length > 150) return null;
        text = ByPrefix().Replace(text, "").Trim();
        return text.Length == 0 ? null : text;
    }

    private static PublishedDate? FirstDate(params string?[] candidates) =>
        candidates.Select(DateText.Parse).FirstOrDefault(d => d is not null);

    // Only absolute web addresses: a javascript: or data: URL is never kept.
    internal static string? WebUrl(string? raw)
    {
        var text = raw?.Trim();
        return text is not null && Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;
    }

    private static string? First(params string?[] candidates) => candidates.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c));

    // Metadata is plain text: entities decoded, whitespace collapsed, and any markup a site put into a
    // title or description (og:title="Why <em>now</em>") reduced to its visible text.
    internal static string? Clean(string? raw)
    {
        if (raw is null) return null;
        var decoded = WebUtility.HtmlDecode(raw);
        if (MarkupTag().IsMatch(decoded))
        {
            using var fragment = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + decoded + "</body>");
            decoded = fragment.Body is null ? "" : HtmlText.TextOf(fragment.Body.ChildNodes, _ => false);
        }
        var text = HtmlText.Normalize(decoded);
        return text.Length == 0 ? null : text;
    }

    // matches "<em>", "</b>", "<script src=x>", "<img onerror=...>"; not "a < b" or "<3"
    [GeneratedRegex(@"</?[a-zA-Z][^>]*>")]
    private static partial Regex MarkupTag();

    // ---- JSON-LD ----

    private static IEnumerable<JsonElement> JsonLdArticles(IDocument document)
    {
        var all = new List<JsonElement>();
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json' i]"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                Flatten(json.RootElement.Clone(), all, depth: 0);
            }
            catch (JsonException) { /* a broken block is ignored like a browser would */ }
        }
        return all.Where(IsArticle);
    }

    private static void Flatten(JsonElement element, List<JsonElement> into, int depth)
    {
        if (depth > 6) return;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) Flatten(item, into, depth + 1);
            return;
        }
        if (element.ValueKind != JsonValueKind.Object) return;
        into.Add(element);
        if (element.TryGetProperty("@graph", out var graph)) Flatten(graph, into, depth + 1);
        if (element.TryGetProperty("mainEntity", out var main)) Flatten(main, into, depth + 1);
    }

    private static bool IsArticle(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type)) return false;
        var types = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!)
            : type.ValueKind == JsonValueKind.String ? [type.GetString()!] : [];
        return types.Any(t => ArticleTypeHints.Any(h => t.Contains(h, StringComparison.OrdinalIgnoreCase)));
    }

    private static JsonElement? Property(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value : null;

    private static string? StringOf(JsonElement? element) => element switch
    {
        { ValueKind: JsonValueKind.String } e => e.GetString(),
        { ValueKind: JsonValueKind.Object } e when e.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String => id.GetString(),
        _ => null,
    };

    private static string? FirstString(JsonElement? element) => element switch
    {
        { ValueKind: JsonValueKind.Array } e => e.EnumerateArray().Select(x => StringOf(x)).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s)),
        _ => StringOf(element),
    };

    // A name given as "Jane Doe", {"name": "Jane Doe"} or a list of either.
    private static string? NameOf(JsonElement? element) => element switch
    {
        { ValueKind: JsonValueKind.String } e => e.GetString(),
        { ValueKind: JsonValueKind.Object } e when e.TryGetProperty("name", out var name) => NameOf(name),
        { ValueKind: JsonValueKind.Array } e => e.EnumerateArray().Select(x => NameOf(x)).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)),
        _ => null,
    };

    private static string? JoinNames(JsonElement? element)
    {
        if (element is not { ValueKind: JsonValueKind.Array } list) return NameOf(element);
        var names = list.EnumerateArray().Select(x => Clean(NameOf(x))).OfType<string>().Distinct().ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }
}
