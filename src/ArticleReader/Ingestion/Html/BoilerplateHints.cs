using System.Text.RegularExpressions;

namespace ArticleReader.Ingestion.Html;

// Words in class names, ids and roles that say what a page region is for. Matched against
// "<class> <id>" of an element.
internal static class BoilerplateHints
{
    // matches class="sidebar-module", id="comments", class="social-share", class="site-header"
    public static readonly Regex Unlikely = new(
        @"-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    // Regions that are boilerplate whatever else their class says: matches class="article-body__tablet-newsletter",
    // class="related-articles", class="social-share-bar", id="taboola-below-article", class="post-author" (an author's bio box)
    public static readonly Regex AlwaysUnlikely = new(
        @"newsletter|subscribe(?!r)|subscription|signup|sign-up|outbrain|taboola|related[-_]?(articles?|stories|posts|content|links|items)|share[-_]?(bar|tools|buttons|links|icons)|social[-_]?(share|links|icons|buttons|bar)|recirc|(post|about|article)[-_]?author|author[-_]?(bio|box|info|content|description|profile|card|details)",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    // matches class="article-header", id="main-column": a hint that rescues an unlikely-looking region
    public static readonly Regex MaybeCandidate = new(
        @"and|article|body|column|content|main|shadow", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    // matches class="article-body", id="story", class="entry-content"
    public static readonly Regex Positive = new(
        @"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    // matches class="promo-box", id="related-links", class="share-tools", class="widget"
    public static readonly Regex Negative = new(
        @"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    // matches class="byline", class="author-name", class="dateline"
    public static readonly Regex Byline = new(
        @"byline|author|dateline|writtenby|p-author", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    // matches class="share-bar", id="sharedaddy", class="post_share_tools"
    public static readonly Regex Share = new(
        @"(\b|_)(share|sharedaddy)(\b|_)", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    // The hidden part of a hover pop-up (not its trigger): matches class="rollover-people-block", class="tooltip-content"
    public static readonly Regex Popup = new(
        @"(rollover|tooltip|popover|hovercard|hover-card)\S*[-_](block|box|content|card|panel|body|container|popup|text)\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    // matches style="display: none", style="visibility:hidden"
    public static readonly Regex HiddenStyle = new(
        @"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    // ARIA roles of regions that are never the article: role="navigation", role="complementary"
    public static readonly IReadOnlySet<string> UnlikelyRoles = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo", "search",
    };
}
