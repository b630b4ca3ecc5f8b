using System.Text;
using ArticleReader.Ingestion.Html;
using ArticleReader.Model;

namespace ArticleReader.Tests.Ingestion.Html;

public class HtmlArticleParserTests
{
    // A small but realistic news page: site chrome, share bar, ads, a related rail, a newsletter promo,
    // comments, scripts and hostile attributes around a five-paragraph article.
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Why the River Keeps Rising | The Daily Ledger</title>
          <meta property="og:title" content="Why the River Keeps Rising">
          <meta property="og:site_name" content="The Daily Ledger">
          <meta property="og:description" content="Engineers say the levees were built for a climate that no longer exists.">
          <meta property="article:published_time" content="2024-10-17T08:30:00-04:00">
          <meta property="article:section" content="Opinion">
          <meta name="author" content="Diane Roberts">
          <link rel="canonical" href="https://ledger.example.com/opinion/river-rising">
          <style>.promo { color: red } body::after { content: "STYLE-LEAK" }</style>
          <script>window.trackingLeak = "SCRIPT-LEAK";</script>
        </head>
        <body onload="alert('onload-leak')">
          <header class="site-header"><a href="/">The Daily Ledger</a><nav><a href="/news">News</a> <a href="/opinion">Opinion</a> NAV-LEAK</nav></header>
          <div id="main" class="container">
            <article class="story">
              <h1>Why the River Keeps Rising</h1>
              <p class="byline">By Diane Roberts</p>
              <div class="share-bar"><a href="https://twitter.com/share">Share on Twitter SHARE-LEAK</a> <a href="javascript:void(share())">Email</a></div>
              <div class="article-body" itemprop="articleBody">
                <p>The river crested at nineteen feet on Tuesday, the third time this decade it has topped the levees that were built, according to the county's own records, for a flood that was supposed to come once a century.</p>
                <p onclick="alert('click-leak')">Engineers who studied the levee system say the problem is not maintenance, which has been steady, but design: the walls were drawn for rainfall figures from the 1950s, and the storms of today drop far more water, far faster, on ground that has been paved over.</p>
                <figure><img src="https://cdn.example.com/flood.jpg" onerror="alert('img-leak')" alt="Flooded street"><figcaption>Water covers Main Street on Tuesday. (Photo: Jane Doe / Ledger)</figcaption></figure>
                <h2>What the county knew</h2>
                <p>Internal memos show that county planners were warned in 2016 that the levees would fail under a storm of this size, and that raising them would cost less than the damage of a single flood, a comparison repeated in every budget cycle since.</p>
                <blockquote><p>"We have been paying for the same flood over and over," said Maria Alvarez, who chairs the county's emergency committee.</p></blockquote>
                <div class="ad-slot">Advertisement</div>
                <p>Three things would change the outcome, the engineers said:</p>
                <ul>
                  <li>Raise the levee walls along the northern bend by four feet.</li>
                  <li>Restore the wetlands south of the bridge so they can absorb the overflow.</li>
                </ul>
                <p>None of those steps is cheap, and none of them is new, but each of them costs less than rebuilding Main Street again next year, and the year after that, which is the only other plan on the table.</p>
                <p style="display:none">HIDDEN-LEAK paragraph that only scripts would reveal to the reader of this page.</p>
                <div class="newsletter-signup"><p>Get the Ledger in your inbox every morning. Sign up for our newsletter today. PROMO-LEAK</p></div>
              </div>
            </article>
            <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">A story about something else entirely ASIDE-LEAK</a></li></ul></aside>
            <div class="related-articles"><h3>Related</h3><ul><li><a href="/b">Another flood story from last year RELATED-LEAK</a></li><li><a href="/c">City council approves new budget RELATED-LEAK</a></li></ul></div>
            <section id="comments" class="comments"><h3>12 comments</h3><div class="comment"><p>First! This is a reader comment that should never be part of the article text. COMMENT-LEAK</p></div></section>
            <form action="/search"><input name="q" value="FORM-LEAK"><button>Search</button></form>
          </div>
          <footer class="site-footer"><p>© 2024 The Daily Ledger. All rights reserved. FOOTER-LEAK</p></footer>
          <script>document.write("SCRIPT2-LEAK")</script>
        </body>
        </html>
        """;

    private static ParsedArticle Article(string html) => Assert.Single(HtmlArticleParser.Parse(html).Articles);

    private static string Text(ParsedArticle article) => HtmlArticleParser.ArticleText(article);

    [Fact]
    public void Metadata_comes_from_meta_tags()
    {
        var article = Article(Page);
        Assert.Equal("Why the River Keeps Rising", article.Title);
        Assert.Equal("Diane Roberts", article.Author);
        Assert.Equal("The Daily Ledger", article.Outlet);
        Assert.Equal("2024-10-17", article.Published?.Iso);
        Assert.Equal(DatePrecision.Day, article.Published?.Precision);
        Assert.Equal("https://ledger.example.com/opinion/river-rising", article.Url);
        Assert.Equal("Opinion", article.Section);
        Assert.Equal("Engineers say the levees were built for a climate that no longer exists.", article.Dek);
    }

    [Fact]
    public void Article_text_keeps_paragraphs_headings_quotes_and_list_items_in_order()
    {
        var blocks = Article(Page).Blocks.Where(b => BlockKinds.IsArticleText(b.Kind)).ToList();
        Assert.Equal(
            [BlockKinds.Body, BlockKinds.Body, BlockKinds.Heading, BlockKinds.Body, BlockKinds.Quote, BlockKinds.Body, BlockKinds.ListItem, BlockKinds.ListItem, BlockKinds.Body],
            blocks.Select(b => b.Kind));
        Assert.StartsWith("The river crested at nineteen feet", blocks[0].Text);
        Assert.Equal("What the county knew", blocks[2].Text);
        Assert.Equal("Raise the levee walls along the northern bend by four feet.", blocks[6].Text);
    }

    [Fact]
    public void Figure_captions_are_captions_not_body()
    {
        var caption = Assert.Single(Article(Page).Blocks, b => b.Kind == BlockKinds.Caption);
        Assert.Equal("Water covers Main Street on Tuesday. (Photo: Jane Doe / Ledger)", caption.Text);
    }

    [Fact]
    public void Inside_the_content_the_headline_is_a_title_and_the_byline_a_byline()
    {
        const string html = """
            <html><head><meta property="og:title" content="A Headline Worth Reading"></head><body><div class="entry-content">
            <h1>A Headline Worth Reading</h1><div class="author-byline">By Sam Reyes</div>
            <p>The first paragraph of the post is long enough to count as real text, with a comma, and another one, for the scorer.</p>
            <p>The second paragraph keeps going in the same vein, adding words, commas, and clauses until it is clearly article text.</p>
            </div></body></html>
            """;
        var blocks = Article(html).Blocks;
        Assert.Equal([BlockKinds.Title, BlockKinds.Byline, BlockKinds.Body, BlockKinds.Body], blocks.Select(b => b.Kind));
    }

    [Theory]
    [InlineData("NAV-LEAK")]
    [InlineData("SHARE-LEAK")]
    [InlineData("ASIDE-LEAK")]
    [InlineData("RELATED-LEAK")]
    [InlineData("COMMENT-LEAK")]
    [InlineData("FORM-LEAK")]
    [InlineData("FOOTER-LEAK")]
    [InlineData("SCRIPT-LEAK")]
    [InlineData("SCRIPT2-LEAK")]
    [InlineData("STYLE-LEAK")]
    [InlineData("HIDDEN-LEAK")]
    [InlineData("PROMO-LEAK")]
    [InlineData("Advertisement")]
    public void Boilerplate_never_reaches_the_article_text(string marker)
    {
        Assert.DoesNotContain(marker, Text(Article(Page)));
    }

    [Theory]
    [InlineData("NAV-LEAK")]
    [InlineData("SHARE-LEAK")]
    [InlineData("ASIDE-LEAK")]
    [InlineData("COMMENT-LEAK")]
    [InlineData("FOOTER-LEAK")]
    [InlineData("SCRIPT-LEAK")]
    [InlineData("STYLE-LEAK")]
    [InlineData("HIDDEN-LEAK")]
    public void Page_chrome_is_not_even_kept_as_hidden_blocks(string marker)
    {
        Assert.DoesNotContain(Article(Page).Blocks, b => b.Text.Contains(marker));
    }

    [Theory]
    [InlineData("alert")]
    [InlineData("onclick")]
    [InlineData("onerror")]
    [InlineData("onload")]
    [InlineData("javascript:")]
    [InlineData("<")]
    [InlineData("cdn.example.com")]
    public void Blocks_and_metadata_hold_plain_text_only(string forbidden)
    {
        var article = Article(Page);
        Assert.DoesNotContain(article.Blocks, b => b.Text.Contains(forbidden, StringComparison.OrdinalIgnoreCase));
        var metadata = new[] { article.Title, article.Author, article.Dek, article.Outlet, article.Section, article.Url };
        Assert.DoesNotContain(metadata, m => m is not null && m.Contains(forbidden, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Block_ranges_cover_the_element_that_produced_the_block()
    {
        foreach (var block in Article(Page).Blocks)
        {
            var source = Page[block.Start..block.End];
            Assert.StartsWith("<", source);
            Assert.EndsWith(">", source);
            var firstWord = block.Text.Split(' ')[0];
            Assert.Contains(firstWord, source);
        }
        var quote = Article(Page).Blocks.Single(b => b.Kind == BlockKinds.Quote);
        Assert.StartsWith("<p>\"We have been paying", Page[quote.Start..quote.End]);
        Assert.EndsWith("</p>", Page[quote.Start..quote.End]);
    }

    [Fact]
    public void Loose_text_runs_become_body_blocks_with_ranges_between_the_neighbouring_elements()
    {
        const string html = "<html><body><div class=\"post-content\"><h2>Notes from the field</h2>The first line of loose text sits directly in the div, with no paragraph tag around it at all, as old blogs often do.<br><br>A second run follows after a double line break and reads as a separate paragraph of the same post.</div></body></html>";
        var blocks = Article(html).Blocks.Where(b => b.Kind == BlockKinds.Body).ToList();
        Assert.Equal(2, blocks.Count);
        Assert.Equal("The first line of loose text sits directly in the div, with no paragraph tag around it at all, as old blogs often do.", blocks[0].Text);
        Assert.Equal(blocks[0].Text, html[blocks[0].Start..blocks[0].End]);
        Assert.StartsWith("A second run", html[blocks[1].Start..blocks[1].End]);
    }

    [Fact]
    public void A_description_that_just_repeats_the_first_paragraph_is_not_a_dek()
    {
        var html = Page.Replace(
            "Engineers say the levees were built for a climate that no longer exists.",
            "The river crested at nineteen feet on Tuesday, the third time this decade it has topped the…");
        Assert.Null(Article(html).Dek);
    }

    [Theory]
    [InlineData("\"Jane Doe\"", "Jane Doe")]
    [InlineData("{\"@type\": \"Person\", \"name\": \"Jane Doe\"}", "Jane Doe")]
    [InlineData("[{\"@type\": \"Person\", \"name\": \"Jane Doe\"}, {\"@type\": \"Person\", \"name\": \"Raj Patel\"}]", "Jane Doe, Raj Patel")]
    [InlineData("[\"Jane Doe\", \"Raj Patel\"]", "Jane Doe, Raj Patel")]
    public void JSON_LD_author_may_be_a_string_an_object_or_a_list(string authorJson, string expected)
    {
        var html = $$"""
            <html><head><script type="application/ld+json">
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Headline From JSON-LD",
             "author": {{authorJson}}, "datePublished": "2019-11-19T13:00:00Z",
             "publisher": {"@type": "Organization", "name": "Example Times"}, "articleSection": ["Politics", "US"]}
            </script></head><body><p>Short.</p></body></html>
            """;
        var article = Article(html);
        Assert.Equal(expected, article.Author);
        Assert.Equal("Headline From JSON-LD", article.Title);
        Assert.Equal("Example Times", article.Outlet);
        Assert.Equal("2019-11-19", article.Published?.Iso);
        Assert.Equal("Politics", article.Section);
    }

    [Fact]
    public void JSON_LD_inside_a_graph_is_found_and_broken_JSON_LD_is_ignored()
    {
        const string html = """
            <html><head>
            <script type="application/ld+json">{ this is not json </script>
            <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "Site"},
              {"@type": ["Article", "OpinionNewsArticle"], "headline": "Graph Headline", "author": {"name": "Ann Lee"}, "datePublished": "2021-03"}]}</script>
            </head><body><p>Short.</p></body></html>
            """;
        var article = Article(html);
        Assert.Equal("Graph Headline", article.Title);
        Assert.Equal("Ann Lee", article.Author);
        Assert.Equal("2021-03", article.Published?.Iso);
        Assert.Equal(DatePrecision.Month, article.Published?.Precision);
    }

    [Fact]
    public void Fallbacks_are_h1_time_element_rel_author_and_og_url()
    {
        const string html = """
            <html><head><title>Ignored Because There Is An H1 | Site</title><meta property="og:url" content="https://example.org/story"></head>
            <body><h1>The Visible Headline</h1><a rel="author" href="/staff/kim">Kim Park</a><time datetime="2020-02-29">Feb. 29</time><p>Short.</p></body></html>
            """;
        var article = Article(html);
        Assert.Equal("The Visible Headline", article.Title);
        Assert.Equal("Kim Park", article.Author);
        Assert.Equal("2020-02-29", article.Published?.Iso);
        Assert.Equal("https://example.org/story", article.Url);
    }

    [Theory]
    [InlineData("Why We Argue | The Atlantic", "Why We Argue")]
    [InlineData("Why We Argue About Everything - Example News", "Why We Argue About Everything")]
    [InlineData("Short - Title", "Short - Title")]
    public void Document_title_loses_its_site_suffix(string documentTitle, string expected)
    {
        var article = Article($"<html><head><title>{documentTitle}</title></head><body><p>Short.</p></body></html>");
        Assert.Equal(expected, article.Title);
    }

    [Theory]
    [InlineData("<meta name=\"author\" content=\"By Jane Doe\">", "Jane Doe")]
    [InlineData("<meta property=\"article:author\" content=\"https://www.facebook.com/janedoe\"><meta name=\"byl\" content=\"By Jane Doe and Raj Patel\">", "Jane Doe and Raj Patel")]
    public void Author_skips_profile_urls_and_loses_its_by(string head, string expected)
    {
        Assert.Equal(expected, Article($"<html><head>{head}</head><body><p>Short.</p></body></html>").Author);
    }

    [Fact]
    public void Caption_classes_mark_captions_outside_figures()
    {
        const string html = """
            <html><body><div class="article-text">
            <p>The first paragraph of the story is long enough to count, with commas, clauses, and plenty of words in it.</p>
            <div class="photo"><img src="x.jpg"><span class="newsCaption">Protesters gather outside the university gates</span></div>
            <p>The second paragraph continues the story with more words, more commas, and more clauses than the caption has.</p>
            </div></body></html>
            """;
        var caption = Assert.Single(Article(html).Blocks, b => b.Kind == BlockKinds.Caption);
        Assert.Equal("Protesters gather outside the university gates", caption.Text);
    }

    [Fact]
    public void Embedded_tweets_survive_their_social_wrappers()
    {
        // Long enough (over 500 characters) that no lenient retry could bring the tweet back.
        var before = string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"<p>Paragraph {i} of the story is long enough to count as real text, with commas, clauses, and plenty of words in it.</p>"));
        var html = $"""
            <html><body><div class="story-body">{before}
            <div class="social-media-embed"><blockquote class="twitter-tweet"><p>Yes this is real and the state spent half a million dollars on it</p>— Someone (@someone) November 18, 2019</blockquote></div>
            <p>The last paragraph continues the story with more words, more commas, and more clauses than the tweet has.</p>
            </div></body></html>
            """;
        var quotes = Article(html).Blocks.Where(b => b.Kind == BlockKinds.Quote).Select(b => b.Text).ToList();
        Assert.Equal(["Yes this is real and the state spent half a million dollars on it", "— Someone (@someone) November 18, 2019"], quotes);
    }

    [Fact]
    public void A_long_article_is_kept_even_when_its_class_sounds_like_a_promo()
    {
        var paragraphs = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<p>Paragraph {i} of the subscriber edition runs long enough to be real text, with commas, clauses, and a point to make about the city.</p>"));
        var html = $"<html><body><div class=\"newsletter-edition\">{paragraphs}</div><div class=\"newsletter-signup\"><p>Sign up for the newsletter.</p></div></body></html>";
        // The strict first pass must keep it, not a lenient retry.
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var selection = ContentSelector.Select(document, SelectionRules.All);
        Assert.Equal("newsletter-edition", Assert.Single(selection.Roots).ClassName);
        Assert.DoesNotContain("Sign up", Text(Article(html)));
    }

    [Theory]
    [InlineData("Why &lt;em&gt;now&lt;/em&gt;?", "Why now?")]
    [InlineData("Breaking &lt;script&gt;alert(1)&lt;/script&gt;news", "Breaking news")]
    [InlineData("Cats &amp;amp; dogs: 1 &lt; 2", "Cats & dogs: 1 < 2")]
    public void Markup_inside_metadata_is_reduced_to_text(string ogTitle, string expected)
    {
        Assert.Equal(expected, Article($"<html><head><meta property=\"og:title\" content=\"{ogTitle}\"></head><body><p>Short.</p></body></html>").Title);
    }

    [Fact]
    public void A_javascript_canonical_url_is_dropped()
    {
        var article = Article("<html><head><link rel=\"canonical\" href=\"javascript:alert(1)\"></head><body><p>Short.</p></body></html>");
        Assert.Null(article.Url);
    }

    [Fact]
    public void Bytes_are_decoded_by_their_declared_charset()
    {
        var html = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 \u2019s</title></head><body><p>Short.</p></body></html>";
        var bytes = Encoding.GetEncoding(1252).GetBytes(html);
        Assert.Equal("Caf\u00e9 \u2019s", Assert.Single(HtmlArticleParser.Parse(bytes).Articles).Title);
    }

    [Fact]
    public void A_page_without_article_text_says_so()
    {
        var parsed = HtmlArticleParser.Parse("<html><body><nav><a href=\"/\">Home</a></nav></body></html>");
        Assert.Contains(parsed.Warnings, w => w.Contains("No article text"));
    }
}
