using System.Net;
using ArticleReader.Web.Tests.Support;

namespace ArticleReader.Web.Tests.Pages;

public class PageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task The_library_lists_the_six_seed_articles_with_authors_outlets_and_dates()
    {
        var html = await _client.GetStringAsync("/");
        Assert.Equal(6, Count(html, "class=\"article-card\""));
        Assert.Contains("What Is Russia Doing With North Korean Troops?", html);
        Assert.Contains("The General’s Warning", html);
        Assert.Contains("Fred Kaplan", html);
        Assert.Contains("Unknown author", html);
        Assert.Contains("October 2024", html);
        Assert.Contains("December 2025", html);
        Assert.Contains("The Bulwark", html);
        Assert.Contains("<title>Library · ArticleReader</title>", html);
    }

    [Fact]
    public async Task The_library_groups_by_author_with_unknown_authors_last()
    {
        var html = await _client.GetStringAsync("/?sort=author&byAuthor=true");
        var anne = html.IndexOf("<h2", html.IndexOf("Anne Applebaum", StringComparison.Ordinal) - 200, StringComparison.Ordinal);
        Assert.True(html.IndexOf(">Anne Applebaum", StringComparison.Ordinal) < html.IndexOf(">Unknown author <", StringComparison.Ordinal));
        Assert.True(anne > 0);
        Assert.Equal(5, Count(html, "class=\"author-group\""));
    }

    [Theory]
    [InlineData("title", "A Naked Desperation to Be Seen", "What Is Russia Doing With North Korean Troops?")]
    [InlineData("date", "As Putin Threatens Europe", "Elon Musk Stole My Old Plan")]
    public async Task The_library_sorts_by_the_chosen_key(string sort, string first, string later)
    {
        var html = await _client.GetStringAsync($"/?sort={sort}");
        Assert.True(html.IndexOf(first, StringComparison.Ordinal) < html.IndexOf(later, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_reader_shows_head_byline_original_link_and_body_without_advertisements()
    {
        var html = await _client.GetStringAsync("/articles/elon-musk-stole-my-old-plan-for-peace-in-ukraine-too-bad-it-doesnt-make-sense-anymore");
        Assert.Contains("<h1 id=\"article-title\" class=\"reader-title\">Elon Musk Stole My Old Plan for Peace in Ukraine. Too Bad It Doesn’t Make Sense Anymore.</h1>", html);
        Assert.Contains("<p class=\"kicker\">War Stories</p>", html);
        Assert.Contains("These ideas might have worked in March.", html);
        Assert.Contains("By Fred Kaplan", html);
        Assert.Contains("Elon Musk has a car to save the environment", html);
        Assert.DoesNotContain(">Advertisement<", html);
    }

    [Fact]
    public async Task The_reader_links_to_the_original_when_the_url_is_known()
    {
        var html = await _client.GetStringAsync("/articles/the-ukraine-war-cant-end-until-russia-stops-fighting");
        Assert.Contains("href=\"https://www.theatlantic.com/ideas/archive/2024/10/ukraine-war-negotiated-peace/680100/\"", html);
        Assert.Contains("By Anne Applebaum", html);
    }

    [Fact]
    public async Task Reader_comments_are_shown_in_their_own_section_after_the_article()
    {
        var html = await _client.GetStringAsync("/articles/as-putin-threatens-europe-failure-of-trump-peace-plan-laid-bare");
        var comments = html.IndexOf("id=\"comments-title\"", StringComparison.Ordinal);
        Assert.True(comments > html.IndexOf("virtually certain to continue into 2026", StringComparison.Ordinal));
        Assert.True(html.IndexOf("Kudos to Cathy Young!", StringComparison.Ordinal) > comments);
    }

    [Fact]
    public async Task An_unknown_article_answers_a_404_page()
    {
        var response = await _client.GetAsync("/articles/no-such-article");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Static_assets_are_served_locally()
    {
        var response = await _client.GetAsync("/css/site.css");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await _client.GetStringAsync("/");
        Assert.DoesNotContain("https://cdn", html);
        Assert.DoesNotContain("<script src=\"http", html);
    }

    private static int Count(string text, string needle)
    {
        var count = 0;
        for (var i = text.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = text.IndexOf(needle, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
