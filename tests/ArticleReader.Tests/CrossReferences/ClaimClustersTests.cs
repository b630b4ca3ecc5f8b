using ArticleReader.CrossReferences;

namespace ArticleReader.Tests.CrossReferences;

public class ClaimClustersTests
{
    [Fact]
    public void Edges_join_claims_into_components_of_two_or_more()
    {
        var components = ClaimClusters.Components([new(5, 3, "link"), new(3, 9, "similar"), new(20, 21, "link"), new(7, 7, "self")]);
        Assert.Equal([[3L, 5L, 9L], [20L, 21L]], components.Select(c => c.ToArray()).ToArray());
    }

    [Fact]
    public void First_appearance_is_the_earliest_date_then_the_lower_id_with_unknown_dates_last()
    {
        var members = new (long Id, string? Published)[] { (4, "2024-10"), (2, null), (9, "2022-10"), (1, "2024-10"), (3, "2024-09-30") };
        var ordered = ClaimClusters.InOrderOfAppearance(members, m => m.Published, m => m.Id);
        Assert.Equal([9L, 3L, 1L, 4L, 2L], ordered.Select(m => m.Id).ToArray());
    }
}
