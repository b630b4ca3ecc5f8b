using ArticleReader.Claims;
using ArticleReader.Storage;
using ArticleReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Web.Pages.Entities;

public sealed record EntityRow(EntityRecord Entity, int Claims, int Authors);

public sealed class IndexModel(IEntityStore entities, ITrackedClaimStore claims) : PageModel, ITitled
{
    public string PageTitle => "People, places and organisations";
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    public IReadOnlyList<EntityRow> Rows { get; private set; } = [];
    public IReadOnlyDictionary<string, int> KindCounts { get; private set; } = new Dictionary<string, int>();

    public void OnGet()
    {
        var counts = claims.EntityClaimCounts().ToDictionary(c => c.EntityId);
        var all = entities.List().Select(e => new EntityRow(e, counts.GetValueOrDefault(e.Id)?.Claims ?? 0, counts.GetValueOrDefault(e.Id)?.Authors ?? 0)).ToList();
        KindCounts = EntityKinds.All.ToDictionary(k => k, k => all.Count(r => r.Entity.Kind == k));
        if (Kind is not null && !EntityKinds.All.Contains(Kind)) Kind = null;
        Rows = all.Where(r => Kind is null || r.Entity.Kind == Kind)
            .OrderByDescending(r => r.Claims).ThenByDescending(r => r.Entity.MentionCount).ThenBy(r => r.Entity.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
