using ArticleReader.Ingestion;
using ArticleReader.References;
using ArticleReader.Storage;
using ArticleReader.Tests.Support;
using Dapper;

namespace ArticleReader.Tests.Storage;

// References on the seeds: found at ingest, resolved per batch, and kept in step with edits.
public sealed class ReferenceStoreTests(SeededLibrary lib) : IClassFixture<SeededLibrary>
{
    private readonly SeededLibrary _lib = lib;
    private const string NorthKorea = "What Is Russia Doing With North Korean Troops?";
    private const string Applebaum = "The Ukraine War Can’t End Until Russia Stops Fighting";
    private const string Kaplan = "Elon Musk Stole My Old Plan for Peace in Ukraine. Too Bad It Doesn’t Make Sense Anymore.";

    private ReferenceRecord Reference(string citing, string citedAuthor) =>
        _lib.References.ForArticle(_lib.Article(citing).Id).First(r => r.CitedAuthor == citedAuthor);

    [Fact]
    public void The_applebaum_link_in_the_first_002_piece_resolves_to_her_author_page_and_her_article()
    {
        var r = Reference(NorthKorea, "Anne Applebaum");
        Assert.Equal((ReferenceKinds.RelatedLink, "The only way the Ukraine War can end"), (r.Kind, r.CitedTitle));
        Assert.Equal("anne-applebaum", r.CitedAuthorSlug);
        Assert.Equal("the-ukraine-war-cant-end-until-russia-stops-fighting", r.CitedArticleSlug);
        Assert.True(r.Resolved);
        Assert.InRange(r.MatchScore, ReferenceResolver.MinimumScore, 1);
    }

    [Fact]
    public void Kaplans_how_to_end_the_war_stays_an_external_reference_of_his_own()
    {
        var r = Reference(Kaplan, "Fred Kaplan");
        Assert.Equal((ReferenceKinds.InText, "titled piece", "How to End the War In Ukraine"), (r.Kind, r.Rule, r.CitedTitle));
        Assert.Equal("fred-kaplan", r.CitedAuthorSlug);
        Assert.False(r.Resolved);
        Assert.Null(r.CitedArticleId);
    }

    [Fact]
    public void Writers_named_only_in_references_get_cited_only_author_rows()
    {
        using var c = _lib.Db.Open();
        var authors = c.Query<(string Name, string AddedBy, long Articles)>(
            "SELECT name, added_by, (SELECT COUNT(*) FROM articles a WHERE a.author_id = au.id) FROM authors au").ToDictionary(a => a.Name);
        foreach (var cited in new[] { "Eliot A. Cohen", "Phillips Payson O’Brien", "Diane Roberts", "Michael A. Cohen", "Amor Tobin", "Mosab Abu Toha" })
            Assert.Equal(("reference", 0L), (authors[cited].AddedBy, authors[cited].Articles));
        Assert.Equal(("article", 1L), (authors["Anne Applebaum"].AddedBy, authors["Anne Applebaum"].Articles));
        Assert.DoesNotContain("Abu Toha", authors.Keys); // the corpus knows his full name
        var cohen = Reference(NorthKorea, "Eliot A. Cohen");
        Assert.Equal(("eliot-a-cohen", false), (cohen.CitedAuthorSlug, cohen.Resolved));
    }

    [Fact]
    public void Every_reference_carries_the_offsets_of_its_words_in_its_block()
    {
        using var c = _lib.Db.Open();
        var blocks = c.Query<(long Id, string Text)>("SELECT id, text FROM blocks").ToDictionary(b => b.Id, b => b.Text);
        var all = _lib.References.All();
        Assert.Equal(14, all.Count);
        Assert.All(all, r => Assert.Equal(r.Text, blocks[r.BlockId][r.StartOffset..r.EndOffset]));
    }

    [Fact]
    public void A_piece_ingested_after_the_one_citing_it_is_found_by_the_batch_step()
    {
        using var temp = new TempFolder();
        var db = temp.NewDatabase();
        var articles = new ArticleStore(db);
        // Without the batch step, the link is resolved only against what was stored before it: not yet her piece.
        new Ingester(articles, new EntityStore(db), new CollectingLog().Logger).IngestPaths([TestPaths.Seed("002")]);
        var references = new ReferenceStore(db);
        var northKorea = articles.ListArticles().Single(a => a.Title == NorthKorea).Id;
        Assert.False(references.ForArticle(northKorea).Single(r => r.CitedAuthor == "Anne Applebaum").Resolved);
        var summary = references.Resolve();
        Assert.True(references.ForArticle(northKorea).Single(r => r.CitedAuthor == "Anne Applebaum").Resolved);
        Assert.Equal(1, summary.Resolved);
    }

    [Fact]
    public void Reingesting_an_edited_file_recomputes_its_references_and_drops_writers_nothing_names()
    {
        using var own = new SeededLibrary();
        var before = own.References.All().Count;
        own.Edit("002", t => t.Replace("[Michael A. Cohen: The rape denialists]\n", ""));
        Assert.Equal(before - 1, own.References.All().Count);
        using var c = own.Db.Open();
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM authors WHERE name = 'Michael A. Cohen'"));
        var northKorea = own.Article(NorthKorea).Id;
        Assert.True(own.References.ForArticle(northKorea).Single(r => r.CitedAuthor == "Anne Applebaum").Resolved);
    }

    [Fact]
    public void Citing_lists_who_cites_an_author_and_by_author_lists_whom_they_cite()
    {
        using var c = _lib.Db.Open();
        long Id(string name) => c.ExecuteScalar<long>("SELECT id FROM authors WHERE name = @name", new { name });
        Assert.Contains(_lib.References.Citing(Id("Anne Applebaum")), r => r.ArticleTitle == NorthKorea);
        Assert.Equal(2, _lib.References.Citing(Id("Eliot A. Cohen")).Count);
        Assert.Contains(_lib.References.ByAuthor(Id("Anne Applebaum")), r => r.CitedAuthor == "Eliot A. Cohen");
        Assert.Empty(_lib.References.Citing(Id("Fred Kaplan"))); // citing oneself is not being cited
    }
}
