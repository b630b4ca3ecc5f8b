using ArticleReader.Storage;
using ArticleReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Web.Pages;

// Every claim in the library in one list: filtered, counted per filter value, paged and exported, all from the URL.
public sealed class ClaimsModel(IClaimStore claims, IAnnotationStore desk) : PageModel, ITitled
{
    public string PageTitle => "Claims";
    public ClaimFilter Filter { get; private set; } = new();
    public ClaimSearchResult Result { get; private set; } = new([], 0, null);
    public IReadOnlyDictionary<string, string> TagColours { get; private set; } = new Dictionary<string, string>();
    public int PageCount => Math.Max(1, (Result.Total + ClaimFilter.PageSize - 1) / ClaimFilter.PageSize);
    public int FirstShown => Result.Total == 0 ? 0 : (Filter.Page - 1) * ClaimFilter.PageSize + 1;
    public int LastShown => FirstShown + Result.Rows.Count - (Result.Total == 0 ? 0 : 1);

    public IActionResult OnGet(string? format)
    {
        Filter = ClaimFilter.Parse(Request.Query);
        var origin = $"{Request.Scheme}://{Request.Host}";
        switch (format)
        {
            case "csv":
                return File(ClaimExport.Csv(claims.Search(Filter.ToQuery(everything: true)).Rows, origin), "text/csv; charset=utf-8", "claims.csv");
            case "json":
                return File(ClaimExport.JsonArray(claims.Search(Filter.ToQuery(everything: true)).Rows, origin), "application/json; charset=utf-8", "claims.json");
        }
        Result = claims.Search(Filter.ToQuery(everything: false));
        if (Result.Rows.Count == 0 && Result.Total > 0) return LocalRedirect(Filter.PageUrl(PageCount)); // past the last page
        TagColours = desk.Tags().ToDictionary(t => t.Name, t => t.Colour, StringComparer.OrdinalIgnoreCase);
        return Page();
    }

    public IReadOnlyList<FacetOption> Options(string facet)
    {
        var f = Result.Facets!;
        return Filter.Options(facet, facet switch
        {
            "type" => f.Types,
            "status" => f.Statuses,
            "tag" => f.Tags,
            "author" => f.Authors,
            "speaker" => f.Speakers,
            _ => f.Entities,
        });
    }
}
