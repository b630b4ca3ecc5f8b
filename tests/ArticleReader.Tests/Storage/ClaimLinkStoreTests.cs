using ArticleReader.Ingestion;
using ArticleReader.Storage;
using ArticleReader.Tests.Support;

namespace ArticleReader.Tests.Storage;

// Typed links, dismissals and clusters on real SQLite, and what survives re-ingesting edited seeds.
public sealed class ClaimLinkStoreTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly Database _db;
    private readonly ArticleStore _articles;
    private readonly ClaimStore _claims;
    private readonly ClaimLinkStore _links;
    private readonly RelatedStore _related;
    private readonly AnnotationStore _desk;
    private readonly Ingester _ingester;
    private readonly string _folder;

    private const string Applebaum = "The Ukraine War Can’t End Until Russia Stops Fighting";

    public ClaimLinkStoreTests()
    {
        _db = _temp.NewDatabase();
        _articles = new ArticleStore(_db);
        _claims = new ClaimStore(_db);
        _links = new ClaimLinkStore(_db);
        _related = new RelatedStore(_db);
        _desk = new AnnotationStore(_db);
        _ingester = new Ingester(_articles, new EntityStore(_db), new CollectingLog().Logger);
        _folder = Path.Combine(_temp.Path, "seeds");
        Directory.CreateDirectory(_folder);
        foreach (var file in Directory.GetFiles(TestPaths.Seeds)) File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        _ingester.IngestPaths([_folder]);
    }

    private ClaimRecord Claim(string fragment) =>
        _articles.ListArticles().SelectMany(a => _claims.ForArticle(a.Id)).Single(c => c.Text.Contains(fragment, StringComparison.Ordinal));

    private ClaimRecord Pokrovsk(string author) =>
        _articles.ListArticles().Where(a => a.Author == author).SelectMany(a => _claims.ForArticle(a.Id)).Single(c => c.Text.Contains("Pokrovsk"));

    private void Edit(string file, Func<string, string> change)
    {
        var path = Directory.GetFiles(_folder, file + "*.txt").Single();
        File.WriteAllText(path, change(File.ReadAllText(path)));
        _ingester.IngestPaths([path]);
    }

    [Fact]
    public void A_link_shows_on_both_claims_and_writes_history_on_both()
    {
        var (young, applebaum) = (Pokrovsk("Cathy Young"), Pokrovsk("Anne Applebaum"));
        var link = _links.Link(young.Id, applebaum.Id, "supports", "Both describe the fight for Pokrovsk.");
        Assert.Equal(("supports", true, applebaum.Id), (link.Phrase, link.Outgoing, link.OtherClaimId));

        var back = _links.ForClaim(applebaum.Id).Single();
        Assert.Equal(("is supported by", false, young.Id, "Cathy Young"), (back.Phrase, back.Outgoing, back.OtherClaimId, back.OtherAuthor));
        Assert.Equal("Both describe the fight for Pokrovsk.", back.Note);

        var mine = _desk.History(_desk.ForClaim(young.Id)!.Id).Single(h => h.Field == "link");
        Assert.Equal((null, "supports"), (mine.OldValue, mine.NewValue));
        Assert.Contains("Pokrovsk", mine.Detail);
        Assert.Contains(_desk.History(_desk.ForClaim(applebaum.Id)!.Id), h => h.Field == "link" && h.NewValue == "is supported by");
        Assert.Equal(["is supported by"], _related.Related(young.Id)!.Single(r => r.ClaimId == applebaum.Id).LinkedAs); // as Applebaum's claim reads it
        Assert.Equal(["supports"], _related.Related(applebaum.Id)!.Single(r => r.ClaimId == young.Id).LinkedAs);
    }

    [Fact]
    public void Bad_links_are_refused_and_a_symmetric_link_is_made_once()
    {
        var (young, applebaum) = (Pokrovsk("Cathy Young"), Pokrovsk("Anne Applebaum"));
        Assert.Throws<DeskException>(() => _links.Link(young.Id, applebaum.Id, "agrees", null));
        Assert.Throws<DeskException>(() => _links.Link(young.Id, young.Id, "supports", null));
        Assert.Throws<DeskException>(() => _links.Link(young.Id, 999_999, "supports", null));
        Assert.Throws<DeskException>(() => _links.Link(young.Id, applebaum.Id, "cites", new string('x', 2001)));

        _links.Link(young.Id, applebaum.Id, "restates", null);
        _links.Link(applebaum.Id, young.Id, "restates", "same fight");
        var link = Assert.Single(_links.ForClaim(young.Id));
        Assert.Equal("same fight", link.Note);

        _links.Unlink(link.Id);
        Assert.Empty(_links.ForClaim(applebaum.Id));
        Assert.Contains(_desk.History(_desk.ForClaim(applebaum.Id)!.Id), h => h.Field == "link" && h.OldValue == "restates" && h.NewValue is null);
    }

    [Fact]
    public void Links_and_dismissals_survive_a_reingest_that_gives_every_claim_a_new_id()
    {
        var (young, applebaum) = (Pokrovsk("Cathy Young"), Pokrovsk("Anne Applebaum"));
        _links.Link(young.Id, applebaum.Id, "contradicts", "claims of victory vs. slow destruction");
        var dismissed = _related.Related(applebaum.Id)!.First(r => r.ClaimId != young.Id);
        _links.Dismiss(applebaum.Id, dismissed.ClaimId);
        Assert.DoesNotContain(_related.Related(applebaum.Id)!, r => r.ClaimId == dismissed.ClaimId);
        Assert.DoesNotContain(_related.Related(dismissed.ClaimId, k: 50)!, r => r.ClaimId == applebaum.Id); // dismissed from both sides

        Edit("002", t => t.Replace("In an underground parking lot", "An inserted paragraph about something else entirely, so that everything after it moves.\n\nIn an underground parking lot"));
        Edit("001", t => t.Replace("A couple of days earlier, Putin", "A couple of days before that, Putin"));

        var (young2, applebaum2) = (Pokrovsk("Cathy Young"), Pokrovsk("Anne Applebaum"));
        Assert.NotEqual(applebaum.Id, applebaum2.Id);
        Assert.NotEqual(young.Id, young2.Id);
        var link = Assert.Single(_links.ForClaim(applebaum2.Id));
        Assert.Equal((young2.Id, "contradicts", "claims of victory vs. slow destruction"), (link.OtherClaimId, link.Kind, link.Note));
        Assert.Equal(applebaum2.Id, Assert.Single(_links.ForClaim(young2.Id)).OtherClaimId);

        var dismissedNow = Claim(dismissed.Text);
        Assert.NotEqual(dismissed.ClaimId, dismissedNow.Id);
        Assert.Contains(dismissedNow.Id, _links.DismissedFor(applebaum2.Id));
        Assert.DoesNotContain(_related.Related(applebaum2.Id)!, r => r.ClaimId == dismissedNow.Id);

        _links.Restore(applebaum2.Id, dismissedNow.Id);
        Assert.Empty(_links.DismissedFor(applebaum2.Id));
    }

    [Fact]
    public void A_link_whose_claim_is_deleted_from_its_article_stays_with_the_words_it_was_made_on()
    {
        var (young, applebaum) = (Pokrovsk("Cathy Young"), Pokrovsk("Anne Applebaum"));
        _links.Link(applebaum.Id, young.Id, "updates", null);
        Edit("001", t => t.Replace(young.Text, "A sentence about something else entirely now stands here."));
        var link = Assert.Single(_links.ForClaim(Pokrovsk("Anne Applebaum").Id));
        Assert.Null(link.OtherClaimId);
        Assert.Equal(("orphaned", young.Text, "updates"), (link.OtherAnchorState, link.OtherText, link.Phrase));
    }

    [Fact]
    public void A_reader_unmarking_a_claim_takes_it_out_of_related_lists()
    {
        var (young, applebaum) = (Pokrovsk("Cathy Young"), Pokrovsk("Anne Applebaum"));
        Assert.Contains(_related.Related(young.Id)!, r => r.ClaimId == applebaum.Id);
        _desk.Unmark(applebaum.Id);
        Assert.DoesNotContain(_related.Related(young.Id)!, r => r.ClaimId == applebaum.Id);
    }

    [Fact]
    public void Restates_links_and_near_identical_claims_of_other_authors_form_clusters_in_order_of_appearance()
    {
        var (young, applebaum) = (Pokrovsk("Cathy Young"), Pokrovsk("Anne Applebaum"));
        _links.Link(applebaum.Id, young.Id, "restates", null);
        var cluster = Assert.Single(_related.Clusters());
        Assert.Equal([applebaum.Id, young.Id], cluster.Members.Select(m => m.ClaimId)); // October 2024 before December 2025
        Assert.Equal((applebaum.Id, 2, 2), (cluster.Id, cluster.AuthorCount, cluster.PieceCount));
        Assert.Equal(cluster, _related.ClusterOf(young.Id));

        // A new piece by a third author quoting Applebaum's sentence word for word joins by similarity alone.
        File.WriteAllText(Path.Combine(_folder, "quote.txt"), "Echoes of the Front\n\n" +
            "A columnist looks back at the autumn.\n\n" + applebaum.Text + "\n\nThe rest of this piece is about something else entirely.\n");
        File.WriteAllText(Path.Combine(_folder, "quote.txt.meta.json"), """{ "author": "Jane Quoter", "outlet": "Test Weekly", "published": "2025-01" }""");
        _ingester.IngestPaths([_folder]);
        var quoted = _articles.ListArticles().Where(a => a.Author == "Jane Quoter").SelectMany(a => _claims.ForArticle(a.Id)).Single(c => c.Text == applebaum.Text);
        var grown = Assert.Single(_related.Clusters());
        Assert.Equal([applebaum.Id, quoted.Id, young.Id], grown.Members.Select(m => m.ClaimId));
        Assert.Equal((3, 3), (grown.AuthorCount, grown.PieceCount));
        Assert.Contains(grown.Edges, e => e.Via.StartsWith("near-identical"));
        Assert.Equal(quoted.Id, _related.Related(applebaum.Id)![0].ClaimId); // the index was rebuilt for the new claims

        _links.Dismiss(applebaum.Id, quoted.Id);
        Assert.Equal([applebaum.Id, young.Id], Assert.Single(_related.Clusters()).Members.Select(m => m.ClaimId));
    }

    public void Dispose() => _temp.Dispose();
}
