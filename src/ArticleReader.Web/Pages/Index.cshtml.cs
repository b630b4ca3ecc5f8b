using ArticleReader.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Web.Pages;

public sealed class IndexModel(IArticleStore store) : PageModel, ArticleReader.Web.Pages.Shared.ITitled
{
    public static readonly IReadOnlyList<(string Key, string Label)> SortOptions =
        [("date", "Newest first"), ("author", "Author"), ("title", "Title")];

    public string PageTitle => "Library";
    [TempData] public string? Notice { get; set; } // e.g. from deleting an article

    [BindProperty(SupportsGet = true)] public string Sort { get; set; } = "date";
    [BindProperty(SupportsGet = true)] public bool ByAuthor { get; set; }

    public IReadOnlyList<ArticleSummary> Articles { get; private set; } = [];
    public IReadOnlyList<IGrouping<string, ArticleSummary>> Groups { get; private set; } = [];

    public void OnGet()
    {
        var all = store.ListArticles();
        Articles = Sort switch
        {
            "author" => all.OrderBy(a => a.Author is null).ThenBy(a => a.Author, StringComparer.OrdinalIgnoreCase).ThenByDescending(a => a.Published).ToList(),
            "title" => all.OrderBy(a => a.Title, StringComparer.OrdinalIgnoreCase).ToList(),
            _ => all.OrderByDescending(a => a.Published).ThenBy(a => a.SourceFile).ThenBy(a => a.Position).ToList(),
        };
        if (!SortOptions.Any(o => o.Key == Sort)) Sort = "date";
        Groups = ByAuthor
            ? Articles.GroupBy(a => a.Author ?? "Unknown author").OrderBy(g => g.Key == "Unknown author").ThenBy(g => g.Key).ToList()
            : [];
    }
}
