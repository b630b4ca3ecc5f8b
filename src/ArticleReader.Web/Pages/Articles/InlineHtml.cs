using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace ArticleReader.Web.Pages.Articles;

// Writes a block's text with its claim and highlight elements. Built in code rather than Razor so that not
// one whitespace character is added: the element's text must equal the stored block text, because
// selections and annotations count offsets in it.
public static class InlineHtml
{
    public static IHtmlContent Render(LayoutBlock block, bool byStatus)
    {
        var caps = block.Kind == Model.BlockKinds.Body ? block.GetInt("smallCaps") ?? 0 : 0;
        if (caps > block.Text.Length) caps = 0;
        var html = new HtmlContentBuilder();
        foreach (var run in InlineRuns.Build(block.Text, block.Claims, block.Highlights, caps, block.Hits))
        {
            if (run.Claim is { } c)
            {
                var h = HtmlEncoder.Default;
                var classes = $"claim type-{c.Type} status-{c.Status} {(byStatus ? "by-status" : "by-type")}{(c.HasNote ? " has-note" : "")}";
                var href = $"?claim={c.Id}{(byStatus ? "&colour=status" : "")}#claim-{c.Id}";
                html.AppendHtml($"<mark class=\"{h.Encode(classes)}\" id=\"claim-{c.Id}\" data-claim-id=\"{c.Id}\" data-type=\"{h.Encode(c.Type)}\" data-status=\"{h.Encode(c.Status)}\" data-card=\"{h.Encode(c.Card)}\">");
                html.AppendHtml($"<a class=\"claim-link\" href=\"{h.Encode(href)}\" aria-description=\"{h.Encode(c.Card.Replace('\n', ';'))}\">");
                foreach (var part in run.Parts) Part(html, part);
                html.AppendHtml("</a></mark>");
                if (c.RelatedCount > 0) RelatedMarker(html, c, byStatus);
            }
            else
            {
                foreach (var part in run.Parts) Part(html, part);
            }
        }
        return html;
    }

    // "↔ n" after the claim, outside its mark so the claim's text is untouched. Its characters are not the
    // article's: data-nontext tells the reader's script to leave them out when it counts selection offsets.
    private static void RelatedMarker(HtmlContentBuilder html, ClaimView c, bool byStatus)
    {
        var label = $"{c.RelatedCount} related claim{(c.RelatedCount == 1 ? "" : "s")} by other authors";
        var href = $"?claim={c.Id}{(byStatus ? "&colour=status" : "")}#related-h";
        html.AppendHtml($"<a class=\"related-marker\" data-nontext href=\"{HtmlEncoder.Default.Encode(href)}\" aria-label=\"{label}\" title=\"{label}\" tabindex=\"-1\"><sup>↔\u00A0{c.RelatedCount}</sup></a>");
    }

    private static void Part(HtmlContentBuilder html, InlinePart part)
    {
        if (part.Hit) html.AppendHtml("<mark class=\"search-hit\">");
        if (part.Highlights.Count > 0) html.AppendHtml($"<mark class=\"user-highlight\" data-highlight-id=\"{part.Highlights[0]}\">");
        if (part.SmallCaps) html.AppendHtml("<span class=\"smallcaps\">");
        html.Append(part.Text);
        if (part.SmallCaps) html.AppendHtml("</span>");
        if (part.Highlights.Count > 0) html.AppendHtml("</mark>");
        if (part.Hit) html.AppendHtml("</mark>");
    }
}
