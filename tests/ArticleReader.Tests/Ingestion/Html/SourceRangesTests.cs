using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ArticleReader.Ingestion.Html;

namespace ArticleReader.Tests.Ingestion.Html;

public class SourceRangesTests
{
    private static (SourceRanges Ranges, IDocument Document) Parse(string html) =>
        (new SourceRanges(html), new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html));

    [Theory]
    [InlineData("<div><p>One</p><p>Two</p></div>", "p", 1, "<p>Two</p>")]
    [InlineData("<div><div id=a><div id=b>x</div></div><p>y</p></div>", "#b", 0, "<div id=b>x</div>")]
    [InlineData("<div><div id=a><div id=b>x</div></div><p>y</p></div>", "#a", 0, "<div id=a><div id=b>x</div></div>")]
    [InlineData("<body><p>first\n<p>second</body>", "p", 0, "<p>first")]
    [InlineData("<body>\r\n<P CLASS=x>Upper</P>\r\n</body>", "p", 0, "<P CLASS=x>Upper</P>")]
    [InlineData("<p>a<br>b</p>", "br", 0, "<br>")]
    [InlineData("<div><p>a</p><script>var s = '</p>';</script></div>", "p", 0, "<p>a</p>")]
    public void Range_covers_the_element_source(string html, string selector, int index, string expected)
    {
        var (ranges, document) = Parse(html);
        var element = document.QuerySelectorAll(selector)[index];
        Assert.Equal(expected, html[ranges.StartOf(element)..ranges.EndOf(element)]);
    }

    [Fact]
    public void Implied_elements_start_at_their_first_recorded_descendant()
    {
        const string html = "<p>text</p>";
        var (ranges, document) = Parse(html);
        Assert.Equal(0, ranges.StartOf(document.Body!));
    }
}
