using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;

namespace ArticleReader.Ingestion.Html;

// Visible text of parsed HTML. Only text nodes are ever read, so markup, scripts, styles, attributes
// (event handlers, javascript: URLs) and remote resources cannot reach a block.
internal static class HtmlText
{
    // Elements whose content is never reader-visible text.
    public static readonly FrozenSet<string> NeverText = FrozenSet.ToFrozenSet(
    [
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
        "video", "audio", "source", "track", "picture", "img", "map", "head", "title", "meta", "link", "base",
        "button", "input", "select", "option", "optgroup", "textarea", "datalist", "output", "dialog",
    ]);

    // Elements that break a line: text on either side of them belongs to different blocks.
    public static readonly FrozenSet<string> BlockTags = FrozenSet.ToFrozenSet(
    [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table",
        "caption", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "legend", "iframe", "img", "picture", "video",
    ]);

    public static bool IsHeading(string tag) => tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    // Collapses runs of whitespace to one space and drops invisible formatting characters
    // (zero-width space, soft hyphen, BOM) that would otherwise split words.
    public static string Normalize(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        var pendingSpace = false;
        foreach (var c in raw)
        {
            if (char.IsWhiteSpace(c)) { pendingSpace = true; continue; }
            if (c is '\u200B' or '\u00AD' or '\uFEFF' or '\u2060') continue;
            if (pendingSpace && sb.Length > 0) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    public static string TextOf(IEnumerable<INode> nodes, Func<IElement, bool> skip)
    {
        var sb = new StringBuilder();
        foreach (var node in nodes) Append(node, sb, skip);
        return Normalize(sb.ToString());
    }

    public static void Append(INode node, StringBuilder sb, Func<IElement, bool> skip)
    {
        switch (node)
        {
            case IText text:
                sb.Append(text.Data);
                break;
            case IElement element:
                if (NeverText.Contains(element.LocalName) || skip(element)) { sb.Append(' '); return; }
                if (element.LocalName == "br") { sb.Append(' '); return; }
                var block = BlockTags.Contains(element.LocalName);
                if (block) sb.Append(' ');
                foreach (var child in element.ChildNodes) Append(child, sb, skip);
                if (block) sb.Append(' ');
                break;
        }
    }
}
