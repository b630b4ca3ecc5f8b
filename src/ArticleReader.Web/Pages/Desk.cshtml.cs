using ArticleReader.Accounts;
using ArticleReader.Storage;
using ArticleReader.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Web.Pages;

// The reading desk's actions, as plain forms (antiforgery-checked); judging claims needs an editor: each acts and returns the reader to
// where it was. JavaScript posts the same forms and swaps the page in place.
public sealed class DeskModel(IAnnotationStore desk, IClaimLinkStore links) : PageModel
{
    [BindProperty] public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => Redirect("/");

    [RequireRole(Role.Editor)] public IActionResult OnPostTag(long claimId, string tag) => Act(() => desk.AddTag(claimId, tag));
    [RequireRole(Role.Editor)] public IActionResult OnPostRemoveTag(long claimId, long tagId) => Act(() => desk.RemoveTag(claimId, tagId));
    [RequireRole(Role.Editor)] public IActionResult OnPostStatus(long claimId, string status, string? evidenceUrl, string? note) => Act(() => desk.SetStatus(claimId, status, evidenceUrl, note));
    [RequireRole(Role.Editor)] public IActionResult OnPostNote(long claimId, string? note) => Act(() => desk.SetClaimNote(claimId, note ?? ""));
    [RequireRole(Role.Editor)] public IActionResult OnPostType(long claimId, string type) => Act(() => desk.SetType(claimId, type));
    [RequireRole(Role.Editor)] public IActionResult OnPostUnmark(long claimId) => Act(() => desk.Unmark(claimId));
    [RequireRole(Role.Editor)] public IActionResult OnPostMark(long blockId, int offset) => Act(() => desk.MarkSentenceAt(blockId, offset));
    // Highlights and their notes are anyone's who is signed in (the page's policy); the store lets only their owner change them.
    public IActionResult OnPostHighlight(long articleId, long blockId, int start, int end, string? note, string? tags, string? visibility) =>
        Act(() => desk.AddHighlight(articleId, blockId, start, end, note, (tags ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            string.IsNullOrEmpty(visibility) ? null : visibility));
    public IActionResult OnPostVisibility(long annotationId, string visibility) => Act(() => desk.SetVisibility(annotationId, visibility));
    public IActionResult OnPostHighlightNote(long annotationId, string? note) => Act(() => desk.SetNote(annotationId, note ?? ""));
    public IActionResult OnPostDeleteHighlight(long annotationId) => Act(() => desk.DeleteHighlight(annotationId));

    // Cross-references: a typed link (from a suggestion when fromSuggestion is set), its removal, and dismissing
    // or restoring a related-claim suggestion.
    [RequireRole(Role.Editor)] public IActionResult OnPostLink(long claimId, long otherClaimId, string kind, string? note, bool fromSuggestion) =>
        Act(() => links.Link(claimId, otherClaimId, kind, note, fromSuggestion));
    [RequireRole(Role.Editor)] public IActionResult OnPostUnlink(long linkId) => Act(() => links.Unlink(linkId));
    [RequireRole(Role.Editor)] public IActionResult OnPostDismiss(long claimId, long otherClaimId) => Act(() => links.Dismiss(claimId, otherClaimId));
    [RequireRole(Role.Editor)] public IActionResult OnPostRestore(long claimId, long otherClaimId) => Act(() => links.Restore(claimId, otherClaimId));

    private IActionResult Act(Action action)
    {
        var back = ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/";
        try
        {
            action();
            return LocalRedirect(back);
        }
        catch (DeskForbiddenException)
        {
            return Forbid();
        }
        catch (DeskException e)
        {
            // The reader shows the message by the panel; nothing was changed.
            var (path, fragment) = back.Split('#') is [var p, var f] ? (p, "#" + f) : (back, "");
            return LocalRedirect($"{path}{(path.Contains('?') ? '&' : '?')}deskError={Uri.EscapeDataString(e.Message)}{fragment}");
        }
    }
}
