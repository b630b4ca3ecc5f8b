using ArticleReader.Web.Accounts;
using ArticleReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace ArticleReader.Web.Pages.Account;

[EnableRateLimiting(AccountsSetup.LoginPolicy)]
public sealed class LoginModel(AccountService accounts, ReadAccess access) : PageModel, ITitled
{
    public string PageTitle => "Sign in";
    public bool NoAccountsYet => access.NoAccountsYet;
    public string? Error { get; private set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Password { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        switch (accounts.SignIn(Name, Password))
        {
            case SignInOutcome.Success ok:
                await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountsSetup.PrincipalFor(ok.User));
                return LocalRedirect(ReturnUrl is { Length: > 0 } back && Url.IsLocalUrl(back) ? back : "/");
            case SignInOutcome.LockedOut locked:
                Error = $"Too many wrong passwords: this account is locked until {locked.Until:HH:mm} UTC. Try again then, or ask an admin to reset the password.";
                break;
            default:
                Error = "Wrong account name or password.";
                break;
        }
        Password = null;
        return Page();
    }

    public async Task<IActionResult> OnPostLogoutAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/account/login?signedOut=1");
    }
}
