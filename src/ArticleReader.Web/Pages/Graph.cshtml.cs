using ArticleReader.Web.Pages.Shared;
using ArticleReader.Web.Pictures;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Web.Pages;

public sealed class GraphModel(CrossReferenceViews views) : PageModel, ITitled
{
    public string PageTitle => "Author graph";
    public AuthorGraphView Graph { get; private set; } = null!;
    public IHtmlContent Picture { get; private set; } = HtmlString.Empty;

    public void OnGet()
    {
        Graph = views.Graph();
        Picture = AuthorGraph.Render(Graph.Nodes, Graph.Edges);
    }
}
