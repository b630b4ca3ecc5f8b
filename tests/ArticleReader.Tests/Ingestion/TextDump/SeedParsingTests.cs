using ArticleReader.Ingestion.TextDump;
using ArticleReader.Model;
using ArticleReader.Tests.Support;

namespace ArticleReader.Tests.Ingestion.TextDump;

// The seed files as end-to-end fixtures: what a reader of each file sees.
public class SeedParsingTests
{
    private static ParsedSource Parse(string prefix) => TextDumpParser.Parse(TestPaths.SeedText(prefix));

    [Theory]
    [InlineData("000", new[] { "Elon Musk Stole My Old Plan for Peace in Ukraine. Too Bad It Doesn’t Make Sense Anymore." })]
    [InlineData("001", new[] { "As Putin Threatens Europe, Failure of Trump Peace Plan Laid Bare" })]
    [InlineData("002", new[]
    {
        "What Is Russia Doing With North Korean Troops?", "The General’s Warning",
        "A Naked Desperation to Be Seen", "The Ukraine War Can’t End Until Russia Stops Fighting",
    })]
    public void Each_seed_yields_its_articles_with_their_titles(string prefix, string[] titles)
    {
        Assert.Equal(titles, Parse(prefix).Articles.Select(a => a.Title));
    }

    [Theory]
    [InlineData("000", "War Stories", "These ideas might have worked in March. But things have changed.")]
    [InlineData("001", null, "Peace games from the Russian dictator, who can’t win but can’t afford to stop fighting.")]
    public void Single_article_seeds_have_their_kicker_and_dek(string prefix, string? kicker, string dek)
    {
        var article = Parse(prefix).Articles.Single();
        Assert.Equal(kicker, article.Kicker);
        Assert.Equal(dek, article.Dek);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    public void Advertisement_is_never_body_and_every_block_slices_the_source(string prefix)
    {
        var parsed = Parse(prefix);
        var blocks = parsed.Articles.SelectMany(a => a.Blocks).Concat(parsed.Outside).ToList();
        Assert.DoesNotContain(blocks, b => b.Kind == BlockKinds.Body && b.Text.Trim() == "Advertisement");
        Assert.All(blocks, b => Assert.Equal(b.Text, parsed.Text[b.Start..b.End]));
        Assert.All(blocks, b => Assert.Contains(b.Kind, BlockKinds.All));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    public void Nothing_of_the_source_is_lost(string prefix)
    {
        var parsed = Parse(prefix);
        var covered = parsed.Articles.SelectMany(a => a.Blocks).Concat(parsed.Outside).OrderBy(b => b.Start).ToList();
        var rebuilt = string.Concat(covered.Select(b => b.Text));
        var nonSpace = new string(parsed.Text.Where(ch => !char.IsWhiteSpace(ch)).ToArray());
        Assert.Equal(nonSpace, new string(rebuilt.Where(ch => !char.IsWhiteSpace(ch)).ToArray()));
    }

    [Fact]
    public void The_cathy_young_column_has_four_reader_comments_outside_the_body()
    {
        var blocks = Parse("001").Articles.Single().Blocks;
        var comments = blocks.Where(b => b.Kind == BlockKinds.Comment).ToList();
        Assert.Equal(4, comments.Count);
        Assert.Equal("Kudos to Cathy Young!", comments[1].Text);
        Assert.DoesNotContain(blocks.Where(b => b.Kind == BlockKinds.Body), b => b.Text.Contains("Kudos"));
        Assert.Equal(10, blocks.Count(b => b.Kind == BlockKinds.Body));
    }

    [Fact]
    public void The_digest_header_lines_are_outside_every_article()
    {
        Assert.Equal(["Itemoids", "Cohen"], Parse("002").Outside.Select(b => b.Text));
    }

    [Fact]
    public void Digest_articles_take_url_section_and_month_from_their_breadcrumbs()
    {
        var first = Parse("002").Articles[0];
        Assert.Equal("https://www.theatlantic.com/international/archive/2024/10/ukraine-missiles-intelligence-putin/680387/", first.Url);
        Assert.Equal("international", first.Section);
        Assert.Equal("2024-10", first.Published?.Iso);
        Assert.Equal(DatePrecision.Month, first.Published?.Precision);
        Assert.Equal("The Atlantic", first.Outlet);
    }

    [Fact]
    public void No_author_is_guessed_from_the_text_alone()
    {
        Assert.All(Parse("001").Articles.Concat(Parse("000").Articles), a => Assert.Null(a.Author));
    }
}
