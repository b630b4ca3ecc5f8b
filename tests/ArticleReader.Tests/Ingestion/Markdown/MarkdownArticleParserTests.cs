using ArticleReader.Ingestion.Markdown;
using ArticleReader.Model;

namespace ArticleReader.Tests.Ingestion.Markdown;

public class MarkdownArticleParserTests
{
    private const string Note = """
        ---
        title: "The Case for Slow Roads: A Note"
        author: 'Ann O''Brien'
        date: 2024-10-17
        url: https://notes.example.org/slow-roads
        outlet: Example Quarterly
        section: Transport # a comment
        dek: Why narrower streets save lives
        ---
        # The Case for Slow Roads: A Note

        Cities that *narrowed* their streets saw **fewer** deaths, according to [a 2023 study](https://example.org/study) of `traffic` data.

        ## The evidence

        > Speed is the single biggest factor in whether a pedestrian survives.
        > It is physics, not policy.

        - Narrow lanes
        - Raised crossings
          - at schools first

        ```
        deaths = f(speed)
        ```
        """;

    private static ParsedSource Parse(string markdown) => MarkdownArticleParser.Parse(markdown);

    [Fact]
    public void Front_matter_gives_the_metadata()
    {
        var article = Assert.Single(Parse(Note).Articles);
        Assert.Equal("The Case for Slow Roads: A Note", article.Title);
        Assert.Equal("Ann O'Brien", article.Author);
        Assert.Equal("2024-10-17", article.Published?.Iso);
        Assert.Equal("https://notes.example.org/slow-roads", article.Url);
        Assert.Equal("Example Quarterly", article.Outlet);
        Assert.Equal("Transport", article.Section);
        Assert.Equal("Why narrower streets save lives", article.Dek);
    }

    [Fact]
    public void Front_matter_is_a_chrome_block_outside_the_article()
    {
        var parsed = Parse(Note);
        var chrome = Assert.Single(parsed.Outside);
        Assert.Equal(BlockKinds.Chrome, chrome.Kind);
        Assert.StartsWith("---\ntitle:", chrome.Text);
        Assert.EndsWith("---", chrome.Text);
        Assert.Equal(chrome.Text, Note[chrome.Start..chrome.End]);
    }

    [Fact]
    public void Blocks_get_kinds_from_markdown_structure()
    {
        var blocks = Parse(Note).Articles[0].Blocks;
        Assert.Equal(
            [BlockKinds.Title, BlockKinds.Body, BlockKinds.Heading, BlockKinds.Quote, BlockKinds.ListItem, BlockKinds.ListItem, BlockKinds.ListItem, BlockKinds.Body],
            blocks.Select(b => b.Kind));
        Assert.Equal("Speed is the single biggest factor in whether a pedestrian survives. It is physics, not policy.", blocks[3].Text);
        Assert.Equal(["Narrow lanes", "Raised crossings", "at schools first"], blocks.Where(b => b.Kind == BlockKinds.ListItem).Select(b => b.Text));
        Assert.Equal("deaths = f(speed)", blocks[^1].Text);
    }

    [Fact]
    public void Inline_markup_is_rendered_as_plain_text()
    {
        var body = Parse(Note).Articles[0].Blocks.First(b => b.Kind == BlockKinds.Body);
        Assert.Equal("Cities that narrowed their streets saw fewer deaths, according to a 2023 study of traffic data.", body.Text);
    }

    [Fact]
    public void Offsets_slice_back_to_each_blocks_markdown_source()
    {
        var blocks = Parse(Note).Articles[0].Blocks;
        Assert.Equal("# The Case for Slow Roads: A Note", Note[blocks[0].Start..blocks[0].End]);
        Assert.Equal("Cities that *narrowed* their streets saw **fewer** deaths, according to [a 2023 study](https://example.org/study) of `traffic` data.", Note[blocks[1].Start..blocks[1].End]);
        Assert.Equal("## The evidence", Note[blocks[2].Start..blocks[2].End]);
        Assert.Equal("- Raised crossings", Note[blocks[5].Start..blocks[5].End]);
        Assert.Equal("```\ndeaths = f(speed)\n```", Note[blocks[^1].Start..blocks[^1].End]);
        foreach (var block in blocks)
        {
            var source = Note[block.Start..block.End];
            Assert.Equal(source.Trim(), source);
            Assert.Contains(block.Text.Split(' ')[0].Trim('"'), source);
        }
    }

    [Fact]
    public void Without_front_matter_a_leading_h1_is_the_title()
    {
        var article = Parse("# Just a Heading\n\nSome text.\n").Articles[0];
        Assert.Equal("Just a Heading", article.Title);
        Assert.Equal([BlockKinds.Title, BlockKinds.Body], article.Blocks.Select(b => b.Kind));
    }

    [Fact]
    public void A_leading_h1_that_differs_from_the_front_matter_title_stays_a_heading()
    {
        var article = Parse("---\ntitle: Real Title\n---\n# Part One\n\nText.\n").Articles[0];
        Assert.Equal("Real Title", article.Title);
        Assert.Equal(BlockKinds.Heading, article.Blocks[0].Kind);
    }

    [Fact]
    public void Raw_html_keeps_only_its_visible_text()
    {
        var blocks = Parse("<div onclick=\"alert(1)\">Visible<script>alert(2)</script></div>\n\nText with <b onmouseover=\"x()\">inline</b> tag.\n").Articles[0].Blocks;
        Assert.Equal(["Visible", "Text with inline tag."], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Carriage_returns_do_not_shift_offsets()
    {
        const string markdown = "# Title\r\n\r\nFirst paragraph.\r\n\r\n> A quote.\r\n";
        var blocks = Parse(markdown).Articles[0].Blocks;
        Assert.Equal("First paragraph.", markdown[blocks[1].Start..blocks[1].End]);
        Assert.Equal("> A quote.", markdown[blocks[2].Start..blocks[2].End]);
    }

    [Fact]
    public void An_unreadable_date_is_reported_not_guessed()
    {
        var parsed = Parse("---\ndate: sometime last spring\n---\nText.\n");
        Assert.Null(parsed.Articles[0].Published);
        Assert.Single(parsed.Warnings);
    }
}
