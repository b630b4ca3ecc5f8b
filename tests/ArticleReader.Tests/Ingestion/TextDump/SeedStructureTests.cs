using ArticleReader.Ingestion;
using ArticleReader.Ingestion.TextDump;
using ArticleReader.Model;
using ArticleReader.Tests.Support;

namespace ArticleReader.Tests.Ingestion.TextDump;

// Pins the structure ../shared/seeds/README.md describes, per article, with the metadata file applied.
public class SeedStructureTests
{
    private static IReadOnlyList<ParsedArticle> Articles(string prefix)
    {
        var path = TestPaths.Seed(prefix);
        return SourceMetadata.Apply(TextDumpParser.Parse(File.ReadAllText(path)), SourceMetadata.For(path)).Articles;
    }

    public static IEnumerable<object?[]> Pins => new List<object?[]>
    {
        // prefix, index, title, dek, kicker, author, outlet, published, url, body, caption, related, comment, verse
        new object?[] { "000", 0, "Elon Musk Stole My Old Plan for Peace in Ukraine. Too Bad It Doesn’t Make Sense Anymore.",
          "These ideas might have worked in March. But things have changed.", "War Stories", "Fred Kaplan", "Slate", "2022-10", null, 14, 1, 0, 0, 0 },
        new object?[] { "001", 0, "As Putin Threatens Europe, Failure of Trump Peace Plan Laid Bare",
          "Peace games from the Russian dictator, who can’t win but can’t afford to stop fighting.", null, "Cathy Young", "The Bulwark", "2025-12", null, 10, 0, 0, 4, 0 },
        new object?[] { "002", 0, "What Is Russia Doing With North Korean Troops?", null, null, null, "The Atlantic", "2024-10",
          "https://www.theatlantic.com/international/archive/2024/10/ukraine-missiles-intelligence-putin/680387/", 12, 0, 2, 0, 0 },
        new object?[] { "002", 1, "The General’s Warning", null, null, "Tom Nichols", "The Atlantic", "2024-10",
          "https://www.theatlantic.com/newsletters/archive/2024/10/the-generals-warning/680279/", 16, 2, 0, 0, 0 },
        new object?[] { "002", 2, "A Naked Desperation to Be Seen", null, null, null, "The Atlantic", "2024-10",
          "https://www.theatlantic.com/books/archive/2024/10/october-7-books-on-israeli-and-palestinian-suffering/680166/", 20, 2, 2, 0, 1 },
        new object?[] { "002", 3, "The Ukraine War Can’t End Until Russia Stops Fighting", null, null, "Anne Applebaum", "The Atlantic", "2024-10",
          "https://www.theatlantic.com/ideas/archive/2024/10/ukraine-war-negotiated-peace/680100/", 21, 2, 3, 0, 0 },
    };

    [Theory]
    [MemberData(nameof(Pins))]
    public void Each_seed_article_has_the_structure_a_reader_sees(string prefix, int index, string title, string? dek, string? kicker,
        string? author, string? outlet, string published, string? url, int body, int captions, int related, int comments, int verse)
    {
        var a = Articles(prefix)[index];
        Assert.Equal(title, a.Title);
        Assert.Equal(dek, a.Dek);
        Assert.Equal(kicker, a.Kicker);
        Assert.Equal(author, a.Author);
        Assert.Equal(outlet, a.Outlet);
        Assert.Equal(published, a.Published?.Iso);
        Assert.Equal(url, a.Url);
        int Count(string kind) => a.Blocks.Count(b => b.Kind == kind);
        Assert.Equal((body, captions, related, comments, verse),
            (Count(BlockKinds.Body), Count(BlockKinds.Caption), Count(BlockKinds.RelatedLink), Count(BlockKinds.Comment), Count(BlockKinds.Verse)));
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    public void No_boilerplate_or_furniture_reaches_any_body(string prefix)
    {
        string[] furniture = ["Advertisement", "Related:", "Today’s News", "Evening Read", "Culture Break", "P.S.",
            "Read the full article.", "Play our daily crossword.", "By Diane Roberts", "Sign up for it here", "contributed to this newsletter",
            "Kudos to Cathy Young", "www.theatlantic.com", "[Read:", "Getty"];
        var bodies = Articles(prefix).SelectMany(a => a.Blocks).Where(b => b.Kind == BlockKinds.Body).Select(b => b.Text).ToList();
        foreach (var f in furniture) Assert.DoesNotContain(bodies, text => text.Contains(f, StringComparison.Ordinal));
    }

    [Fact]
    public void The_newsletter_embeds_an_excerpt_credited_to_its_writer()
    {
        var excerpt = Articles("002")[1].Blocks.Where(b => b.Kind == BlockKinds.Excerpt).ToList();
        Assert.Equal(["The Sunshine Staters Aren’t Going Anywhere", "By Diane Roberts"], excerpt.Take(2).Select(b => b.Text));
        Assert.All(excerpt, b => Assert.Equal("Diane Roberts", b.Meta["author"]));
        Assert.Contains(excerpt, b => b.Text.StartsWith("Floridians regularly observe"));
        Assert.Contains(excerpt, b => b.Text == "Then there are the storms.");
    }

    [Fact]
    public void Newsletter_section_headers_are_furniture()
    {
        var sections = Articles("002")[1].Blocks.Where(b => b.Meta.GetValueOrDefault("role") == "section").Select(b => b.Text).ToList();
        Assert.Equal(["Related:", "Here are three new stories from The Atlantic:", "Today’s News", "Evening Read", "More From The Atlantic", "Culture Break", "P.S."], sections);
    }

    [Fact]
    public void The_poem_keeps_its_line_breaks()
    {
        var verse = Articles("002")[2].Blocks.Single(b => b.Kind == BlockKinds.Verse);
        Assert.StartsWith("My son asks me whether,\nwhen we return to Gaza,", verse.Text);
        Assert.EndsWith("to drop bombs on people and houses.", verse.Text);
    }

    [Fact]
    public void The_cathy_young_column_marks_its_two_all_caps_lead_ins()
    {
        var marked = Articles("001")[0].Blocks.Where(b => b.Meta.ContainsKey("smallCaps"))
            .Select(b => b.Text[..int.Parse(b.Meta["smallCaps"])]).ToList();
        Assert.Equal(["DESPITE REVELATIONS", "THAT PUTIN DOESN’T WANT"], marked);
    }

    [Fact]
    public void The_kaplan_column_has_its_photo_alt_text_and_credited_caption()
    {
        var blocks = Articles("000")[0].Blocks;
        Assert.Equal("Elon Musk speaking to a crowd of reporters with cameras and microphones", blocks.Single(b => b.Kind == BlockKinds.ImageAlt).Text);
        Assert.Equal("Carina Johansen/NTB/AFP via Getty Images", blocks.Single(b => b.Kind == BlockKinds.Caption).Meta["credit"]);
    }
}
