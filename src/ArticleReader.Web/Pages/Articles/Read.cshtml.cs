using ArticleReader.Storage;
using ArticleReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Web.Pages.Articles;

public sealed class ReadModel(IArticleStore store, IClaimStore claimStore) : PageModel, ITitled
{
    public ArticleDetail Detail { get; private set; } = null!;
    public ArticleLayout Layout { get; private set; } = null!;
    public IReadOnlyList<ClaimRecord> Claims { get; private set; } = [];
    public string PageTitle => Detail.Article.Title;

    public IActionResult OnGet(string slug)
    {
        var detail = store.FindArticle(slug);
        if (detail is null) return NotFound();
        Detail = detail;
        Claims = claimStore.ForArticle(detail.Article.Id);
        Layout = ArticleLayout.From(detail.Blocks, RelatedSlug, Claims);
        return Page();
    }

    // A related-story link points into the library when the linked piece is there.
    private string? RelatedSlug(LayoutBlock link)
    {
        var slug = link.Get("title") is { } title ? store.FindSlugByTitle(title) : null;
        return slug == Detail.Article.Slug ? null : slug;
    }
}
