using ArticleReader.Accounts;
using ArticleReader.Web.Accounts;
using ArticleReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace ArticleReader.Web.Pages.Account;

// Changing one's own password (signed in: see the page's policy in Program.cs). Rate-limited like sign-in, since it
// also checks a password.
[EnableRateLimiting(AccountsSetup.LoginPolicy)]
public sealed class PasswordModel(AccountService accounts) : PageModel, ITitled
{
    public string PageTitle => "Your password";
    public string? Error { get; private set; }
    [TempData] public string? Notice { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(string? current, string? password, string? repeat)
    {
        try
        {
            if (password != repeat) throw new AccountException("The two new passwords differ.");
            var user = accounts.ChangePassword(User.ToActor().UserId!.Value, current, password);
            await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountsSetup.PrincipalFor(user));
            Notice = "Your password was changed. Your other sessions are signed out.";
            return LocalRedirect("/account/password");
        }
        catch (AccountException e)
        {
            Error = e.Message;
            return Page();
        }
    }
}
