using ArticleReader.Accounts;
using ArticleReader.Web.Accounts;
using ArticleReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Web.Pages.Account;

public sealed class DeniedModel : PageModel, ITitled
{
    public string PageTitle => "Not allowed";
    public Actor Actor => User.ToActor();

    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
