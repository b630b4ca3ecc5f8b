using ArticleReader.Storage;
using ArticleReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Web.Pages.Articles;

// Removing an article from the library (admins: see the page's policy in Program.cs). A confirmation page of its
// own, so it needs no script; the reader's annotations on it are kept as orphans.
public sealed class DeleteModel(IArticleStore store) : PageModel, ITitled
{
    public ArticleSummary Article { get; private set; } = null!;
    public string PageTitle => "Delete · " + Article.Title;
    [TempData] public string? Notice { get; set; }

    public IActionResult OnGet(string slug)
    {
        if (store.FindArticle(slug) is not { } detail) return NotFound();
        Article = detail.Article;
        return Page();
    }

    public IActionResult OnPost(string slug)
    {
        if (store.FindArticle(slug) is not { } detail) return NotFound();
        store.DeleteArticle(slug);
        Notice = $"“{detail.Article.Title}” was deleted from the library.";
        return LocalRedirect("/");
    }
}
