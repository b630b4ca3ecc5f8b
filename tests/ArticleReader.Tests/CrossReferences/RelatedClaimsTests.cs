using ArticleReader.CrossReferences;

namespace ArticleReader.Tests.CrossReferences;

public class RelatedClaimsTests
{
    // Four articles: 1 and 2 by author 10, 3 by author 20, 4 by an unknown author.
    private static ClaimDocument Doc(long id, long article, long? author, string text, ClaimEntityRef[]? entities = null, ClaimQuantity[]? quantities = null) =>
        new(id, article, author, text, entities ?? [], quantities ?? []);

    private static readonly ClaimEntityRef Pokrovsk = new(1, "Pokrovsk");
    private static readonly ClaimEntityRef Putin = new(2, "Vladimir Putin");

    private static readonly ClaimDocument[] Corpus =
    [
        Doc(1, 1, 10, "Russian glide bombs have begun to destroy the city of Pokrovsk, a logistical hub.", [Pokrovsk]),
        Doc(2, 1, 10, "The peace plan would let Ukraine keep an army of 650,000 soldiers.", quantities: [new(650_000, "soldiers", "650,000 soldiers", false)]),
        Doc(3, 2, 10, "Pokrovsk is a logistical hub and the Russians want the city.", [Pokrovsk]),
        Doc(4, 3, 20, "Putin received a report claiming a Russian victory in the long fight for Pokrovsk.", [Putin, Pokrovsk]),
        Doc(5, 3, 20, "Under the peace plan Ukraine would keep an army of 650,000 soldiers.", quantities: [new(650_000, "soldier", "650,000 soldiers", false)]),
        Doc(6, 4, null, "The weather in Florida is often horrendous.", []),
        Doc(7, 4, null, "Critics of the peace plan say it rewards the invasion.", []),
        Doc(8, 3, 20, "The peace plan would let Ukraine keep an army of 650,000 soldiers.", quantities: [new(650_000, "soldiers", "650,000 soldiers", false)]),
    ];

    private static readonly RelatedClaimsIndex Index = RelatedClaimsIndex.Build(Corpus);

    [Fact]
    public void A_claim_is_related_to_claims_of_other_authors_only()
    {
        var related = Index.Related(1, new RelatedQuery(K: 10, MinScore: 0));
        Assert.Contains(related, r => r.ClaimId == 4);
        Assert.DoesNotContain(related, r => r.ClaimId is 1 or 2 or 3); // itself, its own article, its author's other article
    }

    [Fact]
    public void Same_author_claims_come_back_when_asked_for()
    {
        var related = Index.Related(1, new RelatedQuery(K: 10, IncludeSameAuthor: true, MinScore: 0));
        Assert.Contains(related, r => r.ClaimId == 3);
        Assert.DoesNotContain(related, r => r.ClaimId == 1);
    }

    [Fact]
    public void Results_are_best_first_with_scores_that_add_up()
    {
        var related = Index.Related(2, new RelatedQuery(K: 10, MinScore: 0));
        Assert.Equal(related.OrderByDescending(r => r.Score).Select(r => r.ClaimId), related.Select(r => r.ClaimId));
        Assert.All(related, r => Assert.Equal(r.Score, r.WordScore + r.EntityScore + r.QuantityScore, 9));
        Assert.All(related, r => Assert.InRange(r.Score, 0, 1));
    }

    [Fact]
    public void A_copied_sentence_ranks_first_scores_the_most_and_has_a_cosine_of_one()
    {
        var best = Index.Related(2, new RelatedQuery(K: 10, MinScore: 0))[0];
        Assert.Equal(8, best.ClaimId);
        Assert.Equal(1, best.Cosine, 6);
        Assert.True(RelatedScoring.Restates(best));
    }

    [Fact]
    public void Reasons_name_shared_phrases_entities_and_quantities_without_repeating_their_words()
    {
        var toCopy = Index.Related(2, new RelatedQuery(K: 10, MinScore: 0)).Single(r => r.ClaimId == 5);
        Assert.Contains("peace plan", toCopy.Reasons.Words);
        Assert.DoesNotContain("peace", toCopy.Reasons.Words);
        Assert.Equal(["650,000 soldiers"], toCopy.Reasons.Quantities);
        Assert.True(toCopy.QuantityScore > 0);

        var pokrovsk = Index.Related(1, new RelatedQuery(K: 10, MinScore: 0)).Single(r => r.ClaimId == 4);
        Assert.Equal(["Pokrovsk"], pokrovsk.Reasons.Entities);
        Assert.DoesNotContain("Pokrovsk", pokrovsk.Reasons.Words);
        Assert.Contains("Russian", pokrovsk.Reasons.Words);
    }

    [Fact]
    public void An_unknown_author_differs_from_every_other_article()
    {
        var related = Index.Related(7, new RelatedQuery(K: 10, MinScore: 0));
        Assert.Contains(related, r => r.ClaimId == 2);
        Assert.DoesNotContain(related, r => r.ClaimId == 6); // same article
    }

    [Fact]
    public void Excluded_claims_and_weak_matches_are_left_out()
    {
        Assert.DoesNotContain(Index.Related(2, new RelatedQuery(K: 10, MinScore: 0, Excluded: new HashSet<long> { 8 })), r => r.ClaimId == 8);
        Assert.All(Index.Related(2, new RelatedQuery(K: 10)), r => Assert.True(r.Score >= RelatedScoring.MinScore));
        Assert.Empty(Index.Related(6, new RelatedQuery(K: 10)));
        Assert.Empty(Index.Related(99, new RelatedQuery()));
        Assert.Equal(2, Index.Related(2, new RelatedQuery(K: 2, MinScore: 0)).Count);
    }

    [Fact]
    public void One_shared_word_is_weak_evidence_however_rare()
    {
        var corpus = new[]
        {
            Doc(1, 1, 1, "The repeated attacks are a tactic."),
            Doc(2, 2, 2, "Milley repeated it to me."),
            Doc(3, 3, 3, "Another sentence entirely about weather."),
        };
        var match = RelatedClaimsIndex.Build(corpus).Related(1, new RelatedQuery(K: 5, MinScore: 0)).Single();
        Assert.Equal(1, match.SharedFeatures);
        Assert.False(RelatedScoring.Restates(match));
        Assert.Equal(1.0 / 3, RelatedScoring.Evidence(1), 9);
        Assert.Equal(1.0, RelatedScoring.Evidence(RelatedScoring.FullEvidence + 2), 9);
        Assert.True(match.Score < RelatedScoring.MinScore, $"one shared word scored {match.Score:0.000}");
    }

    [Theory]
    [InlineData(650_000, "troops", false, 650_500, "troops", false, true)]
    [InlineData(650_000, "troops", false, 700_000, "troops", false, false)]
    [InlineData(1_000, "tanks", true, 1_080, "tanks", false, true)]
    [InlineData(24, "hours", false, 25, "hours", false, false)]
    [InlineData(600_000, "casualties", false, 600_000, "casualty", false, true)]
    [InlineData(40, "percent", false, 40, "USD", false, false)]
    [InlineData(2, null, false, 2, null, false, false)]
    public void Quantities_match_on_unit_and_value_within_tolerance(double a, string? unitA, bool approxA, double b, string? unitB, bool approxB, bool same) =>
        Assert.Equal(same, RelatedScoring.SameQuantity(new(a, unitA, "", approxA), new(b, unitB, "", approxB)));
}
