using System.Net;
using ArticleReader.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace ArticleReader.Web.Tests.Pages;

public class HardeningTests(HardeningTests.Factory app) : IClassFixture<HardeningTests.Factory>
{
    public sealed class Factory : AppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimits:ImportsPerMinute", "3");
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/the-generals-warning")]
    [InlineData("/api/articles")]
    [InlineData("/no-such-page")]
    public async Task Every_response_carries_a_content_security_policy_without_inline_script(string path)
    {
        var response = await app.CreateClient().GetAsync(path);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline' ;", csp.Replace("style-src 'self' 'unsafe-inline'", ""));
        Assert.DoesNotContain("'unsafe-eval'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task No_page_has_an_inline_script()
    {
        using var admin = app.CreateClientAs("admin", allowAutoRedirect: true); // sees every tool a page can show
        foreach (var path in new[] { "/", "/add", "/articles/the-generals-warning", "/articles/the-generals-warning/original", "/admin/users", "/account/login", "/tags" })
        {
            var html = await admin.GetStringAsync(path);
            Assert.DoesNotMatch(new System.Text.RegularExpressions.Regex(@"<script(?![^>]*\bsrc=)[^>]*>", System.Text.RegularExpressions.RegexOptions.IgnoreCase), html);
            Assert.DoesNotMatch(new System.Text.RegularExpressions.Regex(@"\son[a-z]+=""", System.Text.RegularExpressions.RegexOptions.IgnoreCase), html);
        }
    }

    [Fact]
    public async Task Imports_are_rate_limited_with_a_clear_message()
    {
        var client = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            statuses.Add((await client.PostAsync("/add", new FormUrlEncodedContent([]))).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        var refused = await client.PostAsync("/add", new FormUrlEncodedContent([]));
        Assert.Contains("Too many imports", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_oversized_form_post_is_refused_without_a_stack_trace()
    {
        var body = new FormUrlEncodedContent([new("note", new string('x', 3 * 1024 * 1024))]);
        var response = await app.CreateClientAs("editor").PostAsync("/desk?handler=Note", body);
        Assert.True((int)response.StatusCode is 400 or 413, response.StatusCode.ToString());
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", text);
        Assert.DoesNotContain("Exception", text);
    }
}
