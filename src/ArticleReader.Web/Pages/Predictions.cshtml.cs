using ArticleReader.Accounts;
using ArticleReader.Web.Accounts;
using ArticleReader.Predictions;
using ArticleReader.Storage;
using ArticleReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Web.Pages;

// Predictions by due date, each with the reader's outcome form (a plain form: works without JavaScript).
public sealed class PredictionsModel(IPredictionStore predictions) : PageModel, ITitled
{
    public string PageTitle => "Predictions";
    [BindProperty(SupportsGet = true)] public string? Outcome { get; set; }
    [BindProperty(SupportsGet = true)] public string? Author { get; set; }
    [BindProperty(SupportsGet = true)] public string? Error { get; set; }
    public IReadOnlyList<TrackedClaim> All { get; private set; } = [];
    public IReadOnlyList<TrackedClaim> Shown { get; private set; } = [];

    public void OnGet()
    {
        All = predictions.Predictions();
        if (Outcome is not null && !PredictionOutcomes.IsKnown(Outcome)) Outcome = null;
        Shown = All.Where(p => (Outcome is null || p.Outcome == Outcome) && (string.IsNullOrEmpty(Author) || p.AuthorSlug == Author))
            .OrderBy(p => p.Due is null).ThenBy(p => p.Due).ThenBy(p => p.ArticlePublished, StringComparer.Ordinal).ThenBy(p => p.ClaimId).ToList();
    }

    [RequireRole(Role.Editor)]
    public IActionResult OnPostTrack(long claimId, string outcome, string? dueDate, string? evidenceUrl, string? note, string? returnQuery)
    {
        var back = "/predictions" + (returnQuery is { Length: > 0 } q && q.StartsWith('?') && Url.IsLocalUrl("/predictions" + q) ? q : "");
        try
        {
            predictions.Track(claimId, outcome, dueDate, evidenceUrl, note);
            return LocalRedirect($"{back}#p-{claimId}");
        }
        catch (DeskException e)
        {
            return LocalRedirect($"{back}{(back.Contains('?') ? '&' : '?')}error={Uri.EscapeDataString(e.Message)}#p-{claimId}");
        }
    }

    public string Filter(string? outcome) => "/predictions" + QueryString.Create(new Dictionary<string, string?> { ["outcome"] = outcome, ["author"] = Author }.Where(kv => !string.IsNullOrEmpty(kv.Value)));
}
