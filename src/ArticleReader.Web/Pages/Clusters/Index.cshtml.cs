using ArticleReader.Storage;
using ArticleReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Web.Pages.Clusters;

public sealed class IndexModel(IRelatedStore related) : PageModel, ITitled
{
    public string PageTitle => "Claim clusters";
    public IReadOnlyList<ClaimCluster> Clusters { get; private set; } = [];

    public void OnGet() => Clusters = related.Clusters();

    // "said by 3 authors in 4 pieces; first said in October 2024 by Anne Applebaum"
    public static string Summary(ClaimCluster c) =>
        $"said by {Count(c.AuthorCount, "author")} in {Count(c.PieceCount, "piece")}; first said " +
        (c.First.Published is null ? "on an unknown date" : "in " + Formatting.Date(c.First.Published, c.First.PublishedPrecision)) +
        $" by {c.First.Author ?? "an unknown author"}";

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
