using AngleSharp.Html.Parser;
using ArticleReader.Evaluation;
using ArticleReader.Model;

namespace ArticleReader.Ingestion.Html;

// A saved web page -> one parsed article: metadata from the page's own declarations, body blocks from
// the region a readability-style scorer picks as the article. Blocks hold plain text only; their
// Start/End cover the source of the element that produced them (see SourceRanges and BlockEmitter).
public static class HtmlArticleParser
{
    // Below this much article text a selection probably cut the article; the next, more lenient rule set is tried.
    private const int MinArticleLength = 500;

    private static readonly SelectionRules[] Attempts =
    [
        SelectionRules.All,
        SelectionRules.WeightClasses | SelectionRules.CleanConditionally,
        SelectionRules.CleanConditionally,
        SelectionRules.None,
    ];

    public static ParsedSource Parse(byte[] bytes)
    {
        var decoded = HtmlDecoding.Decode(bytes);
        var parsed = Parse(decoded.Text);
        return parsed with { Warnings = [.. decoded.Warnings, .. parsed.Warnings] };
    }

    // Real pages nest well under 100 levels (the deepest of the 100 benchmark pages: 51).
    public const int MaxNesting = 256;

    public static ParsedSource Parse(string html)
    {
        RefuseDeepNesting(html);
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        // Nesting is bounded above, and AngleSharp, like browsers, stops at 512 levels anyway, which bounds every recursive tree walk below.
        using var document = parser.ParseDocument(html);
        var warnings = new List<string>();
        var metadata = HtmlMetadataReader.Read(document);
        var ranges = new SourceRanges(html);

        List<ParsedBlock> best = [];
        var bestLength = -1;
        foreach (var rules in Attempts)
        {
            // Selections never mutate the document, so the attempts share one parse.
            var selection = ContentSelector.Select(document, rules);
            var blocks = BlockEmitter.Emit(selection, ranges, metadata.Title, metadata.Url);
            var length = blocks.Where(b => BlockKinds.IsArticleText(b.Kind)).Sum(b => b.Text.Length);
            if (length > bestLength) { best = blocks; bestLength = length; }
            if (length >= MinArticleLength) break;
        }

        if (bestLength <= 0) warnings.Add("No article text found in the page.");
        var article = new ParsedArticle
        {
            Start = best.Count > 0 ? best.Min(b => b.Start) : 0,
            End = best.Count > 0 ? best.Max(b => b.End) : 0,
            Blocks = best,
            Title = metadata.Title ?? "",
            Dek = IsFirstParagraph(metadata.Description, best) ? null : metadata.Description,
            Author = metadata.Author,
            Outlet = metadata.Outlet,
            Published = metadata.Published,
            Url = metadata.Url,
            Section = metadata.Section,
        };
        return new ParsedSource(html, [article], []) { Warnings = warnings };
    }

    internal static void RefuseDeepNesting(string html)
    {
        if (HtmlNesting.MaxDepth(html, MaxNesting) > MaxNesting)
            throw new UnreadableSourceException($"the HTML nests elements more than {MaxNesting} levels deep; real pages stay well under 100");
    }

    // The text a benchmark or reader would call the article body.
    public static string ArticleText(ParsedArticle article) =>
        string.Join("\n", article.Blocks.Where(b => BlockKinds.IsArticleText(b.Kind)).Select(b => b.Text));

    // Many sites fill og:description with the opening of the first paragraph; that is not a dek.
    internal static bool IsFirstParagraph(string? description, IReadOnlyList<ParsedBlock> blocks)
    {
        if (description is null) return false;
        var wanted = ShingleMatch.Tokenize(description.ToLowerInvariant());
        if (wanted.Length == 0) return true;
        var opening = string.Join(" ", blocks.Where(b => b.Kind == BlockKinds.Body).Take(3).Select(b => b.Text));
        var have = ShingleMatch.Tokenize(opening.ToLowerInvariant());
        // The description's last word may have been cut ("...the governor's man…").
        var compared = wanted.Length > 1 ? wanted.Length - 1 : wanted.Length;
        if (have.Length < compared) return false;
        for (var i = 0; i < compared; i++)
            if (wanted[i] != have[i]) return false;
        return true;
    }
}
