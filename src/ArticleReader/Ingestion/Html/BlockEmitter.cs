using AngleSharp.Dom;
using ArticleReader.Model;

namespace ArticleReader.Ingestion.Html;

// Turns the selected content into blocks in document order: one block per paragraph, heading, list
// item, caption or preformatted element, and one per run of loose inline text inside a container.
// A block's range is the element that produced it; a loose run spans from the end of the element
// before it to the start of the element after it (trimmed of blanks).
internal sealed class BlockEmitter
{
    private readonly SourceRanges _ranges;
    private readonly IReadOnlySet<IElement> _removed;
    private readonly string? _titleKey;
    private readonly string? _siteDomain;
    private readonly List<ParsedBlock> _blocks = [];

    private BlockEmitter(SourceRanges ranges, IReadOnlySet<IElement> removed, string? title, string? pageUrl)
    {
        _siteDomain = SiteDomain(pageUrl);
        _ranges = ranges;
        _removed = removed;
        _titleKey = title is null ? null : TitleKey(title);
    }

    public static List<ParsedBlock> Emit(ContentSelection selection, SourceRanges ranges, string? title, string? pageUrl)
    {
        var emitter = new BlockEmitter(ranges, selection.Removed, title, pageUrl);
        foreach (var root in selection.Roots)
        {
            if (root.LocalName is "body" or "html") emitter.EmitChildren(root, null);
            else emitter.EmitElement(root, null);
        }
        return emitter._blocks;
    }

    private bool Skip(IElement element) => _removed.Contains(element) || HtmlText.NeverText.Contains(element.LocalName);

