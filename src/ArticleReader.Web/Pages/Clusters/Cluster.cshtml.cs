using System.Text.Json;
using ArticleReader.Storage;
using ArticleReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Web.Pages.Clusters;

// One cluster: where a claim appeared, first appearance first. Any member's claim id finds its cluster; the
// address names the first appearance.
public sealed class ClusterModel(IRelatedStore related) : PageModel, ITitled
{
    public ClaimCluster Cluster { get; private set; } = null!;
    public string PageTitle => "Claim cluster";

    public IActionResult OnGet(long id)
    {
        var cluster = related.ClusterOf(id);
        if (cluster is null) return NotFound();
        if (cluster.Id != id) return RedirectToPage("/Clusters/Cluster", new { id = cluster.Id });
        Cluster = cluster;
        return Page();
    }

    public static string ClaimUrl(ClusterMember m) => $"/articles/{m.ArticleSlug}?claim={m.ClaimId}#claim-{m.ClaimId}";

    // schema.org Claim with appearance and firstAppearance, as ClaimReview uses them. The default encoder
    // escapes '<', so no text can close the script element.
    public string JsonLd(string origin)
    {
        object Work(ClusterMember m) => new Dictionary<string, object?>
        {
            ["@type"] = "CreativeWork",
            ["headline"] = m.ArticleTitle,
            ["url"] = origin + ClaimUrl(m),
            ["author"] = m.Author is null ? null : new Dictionary<string, string> { ["@type"] = "Person", ["name"] = m.Author },
            ["datePublished"] = m.Published,
            ["text"] = m.Text,
        };
        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Claim",
            ["text"] = Cluster.First.Text,
            ["firstAppearance"] = Work(Cluster.First),
            ["appearance"] = Cluster.Members.Select(Work).ToList(),
        });
    }
}
