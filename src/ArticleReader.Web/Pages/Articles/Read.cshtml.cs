using ArticleReader.Storage;
using ArticleReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Web.Pages.Articles;

public sealed class ReadModel(IArticleStore store, ReaderViews views) : PageModel, ITitled
{
    public ArticleDetail Detail { get; private set; } = null!;
    public ArticleLayout Layout { get; private set; } = null!;
    public ReaderDesk Desk { get; private set; } = null!;
    public ClaimPanel? Panel { get; private set; }
    public string PageTitle => Detail.Article.Title;

    [BindProperty(SupportsGet = true)] public long? Claim { get; set; }
    [BindProperty(SupportsGet = true)] public string Colour { get; set; } = "type";
    [BindProperty(SupportsGet = true)] public string? Hl { get; set; }

    public IActionResult OnGet(string slug)
    {
        var detail = store.FindArticle(slug);
        if (detail is null) return NotFound();
        Detail = detail;
        Desk = views.Desk(detail);
        Layout = ArticleLayout.From(detail.Blocks, RelatedSlug, Desk);
        Panel = Claim is { } id ? views.Panel(Desk, id) : null;
        if (Colour is not ("type" or "status")) Colour = "type";
        return Page();
    }

    private string? RelatedSlug(LayoutBlock link)
    {
        var slug = link.Get("title") is { } title ? store.FindSlugByTitle(title) : null;
        return slug == Detail.Article.Slug ? null : slug;
    }

    public string ClaimUrl(long claimId) =>
        $"/articles/{Detail.Article.Slug}?claim={claimId}{(Colour == "status" ? "&colour=status" : "")}#claim-{claimId}";
}
