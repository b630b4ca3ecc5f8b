using ArticleReader.Ingestion;
using ArticleReader.Storage;
using ArticleReader.Tests.Support;
using Dapper;

namespace ArticleReader.Tests.Storage;

public sealed class ClaimAndEntityStoreTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly Database _db;
    private readonly ArticleStore _articles;
    private readonly ClaimStore _claims;
    private readonly EntityStore _entities;
    private readonly Ingester _ingester;

    public ClaimAndEntityStoreTests()
    {
        _db = _temp.NewDatabase();
        _articles = new ArticleStore(_db);
        _claims = new ClaimStore(_db);
        _entities = new EntityStore(_db);
        _ingester = new Ingester(_articles, _entities, new CollectingLog().Logger);
        _ingester.IngestPaths([TestPaths.Seeds]);
    }

    private ClaimRecord ClaimStarting(string prefix) =>
        _articles.ListArticles().SelectMany(a => _claims.ForArticle(a.Id)).Single(c => c.Text.StartsWith(prefix, StringComparison.Ordinal));

    [Fact]
    public void Claims_are_stored_with_offsets_into_their_block_and_a_quote_selector()
    {
        foreach (var article in _articles.ListArticles())
        {
            var blocks = _articles.FindArticle(article.Slug)!.Blocks.ToDictionary(b => b.Id);
            var claims = _claims.ForArticle(article.Id);
            Assert.NotEmpty(claims);
            Assert.All(claims, c =>
            {
                var text = blocks[c.BlockId].Text;
                Assert.Equal(c.Text, text[c.StartOffset..c.EndOffset]);
                Assert.Equal(c.Text, c.QuoteExact);
                Assert.EndsWith(c.QuotePrefix, text[..c.StartOffset]);
                Assert.StartsWith(c.QuoteSuffix, text[c.EndOffset..]);
                Assert.True(c.QuotePrefix.Length <= 32 && c.QuoteSuffix.Length <= 32);
            });
        }
    }

    [Fact]
    public void Attributed_speakers_resolve_to_corpus_entities()
    {
        Assert.Equal("Lloyd Austin", ClaimStarting("“What exactly they’re doing will have to be seen,”").SpeakerEntityName);
        Assert.Equal("United States", ClaimStarting("Toward that goal").SpeakerEntityName);
        Assert.Equal("Kori Schake", ClaimStarting("Schake thinks that").SpeakerEntityName);
    }

    [Fact]
    public void Putin_resolves_to_one_entity_and_the_cohens_stay_apart()
    {
        var entities = _entities.List();
        Assert.Single(entities, e => e.Name == "Vladimir Putin");
        Assert.DoesNotContain(entities, e => e.Name == "Putin");
        var cohens = entities.Where(e => e.Name.EndsWith("Cohen")).Select(e => e.Name).ToList();
        Assert.Contains("William Cohen", cohens);
        Assert.Contains("Eliot A. Cohen", cohens);
        Assert.DoesNotContain("Cohen", cohens);
        using var c = _db.Open();
        var putinMentions = c.ExecuteScalar<int>("SELECT COUNT(*) FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE e.name = 'Vladimir Putin'");
        Assert.True(putinMentions > 30);
    }

    [Fact]
    public void Entities_of_a_claim_are_the_mentions_inside_it()
    {
        var claim = ClaimStarting("Toward that goal");
        var entities = _claims.EntitiesForClaims([claim.Id]);
        Assert.Contains(entities, e => e.Name == "United States");
    }

    [Fact]
    public void Reingesting_a_changed_file_recomputes_its_claims_and_keeps_entity_ids()
    {
        var folder = Path.Combine(_temp.Path, "one");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "piece.txt");
        File.WriteAllText(path, Piece("2026"));
        _ingester.IngestPaths([path]);
        var putin = _entities.List().Single(e => e.Name == "Vladimir Putin").Id;
        File.WriteAllText(path, Piece("2027"));
        _ingester.IngestPaths([path]);
        var article = _articles.ListArticles().Single(a => a.Title == "A Title For The Piece");
        var claims = _claims.ForArticle(article.Id);
        Assert.Contains(claims, c => c.Text.Contains("2027"));
        Assert.DoesNotContain(claims, c => c.Text.Contains("2026"));
        Assert.Equal(putin, _entities.List().Single(e => e.Name == "Vladimir Putin").Id);
        using var c = _db.Open();
        Assert.Equal(0, c.ExecuteScalar<int>("SELECT COUNT(*) FROM claims WHERE block_id NOT IN (SELECT id FROM blocks)"));
    }

    private static string Piece(string year) =>
        $"A Title For The Piece\n\nA dek that sets out what the piece will argue.\n\nThe opening paragraph sets the scene with enough words to be body text.\n\nVladimir Putin will not stop the war before {year}, officials said.\n\nMore text.";

    public void Dispose() => _temp.Dispose();
}
