using ArticleReader.Ingestion.TextDump;
using ArticleReader.Model;

namespace ArticleReader.Tests.Ingestion.TextDump;

public class StructureStagesTests
{
    private const string Head = "A Headline That Reads Like One\n\nThe opening paragraph is long enough to be body text and sets the scene for the piece.\n\n";
    private const string Tail = "\n\nAnother paragraph of the body continues with enough words to count as running text.";

    private static ParsedArticle ParseOne(string middle) => TextDumpParser.Parse(Head + middle + Tail).Articles.Single();

    private static ParsedBlock BlockWith(string middle, string text) => ParseOne(middle).Blocks.Single(b => b.Text.StartsWith(text, StringComparison.Ordinal));

    [Theory]
    [InlineData("Tesla CEO Elon Musk gives interviews in Stavanger, Norway, on Aug. 29. Carina Johansen/NTB/AFP via Getty Images", "Carina Johansen/NTB/AFP via Getty Images")]
    [InlineData("Members of the brigade assemble a drone in Sumy province, in August. (Roman Pilipey / AFP / Getty)", "Roman Pilipey / AFP / Getty")]
    [InlineData("Portraits are projected onto the State Council building in Simferopol. (AFP / Getty)", "AFP / Getty")]
    [InlineData("The senator speaks at a rally in Ohio. (Photo by Jane Doe/Getty Images)", "Photo by Jane Doe/Getty Images")]
    [InlineData("A protester holds a sign outside the court. Source: Chip Somodevilla / Staff / Getty", "Source: Chip Somodevilla / Staff / Getty")]
    [InlineData("Illustration by The Atlantic. Source: Found Image Holdings / Corbis / Getty.", "Illustration by The Atlantic. Source: Found Image Holdings / Corbis / Getty")]
    [InlineData("Millennium Images / Gallery Stock", "Millennium Images / Gallery Stock")]
    public void Captions_are_recognised_with_their_credit_set_apart(string line, string credit)
    {
        var block = BlockWith(line, line[..10]);
        Assert.Equal(BlockKinds.Caption, block.Kind);
        Assert.Equal(credit, block.Meta["credit"]);
        Assert.Equal(credit.TrimEnd('.'), block.Text[int.Parse(block.Meta["creditStart"])..].Trim().TrimStart('(').TrimEnd('.', ')'));
    }

    [Theory]
    [InlineData("The U.S. estimates that 600,000 soldiers / recruits have died.")]
    [InlineData("He said the plan was 50/50 at best, and everyone knew it.")]
    public void Sentences_with_slashes_are_not_captions(string line)
    {
        Assert.Equal(BlockKinds.Body, BlockWith(line, line[..10]).Kind);
    }

    [Fact]
    public void The_short_unpunctuated_line_above_a_caption_is_the_photos_alt_text()
    {
        var article = ParseOne("Elon Musk speaking to a crowd of reporters with cameras and microphones\nTesla CEO Elon Musk arrives in Stavanger, Norway. Carina Johansen/NTB/AFP via Getty Images");
        Assert.Equal(BlockKinds.ImageAlt, article.Blocks.Single(b => b.Text.StartsWith("Elon Musk speaking")).Kind);
    }

    [Theory]
    [InlineData("[Read: The ‘Gray Zone’ comes to Russia]", null, "The ‘Gray Zone’ comes to Russia")]
    [InlineData("[Read: Confessions of a Russian propagandist ]", null, "Confessions of a Russian propagandist")]
    [InlineData("[Anne Applebaum: The only way the Ukraine War can end]", "Anne Applebaum", "The only way the Ukraine War can end")]
    [InlineData("[Michael A. Cohen: The rape denialists]", "Michael A. Cohen", "The rape denialists")]
    [InlineData("[Eliot A. Cohen and Phillips Payson O’Brien: How ]defense experts got Ukraine wrong", "Eliot A. Cohen and Phillips Payson O’Brien", "How defense experts got Ukraine wrong")]
    [InlineData("Eliot A. Cohen and Phillips Payson O’Brien: How defense experts got Ukraine wrong", "Eliot A. Cohen and Phillips Payson O’Brien", "How defense experts got Ukraine wrong")]
    public void Related_story_links_record_the_linked_author_and_title(string line, string? author, string title)
    {
        var block = BlockWith(line, line[..6]);
        Assert.Equal(BlockKinds.RelatedLink, block.Kind);
        Assert.Equal(author, block.Meta.GetValueOrDefault("author"));
        Assert.Equal(title, block.Meta["title"]);
    }

    [Theory]
    [InlineData("Isabel Fattal: What did you make of the senator’s remarks, and why do they matter so much now?")]
    [InlineData("[Get the in-depth analysis you need. Subscribe today »]")]
    public void Speaker_labels_and_bracketed_promos_are_not_related_links(string line)
    {
        Assert.NotEqual(BlockKinds.RelatedLink, BlockWith(line, line[..6]).Kind);
    }

    [Theory]
    [InlineData("[Get the in-depth analysis you need. Subscribe today »]", "promo")]
    [InlineData("***", "separator")]
    [InlineData("* * *", "separator")]
    public void Promos_and_separators_are_boilerplate(string line, string role)
    {
        var block = BlockWith(line, line[..1]);
        Assert.Equal(BlockKinds.Boilerplate, block.Kind);
        Assert.Equal(role, block.Meta["role"]);
    }

