using ArticleReader.Annotations;

namespace ArticleReader.Tests.Annotations;

public class NoteMarkdownTests
{
    [Theory]
    [InlineData("**bold** and _it_", "<strong>bold</strong>")]
    [InlineData("[source](https://example.org/a)", "href=\"https://example.org/a\"")]
    [InlineData("[mail](mailto:a@example.org)", "href=\"mailto:a@example.org\"")]
    public void Markdown_renders_with_safe_links(string markdown, string expected)
    {
        Assert.Contains(expected, NoteMarkdown.ToHtml(markdown));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JAVASCRIPT:alert(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("![pixel](https://tracker.example/p.gif)")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    public void Raw_html_scripts_unsafe_links_and_remote_images_never_survive(string markdown)
    {
        var html = NoteMarkdown.ToHtml(markdown);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"data:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Links_open_without_leaking_the_referrer()
    {
        Assert.Contains("rel=\"nofollow noopener noreferrer\"", NoteMarkdown.ToHtml("[a](https://example.org)"));
    }
}
