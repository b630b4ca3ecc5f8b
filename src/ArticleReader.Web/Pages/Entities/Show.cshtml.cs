using System.Text.Json;
using ArticleReader.Storage;
using ArticleReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Web.Pages.Entities;

// A writer's claims about the entity; pieces without a known author share one group.
public sealed record ClaimGroup(string Author, string? AuthorSlug, IReadOnlyList<TrackedClaim> Claims);

public sealed class ShowModel(IEntityStore entities, ITrackedClaimStore claims) : PageModel, ITitled
{
    public EntityRecord Entity { get; private set; } = null!;
    public IReadOnlyList<string> Aliases { get; private set; } = [];
    public IReadOnlyList<ClaimGroup> Groups { get; private set; } = [];
    public int ClaimCount => Groups.Sum(g => g.Claims.Count);
    public string PageTitle => Entity.Name;

    public IActionResult OnGet(long id)
    {
        if (entities.Find(id) is not { } entity) return NotFound();
        Entity = entity;
        Aliases = (JsonSerializer.Deserialize<string[]>(entity.Aliases) ?? []).Where(a => !a.Equals(entity.Name, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        // Writers in the order they first spoke about it; each writer's claims in date order.
        Groups = claims.MentioningEntity(id)
            .GroupBy(c => (c.Author ?? "Unknown author", c.AuthorSlug))
            .Select(g => new ClaimGroup(g.Key.Item1, g.Key.AuthorSlug, g.ToList()))
            .ToList();
        return Page();
    }
}
