using ArticleReader.Ingestion.TextDump;
using ArticleReader.Model;

namespace ArticleReader.Tests.Ingestion.TextDump;

public class StagesTests
{
    [Fact]
    public void Lines_keep_offsets_into_the_source_and_count_blank_lines_before()
    {
        const string source = "Title\r\n\r\n  First paragraph.  \nSecond\r\rThird";
        var doc = Stages.SplitLines(source);
        Assert.Equal(["Title", "First paragraph.", "Second", "Third"], doc.Chunks.Select(c => c.Text));
        Assert.All(doc.Chunks, c => Assert.Equal(c.Text, source[c.Start..c.End]));
        Assert.Equal([0, 1, 0, 1], doc.Chunks.Select(c => c.BlankLinesBefore));
    }

    [Theory]
    [InlineData("Advertisement", true)]
    [InlineData("ADVERTISEMENT", true)]
    [InlineData("Share this article", true)]
    [InlineData("Expand full comment", true)]
    [InlineData("Subscribe today", true)]
    [InlineData("Advertisement spending fell by 6 percent last year.", false)]
    [InlineData("Share prices rose.", false)]
    public void Page_furniture_is_boilerplate_and_nothing_else_is(string line, bool boilerplate)
    {
        var doc = Stages.MarkBoilerplate(Stages.SplitLines(line));
        Assert.Equal(boilerplate, doc.Chunks[0].Kind == BlockKinds.Boilerplate);
    }

    [Theory]
    [InlineData("www.theatlantic.com", "international › archive › 2024 › 10 › ukraine-missiles-intelligence-putin › 680387",
        "https://www.theatlantic.com/international/archive/2024/10/ukraine-missiles-intelligence-putin/680387/", "international", "2024-10")]
    [InlineData("www.theatlantic.com", "newsletters › archive › 2024 › 10 › the-generals-warning › 680279",
        "https://www.theatlantic.com/newsletters/archive/2024/10/the-generals-warning/680279/", "newsletters", "2024-10")]
    [InlineData("example.org", "blog › 2023 › post-title",
        "https://example.org/blog/2023/post-title/", "blog", "2023")]
    [InlineData("example.org", "2021 › 13 › post",
        "https://example.org/2021/13/post/", null, "2021")]
    public void Breadcrumbs_give_the_canonical_url_section_and_date(string host, string path, string url, string? section, string date)
    {
        var parsed = Stages.ParseBreadcrumb(host, path);
        Assert.Equal(url, parsed.Url);
        Assert.Equal(section, parsed.Section);
        Assert.Equal(date, parsed.Published?.Iso);
    }

    [Fact]
    public void A_digest_is_split_at_each_title_outlet_breadcrumb_pattern_and_its_header_is_chrome()
    {
        const string source = """
            Digest header

            First Title

            The Outlet

            www.example.com › news › archive › 2024 › 10 › first › 1

            Body one.

            Second Title

            Advertisement

            The Outlet

            www.example.com › ideas › archive › 2024 › 09 › second › 2

            Body two.
            """;
        var parsed = TextDumpParser.Parse(source);
        Assert.Equal(["First Title", "Second Title"], parsed.Articles.Select(a => a.Title));
        Assert.Equal(["ideas"], parsed.Articles.Skip(1).Select(a => a.Section));
        Assert.Equal("2024-09", parsed.Articles[1].Published?.Iso);
        Assert.Equal("The Outlet", parsed.Articles[0].Outlet);
        Assert.Equal(BlockKinds.Chrome, Assert.Single(parsed.Outside).Kind);
        Assert.Equal(["Body one."], parsed.Articles[0].Blocks.Where(b => b.Kind == BlockKinds.Body).Select(b => b.Text));
        Assert.Equal(["Body two."], parsed.Articles[1].Blocks.Where(b => b.Kind == BlockKinds.Body).Select(b => b.Text));
    }

    [Fact]
    public void Lines_after_a_wide_gap_at_the_end_are_comments_one_per_line()
    {
        const string source = "Title Of The Piece\nA dek that explains what the piece argues.\nPara one is here.\nPara two is here.\nPara three is here.\n\n\n\nGreat piece!\nI disagree with the second point.";
        var parsed = TextDumpParser.Parse(source);
        var blocks = parsed.Articles.Single().Blocks;
        Assert.Equal(["Great piece!", "I disagree with the second point."], blocks.Where(b => b.Kind == BlockKinds.Comment).Select(b => b.Text));
        Assert.Equal(3, blocks.Count(b => b.Kind == BlockKinds.Body));
    }

    [Fact]
    public void Paragraph_gaps_alone_do_not_make_comments()
    {
        const string source = "Title Of The Piece\n\nDek line of the piece here.\n\nPara one.\n\nPara two.\n\nPara three.\n\nPara four.";
        var blocks = TextDumpParser.Parse(source).Articles.Single().Blocks;
        Assert.DoesNotContain(blocks, b => b.Kind == BlockKinds.Comment);
    }

    [Fact]
    public void A_short_first_line_before_a_title_is_the_kicker_and_the_next_short_line_the_dek()
    {
        const string source = "War Stories\n\nA Title That Says Something\n\nA dek that says a little more.\n\nThe body starts here and goes on for a while.\n\nMore body.";
        var article = TextDumpParser.Parse(source).Articles.Single();
        Assert.Equal("War Stories", article.Kicker);
        Assert.Equal("A Title That Says Something", article.Title);
        Assert.Equal("A dek that says a little more.", article.Dek);
    }
}
