using ArticleReader.Ingestion.Html;

namespace ArticleReader.Tests.Ingestion.Html;

public class HtmlNestingTests
{
    [Theory]
    [InlineData("plain text", 0)]
    [InlineData("<div><div><p>x</p></div></div>", 3)]
    [InlineData("<html><head></head><body><div>x</div></body></html>", 1)]      // the document's own containers are not counted
    [InlineData("<div><br><img src=x><hr><input></div>", 1)]                      // void elements open nothing
    [InlineData("<div><span/><span/><span/></div>", 1)]                           // self-closed tags open nothing
    [InlineData("<p>one<p>two<p>three", 1)]                                       // a paragraph closes the one before it
    [InlineData("<ul><li>one<li>two<li>three</ul>", 2)]                           // so does a list item
    [InlineData("<table><tr><td>a<td>b<tr><td>c</table>", 3)]                     // and a row or a cell
    [InlineData("<p><b>bold<p><i>italic<p>plain", 2)]                            // a block closes unclosed inline tags before it
    [InlineData("<div><span><b>x</div><div>y</div>", 3)]                          // an end tag closes what was opened since its start tag
    [InlineData("<div></span></span></div><div>x</div>", 1)]                      // stray end tags close nothing
    [InlineData("<script>'<div><div><div>'</script><div>x</div>", 1)]            // script text is not markup
    [InlineData("<!-- <div><div><div> --><div>x</div>", 1)]                       // nor are comments
    [InlineData("<div title=\"a > b\" class='<div>'><div>x</div></div>", 2)]     // a quoted value may hold "<" and ">"
    [InlineData("<div class=it's><div>x</div></div>", 2)]                         // an unquoted value's apostrophe is just a character
    [InlineData("1 < 2 and 3 <4 <div>x</div>", 1)]                                // a "<" not before a letter is text
    [InlineData("<b><i><b><i><u>", 5)]                                            // unclosed inline tags nest
    public void Depth_is_estimated_from_the_tags_as_the_HTML_tree_rules_nest_them(string html, int depth) =>
        Assert.Equal(depth, HtmlNesting.MaxDepth(html));

    [Fact]
    public void Counting_stops_once_past_the_limit_asked_about()
    {
        var deep = string.Concat(Enumerable.Repeat("<div>", 100_000));
        Assert.Equal(11, HtmlNesting.MaxDepth(deep, stopAfter: 10));
        Assert.Equal(100_000, HtmlNesting.MaxDepth(deep));
    }

    [Fact]
    public void A_page_nested_past_the_limit_is_refused_before_parsing_and_one_under_it_is_read()
    {
        string Page(int depth) => "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth))
            + "<p>" + string.Join(" ", Enumerable.Repeat("Words of the article, with commas, in a paragraph.", 12)) + "</p>"
            + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";
        var error = Assert.Throws<ArticleReader.Ingestion.UnreadableSourceException>(() => HtmlArticleParser.Parse(Page(HtmlArticleParser.MaxNesting + 1)));
        Assert.Contains("more than 256 levels deep", error.Message);
        Assert.NotEmpty(HtmlArticleParser.Parse(Page(HtmlArticleParser.MaxNesting - 10)).Articles.Single().Blocks);
    }
}
