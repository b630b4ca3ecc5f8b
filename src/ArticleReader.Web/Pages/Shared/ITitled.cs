namespace ArticleReader.Web.Pages.Shared;

// Page models name their page; the layout puts it in <title>.
public interface ITitled
{
    string PageTitle { get; }
}
