using System.Net;
using System.Text.RegularExpressions;
using System.Xml;
using ArticleReader.Storage;
using ArticleReader.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleReader.Web.Tests.Pages;

// Author, entity, prediction, graph and timeline pages in process, on the seeds.
public partial class CrossReferencePageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private readonly HttpClient _client = app.CreateClientAs("editor");

    private long EntityId(string name) => app.Services.GetRequiredService<IEntityStore>().List().Single(e => e.Name == name).Id;

    [Theory]
    [InlineData("/authors", "Anne Applebaum")]
    [InlineData("/authors/anne-applebaum", "What Is Russia Doing With North Korean Troops?")]
    [InlineData("/authors/eliot-a-cohen", "cited only")]
    [InlineData("/entities", "Vladimir Putin")]
    [InlineData("/entities?kind=place", "Pokrovsk")]
    [InlineData("/graph", "Who cites whom")]
    [InlineData("/timeline", "Or choose")]
    [InlineData("/timeline?author=cathy-young", "virtually certain to continue into 2026")]
    [InlineData("/timeline?q=North+Korean", "North Korean")]
    [InlineData("/predictions", "into 2026")]
    public async Task Every_cross_reference_page_answers(string url, string expected)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/authors/nobody")]
    [InlineData("/entities/999999")]
    [InlineData("/entities/not-a-number")]
    [InlineData("/timeline?entity=999999")]
    [InlineData("/timeline?author=nobody")]
    public async Task Unknown_authors_and_entities_answer_404(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(url)).StatusCode);

    [Fact]
    public async Task An_entity_page_lists_its_claims_by_writer_with_statuses_and_links_into_the_reader()
    {
        var html = await _client.GetStringAsync($"/entities/{EntityId("Vladimir Putin")}");
        Assert.Contains("<h1>Vladimir Putin</h1>", html);
        foreach (var writer in new[] { "Fred Kaplan", "Cathy Young", "Anne Applebaum", "Unknown author" }) Assert.Contains(writer, html);
        Assert.True(html.IndexOf(">Fred Kaplan<", StringComparison.Ordinal) < html.IndexOf(">Cathy Young<", StringComparison.Ordinal)); // 2022 before 2025
        Assert.Contains("class=\"status-pill status-unreviewed\"", html);
        Assert.Matches(@"href=""/articles/[a-z0-9-]+\?claim=\d+#claim-\d+""", html);
        Assert.Contains($"/timeline?entity={EntityId("Vladimir Putin")}", html);
    }

    [Fact]
    public async Task An_author_page_shows_claims_by_type_and_status_predictions_entities_and_references()
    {
        var html = await _client.GetStringAsync("/authors/anne-applebaum");
        Assert.Contains("<caption>By type</caption>", html);
        Assert.Contains("<caption>By status</caption>", html);
        Assert.Contains("Record: <strong>0 came true</strong>", html);
        Assert.Contains($"href=\"/entities/{EntityId("Ukraine")}\"", html);
        Assert.Contains("href=\"/authors/eliot-a-cohen\"", html);                // whom she cites
        Assert.Contains("What Is Russia Doing With North Korean Troops?", html);     // who cites her
        Assert.Contains("No reader has linked one of their claims to another writer’s.", html);
        var kaplan = await _client.GetStringAsync("/authors/fred-kaplan");
        Assert.Matches("How to End the War In Ukraine</cite> <span class=\"ref-state external\">external</span>", kaplan);
    }

    [Fact]
    public async Task A_cited_only_author_page_says_so_and_names_who_cites_them()
    {
        var html = await _client.GetStringAsync("/authors/eliot-a-cohen");
        Assert.Contains("No piece by Eliot A. Cohen is in the library", html);
        Assert.Contains("How defense experts got Ukraine wrong", html);
        Assert.Contains("href=\"/authors/anne-applebaum\"", html);
    }

    [Theory]
    [InlineData("/graph", "graph-table")]
    [InlineData("/timeline?author=cathy-young", "timeline-table")]
    [InlineData("/timeline?entity=PUTIN", "timeline-table")]
    public async Task Pictures_are_well_formed_svg_with_a_title_a_description_and_a_table_right_after(string url, string tableId)
    {
        var html = await _client.GetStringAsync(url.Replace("PUTIN", EntityId("Vladimir Putin").ToString()));
        var svg = SvgElement().Match(html);
        Assert.True(svg.Success);
        var doc = new XmlDocument();
        doc.LoadXml(svg.Value); // throws when not well-formed
        var root = doc.DocumentElement!;
        Assert.Equal(("img", "100%"), (root.GetAttribute("role"), root.GetAttribute("width")));
        Assert.StartsWith("0 0 ", root.GetAttribute("viewBox"));
        var ns = new XmlNamespaceManager(doc.NameTable);
        ns.AddNamespace("s", "http://www.w3.org/2000/svg");
        Assert.NotEmpty(root.SelectSingleNode("s:title", ns)!.InnerText);
        Assert.NotEmpty(root.SelectSingleNode("s:desc", ns)!.InnerText);
        Assert.Contains("prefers-color-scheme: dark", root.SelectSingleNode("s:style", ns)!.InnerText);
        var after = html[(svg.Index + svg.Length)..];
        Assert.Matches($@"^\s*<figcaption>[^<]*</figcaption>\s*</figure>\s*<div class=""table-scroll"">\s*<table class=""data-table"" id=""{tableId}"">", after);
    }

    [Fact]
    public async Task The_graph_table_has_a_row_for_every_edge_in_the_picture()
    {
        var html = await _client.GetStringAsync("/graph");
        var group = Regex.Match(html, @"<g class=""ag-edges"">[\s\S]*?</g>").Value;
        var edges = Regex.Matches(group, @"class=""pic-edge pic-(cites|mentions|supports|contradicts)""").Count;
        var table = html[html.IndexOf("id=\"graph-table\"", StringComparison.Ordinal)..];
        Assert.True(edges > 5);
        Assert.Equal(edges, Regex.Matches(table, "<span class=\"edge-chip edge-").Count);
        Assert.Contains(">cites</span></td>\n                        <td><a href=\"/authors/anne-applebaum\">Anne Applebaum</a>", html.Replace("\r", ""));
    }

    [Fact]
    public async Task A_prediction_outcome_is_recorded_through_the_plain_form_and_unsafe_links_are_refused()
    {
        var page = await _client.GetStringAsync("/predictions");
        var at = page.IndexOf("virtually certain to continue into 2026", StringComparison.Ordinal);
        var claimId = long.Parse(Regex.Matches(page[..at], @"id=""p-(\d+)""").Last().Groups[1].Value);
        var token = Regex.Match(page, @"name=""__RequestVerificationToken"" type=""hidden"" value=""([^""]+)""").Groups[1].Value;

        async Task<HttpResponseMessage> Post(string outcome, string evidence) => await _client.PostAsync("/predictions?handler=Track", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["claimId"] = claimId.ToString(), ["outcome"] = outcome, ["dueDate"] = "2026-06-30",
            ["evidenceUrl"] = evidence, ["note"] = "", ["returnQuery"] = "",
        }));
        var refused = await Post("came-true", "javascript:alert(1)");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("error=", refused.Headers.Location!.ToString());
        var saved = await Post("came-true", "https://example.org/still-at-war");
        Assert.Equal($"/predictions#p-{claimId}", saved.Headers.Location!.ToString());
        var after = await _client.GetStringAsync("/predictions?outcome=came-true");
        Assert.Contains("Due 2026-06-30", after);
        Assert.Contains("set by you", after);
        Assert.Contains("href=\"https://example.org/still-at-war\"", after);
        Assert.Contains("1 came true", await _client.GetStringAsync("/authors/cathy-young"));
    }

    [Fact]
    public async Task The_claim_panel_links_the_entities_a_claim_mentions()
    {
        var claims = app.Services.GetRequiredService<IClaimStore>();
        var articles = app.Services.GetRequiredService<IArticleStore>();
        var article = articles.FindArticle("the-ukraine-war-cant-end-until-russia-stops-fighting")!.Article;
        var claim = claims.ForArticle(article.Id).First(c => c.Text.Contains("40 percent of the national budget"));
        var html = await _client.GetStringAsync($"/articles/{article.Slug}?claim={claim.Id}");
        Assert.Contains($"<dt>Mentions</dt><dd><a href=\"/entities/{EntityId("Vladimir Putin")}\">Vladimir Putin</a>", html);
    }

    [Fact]
    public async Task The_navigation_reaches_the_new_pages()
    {
        var html = await _client.GetStringAsync("/");
        foreach (var link in new[] { "/authors", "/entities", "/predictions", "/graph", "/timeline" }) Assert.Contains($"<a href=\"{link}\">", html);
    }

    [GeneratedRegex(@"<svg[\s\S]*?</svg>")]
    private static partial Regex SvgElement();
}
