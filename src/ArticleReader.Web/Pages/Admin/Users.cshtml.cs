using ArticleReader.Accounts;
using ArticleReader.Storage;
using ArticleReader.Web.Accounts;
using ArticleReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Web.Pages.Admin;

// Accounts and the anonymous-reading setting (admins only: see the folder's policy in Program.cs).
public sealed class UsersModel(IAccountStore store, AccountService accounts, ReadAccess access) : PageModel, ITitled
{
    public string PageTitle => "Users";
    public IReadOnlyList<UserRecord> Users { get; private set; } = [];
    public bool AnonymousReading { get; private set; }
    public UserRecord? Deleting { get; private set; }
    public string? Error { get; private set; }
    [TempData] public string? Notice { get; set; }
    public long CurrentUserId => User.ToActor().UserId ?? 0;

    public void OnGet(long? delete) => Load(delete);

    public IActionResult OnPostCreate(string? name, string? password, string? role) =>
        Act(() => accounts.Create(name ?? "", password ?? "", Roles.Parse(role) ?? throw new AccountException("Choose a role.")),
            u => $"Account “{u.Name}” ({u.Role}) created. Give them the password by a safe channel.");

    public IActionResult OnPostRole(long userId, string? role) =>
        Act(() => { store.SetRole(userId, Roles.Parse(role) ?? throw new AccountException("Choose a role.")); return store.Find(userId)!; },
            u => $"“{u.Name}” is now {u.Role}; they sign in again to use it.");

    public IActionResult OnPostPassword(long userId, string? password) =>
        Act(() => { accounts.ResetPassword(userId, password ?? ""); return store.Find(userId)!; },
            u => $"The password of “{u.Name}” was reset and their sessions signed out.");

    public IActionResult OnPostDelete(long userId) =>
        Act(() => { var u = store.Find(userId) ?? throw new AccountException("No such account."); store.Delete(userId); return u; },
            u => $"“{u.Name}” was deleted. Their shared highlights stay; their private ones went with them.");

    public IActionResult OnPostAnonymous(bool allowed)
    {
        store.SetAnonymousReading(allowed);
        access.Forget();
        Notice = allowed ? "Anyone who reaches this site can now read the library without signing in." : "Reading now needs an account.";
        return LocalRedirect("/admin/users");
    }

    private IActionResult Act(Func<UserRecord> change, Func<UserRecord, string> notice)
    {
        try
        {
            Notice = notice(change());
            access.Forget();
            return LocalRedirect("/admin/users");
        }
        catch (AccountException e)
        {
            Error = e.Message;
            Load(null);
            return Page();
        }
    }

    private void Load(long? delete)
    {
        Users = store.Users();
        AnonymousReading = access.AnonymousMayRead;
        Deleting = Users.FirstOrDefault(u => u.Id == delete);
    }
}
