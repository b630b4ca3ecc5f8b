using ArticleReader.Storage;
using ArticleReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Web.Pages.Authors;

public sealed class IndexModel(IAuthorStore authors) : PageModel, ITitled
{
    public string PageTitle => "Authors";
    public IReadOnlyList<AuthorSummary> Writers { get; private set; } = [];
    public IReadOnlyList<AuthorSummary> CitedOnly { get; private set; } = [];

    public void OnGet()
    {
        var all = authors.List();
        Writers = all.Where(a => !a.CitedOnly).ToList();
        CitedOnly = all.Where(a => a.CitedOnly).ToList();
    }
}
