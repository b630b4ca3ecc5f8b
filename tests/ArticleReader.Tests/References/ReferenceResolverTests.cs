using ArticleReader.References;

namespace ArticleReader.Tests.References;

public class ReferenceResolverTests
{
    private static readonly LibraryPiece[] Library =
    [
        new(1, "Elon Musk Stole My Old Plan for Peace in Ukraine. Too Bad It Doesn’t Make Sense Anymore.", "Fred Kaplan"),
        new(3, "What Is Russia Doing With North Korean Troops?", null),
        new(6, "The Ukraine War Can’t End Until Russia Stops Fighting", "Anne Applebaum"),
    ];

    [Theory]
    [InlineData("Anne Applebaum", "The only way the Ukraine War can end", 3L, 6L)]          // retitled link, the writer agrees
    [InlineData("Fred Kaplan", "How to End the War In Ukraine", 1L, null)]                  // alike in words, another writer's piece
    [InlineData("Michael A. Cohen", "The rape denialists", 3L, null)]                        // not in the library
    [InlineData(null, "The Ukraine War Can't End Until Russia Stops Fighting", 3L, 6L)]      // no writer: the same title only
    [InlineData(null, "The only way the Ukraine War can end", 3L, null)]
    [InlineData("Anne Applebaum", "The Ukraine War Can’t End Until Russia Stops Fighting", 6L, null)] // never the citing piece itself
    [InlineData("Anne Applebaum", null, 3L, null)]
    public void A_reference_names_a_library_piece_only_when_title_and_writer_agree(string? author, string? title, long citing, long? expected) =>
        Assert.Equal(expected, ReferenceResolver.Resolve(author, title, citing, Library).ArticleId);

    [Fact]
    public void The_score_is_the_best_title_score_among_the_writers_pieces()
    {
        var match = ReferenceResolver.Resolve("Anne Applebaum", "The only way the Ukraine War can end", 3, Library);
        Assert.InRange(match.Score, ReferenceResolver.MinimumScore, 0.6);
        Assert.Equal(0, ReferenceResolver.Resolve("Fred Kaplan", "How to End the War In Ukraine", 1, Library).Score);
    }
}
