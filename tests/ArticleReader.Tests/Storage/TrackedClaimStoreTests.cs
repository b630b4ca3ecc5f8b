using ArticleReader.Storage;
using ArticleReader.Tests.Support;
using Dapper;

namespace ArticleReader.Tests.Storage;

public sealed class TrackedClaimStoreTests(SeededLibrary lib) : IClassFixture<SeededLibrary>
{
    private readonly TrackedClaimStore _claims = new(lib.Db);

    private long EntityId(string name)
    {
        using var c = lib.Db.Open();
        return c.ExecuteScalar<long>("SELECT id FROM entities WHERE name = @name", new { name });
    }

    [Fact]
    public void Claims_mentioning_an_entity_hold_one_of_its_mentions_and_come_in_date_order()
    {
        var putin = _claims.MentioningEntity(EntityId("Vladimir Putin"));
        Assert.True(putin.Count > 15);
        Assert.True(putin.Select(c => c.AuthorId).Distinct().Count() >= 4);
        Assert.Equal(putin.OrderBy(c => c.ArticlePublished, StringComparer.Ordinal).Select(c => c.ArticlePublished), putin.Select(c => c.ArticlePublished));
        using var c = lib.Db.Open();
        foreach (var claim in putin)
            Assert.True(c.ExecuteScalar<int>("""
                SELECT COUNT(*) FROM mentions m JOIN claims cl ON cl.id = @ClaimId
                WHERE m.block_id = cl.block_id AND m.start_offset >= cl.start_offset AND m.end_offset <= cl.end_offset AND m.entity_id = @entity
                """, new { claim.ClaimId, entity = EntityId("Vladimir Putin") }) > 0);
        Assert.Contains(_claims.MentioningEntity(EntityId("Pokrovsk")), x => x.Text.Contains("Pokrovsk"));
    }

    [Fact]
    public void Statuses_come_from_the_readers_annotations_and_default_to_unreviewed()
    {
        var pokrovsk = _claims.MentioningEntity(EntityId("Pokrovsk"));
        Assert.All(pokrovsk, x => Assert.Equal("unreviewed", x.Status));
        new AnnotationStore(lib.Db).SetStatus(pokrovsk[0].ClaimId, "disputed", null, null);
        Assert.Equal("disputed", _claims.Find(pokrovsk[0].ClaimId)!.Status);
    }

    [Theory]
    [InlineData("North Korean", 3)]
    [InlineData("north korean troops", 1)]
    [InlineData("100% nonsense_word", 0)]
    public void Words_match_claims_containing_all_of_them(string query, int atLeast)
    {
        var found = _claims.Matching(query);
        Assert.True(found.Count >= atLeast);
        var words = query.Split(' ');
        Assert.All(found, x => Assert.All(words, w => Assert.Contains(w, x.Text, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Entity_claim_counts_name_claims_and_authors()
    {
        var counts = _claims.EntityClaimCounts().ToDictionary(x => x.EntityId);
        var putin = counts[EntityId("Vladimir Putin")];
        Assert.Equal(_claims.MentioningEntity(EntityId("Vladimir Putin")).Count, putin.Claims);
    }
}
