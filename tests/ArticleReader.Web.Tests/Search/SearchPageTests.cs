using System.Net;
using System.Text.RegularExpressions;
using ArticleReader.Web.Tests.Support;

namespace ArticleReader.Web.Tests.Search;

[Collection(SearchCollection.Name)]
public partial class SearchPageTests(AppFactory app)
{
    private readonly HttpClient _client = app.CreateClientAs("editor", allowAutoRedirect: true);

    private async Task<string> Page(string q, string extra = "")
    {
        var response = await _client.GetAsync("/search?q=" + Uri.EscapeDataString(q) + extra);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("<li class=\"result-group\">.*?<p class=\"result-meta\">([^·]+)·", RegexOptions.Singleline)]
    private static partial Regex GroupAuthor();

    private static List<string> Authors(string html) => GroupAuthor().Matches(html).Select(m => m.Groups[1].Value.Trim()).ToList();

    [Fact]
    public async Task Pokrovsk_finds_passages_by_Cathy_Young_and_Anne_Applebaum_with_the_word_marked()
    {
        var html = await Page("Pokrovsk");
        Assert.Equal(["Anne Applebaum", "Cathy Young"], Authors(html).Order());
        Assert.Contains("<mark>Pokrovsk</mark>", html);
        Assert.Matches(@"\d+ matches</strong>\s+in 2 pieces", html);
        Assert.Matches(@"· \d+ ms", html);
    }

    [Fact]
    public async Task An_author_filter_with_a_word_lists_only_her_piece()
    {
        var html = await Page("author:\"Anne Applebaum\" drones");
        Assert.Equal(["Anne Applebaum"], Authors(html));
        Assert.Contains("<mark>drones</mark>", html);
    }

    [Fact]
    public async Task A_type_filter_lists_only_predictions()
    {
        var html = await Page("type:prediction");
        var kinds = Regex.Matches(html, "<span class=\"hit-kind\">([^<]+)</span>").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(kinds);
        Assert.All(kinds, k => Assert.Equal("Claim · Prediction", k));
    }

    [Fact]
    public async Task A_phrase_matches_the_words_side_by_side()
    {
        var html = await Page("\"security guarantee\"");
        var snippets = Regex.Matches(html, "<span class=\"hit-snippet\">(.*?)</span>").Select(m => Regex.Replace(m.Groups[1].Value, "</?mark>", "")).ToList();
        Assert.NotEmpty(snippets);
        Assert.All(snippets, s => Assert.Matches("(?i)security guarantees?", s));
    }

    [Fact]
    public async Task A_parse_error_is_shown_beside_the_box_with_its_place_marked_and_no_search_runs()
    {
        var html = await Page("drones auther:Applebaum");
        Assert.Contains("id=\"search-error\"", html);
        Assert.Contains("Did you mean author:", html);
        Assert.Contains("<mark class=\"query-error-span\">auther:", html);
        Assert.DoesNotContain("class=\"result-group\"", html);

        html = await Page("(drones");
        Assert.Contains("Missing closing parenthesis", html);
    }

