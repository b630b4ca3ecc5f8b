using ArticleReader.Storage;
using ArticleReader.Web.Pages.Shared;
using ArticleReader.Web.Pictures;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Web.Pages;

// Claims over time for one entity, one author or a search; with nothing chosen, the ways to choose.
public sealed class TimelineModel(IEntityStore entities, IAuthorStore authors, ITrackedClaimStore claims) : PageModel, ITitled
{
    [BindProperty(SupportsGet = true)] public long? Entity { get; set; }
    [BindProperty(SupportsGet = true)] public string? Author { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public string? Subject { get; private set; }
    public string? SubjectHref { get; private set; }
    public IReadOnlyList<TrackedClaim> Claims { get; private set; } = [];
    public IHtmlContent Picture { get; private set; } = HtmlString.Empty;
    public IReadOnlyList<EntityRecord> SuggestedEntities { get; private set; } = [];
    public IReadOnlyList<AuthorSummary> SuggestedAuthors { get; private set; } = [];
    public string PageTitle => Subject is null ? "Timeline" : $"Timeline: {Subject}";

    public IActionResult OnGet()
    {
        if (Entity is { } id)
        {
            if (entities.Find(id) is not { } entity) return NotFound();
            (Subject, SubjectHref, Claims) = (entity.Name, $"/entities/{id}", claims.MentioningEntity(id));
        }
        else if (!string.IsNullOrWhiteSpace(Author))
        {
            if (authors.Find(Author) is not { } author) return NotFound();
            (Subject, SubjectHref, Claims) = (author.Name, $"/authors/{author.Slug}", claims.ByAuthor(author.Id));
        }
        else if (!string.IsNullOrWhiteSpace(Q))
        {
            Q = Q.Trim();
            (Subject, Claims) = ($"“{Q}”", claims.Matching(Q));
        }
        if (Subject is not null && Claims.Count > 0) Picture = ClaimTimeline.Render(Subject, Claims);
        if (Subject is null)
        {
            SuggestedEntities = entities.List().Take(12).ToList();
            SuggestedAuthors = authors.List().Where(a => !a.CitedOnly).ToList();
        }
        return Page();
    }
}
