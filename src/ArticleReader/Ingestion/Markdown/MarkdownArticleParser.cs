using System.Text;
using ArticleReader.Ingestion.Html;
using ArticleReader.Model;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ArticleReader.Ingestion.Markdown;

// A Markdown note -> one parsed article. Front matter gives the metadata (and is kept as a chrome
// block outside the article); block structure gives the kinds. A block's Start/End cover its Markdown
// source (markers included, end exclusive); its Text is the inline content rendered as plain text:
// emphasis markers and link targets dropped, link text kept, raw HTML reduced to its visible text.
public static class MarkdownArticleParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UseAdvancedExtensions()
        .Build();

    public static ParsedSource Parse(string markdown)
    {
        var document = ParseDocument(markdown);
        var outside = new List<ParsedBlock>();
        var blocks = new List<ParsedBlock>();
        IReadOnlyDictionary<string, string> meta = new Dictionary<string, string>();

        foreach (var block in document)
        {
            if (block is YamlFrontMatterBlock yaml)
            {
                var (start, end) = Range(markdown, yaml);
                outside.Add(new ParsedBlock(BlockKinds.Chrome, start, end, markdown[start..end]));
                meta = FrontMatter.Read(markdown[start..end]);
                continue;
            }
            Emit(markdown, block, null, blocks);
        }

        var title = Value(meta, "title");
        var firstText = blocks.FindIndex(b => b.Kind != BlockKinds.Chrome);
        if (firstText >= 0 && document.FirstOrDefault(b => b is not YamlFrontMatterBlock) is HeadingBlock { Level: 1 }
            && (title is null || SameText(title, blocks[firstText].Text)))
        {
            title ??= blocks[firstText].Text;
            blocks[firstText] = blocks[firstText].WithKind(BlockKinds.Title);
        }

        var warnings = new List<string>();
        var published = DateText.Parse(Value(meta, "date"));
        if (Value(meta, "date") is { } rawDate && published is null) warnings.Add($"Front matter date '{rawDate}' is not a date; ignored.");
        var article = new ParsedArticle
        {
            Start = blocks.Count > 0 ? blocks.Min(b => b.Start) : 0,
            End = blocks.Count > 0 ? blocks.Max(b => b.End) : 0,
            Blocks = blocks,
            Title = title ?? "",
            Author = Value(meta, "author"),
            Published = published,
            Url = HtmlMetadataReader.WebUrl(Value(meta, "url")),
            Outlet = Value(meta, "outlet"),
            Section = Value(meta, "section"),
            Dek = Value(meta, "dek"),
        };
        return new ParsedSource(markdown, [article], outside) { Warnings = warnings };
    }

    private static MarkdownDocument ParseDocument(string markdown)
    {
        try
        {
            return Markdig.Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException e)
        {
            // Markdig refuses input nested past its depth limit ("> > > …" thousands deep, runs of "[" or "*").
            throw new UnreadableSourceException($"the Markdown nests quotes, lists, links or emphasis too deeply to read ({e.Message.Split(" - ")[0].TrimEnd('.')})");
        }
    }

    private static string? Value(IReadOnlyDictionary<string, string> meta, string key) =>
        meta.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static bool SameText(string a, string b) =>
        string.Equals(HtmlText.Normalize(a), HtmlText.Normalize(b), StringComparison.OrdinalIgnoreCase);

    private static void Emit(string source, Block block, string? inherited, List<ParsedBlock> into)
    {
        switch (block)
        {
            case HeadingBlock heading:
                Add(into, inherited ?? BlockKinds.Heading, source, heading, InlineText(heading.Inline));
                break;
            case ParagraphBlock paragraph:
                Add(into, inherited ?? BlockKinds.Body, source, paragraph, InlineText(paragraph.Inline));
                break;
            case QuoteBlock { Count: 1 } quote when quote[0] is ParagraphBlock only:
                // A one-paragraph quote keeps its "> " markers inside its range.
                Add(into, BlockKinds.Quote, source, quote, InlineText(only.Inline));
                break;
            case QuoteBlock quote:
                foreach (var child in quote) Emit(source, child, BlockKinds.Quote, into);
                break;
            case ListItemBlock item:
                EmitListItem(source, item, inherited, into);
                break;
            case HtmlBlock html:
                // Raw HTML keeps only what a reader would see: never tags, scripts or attributes.
                var (start, end) = Range(source, html);
                Add(into, inherited ?? BlockKinds.Body, source, html, VisibleHtmlText(source[start..end]));
                break;
            case CodeBlock code:
                Add(into, inherited ?? BlockKinds.Body, source, code, CodeText(code));
                break;
            case Table table:
                foreach (var row in table.OfType<TableRow>())
                    Add(into, inherited ?? BlockKinds.Body, source, row,
                        string.Join(" | ", row.OfType<TableCell>().Select(c => string.Join(" ", c.OfType<LeafBlock>().Select(l => InlineText(l.Inline))))));
                break;
            case ContainerBlock container:
                foreach (var child in container) Emit(source, child, inherited, into);
                break;
        }
    }

    // A list item's own paragraphs become one list-item block; nested lists follow as their own items.
    private static void EmitListItem(string source, ListItemBlock item, string? inherited, List<ParsedBlock> into)
    {
        var own = item.Where(b => b is not ListBlock).ToList();
        var kind = inherited == BlockKinds.Quote ? BlockKinds.Quote : BlockKinds.ListItem;
        if (own.Count > 0)
        {
            var text = string.Join(" ", own.Select(b => b is LeafBlock leaf ? (leaf is CodeBlock c ? CodeText(c) : InlineText(leaf.Inline)) : "").Where(t => t.Length > 0));
            var start = item.Span.Start;
            var end = Math.Min(source.Length, own[^1].Span.End + 1);
            if (text.Length > 0) into.Add(new ParsedBlock(kind, start, TrimEnd(source, start, end), text));
        }
        foreach (var nested in item.OfType<ListBlock>()) Emit(source, nested, inherited, into);
    }

    private static void Add(List<ParsedBlock> into, string kind, string source, Block block, string text)
    {
        if (text.Length == 0) return;
        var (start, end) = Range(source, block);
        into.Add(new ParsedBlock(kind, start, end, text));
    }

    // Markdig spans are inclusive; ours end one past the last character and never include trailing blanks.
    private static (int Start, int End) Range(string source, Block block)
    {
        var start = Math.Clamp(block.Span.Start, 0, source.Length);
        var end = Math.Clamp(block.Span.End + 1, start, source.Length);
        return (start, TrimEnd(source, start, end));
    }

    private static int TrimEnd(string source, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(source[end - 1])) end--;
        return end;
    }

    internal static string InlineText(ContainerInline? inline)
    {
        if (inline is null) return "";
        var sb = new StringBuilder();
        AppendInline(inline, sb);
        return HtmlText.Normalize(sb.ToString());
    }

    private static void AppendInline(Inline inline, StringBuilder sb)
    {
        switch (inline)
        {
            case LiteralInline literal:
                sb.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                sb.Append(code.Content);
                break;
            case LineBreakInline:
                sb.Append(' ');
                break;
            case HtmlEntityInline entity:
                sb.Append(entity.Transcoded.ToString());
                break;
            case AutolinkInline autolink:
                sb.Append(autolink.Url);
                break;
            case LinkInline { IsImage: true }:
                break; // a picture is not text
            case HtmlInline:
                break; // a tag, never shown
            case ContainerInline container:
                foreach (var child in container) AppendInline(child, sb);
                break;
        }
    }

    private static string CodeText(CodeBlock code) =>
        string.Join("\n", code.Lines.Lines.Take(code.Lines.Count).Select(l => l.Slice.ToString())).Trim();

    private static string VisibleHtmlText(string html)
    {
        HtmlArticleParser.RefuseDeepNesting(html);
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        using var document = parser.ParseDocument("<body>" + html + "</body>");
        return document.Body is null ? "" : HtmlText.TextOf(document.Body.ChildNodes, _ => false);
    }
}
