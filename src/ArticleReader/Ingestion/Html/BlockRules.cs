using System.Text.RegularExpressions;
using ArticleReader.Model;

namespace ArticleReader.Ingestion.Html;

// How much of a block's text is link text: any link, and links within the page's own site.
internal readonly record struct LinkShare(double All, double SameSite);

// Short lines inside the article container that are page furniture rather than the writer's text.
// They stay in the block list (so "Show original" keeps them) under a kind the reader hides.
internal static class BlockRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // Longest text a furniture line can have; real paragraphs that merely mention these words are longer.
    private const int ShortLine = 160;

    // matches "Advertisement", "Story continues below advertisement", "Continue Reading Below", "Sponsored content"
    public static readonly Regex AdvertisementLine = new(
        @"^\W*(advertisement|advertisements|advert|ad|sponsored|sponsored content|paid content|(story|article) continues below( this)?( advertisement| ad)?|continue reading( the main story| below)?)\W*$",
        Options);

    // matches "Share this article", "Tweet", "12 comments", "Tell us what YOU think...", "You may also like...", "DON'T MISS"
    public static readonly Regex LabelLine = new(
        @"^\W*(share|share this( article| story| post)?|share on \w+|tweet|e-?mail|print|comments?|\d+ comments?|leave a (comment|reply)|tell us what you think|related|related (articles?|stories|posts|content|coverage|links|reading)|read more|more on this( story| topic)?|recommended( for you)?|you (may|might) also like|don'?t miss|see more|see also|trending( now)?|most (popular|read)|more|more from [\w .'’-]+|more( [\w'’]+){0,3} stories|top stories|latest news|what to read next|up next|watch next)\W*$",
        Options);

    // matches "SEE MORE: Hong Kong protests: 800 students under siege", "Also on rt.com Journalists & politicians ...", "Related: ...";
    // not "More than 200 people ..." (a bare "more" or "read" needs its colon)
    public static readonly Regex RelatedLead = new(
        @"^\W*((see more|read more|also read|read also|also on [\w.]+|click here to read)\b\s*[:\-–—|]?|(related|more|read|watch|listen|recommended)\s*[:\-–—|])\s*\S",
        Options);

    // matches "Get the latest updates right in your inbox. Subscribe to NJ.com's newsletters."
    public static readonly Regex NewsletterPromo = new(
        @"(sign(ing)? up|subscribe|subscription)\b.{0,120}\b(newsletters?|inbox|e-?mail updates|daily email|free daily)|(newsletters?|inbox)\b.{0,120}\b(sign(ing)? up|subscribe)",
        Options);

    // matches "Like this story? Share it with a friend!", "Share this story on Facebook"
    public static readonly Regex SharePromo = new(
        @"\bshare (it|this|the story|this story|this article)\b.{0,40}\b(friends?|facebook|twitter|whatsapp|email)\b", Options);

    // matches "CLICK HERE TO GET THE FOX NEWS APP", "GET FOX BUSINESS ON THE GO BY CLICKING HERE"
    public static readonly Regex ClickHere = new(@"\bclick(ing)? here\b", Options);

    // matches "This slideshow requires JavaScript.", "Please enable JavaScript to view the comments"
    public static readonly Regex NeedsScript = new(@"\b(requires|enable|enabled|turn on) javascript\b|\bjavascript (is )?(required|disabled)\b", Options);

    // matches "[button link=”http://x” type=”big”] Send us YOUR kit review[/button]" (an unrendered WordPress shortcode)
    public static readonly Regex Shortcode = new(@"^\[(\w+)\b[^\]]*\].*\[/\1\]$", Options);

    // matches "By Justine Coleman - 11/18/19 11:04 PM EST", "By Laura Mowat", "by Regan September 15, 2014";
    // not "By Tuesday, the council had voted" (what follows the name must be a date)
    public static readonly Regex BylineLine = new(
        @"^\W*[Bb][Yy]:?\s+\p{Lu}[\p{L}.'’-]*(\s+(\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|la)){0,5}(\s*([,|\-–—•·]|\bon\b)?\s*(\p{L}+\.?,?\s+)?\d.*)?$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // matches "Follow him on Twitter @michaeldwall.", "Subscribe to WIRED and stay smart with more of your favorite Ideas writers."
    public static readonly Regex FollowOrSubscribe = new(
        @"\bfollow (us|him|her|me|them)\b.{0,40}\b(twitter|facebook|instagram|linkedin)\b|^\W*(subscribe|sign up) (to|for)\b", Options);

    // matches "PUBLISHED: 10:48, Tue, Nov 19, 2019", "| UPDATED: 11:05, Tue, Nov 19, 2019", "First Published: Tuesday, November 19, 2019 08:38 AM",
    // "Updated 1:39 am EST, Wednesday, November 20, 2019", "Posted on Nov. 19, 2019"; not "Updated guidance arrived in 2019."
    public static readonly Regex DatelineLine = new(
        @"^\W*(first |last )?(published|updated|posted|modified|created)\b(\s+(on|at))?(\s*:|\s+(?=\d|(mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))\s*.*\d",
        Options);

    // A line that is only a date, perhaps with a time: matches "Nov. 20, 2019 5:52 AM EST", "Tuesday, 19 November 2019", "11/18/19 11:04 PM"
    public static readonly Regex DateOnlyLine = new(
        @"^\W*((mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4})|(\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4})|(\d{1,4}[./-]\d{1,2}[./-]\d{1,4}))(\s*(,|at|-|–|\|)?\s*\d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.)?\s*([a-z]{2,4}|gmt[+-]?\d*|utc[+-]?\d*)?)?\W*$",
        Options);

    // matches "This post may contain affiliate and/or referral links. Please see my disclosure page."
    public static readonly Regex AffiliateDisclosure = new(@"\b(affiliate|referral|sponsored) links?\b|\bdisclosure (page|policy)\b", Options);

    // matches "Protesters do not want Hong Kong to lose its autonomy (Image: getty )", "(AP Photo/Alan Diaz, File)", "Photo: Damian Dovarganes, AP";
    // not "... the company said (the image was later removed)."
    public static readonly Regex CaptionCredit = new(
        @"\(\s*((photo|photograph|image|picture|pic|credit)s?\b[^()]*[:/][^()]*|[^()]*\b(getty( images)?|afp|reuters|shutterstock|epa|alamy|istock|ap photo)\b[^()]*)\)\W*$|^\W*(photo|image|picture|credit)s?\s*(by)?\s*:\s*\S",
        Options);

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    // Kind of a block the container produced, given its text and how much of it is link text.
    public static string Classify(string kind, string text, LinkShare links)
    {
        var linkDensity = links.All;
        if (kind is not (BlockKinds.Body or BlockKinds.Heading or BlockKinds.ListItem)) return kind;
        if (text.Length <= ShortLine)
        {
            if (AdvertisementLine.IsMatch(text) || LabelLine.IsMatch(text) || NeedsScript.IsMatch(text) || Shortcode.IsMatch(text))
                return BlockKinds.Boilerplate;
            if (ClickHere.IsMatch(text) || SharePromo.IsMatch(text)) return BlockKinds.Boilerplate;
            if ((DatelineLine.IsMatch(text) || DateOnlyLine.IsMatch(text)) && text.Length < 100) return BlockKinds.Dateline;
            if (AffiliateDisclosure.IsMatch(text)) return BlockKinds.Boilerplate;
            if (BylineLine.IsMatch(text) && text.Length < 100) return BlockKinds.Byline;
            if (RelatedLead.IsMatch(text) && linkDensity > 0.3) return BlockKinds.RelatedLink;
        }
        if (text.Length <= 2 * ShortLine && kind != BlockKinds.ListItem && (NewsletterPromo.IsMatch(text) || FollowOrSubscribe.IsMatch(text)))
            return BlockKinds.Furniture;
        if (text.Length <= 400 && CaptionCredit.IsMatch(text)) return BlockKinds.Caption;
        // A paragraph that is nothing but a link is a pointer to another story.
        if (kind is BlockKinds.Body or BlockKinds.Heading && linkDensity >= 0.8 && text.Length <= 2 * ShortLine) return BlockKinds.RelatedLink;
        // So is a list item linking to the same site in a headline's words; lists of short terms or of
        // shops (affiliate links go elsewhere) are content.
        if (kind == BlockKinds.ListItem && links.SameSite >= 0.8 && text.Length <= 2 * ShortLine && WordCount(text) >= 4) return BlockKinds.RelatedLink;
        return kind;
    }
}
