using ArticleReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Web.Pages.Authors;

public sealed class ShowModel(CrossReferenceViews views) : PageModel, ITitled
{
    public AuthorProfile Profile { get; private set; } = null!;
    public string PageTitle => Profile.Author.Name;

    public IActionResult OnGet(string slug)
    {
        if (views.Profile(slug) is not { } profile) return NotFound();
        Profile = profile;
        return Page();
    }
}