    [Fact]
    public void Consecutive_short_lines_are_one_verse_block_with_their_breaks_and_stanzas()
    {
        var article = ParseOne("My son asks me whether,\nwhen we return to Gaza,\nI could get him a puppy.\n\nI ask my son if he wishes to become\na pilot when he grows up.");
        var verse = Assert.Single(article.Blocks, b => b.Kind == BlockKinds.Verse);
        Assert.Equal("My son asks me whether,\nwhen we return to Gaza,\nI could get him a puppy.\n\nI ask my son if he wishes to become\na pilot when he grows up.", verse.Text);
        Assert.Equal("5", verse.Meta["lines"]);
    }

    [Theory]
    [InlineData("DESPITE REVELATIONS that Donald Trump’s special envoy has been acting as a lobbyist, he flew on.", 19)]
    [InlineData("THAT PUTIN DOESN’T WANT the war to end seems to be the general consensus.", 23)]
    [InlineData("NATO is an alliance of thirty-two countries, and it is growing.", null)]
    [InlineData("The U.S. and the UK agreed.", null)]
    public void All_caps_lead_ins_are_marked_for_small_caps_without_changing_the_text(string line, int? length)
    {
        var block = BlockWith(line, line[..6]);
        Assert.Equal(line, block.Text);
        Assert.Equal(length?.ToString(), block.Meta.GetValueOrDefault("smallCaps"));
    }

    [Fact]
    public void A_byline_under_the_title_names_the_author()
    {
        var article = TextDumpParser.Parse("The Headline Of This Piece\n\nBy Diane Roberts\n\nFloridians regularly observe that Florida is trying to kill us, and they mean it.\n\nMore text follows here.").Articles.Single();
        Assert.Equal("Diane Roberts", article.Author);
        Assert.Equal(BlockKinds.Byline, article.Blocks.Single(b => b.Text == "By Diane Roberts").Kind);
    }

    [Theory]
    [InlineData("DEC 22, 202210:45 AM", "2022-12-22", null)]
    [InlineData("Cathy YoungDEC 22, 2022", "2022-12-22", "Cathy Young")]
    [InlineData("Oct 3, 2024", "2024-10-03", null)]
    public void A_dateline_glued_to_its_time_or_byline_gives_the_date(string line, string date, string? author)
    {
        var article = TextDumpParser.Parse($"The Headline Of This Piece\n\n{line}\n\nThe body starts here and runs on for a good number of words.\n\nMore.").Articles.Single();
        Assert.Equal(date, article.Published?.Iso);
        Assert.Equal(author, article.Author);
        Assert.Equal(BlockKinds.Dateline, article.Blocks.Single(b => b.Text == line).Kind);
    }

    [Fact]
    public void A_date_prefix_glued_to_the_first_paragraph_is_split_off_with_offsets()
    {
        const string source = "The Headline Of This Piece\n\ndate 2024-10-17 In March 2023, when Mark Milley was six months away from retirement, he spoke.\n\nMore.";
        var parsed = TextDumpParser.Parse(source);
        var article = parsed.Articles.Single();
        Assert.Equal("2024-10-17", article.Published?.Iso);
        var dateline = article.Blocks.Single(b => b.Kind == BlockKinds.Dateline);
        Assert.Equal("date 2024-10-17", dateline.Text);
        var body = article.Blocks.First(b => b.Kind == BlockKinds.Body);
        Assert.StartsWith("In March 2023", body.Text);
        Assert.Equal(body.Text, source[body.Start..body.End]);
    }

    [Fact]
    public void Topic_lists_after_a_breadcrumb_are_page_chrome()
    {
        const string source = "A Title\n\nThe Atlantic\n\nwww.theatlantic.com › ideas › archive › 2024 › 10 › slug › 1\n\nThis story seems to be about:\n\nUkraine\n\nVladimir Putin\n\nThe first real paragraph of the piece is long enough to read as text.";
        var article = TextDumpParser.Parse(source).Articles.Single();
        Assert.Equal(["This story seems to be about:", "Ukraine", "Vladimir Putin"],
            article.Blocks.Where(b => b.Meta.GetValueOrDefault("role") is "topics" or "topic").Select(b => b.Text));
        Assert.Single(article.Blocks, b => b.Kind == BlockKinds.Body);
    }

    [Fact]
    public void A_short_headline_style_line_between_paragraphs_is_a_subheading()
    {
        var article = ParseOne("The Russian Calculation\n\nPutin believes time is on his side, and his generals have told him as much for two full years now.");
        Assert.Equal(BlockKinds.Heading, article.Blocks.Single(b => b.Text == "The Russian Calculation").Kind);
    }

    [Fact]
    public void A_colon_introduced_quotation_is_a_block_quote()
    {
        var article = ParseOne("Woodward recounts the episode with Milley in his new book, War:\n\n“We have got to stop him!” Milley said. “You have got to stop him!”");
        Assert.Equal(BlockKinds.Quote, article.Blocks.Single(b => b.Text.StartsWith("“We have")).Kind);
    }
}
