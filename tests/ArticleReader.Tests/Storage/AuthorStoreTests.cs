using ArticleReader.Storage;
using ArticleReader.Tests.Support;
using Dapper;

namespace ArticleReader.Tests.Storage;

public sealed class AuthorStoreTests(SeededLibrary lib) : IClassFixture<SeededLibrary>
{
    private readonly AuthorStore _authors = new(lib.Db);

    [Fact]
    public void Writers_come_first_and_cited_only_writers_after_them()
    {
        var list = _authors.List();
        Assert.Equal(["Anne Applebaum", "Cathy Young", "Fred Kaplan", "Tom Nichols"], list.TakeWhile(a => !a.CitedOnly).Select(a => a.Name));
        var cohen = list.Single(a => a.Name == "Eliot A. Cohen");
        Assert.Equal((true, 0, 2), (cohen.CitedOnly, cohen.ArticleCount, cohen.CitedByCount));
        var applebaum = _authors.Find("anne-applebaum")!;
        Assert.Equal((1, 1), (applebaum.ArticleCount, applebaum.CitedByCount));
        Assert.True(applebaum.ClaimCount > 20);
        Assert.Null(_authors.Find("nobody"));
    }

    [Fact]
    public void The_entities_a_writer_names_most_leave_out_link_credits_and_the_writer()
    {
        var applebaum = _authors.Find("anne-applebaum")!;
        var top = _authors.TopEntities(applebaum.Id);
        Assert.Equal("Ukraine", top[0].Name);
        Assert.Contains(top, e => e.Name == "Vladimir Putin");
        Assert.DoesNotContain(top, e => e.Name == "Eliot A. Cohen"); // named only in a related link
    }

    [Fact]
    public void The_graph_has_cite_edges_from_writers_and_from_pieces_without_one()
    {
        var edges = _authors.Edges();
        long Id(string slug) => _authors.Find(slug)!.Id;
        Assert.Contains(edges, e => e.Kind == "cites" && e.FromAuthorId == Id("anne-applebaum") && e.ToAuthorId == Id("eliot-a-cohen") && e.Count == 1);
        Assert.Contains(edges, e => e.Kind == "cites" && e.FromAuthorId is null && e.FromArticleId == lib.Article("What Is Russia Doing With North Korean Troops?").Id
            && e.ToAuthorId == Id("anne-applebaum"));
        Assert.DoesNotContain(edges, e => e.FromAuthorId == e.ToAuthorId);
    }

    [Fact]
    public void Agreement_comes_from_the_readers_typed_links_between_claims()
    {
        var applebaum = _authors.Find("anne-applebaum")!;
        var young = _authors.Find("cathy-young")!;
        Assert.Empty(_authors.LinksFor(applebaum.Id).Links);
        long First(long authorId)
        {
            using var c = lib.Db.Open();
            return c.ExecuteScalar<long>("SELECT c.id FROM claims c JOIN articles a ON a.id = c.article_id WHERE a.author_id = @authorId ORDER BY c.id LIMIT 1", new { authorId });
        }
        var (a, b) = (First(applebaum.Id), First(young.Id));
        var linksStore = new ClaimLinkStore(lib.Db);
        linksStore.Link(a, b, "contradicts", null);
        linksStore.Link(b, a, "supports", null);
        linksStore.Link(a, b, "cites", null);

        var links = _authors.LinksFor(applebaum.Id);
        Assert.Equal(3, links.Links.Count);
        Assert.All(links.Links, l => Assert.Equal("Cathy Young", l.OtherAuthor));
        var edges = _authors.Edges();
        Assert.Contains(edges, e => e.Kind == "contradicts" && e.FromAuthorId == applebaum.Id && e.ToAuthorId == young.Id);
        Assert.Contains(edges, e => e.Kind == "supports" && e.FromAuthorId == young.Id && e.ToAuthorId == applebaum.Id);
    }

    [Theory]
    [InlineData("contradicts", "contradicts")]
    [InlineData("disagrees", "contradicts")]
    [InlineData("supports", "supports")]
    [InlineData("same-claim", "supports")]
    [InlineData("related", null)]
    public void Link_types_read_as_agreement_or_disagreement(string relation, string? stance) =>
        Assert.Equal(stance, AuthorStore.Stance(relation));
}