    public static TheoryData<string> Hostile => new()
    {
        "\"", "\"\"\"\"", "NEAR(drones Ukraine, 2)", "body:drones", "{title body}: drones", "*", "a*", "-", "OR", "AND AND",
        "'; DROP TABLE articles; --", "<script>alert(1)</script>", "drones\u0000Ukraine", "title:x OR", "((((((((((((((((((((drones",
        "^drones", "drones*^2", "\\\"", "type:", "before:2024-13", "after:2025 before:2024", "in:nowhere",
        string.Concat(Enumerable.Repeat("drones ", 1500)), string.Concat(Enumerable.Repeat("\"a\" OR ", 1500)),
        new string('(', 10_000), string.Concat(Enumerable.Repeat("negotiat* ", 1000)),
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Any_input_answers_200_with_results_or_a_message_and_nothing_unescaped(string q)
    {
        var html = await Page(q);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("Something went wrong", html);
        var answered = html.Contains("id=\"search-summary\"") || html.Contains("id=\"search-error\"") || html.Contains("search-notices");
        Assert.True(answered, "neither results nor a message for " + q[..Math.Min(40, q.Length)]);
    }

    [Fact]
    public async Task A_misspelt_word_offers_the_corrected_query_as_a_link()
    {
        var html = await Page("Pokrovks");
        Assert.Contains("Did you mean", html);
        Assert.Contains("<a href=\"/search?q=Pokrovsk\" class=\"suggestion\">Pokrovsk</a>", html);
    }

    [Fact]
    public async Task Facets_refine_the_query_when_followed()
    {
        var html = await Page("Pokrovsk");
        var link = Regex.Match(html, "<a href=\"(/search\\?q=Pokrovsk%20author%3A%22Cathy%20Young%22)\">Cathy Young</a>\\s*<span class=\"count\">(\\d+)</span>");
        Assert.True(link.Success);
        var refined = await _client.GetStringAsync(link.Groups[1].Value);
        Assert.Equal(["Cathy Young"], Authors(refined));
        Assert.Contains("aria-label=\"Remove author:Cathy Young\"", refined);
        Assert.Contains("data-facet=\"year\"", refined);
        Assert.Contains("data-facet=\"type\"", refined);
    }

    [Fact]
    public async Task Results_come_in_pages_with_links_between_them()
    {
        const string piece = "&article=the-ukraine-war-cant-end-until-russia-stops-fighting";
        var first = await Page("Russia", piece);
        Assert.Contains("Page 1 of", first);
        Assert.Contains("rel=\"next\" href=\"/search?q=Russia&amp;article=the-ukraine-war-cant-end-until-russia-stops-fighting&amp;page=2\"", first);
        var second = await Page("Russia", piece + "&page=2");
        Assert.Contains("Page 2 of", second);
        Assert.Contains("rel=\"prev\"", second);
        Assert.Equal(200, (int)(await _client.GetAsync("/search?q=Russia&page=-5")).StatusCode);
        Assert.Equal(200, (int)(await _client.GetAsync("/search?q=Russia&page=999999999")).StatusCode);
    }

    [Fact]
    public async Task All_matches_in_one_piece_are_listed_on_request()
    {
        var html = await Page("Ukraine", "&article=the-ukraine-war-cant-end-until-russia-stops-fighting");
        Assert.Equal(["Anne Applebaum"], Authors(html).Distinct());
        Assert.Contains("one piece only", html);
    }

    [Fact]
    public async Task Opening_a_hit_marks_the_search_words_in_the_reader_and_keeps_the_claims()
    {
        var html = await Page("Pokrovsk");
        var href = WebUtility.HtmlDecode(Regex.Match(html, "<a class=\"hit-link\" href=\"([^\"]+)\"").Groups[1].Value);
        Assert.Matches(@"^/articles/[a-z0-9-]+\?hl=%22Pokrovsk%22#(claim|b)-\d+$", href);
        var reader = await _client.GetStringAsync(href.Split('#')[0]);
        Assert.Contains("<mark class=\"search-hit\">Pokrovsk</mark>", reader);
        Assert.Contains("match", Regex.Match(reader, "class=\"search-hits-note\"[^>]*>(.*?)</p>", RegexOptions.Singleline).Groups[1].Value);
        var plain = await _client.GetStringAsync(href.Split('?')[0]);
        Assert.Equal(Regex.Matches(plain, "<mark class=\"claim ").Count, Regex.Matches(reader, "<mark class=\"claim ").Count);
        Assert.Equal(200, (int)(await _client.GetAsync(href.Split('?')[0] + "?hl=" + Uri.EscapeDataString("\"((NEAR"))).StatusCode);
    }

    [Fact]
    public async Task A_search_can_be_saved_listed_with_its_live_count_and_deleted()
    {
        var html = await Page("drones -sea");
        var token = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);
        var save = await _client.PostAsync("/search?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "Drones, not at sea", ["query"] = "drones -sea", ["__RequestVerificationToken"] = token,
        }));
        Assert.True(save.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK);
        var listed = await Page("drones");
        var entry = Regex.Match(listed, "<li class=\"saved-search\">\\s*<a href=\"/search\\?q=drones%20-sea\" title=\"drones -sea\">Drones, not at sea</a>\\s*<span class=\"count\">(\\d+)</span>");
        Assert.True(entry.Success);
        Assert.NotEqual("0", entry.Groups[1].Value);

        var id = Regex.Match(listed, "name=\"id\" value=\"(\\d+)\"").Groups[1].Value;
        token = Regex.Match(listed, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        await _client.PostAsync("/search?handler=Delete", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["id"] = id, ["returnQuery"] = "drones", ["__RequestVerificationToken"] = token,
        }));
        Assert.DoesNotContain("Drones, not at sea", await Page("drones"));
    }

    [Fact]
    public async Task Saving_without_the_antiforgery_token_is_refused()
    {
        var response = await _client.PostAsync("/search?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "sneaky", ["query"] = "drones",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_header_has_the_site_search_box_on_every_page()
    {
        Assert.Contains("id=\"site-search\"", await _client.GetStringAsync("/"));
        Assert.Contains("value=\"Pokrovsk\"", Regex.Match(await Page("Pokrovsk"), "<input id=\"site-search\"[^>]*>").Value);
    }
}