    private void EmitElement(IElement element, string? inherited)
    {
        if (Skip(element)) return;
        var tag = element.LocalName;
        if (IsByline(element)) { AddElement(BlockKinds.Byline, element); return; }
        if (IsCaption(element)) { AddElement(BlockKinds.Caption, element); return; }
        switch (tag)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                var heading = TextOf(element);
                // Inside a quote or a list item a heading is just emphasis.
                var kind = IsTitle(heading) ? BlockKinds.Title : inherited is BlockKinds.Quote or BlockKinds.ListItem ? inherited : BlockKinds.Heading;
                AddElement(kind, element, heading);
                return;
            case "p" or "pre":
                AddElement(inherited ?? BlockKinds.Body, element);
                return;
            case "figcaption":
                AddElement(BlockKinds.Caption, element);
                return;
            case "blockquote":
                EmitContainer(element, BlockKinds.Quote);
                return;
            case "li":
                EmitContainer(element, inherited is BlockKinds.Quote or BlockKinds.Caption ? inherited : BlockKinds.ListItem);
                return;
            case "figure":
                // Whatever a figure says besides its picture is caption or credit.
                EmitChildren(element, BlockKinds.Caption);
                return;
            default:
                EmitContainer(element, inherited);
                return;
        }
    }

    // A container holding one run of inline text is itself the block (its range is the whole element);
    // otherwise its children are.
    private void EmitContainer(IElement element, string? kind)
    {
        if (element.Children.Any(c => !Skip(c) && IsBlockish(c)) || HasParagraphBreak(element)) EmitChildren(element, kind);
        else AddElement(kind ?? BlockKinds.Body, element);
    }

    private static bool HasParagraphBreak(IElement element)
    {
        var previousWasBreak = false;
        foreach (var node in element.ChildNodes)
        {
            if (node is IText t && string.IsNullOrWhiteSpace(t.Data)) continue;
            var isBreak = node is IElement { LocalName: "br" };
            if (isBreak && previousWasBreak) return true;
            previousWasBreak = isBreak;
        }
        return false;
    }

    private void EmitChildren(IElement container, string? inherited)
    {
        var run = new List<INode>();
        var runStart = _ranges.StartTagEnd(container);
        var breaks = 0;
        var firstBreakStart = 0;

        void Flush(int end)
        {
            // A run never ends with the line break(s) that closed it.
            if (breaks > 0) end = Math.Min(end, firstBreakStart);
            if (run.Count > 0)
            {
                var text = HtmlText.TextOf(run, Skip);
                if (text.Length > 0)
                {
                    var start = _ranges.TrimStart(runStart, end);
                    var kind = BlockRules.Classify(inherited ?? BlockKinds.Body, text, Links(run, text.Length));
                    AddBlock(kind, start, Math.Max(start, _ranges.TrimEnd(start, end)), text);
                }
            }
            run.Clear();
        }

        foreach (var node in container.ChildNodes)
        {
            if (node is IElement element)
            {
                if (Skip(element))
                {
                    Flush(_ranges.StartOf(element));
                    runStart = _ranges.EndOf(element);
                    breaks = 0;
                    continue;
                }
                if (element.LocalName == "br")
                {
                    if (breaks == 0) firstBreakStart = _ranges.StartOf(element);
                    if (++breaks >= 2)
                    {
                        Flush(_ranges.StartOf(element));
                        runStart = _ranges.EndOf(element);
                    }
                    else run.Add(element);
                    continue;
                }
                if (IsBlockish(element))
                {
                    Flush(_ranges.StartOf(element));
                    EmitElement(element, inherited);
                    runStart = _ranges.EndOf(element);
                    breaks = 0;
                    continue;
                }
                breaks = 0;
                run.Add(element);
            }
            else if (node is IText text)
            {
                if (!string.IsNullOrWhiteSpace(text.Data)) breaks = 0;
                run.Add(text);
            }
        }
        Flush(_ranges.CloseStartOf(container));
    }

    private readonly Dictionary<IElement, bool> _blockish = new(ReferenceEqualityComparer.Instance);

    private bool IsBlockish(IElement element)
    {
        if (_blockish.TryGetValue(element, out var known)) return known;
        // A caption marked up inline (<span class="caption">) still stands apart from the text around it.
        var blockish = (HtmlText.BlockTags.Contains(element.LocalName) && element.LocalName is not ("img" or "picture" or "video" or "iframe"))
            || IsCaption(element);
        if (!blockish)
            foreach (var child in element.Children)
                if (!Skip(child) && IsBlockish(child)) { blockish = true; break; }
        _blockish[element] = blockish;
        return blockish;
    }

    private bool IsByline(IElement element)
    {
        var rel = element.GetAttribute("rel");
        var itemprop = element.GetAttribute("itemprop");
        var hinted = rel == "author" || (itemprop?.Contains("author", StringComparison.OrdinalIgnoreCase) ?? false)
            || BoilerplateHints.Byline.IsMatch(ContentSelector.HintsOf(element));
        if (!hinted) return false;
        var length = TextOf(element).Length;
        return length is > 0 and < 100;
    }

    // matches class="wp-caption-text", class="newsCaption", class="photo-credit"
    private static readonly System.Text.RegularExpressions.Regex CaptionHint = new(
        @"caption|photo-?credit|image-?credit|\bcredits?\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Compiled);

    private bool IsCaption(IElement element) =>
        CaptionHint.IsMatch(ContentSelector.HintsOf(element)) && TextOf(element).Length is > 0 and < 400;

    private LinkShare Links(IEnumerable<INode> nodes, int textLength)
    {
        if (textLength == 0) return new(0, 0);
        int all = 0, sameSite = 0;
        foreach (var node in nodes) CountLinkText(node, ref all, ref sameSite);
        return new(Math.Min(1, (double)all / textLength), Math.Min(1, (double)sameSite / textLength));
    }

    private void CountLinkText(INode node, ref int all, ref int sameSite)
    {
        if (node is not IElement element || Skip(element)) return;
        if (element.LocalName == "a")
        {
            var length = TextOf(element).Length;
            all += length;
            if (IsSameSite(element.GetAttribute("href"))) sameSite += length;
            return;
        }
        foreach (var child in element.Children) CountLinkText(child, ref all, ref sameSite);
    }

    private bool IsSameSite(string? href)
    {
        if (string.IsNullOrWhiteSpace(href)) return false;
        if (!Uri.TryCreate(href.Trim(), UriKind.RelativeOrAbsolute, out var uri)) return false;
        if (!uri.IsAbsoluteUri) return !href.TrimStart().StartsWith("//", StringComparison.Ordinal);
        return _siteDomain is not null && SiteDomain(uri.AbsoluteUri) == _siteDomain;
    }

    // The registrable part of a host, roughly: "foxbusiness.com" for video.foxbusiness.com, "express.co.uk" for www.express.co.uk.
    internal static string? SiteDomain(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host)) return null;
        var labels = uri.Host.ToLowerInvariant().Split('.');
        if (labels.Length < 2) return uri.Host.ToLowerInvariant();
        var keep = labels.Length >= 3 && labels[^1].Length == 2 && labels[^2].Length <= 3 ? 3 : 2;
        return string.Join('.', labels[^keep..]);
    }

    private bool IsTitle(string heading) => _titleKey is { Length: > 0 } key && TitleKey(heading) == key;

    private static string TitleKey(string text) =>
        new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private string TextOf(IElement element) => HtmlText.TextOf(element.ChildNodes, Skip);

    private void AddElement(string kind, IElement element, string? text = null)
    {
        text ??= TextOf(element);
        if (text.Length == 0) return;
        kind = BlockRules.Classify(kind, text, Links([element], text.Length));
        AddBlock(kind, _ranges.StartOf(element), _ranges.EndOf(element), text);
    }

    private void AddBlock(string kind, int start, int end, string text) =>
        _blocks.Add(new ParsedBlock(kind, start, Math.Max(start, end), text));
}
