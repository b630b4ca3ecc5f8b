using System.Text;
using System.Text.RegularExpressions;
using ArticleReader.Ingestion;
using ArticleReader.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleReader.Web.Tests.Pages;

// Nothing executable or remote from an imported page ever reaches a reader page.
public class ImportSafetyTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Hostile = """
        <html><head><title>Hostile Page</title>
        <meta property="og:title" content="Hostile &lt;script&gt;alert(1)&lt;/script&gt; Page">
        <meta name="author" content="&quot;&gt;&lt;img src=x onerror=alert(2)&gt;">
        <link rel="stylesheet" href="https://evil.example/x.css"><style>body{background:url(https://evil.example/bg)}</style>
        <script>alert('head')</script></head>
        <body onload="alert(3)"><article>
        <h1>Hostile Page</h1>
        <p onclick="alert(4)">A paragraph with an <a href="javascript:alert(5)">unsafe link</a> and an image <img src="https://evil.example/pixel.gif" onerror="alert(6)"> inside it, long enough to be kept as article text.</p>
        <p>Literal markup in text: &lt;script&gt;alert(7)&lt;/script&gt; must show as text, and this sentence is long enough to count.</p>
        <iframe src="https://evil.example/frame"></iframe><svg onload="alert(8)"><circle r="1"/></svg>
        <p>A third paragraph that closes the article with more than enough words for any extractor to keep it.</p>
        </article><script src="https://evil.example/x.js"></script></body></html>
        """;

    [Fact]
    public async Task An_imported_html_page_shows_no_script_handler_style_or_remote_resource()
    {
        var ingester = app.Services.GetRequiredService<Ingester>();
        var result = ingester.IngestUpload("hostile.html", Encoding.UTF8.GetBytes(Hostile));
        Assert.Equal(IngestStatus.Created, result.Status);
        var html = await app.CreateClient().GetStringAsync($"/articles/{result.Slugs.Single()}");
        var body = html[html.IndexOf("<main", StringComparison.Ordinal)..];

        Assert.Contains("A paragraph with an unsafe link", body);
        Assert.Contains("&lt;script&gt;alert(7)&lt;/script&gt;", body);
        Assert.DoesNotContain("evil.example", body);
        Assert.DoesNotContain("javascript:", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(new Regex(@"<(script|iframe|svg|img|style|link)\b", RegexOptions.IgnoreCase), Strip(body));
        Assert.DoesNotMatch(new Regex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase), Strip(body));
    }

    // The app's own script tags (served from /js) are allowed; everything else is checked.
    private static string Strip(string html) => Regex.Replace(html, @"<script src=""/js/[a-z]+\.js[^""]*""></script>", "");
}
