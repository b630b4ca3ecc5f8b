namespace ArticleReader.Model;

// The one documented list of block kinds. Every character of a source belongs to some block,
// so nothing of the original is lost; the reader decides per kind what to show.
public static class BlockKinds
{
    public const string Body = "body";               // a paragraph of the article's own text
    public const string Heading = "heading";         // a subheading inside the body
    public const string Kicker = "kicker";           // rubric above the title ("War Stories")
    public const string Title = "title";
    public const string Dek = "dek";                 // subtitle under the title
    public const string Byline = "byline";           // "By Diane Roberts"
    public const string Dateline = "dateline";       // a date line near the byline
    public const string ImageAlt = "image-alt";      // alt text of a photo, copied with the page
    public const string Caption = "caption";         // photo caption, usually ending with a credit
    public const string Verse = "verse";             // consecutive short lines kept with their breaks
    public const string Quote = "quote";             // block quotation
    public const string ListItem = "list-item";
    public const string RelatedLink = "related-link"; // "[Read: ...]", "[Author: Title]"
    public const string Excerpt = "excerpt";         // an embedded excerpt of another writer's piece
    public const string Comment = "comment";         // a reader comment after the article
    public const string Furniture = "furniture";     // newsletter furniture: section headers, promos, sign-offs
    public const string Boilerplate = "boilerplate"; // page furniture: "Advertisement", share/subscribe lines
    public const string Chrome = "chrome";           // source lines outside any article (digest headers, outlet and URL lines)

    public static readonly IReadOnlyList<string> All =
    [
        Body, Heading, Kicker, Title, Dek, Byline, Dateline, ImageAlt, Caption, Verse, Quote, ListItem,
        RelatedLink, Excerpt, Comment, Furniture, Boilerplate, Chrome,
    ];

    // Kinds that are the article's own running text: what sentences and claims are drawn from.
    public static bool IsArticleText(string kind) =>
        kind is Body or Heading or Verse or Quote or ListItem;

    // Kinds the reader never shows in the article view (they stay visible in "Show original").
    public static bool IsHidden(string kind) =>
        kind is Boilerplate or Chrome or Title or Dek or Kicker or Byline or Dateline;
}
