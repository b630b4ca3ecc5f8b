using ArticleReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Web.Pages;

public sealed class StatusModel : PageModel, ITitled
{
    public int Code { get; private set; }
    public string Heading => Code switch { 404 => "Not found", 401 => "Sign in first", 403 => "Not allowed", 429 => "Too many requests", _ => $"Error {Code}" };
    public string Message => Code switch
    {
        404 => "There is no page at this address. The article may have been removed or renamed.",
        401 => "This needs an account: sign in, then try again.",
        403 => "Your account's role does not allow this. Ask an admin if you need it.",
        429 => "Too many requests in a short time. Wait a minute and try again.",
        _ => "The request could not be completed.",
    };
    public string PageTitle => Heading;

    public void OnGet(int code) => Code = code;
}
