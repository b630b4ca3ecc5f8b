using ArticleReader.Accounts;
using ArticleReader.Web.Accounts;
using ArticleReader.Search;
using ArticleReader.Storage;
using ArticleReader.Web.Pages.Shared;
using ArticleReader.Web.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Web.Pages;

// /search?q=...&page=N: results grouped by article, facets, saved searches. Reading results needs no script.
public sealed class SearchModel(SearchRunner runner, ISearch search, ISavedSearchStore saved) : PageModel, ITitled
{
    public static readonly IReadOnlyList<(string Field, string Label)> FacetFields =
        [("author", "Author"), ("outlet", "Outlet"), ("type", "Claim type"), ("year", "Year")];

    [BindProperty(SupportsGet = true, Name = "q")] public string? Q { get; set; }
    public int PageNumber { get; private set; } = 1;
    [BindProperty(SupportsGet = true, Name = "article")] public string? ArticleSlug { get; set; }

    public SearchOutcome? Outcome { get; private set; }
    public IReadOnlyList<(SavedSearch Search, int? Count)> Saved { get; private set; } = [];
    public string? SaveError { get; private set; }

    public string PageTitle => string.IsNullOrWhiteSpace(Q) ? "Search" : $"“{Shorten(Q)}” · Search";

    // "page" is also Razor Pages' own route value (the page's path), so the number is read from the query string.
    public void OnGet([FromQuery(Name = "page")] int? page)
    {
        PageNumber = page ?? 1;
        if (!string.IsNullOrWhiteSpace(Q)) Outcome = runner.Run(Q, PageNumber, ArticleSlug);
        LoadSaved();
    }

    [RequireRole(Role.Reader)]
    public IActionResult OnPostSave(string? name, string? query)
    {
        var parsed = QueryParser.Parse(query);
        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > SavedSearchStore.MaxNameLength)
            SaveError = $"Give the search a name of 1 to {SavedSearchStore.MaxNameLength} characters.";
        else if (!parsed.IsValid || parsed.IsEmpty || parsed.Normalized.Length > SavedSearchStore.MaxQueryLength)
            SaveError = "Only a query that runs can be saved.";
        if (SaveError is not null)
        {
            Q = query;
            Outcome = runner.Run(query, 1);
            LoadSaved();
            return Page();
        }
        saved.Add(name!, parsed.Normalized);
        return Redirect(SearchLinks.SearchUrl(parsed.Normalized));
    }

    [RequireRole(Role.Editor)]
    public IActionResult OnPostDelete(long id, string? returnQuery)
    {
        saved.Delete(id);
        return Redirect(string.IsNullOrWhiteSpace(returnQuery) ? "/search" : SearchLinks.SearchUrl(returnQuery));
    }

    private void LoadSaved()
    {
        Saved = saved.List().Select(s =>
        {
            var parsed = QueryParser.Parse(s.Query);
            return (s, parsed.IsValid && !parsed.IsEmpty ? search.Count(parsed) : (int?)null);
        }).ToList();
    }

    private static string Shorten(string q) => q.Length <= 60 ? q : q[..60] + "…";
}
