using ArticleReader.CrossReferences;
using ArticleReader.Ingestion;
using ArticleReader.Storage;
using ArticleReader.Tests.Support;

namespace ArticleReader.Tests.Storage;

// The seeds ingested once into a scratch library that the read-only tests share.
public sealed class SeedLibrary : IDisposable
{
    private readonly TempFolder _temp = new();
    public string Folder { get; }
    public Database Database { get; }
    public ArticleStore Articles { get; }
    public ClaimStore Claims { get; }
    public Ingester Ingester { get; }

    public SeedLibrary()
    {
        Database = _temp.NewDatabase();
        Articles = new ArticleStore(Database);
        Claims = new ClaimStore(Database);
        Ingester = new Ingester(Articles, new EntityStore(Database), new CollectingLog().Logger);
        Folder = System.IO.Path.Combine(_temp.Path, "seeds");
        Directory.CreateDirectory(Folder);
        foreach (var file in Directory.GetFiles(TestPaths.Seeds)) File.Copy(file, System.IO.Path.Combine(Folder, System.IO.Path.GetFileName(file)));
        Ingester.IngestPaths([Folder]);
    }

    public string Write(string name, string text) => _temp.Write(System.IO.Path.Combine("seeds", name), text);

    public IReadOnlyList<ClaimRecord> AllClaims() => Articles.ListArticles().SelectMany(a => Claims.ForArticle(a.Id)).ToList();

    public void Dispose() => _temp.Dispose();
}

public sealed class RelatedStoreTests(SeedLibrary seeds) : IClassFixture<SeedLibrary>
{
    private readonly RelatedStore _related = new(seeds.Database);

    private IReadOnlyList<ClaimRecord> By(string author) => seeds.AllClaims().Where(c => c.ArticleAuthor == author).ToList();

    [Fact]
    public void Claims_naming_Pokrovsk_relate_across_Cathy_Young_and_Anne_Applebaum()
    {
        var young = By("Cathy Young").Where(c => c.Text.Contains("Pokrovsk")).ToList();
        var applebaum = By("Anne Applebaum").Where(c => c.Text.Contains("Pokrovsk")).ToList();
        Assert.NotEmpty(young);
        Assert.NotEmpty(applebaum);
        foreach (var (from, to) in new[] { (young, applebaum), (applebaum, young) })
            foreach (var claim in from)
            {
                var related = _related.Related(claim.Id)!;
                var hit = related.FirstOrDefault(r => to.Any(t => t.Id == r.ClaimId));
                Assert.True(hit is not null, $"#{claim.Id} lists {string.Join(", ", related.Select(r => "#" + r.ClaimId))}");
                Assert.Contains("Pokrovsk", hit.Reasons.Entities);
            }
    }

    [Fact]
    public void A_peace_plan_claim_of_Kaplan_lists_a_peace_plan_claim_of_Young_among_its_top_related()
    {
        var young = By("Cathy Young").Select(c => c.Id).ToHashSet();
        var pairs = By("Fred Kaplan").Where(c => c.Text.Contains("peace plan"))
            .SelectMany(c => _related.Related(c.Id)!.Where(r => young.Contains(r.ClaimId)).Select(r => (c, r))).ToList();
        Assert.Contains(pairs, p => p.r.Text.Contains("peace plan") && p.r.Reasons.Words.Contains("peace plan"));
    }

    [Fact]
    public void Every_claim_answers_best_first_never_with_its_own_author_and_always_with_reasons()
    {
        var all = seeds.AllClaims();
        var byId = all.ToDictionary(c => c.Id);
        var answered = 0;
        foreach (var claim in all)
        {
            var related = _related.Related(claim.Id, k: 10)!;
            Assert.Equal(related.OrderByDescending(r => r.Score).Select(r => r.ClaimId), related.Select(r => r.ClaimId));
            foreach (var r in related)
            {
                var other = byId[r.ClaimId];
                Assert.NotEqual(claim.ArticleId, other.ArticleId);
                if (claim.ArticleAuthor is not null) Assert.NotEqual(claim.ArticleAuthor, other.ArticleAuthor);
                Assert.True(r.Reasons.Words.Count + r.Reasons.Entities.Count + r.Reasons.Quantities.Count > 0, $"#{claim.Id} -> #{r.ClaimId} has no reason");
                Assert.InRange(r.Score, RelatedScoring.MinScore, 1);
                Assert.Equal(other.Text, r.Text);
                Assert.Equal(other.ArticleSlug, r.ArticleSlug);
            }
            if (related.Count > 0) answered++;
        }
        Assert.True(answered > all.Count / 3, $"only {answered} of {all.Count} claims have related claims");
    }

    [Fact]
    public void Same_author_claims_come_only_when_asked_for_and_an_unknown_claim_is_null()
    {
        var claim = By("Anne Applebaum").First(c => c.Text.Contains("Pokrovsk"));
        var mine = By("Anne Applebaum").Select(c => c.Id).ToHashSet();
        Assert.DoesNotContain(_related.Related(claim.Id, k: 20)!, r => mine.Contains(r.ClaimId));
        Assert.Contains(_related.Related(claim.Id, k: 20, includeSameAuthor: true)!, r => mine.Contains(r.ClaimId));
        Assert.Null(_related.Related(999_999));
    }

    [Fact]
    public void Counts_for_the_margin_match_the_lists()
    {
        var claims = By("Cathy Young");
        var counts = _related.RelatedCounts(claims.Select(c => c.Id).ToList());
        Assert.All(claims, c => Assert.Equal(_related.Related(c.Id)!.Count, counts[c.Id]));
        Assert.Contains(counts.Values, n => n > 0);
    }

    [Fact]
    public void On_the_seeds_nothing_is_near_identical_so_clusters_come_only_from_readers()
    {
        Assert.Empty(_related.Clusters());
    }
}
