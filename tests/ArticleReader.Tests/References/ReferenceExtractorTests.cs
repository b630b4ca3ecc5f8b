using ArticleReader.Model;
using ArticleReader.References;

namespace ArticleReader.Tests.References;

public class ReferenceExtractorTests
{
    private static ReferenceBlock Block(string kind, string text, params (string Key, string Value)[] meta) =>
        new(0, kind, text, meta.ToDictionary(m => m.Key, m => m.Value));

    private static IReadOnlyList<FoundReference> Extract(ReferenceBlock block, string? author = "Fred Kaplan")
    {
        var found = ReferenceExtractor.Extract([block], author);
        Assert.All(found, r => Assert.Equal(r.Evidence.Text, block.Text[r.Evidence.Start..r.Evidence.End]));
        return found;
    }

    [Theory]
    // rule "titled piece": first person is the article's writer
    [InlineData("I say this, even though I outlined a suspiciously similar proposal last March in an article titled “How to End the War In Ukraine.”",
        "titled piece", "Fred Kaplan", "How to End the War In Ukraine", null, "in an article titled “How to End the War In Ukraine.”")]
    [InlineData("Robert Kagan made the case in an essay for The Washington Post headlined “A Trump Dictatorship,” last year.",
        "titled piece", "Robert Kagan", "A Trump Dictatorship", "The Washington Post", "in an essay for The Washington Post headlined “A Trump Dictatorship,”")]
    [InlineData("The idea surfaced in a piece called “The Long Game” that nobody read.",
        "titled piece", null, "The Long Game", null, "in a piece called “The Long Game”")]
    // rule "wrote in": a named writer and an outlet, or "I" and a title
    [InlineData("As Eliot A. Cohen wrote in The Atlantic, the war is far from over.",
        "wrote in", "Eliot A. Cohen", null, "The Atlantic", "Eliot A. Cohen wrote in The Atlantic")]
    [InlineData("As I argued in “Why Putin Won’t Stop,” the Kremlin has no reason to negotiate.",
        "wrote in", "Fred Kaplan", "Why Putin Won’t Stop", null, "I argued in “Why Putin Won’t Stop,”")]
    // rules "possessive book" and "book appositive"
    [InlineData("In Isabella Hammad’s new book, Recognizing the Stranger, which consists mostly of a lecture",
        "possessive book", "Isabella Hammad", "Recognizing the Stranger", null, "Isabella Hammad’s new book, Recognizing the Stranger")]
    [InlineData("This poem reminded me of passages from another October 7 book, Amir Tibon’s The Gates of Gaza, an adapted excerpt",
        "book appositive", "Amir Tibon", "The Gates of Gaza", null, "book, Amir Tibon’s The Gates of Gaza")]
    public void In_text_references_name_the_writer_and_the_piece(string text, string rule, string? author, string? title, string? outlet, string evidence)
    {
        var r = Assert.Single(Extract(Block(BlockKinds.Body, text)));
        Assert.Equal((ReferenceKinds.InText, rule, author, title, outlet, evidence), (r.Kind, r.Rule, r.CitedAuthor, r.CitedTitle, r.CitedOutlet, r.Evidence.Text));
    }

    [Theory]
    [InlineData("He wrote in March that the war would end.")]
    [InlineData("Mark Milley’s warning about Trump was the subject of a cover story.")]
    [InlineData("Putin wrote in anger to the Kremlin.")]
    [InlineData("Woodward recounts the episode in his new book, War: a long one.")]
    public void Sentences_without_a_named_piece_give_no_reference(string text) =>
        Assert.Empty(Extract(Block(BlockKinds.Body, text)));

    [Fact]
    public void A_related_link_gives_one_reference_per_writer_with_the_title_from_its_meta()
    {
        var found = Extract(Block(BlockKinds.RelatedLink, "[Eliot A. Cohen and Phillips Payson O’Brien: How ]defense experts got Ukraine wrong",
            ("author", "Eliot A. Cohen and Phillips Payson O’Brien"), ("title", "How defense experts got Ukraine wrong")));
        Assert.Equal(["Eliot A. Cohen", "Phillips Payson O’Brien"], found.Select(r => r.CitedAuthor));
        Assert.All(found, r => Assert.Equal(("How defense experts got Ukraine wrong", ReferenceKinds.RelatedLink, 0), (r.CitedTitle, r.Kind, r.Evidence.Start)));
    }

    [Fact]
    public void A_read_link_has_a_title_and_no_writer()
    {
        var r = Assert.Single(Extract(Block(BlockKinds.RelatedLink, "[Read: Confessions of a Russian propagandist ]", ("title", "Confessions of a Russian propagandist"))));
        Assert.Null(r.CitedAuthor);
        Assert.Equal("Confessions of a Russian propagandist", r.CitedTitle);
    }

    [Fact]
    public void An_excerpt_is_one_reference_however_many_blocks_it_spans()
    {
        var blocks = new[]
        {
            new ReferenceBlock(4, BlockKinds.Excerpt, "The Sunshine Staters Aren’t Going Anywhere", new Dictionary<string, string> { ["role"] = "title", ["author"] = "Diane Roberts" }),
            new ReferenceBlock(5, BlockKinds.Excerpt, "By Diane Roberts", new Dictionary<string, string> { ["role"] = "byline", ["author"] = "Diane Roberts", ["title"] = "The Sunshine Staters Aren’t Going Anywhere" }),
            new ReferenceBlock(6, BlockKinds.Excerpt, "Then there are the storms.", new Dictionary<string, string> { ["role"] = "text", ["author"] = "Diane Roberts", ["title"] = "The Sunshine Staters Aren’t Going Anywhere" }),
        };
        var r = Assert.Single(ReferenceExtractor.Extract(blocks, "Tom Nichols"));
        Assert.Equal((4, ReferenceKinds.Excerpt, "Diane Roberts", "The Sunshine Staters Aren’t Going Anywhere"), (r.BlockOrdinal, r.Kind, r.CitedAuthor, r.CitedTitle));
    }

    [Fact]
    public void Captions_and_comments_are_not_searched_for_references() =>
        Assert.Empty(ReferenceExtractor.Extract(
            [Block(BlockKinds.Comment, "As I argued in “Why Putin Won’t Stop,” he is lying."), Block(BlockKinds.Caption, "Eliot A. Cohen wrote in The Atlantic")], "Fred Kaplan"));
}
