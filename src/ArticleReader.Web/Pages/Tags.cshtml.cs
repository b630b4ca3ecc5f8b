using ArticleReader.Accounts;
using ArticleReader.Storage;
using ArticleReader.Web.Accounts;
using ArticleReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Web.Pages;

// Every tag with its colour and uses: rename, recolour, merge and delete (after a confirmation step that is
// a page of its own, so it needs no JavaScript). A refused change shows its reason here and changes nothing.
public sealed class TagsModel(IAnnotationStore desk) : PageModel, ITitled
{
    public string PageTitle => "Tags";
    public IReadOnlyList<TagRecord> Tags { get; private set; } = [];
    public TagRecord? Deleting { get; private set; }
    public string? Error { get; private set; }
    public long? ErrorTagId { get; private set; }
    public string? TypedName { get; private set; }   // a refused rename keeps what the reader typed
    [TempData] public string? Notice { get; set; }

    public void OnGet(long? delete)
    {
        Tags = desk.Tags();
        Deleting = Tags.FirstOrDefault(t => t.Id == delete);
    }

    [RequireRole(Role.Editor)] public IActionResult OnPostRename(long tagId, string? name)
    {
        TypedName = name;
        return Act(tagId, () => desk.RenameTag(tagId, name ?? ""), (old, now) => $"“{old}” is now “{now.Name}”.");
    }

    [RequireRole(Role.Editor)] public IActionResult OnPostRecolour(long tagId, string? colour) =>
        Act(tagId, () => desk.RecolourTag(tagId, colour ?? ""), (old, now) => $"“{now.Name}” has a new colour.");

    [RequireRole(Role.Editor)] public IActionResult OnPostMerge(long tagId, long intoTagId) =>
        Act(tagId, () => desk.MergeTags(tagId, intoTagId), (old, now) => $"“{old}” was merged into “{now.Name}”, which now has {Uses(now.Uses)}.");

    [RequireRole(Role.Admin)] public IActionResult OnPostDelete(long tagId) => Act(tagId, () =>
    {
        desk.DeleteTag(tagId);
        return null;
    }, (old, _) => $"“{old}” was deleted; the claims it was on keep their other tags.");

    private IActionResult Act(long tagId, Func<TagRecord?> change, Func<string, TagRecord, string> notice)
    {
        var old = desk.Tags().FirstOrDefault(t => t.Id == tagId)?.Name ?? "";
        try
        {
            var now = change();
            Notice = notice(old, now ?? new TagRecord());
            return LocalRedirect(now is null ? "/tags" : $"/tags#tag-{now.Id}");
        }
        catch (DeskException e)
        {
            (Error, ErrorTagId, Tags) = (e.Message, tagId, desk.Tags());
            return Page();
        }
    }

    public static string Uses(int uses) => uses == 1 ? "1 use" : $"{uses:N0} uses";
}
