namespace ArticleReader.Ingestion.Html;

// How deep a page's elements nest, estimated from its tags in one pass before any tree is built.
// The HTML parser flattens elements past 512 levels, and that flattening costs time quadratic in the
// number of elements beyond the limit (100,000 nested <div> take minutes), so such pages are refused
// before parsing. The estimate follows the parts of the HTML tree rules that keep real pages shallow:
// void and self-closed tags open nothing, an end tag closes everything opened since its start tag,
// a block closes the paragraph and the unclosed inline tags before it, and a list item, row or cell
// closes the previous one. Raw-text elements and comments are skipped.
public static class HtmlNesting
{
    private static readonly HashSet<string> Void =
        ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "image"];

    private static readonly HashSet<string> RawText = ["script", "style", "textarea", "title", "xmp", "noembed", "noframes", "plaintext", "iframe"];

    // The document's own containers: always present once, so not counted.
    private static readonly HashSet<string> Document = ["html", "head", "body"];

    // Elements whose start closes open siblings of their kind: "<li>one<li>two", a row its cells and the row before it.
    private static readonly Dictionary<string, HashSet<string>> ClosesOpen = new()
    {
        ["p"] = ["p"], ["li"] = ["li"], ["dt"] = ["dt", "dd"], ["dd"] = ["dt", "dd"], ["tr"] = ["td", "th", "tr"], ["td"] = ["td", "th"],
        ["th"] = ["td", "th"], ["option"] = ["option"], ["optgroup"] = ["option", "optgroup"], ["rb"] = ["rb", "rt", "rp"],
        ["rt"] = ["rb", "rt", "rp"], ["rp"] = ["rb", "rt", "rp"],
    };

    private static readonly HashSet<string> Block =
    [
        "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "li", "main", "menu",
        "nav", "ol", "p", "pre", "section", "summary", "table", "caption", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "legend",
    ];

    // The deepest nesting found, stopping early once it passes stopAfter (the caller only needs to know it is too deep).
    public static int MaxDepth(string html, int stopAfter = int.MaxValue)
    {
        var open = new List<string>();
        var deepest = 0;
        var i = 0;
        while (i < html.Length && deepest <= stopAfter)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length) break;
            var next = html[lt + 1];
            if (html.AsSpan(lt).StartsWith("<!--"))
            {
                var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }
            if (next is '!' or '?')
            {
                i = TagEnd(html, lt + 2).End;
                continue;
            }
            var isEnd = next == '/';
            var nameStart = lt + (isEnd ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_')) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart])) { i = lt + 1; continue; } // a "<" of text
            var name = html[nameStart..nameEnd].ToLowerInvariant();
            var (end, selfClosed) = TagEnd(html, nameEnd);
            i = end;
            if (isEnd)
            {
                var at = open.LastIndexOf(name);
                if (at >= 0) open.RemoveRange(at, open.Count - at);
                continue;
            }
            if (RawText.Contains(name))
            {
                var close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
                continue;
            }
            if (Void.Contains(name) || selfClosed || Document.Contains(name)) continue;
            if (Block.Contains(name))
            {
                while (open.Count > 0 && !Block.Contains(open[^1])) open.RemoveAt(open.Count - 1);
                if (open.Count > 0 && open[^1] == "p") open.RemoveAt(open.Count - 1);
            }
            if (ClosesOpen.TryGetValue(name, out var siblings))
                while (open.Count > 0 && siblings.Contains(open[^1])) open.RemoveAt(open.Count - 1);
            open.Add(name);
            deepest = Math.Max(deepest, open.Count);
        }
        return deepest;
    }

    // The end of a tag whose name ends at from: past its '>' (quoted attribute values may hold one).
    private static (int End, bool SelfClosed) TagEnd(string html, int from)
    {
        char? quote = null;
        var previous = ' ';
        for (var k = from; k < html.Length; k++)
        {
            var c = html[k];
            if (quote is not null) { if (c == quote) quote = null; continue; }
            // A quote opens a value only right after "=" (name="a>b"); elsewhere it is an ordinary character.
            if (c is '"' or '\'' && previous == '=') { quote = c; continue; }
            if (c == '>') return (k + 1, k > from && html[k - 1] == '/');
            if (!char.IsWhiteSpace(c)) previous = c;
        }
        return (html.Length, false);
    }
}
