using ArticleReader.Storage;
using ArticleReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Web.Pages.Articles;

public sealed class ReadModel(IArticleStore store, ReaderViews views, ISearch search) : PageModel, ITitled
{
    public ArticleDetail Detail { get; private set; } = null!;
    public ArticleLayout Layout { get; private set; } = null!;
    public ReaderDesk Desk { get; private set; } = null!;
    public ClaimPanel? Panel { get; private set; }
    public string PageTitle => Detail.Article.Title;

    [BindProperty(SupportsGet = true)] public long? Claim { get; set; }
    [BindProperty(SupportsGet = true)] public string Colour { get; set; } = "type";
    // hl: the words of the search that led here; they are marked in the text (server-side, so without script too).
    [BindProperty(SupportsGet = true, Name = "hl")] public string? Highlight { get; set; }
    public int HitCount { get; private set; }
    private const int MaxHighlightLength = 2000;

    public IActionResult OnGet(string slug)
    {
        var detail = store.FindArticle(slug);
        if (detail is null) return NotFound();
        Detail = detail;
        Desk = views.Desk(detail);
        var hits = string.IsNullOrWhiteSpace(Highlight) || Highlight.Length > MaxHighlightLength ? null : Marks(detail.Article.Id, Highlight);
        HitCount = hits?.Values.Sum(h => h.Count) ?? 0;
        Layout = ArticleLayout.From(detail.Blocks, RelatedSlug, Desk, hits);
        Panel = Claim is { } id ? views.Panel(Desk, id) : null;
        if (Colour is not ("type" or "status")) Colour = "type";
        return Page();
    }

    // Marks are a courtesy: words that can't be marked leave the text as it is.
    private IReadOnlyDictionary<long, IReadOnlyList<(int Start, int End)>>? Marks(long articleId, string terms)
    {
        try { return search.Highlights(articleId, terms); }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or ArgumentException) { return null; }
    }

    private string? RelatedSlug(LayoutBlock link)
    {
        var slug = link.Get("title") is { } title ? store.FindSlugByTitle(title) : null;
        return slug == Detail.Article.Slug ? null : slug;
    }

    public string ClaimUrl(long claimId) =>
        $"/articles/{Detail.Article.Slug}?claim={claimId}{(Colour == "status" ? "&colour=status" : "")}#claim-{claimId}";
}
