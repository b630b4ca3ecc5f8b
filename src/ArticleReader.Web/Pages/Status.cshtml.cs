using ArticleReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Web.Pages;

public sealed class StatusModel : PageModel, ITitled
{
    public int Code { get; private set; }
    public string Heading => Code == 404 ? "Not found" : $"Error {Code}";
    public string Message => Code == 404 ? "There is no page at this address. The article may have been removed or renamed." : "The request could not be completed.";
    public string PageTitle => Heading;

    public void OnGet(int code) => Code = code;
}
