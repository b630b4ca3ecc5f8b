using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ArticleReader.Storage;
using ArticleReader.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleReader.Web.Tests.Pages;

public class ClaimsPageTests : IClassFixture<DeskAppFactory>
{
    private readonly DeskAppFactory _app;
    private readonly HttpClient _client;
    private readonly DeskSeed _seed;

    public ClaimsPageTests(DeskAppFactory app)
    {
        _app = app;
        _client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        _seed = app.Seed;
    }

    private int AllClaims => _app.Services.GetRequiredService<IClaimStore>().Count();

    private async Task<IDocument> Page(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private static List<IElement> Rows(IDocument page) => page.QuerySelectorAll(".claim-row").ToList();
    private static List<long> RowIds(IDocument page) => Rows(page).Select(r => long.Parse(r.GetAttribute("data-claim-id")!)).ToList();
    private static int Total(IDocument page) => int.Parse(page.QuerySelector("#claims-total")!.TextContent.Split(' ')[0].Replace(",", ""));
    private static IElement Facet(IDocument page, string facet, string value) =>
        page.QuerySelector($"a.facet-link[data-facet='{facet}'][data-value='{value}']") ?? throw new Xunit.Sdk.XunitException($"no {facet} link for {value}");
    private static int FacetCount(IDocument page, string facet, string value) =>
        int.Parse(Facet(page, facet, value).QuerySelector(".count")!.FirstChild!.TextContent);

    [Fact]
    public async Task The_list_shows_every_claim_but_the_unmarked_one_fifty_to_a_page()
    {
        var page = await Page("/claims");
        Assert.Equal(AllClaims - 1, Total(page));
        Assert.Equal(50, Rows(page).Count);
        Assert.Contains("Showing 1–50 of", page.QuerySelector(".showing")!.TextContent);
        Assert.Equal("Claims · ArticleReader", page.Title);
        var nav = page.QuerySelectorAll(".site-nav a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("Claims", "/claims"), nav);
        Assert.Contains(("Tags", "/tags"), nav);
    }

    [Fact]
    public async Task A_row_shows_text_link_corrected_type_status_tags_speaker_article_author_date_and_score()
    {
        var page = await Page("/claims?tag=energy");
        var row = Rows(page).Single(r => r.GetAttribute("data-claim-id") == _seed.Despite.Id.ToString());
        var link = row.QuerySelector(".claim-row-text a")!;
        Assert.Equal($"/articles/{_seed.Despite.ArticleSlug}?claim={_seed.Despite.Id}#claim-{_seed.Despite.Id}", link.GetAttribute("href"));
        Assert.Equal(_seed.Despite.Text, link.TextContent);
        Assert.Equal("Prediction", row.QuerySelector(".type-chip")!.TextContent);
        Assert.Contains("type-prediction", row.QuerySelector(".type-chip")!.ClassName);
        Assert.Equal("Supported", row.QuerySelector(".status-pill.status-supported")!.TextContent);
        Assert.Equal(["energy"], row.QuerySelectorAll(".tag").Select(t => t.TextContent));
        var source = row.QuerySelector(".claim-row-source")!.TextContent;
        foreach (var part in new[] { "Cathy Young", "As Putin Threatens Europe", "December 2025", _seed.Despite.Score.ToString("0.00") })
            Assert.Contains(part, source);
    }

    [Fact]
    public async Task Unmarked_claims_are_left_out_until_the_reader_includes_them()
    {
        Assert.DoesNotContain(_seed.Milley.Id, RowIds(await Page("/claims?sort=article&author=Tom+Nichols")));
        var page = await Page("/claims?sort=article&author=Tom+Nichols&unmarked=true");
        var row = Rows(page).Single(r => r.GetAttribute("data-claim-id") == _seed.Milley.Id.ToString());
        Assert.Contains("not a claim", row.QuerySelector(".unmarked-badge")!.TextContent);
        Assert.NotNull(page.QuerySelector("input[name=unmarked][checked]"));
    }

    [Fact]
    public async Task The_type_filter_keeps_only_that_type_and_several_types_add_up()
    {
        var statistics = await Page("/claims?type=statistic");
        Assert.All(Rows(statistics), r => Assert.Equal("Statistic", r.QuerySelector(".type-chip")!.TextContent));
        var quotes = Total(await Page("/claims?type=quote"));
        Assert.Equal(Total(statistics) + quotes, Total(await Page("/claims?type=statistic&type=quote")));
        Assert.Equal(quotes, FacetCount(statistics, "type", "quote"));   // what choosing it as well would add
    }

    [Theory]
    [InlineData("tag=energy&tag=mars", new[] { "Musk" })]
    [InlineData("tag=energy&tag=mars&tagMode=and", new[] { "Musk" })]
    [InlineData("tag=energy&tag=mars&tagMode=or", new[] { "Musk", "Despite", "Troops" })]
    [InlineData("tag=MARS", new[] { "Musk", "Troops" })]
    public async Task Tags_match_all_by_default_or_any_when_asked(string query, string[] expected)
    {
        var page = await Page("/claims?" + query);
        Assert.Equal(expected.Select(Id).Order(), RowIds(page).Order());
        Assert.NotNull(page.QuerySelector($"input[name=tagMode][value={(query.Contains("or") ? "or" : "and")}][checked]"));
    }

    [Fact]
    public async Task Tag_counts_say_what_adding_a_tag_leaves_when_all_must_match()
    {
        var all = await Page("/claims?tag=energy");
        Assert.Equal((2, 1), (FacetCount(all, "tag", "energy"), FacetCount(all, "tag", "mars")));
        var any = await Page("/claims?tag=energy&tagMode=or");
        Assert.Equal((2, 2), (FacetCount(any, "tag", "energy"), FacetCount(any, "tag", "mars")));
    }

    [Theory]
    [InlineData("status=false", new[] { "Musk" })]
    [InlineData("status=false&status=supported", new[] { "Musk", "Despite" })]
    public async Task The_status_filter_keeps_the_readers_verdicts(string query, string[] expected) =>
        Assert.Equal(expected.Select(Id).Order(), RowIds(await Page("/claims?" + query)).Order());

    [Fact]
    public async Task Author_speaker_and_entity_filters_narrow_each_other()
    {
        var young = await Page("/claims?author=Cathy+Young");
        Assert.All(Rows(young), r => Assert.Contains("Cathy Young", r.QuerySelector(".author")!.TextContent));
        var putin = await Page("/claims?author=Cathy+Young&speaker=Vladimir+Putin");
        Assert.InRange(Total(putin), 1, Total(young) - 1);
        Assert.Equal(FacetCount(young, "speaker", "Vladimir Putin"), Total(putin));
        var mentions = await Page("/claims?entity=Lloyd+Austin");
        Assert.All(Rows(mentions), r => Assert.Contains("North Korean", r.QuerySelector("cite")!.TextContent));
        Assert.Equal(FacetCount(await Page("/claims"), "entity", "Lloyd Austin"), Total(mentions));
    }

    [Theory]
    [InlineData("from=2025-01", new[] { "2025-12" })]
    [InlineData("to=2022-12-31", new[] { "2022-10" })]
    [InlineData("from=2024-10-15&to=2024-10-15", new[] { "2024-10" })] // month precision: October may hold the 15th
    [InlineData("from=2022&to=2024-10", new[] { "2022-10", "2024-10" })]
    [InlineData("from=2024-11&to=2025-11", new string[0])]
    public async Task The_published_range_keeps_articles_that_may_fall_within_it(string query, string[] months)
    {
        var claims = JsonDocument.Parse(await _client.GetStringAsync($"/claims?{query}&format=json")).RootElement.EnumerateArray();
        Assert.Equal(months, claims.Select(c => c.GetProperty("published").GetString()!).Distinct().Order());
        Assert.Equal(claims.Count(), Total(await Page($"/claims?{query}")));
    }

    [Fact]
    public async Task A_date_that_is_not_a_date_is_explained_and_left_open()
    {
        var page = await Page("/claims?from=October+2024");
        Assert.Contains("is not a date", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(AllClaims - 1, Total(page));
    }

    [Fact]
    public async Task Sorting_by_score_or_article_reorders_the_list()
    {
        var scores = Rows(await Page("/claims?sort=score")).Select(r => double.Parse(r.QuerySelector(".claim-row-source")!.TextContent.Split("Check-worthiness")[1].Trim())).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        var titles = Rows(await Page("/claims?sort=article")).Select(r => r.QuerySelector("cite")!.TextContent).Distinct().ToList();
        Assert.Equal("A Naked Desperation to Be Seen", titles[0]);
        var dates = Rows(await Page("/claims")).Select(r => r.QuerySelector("time")!.GetAttribute("datetime")).ToList();
        Assert.Equal("2025-12", dates[0]);
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task Each_facet_value_links_to_the_list_with_it_added_or_removed()
    {
        var page = await Page("/claims?type=statistic&sort=score");
        Assert.Equal("/claims?type=statistic&type=quote&sort=score", Facet(page, "type", "quote").GetAttribute("href"));
        Assert.Equal("/claims?sort=score", Facet(page, "type", "statistic").GetAttribute("href"));
        Assert.Equal("/claims?type=statistic&tag=mars&sort=score", Facet(page, "tag", "mars").GetAttribute("href"));
        Assert.Contains("Type: Statistic", page.QuerySelector(".active-filters")!.TextContent);
    }

    [Fact]
    public async Task The_filter_form_is_a_plain_get_form_holding_the_whole_state()
    {
        var page = await Page("/claims?type=statistic&tag=mars&tagMode=or&from=2024&sort=score&unmarked=true");
        var form = page.QuerySelector("form#claim-filters")!;
        Assert.Equal(("get", "/claims"), (form.GetAttribute("method"), form.GetAttribute("action")));
        Assert.NotNull(form.QuerySelector("input[name=type][value=statistic][checked]"));
        Assert.NotNull(form.QuerySelector("input[name=tag][value=mars][checked]"));
        Assert.NotNull(form.QuerySelector("input[name=tagMode][value=or][checked]"));
        Assert.Equal("2024", form.QuerySelector("input[name=from]")!.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector("select[name=sort] option[value=score][selected]"));
    }

    [Fact]
    public async Task Pages_follow_each_other_and_a_page_past_the_end_goes_to_the_last()
    {
        var first = RowIds(await Page("/claims"));
        var second = await Page("/claims?p=2");
        Assert.Contains("Showing 51–100 of", second.QuerySelector(".showing")!.TextContent);
        Assert.Empty(first.Intersect(RowIds(second)));
        Assert.Equal("/claims?p=3", second.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        var response = await _client.GetAsync("/claims?type=evaluation&p=99");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/claims?type=evaluation&p=2", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_csv_export_holds_every_filtered_claim_quoted_with_a_header_row()
    {
        var response = await _client.GetAsync("/claims?type=statistic&type=prediction&sort=score&format=csv");
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("claims.csv", response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("id,text,type,extracted_type,status,evidence_url,tags,speaker,unmarked,article,author,published,score,url", lines[0]);
        var total = Total(await Page("/claims?type=statistic&type=prediction"));
        Assert.Equal(total, lines.Length - 2); // header, rows, and the empty string after the last line break
        var musk = lines.Single(l => l.StartsWith(_seed.Musk.Id + ",", StringComparison.Ordinal));
        Assert.Contains(",statistic,statistic,false,https://example.org/evidence,energy; mars,Fred Kaplan,false,", musk);
        Assert.StartsWith($"{_seed.Musk.Id},\"{_seed.Musk.Text}\",", musk); // commas inside: quoted
        Assert.Contains(",Elon Musk Stole My Old Plan for Peace in Ukraine. Too Bad It Doesn’t Make Sense Anymore.,", musk); // UTF-8, unquoted
        var despite = lines.Single(l => l.StartsWith(_seed.Despite.Id + ",", StringComparison.Ordinal));
        Assert.Contains(",prediction,evaluation,supported,,energy,", despite);
        Assert.Contains($"/articles/{_seed.Musk.ArticleSlug}?claim={_seed.Musk.Id}#claim-{_seed.Musk.Id}", musk);
    }

    [Fact]
    public async Task The_json_export_holds_the_same_claims_with_their_ids()
    {
        var response = await _client.GetAsync("/claims?tag=energy&tag=mars&tagMode=or&format=json");
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var claims = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().ToList();
        Assert.Equal(new[] { "Musk", "Despite", "Troops" }.Select(Id).Order(), claims.Select(c => c.GetProperty("id").GetInt64()).Order());
        var despite = claims.Single(c => c.GetProperty("id").GetInt64() == _seed.Despite.Id);
        Assert.Equal(("prediction", "evaluation", "supported"), (despite.GetProperty("type").GetString(), despite.GetProperty("extractedType").GetString(), despite.GetProperty("status").GetString()));
        Assert.Equal(_seed.Despite.ArticleId, despite.GetProperty("articleId").GetInt64());
        Assert.True(despite.GetProperty("annotationId").GetInt64() > 0);
        Assert.Equal("energy", despite.GetProperty("tags")[0].GetProperty("name").GetString());
        Assert.True(despite.GetProperty("tags")[0].GetProperty("id").GetInt64() > 0);
        Assert.Equal(_seed.Despite.Text, despite.GetProperty("text").GetString());
        foreach (var field in new[] { "speaker", "speakerEntityId", "articleSlug", "articleTitle", "author", "published", "score", "url", "unmarked", "evidenceUrl" })
            Assert.True(despite.TryGetProperty(field, out _), field);
    }

    [Fact]
    public async Task Exports_leave_out_unmarked_claims_unless_included_and_ignore_paging()
    {
        var csv = await _client.GetStringAsync("/claims?format=csv&p=3");
        Assert.Equal(AllClaims - 1, csv.Split("\r\n").Length - 2);
        var json = JsonDocument.Parse(await _client.GetStringAsync("/claims?format=json&unmarked=true")).RootElement;
        Assert.Equal(AllClaims, json.GetArrayLength());
        Assert.True(json.EnumerateArray().Single(c => c.GetProperty("id").GetInt64() == _seed.Milley.Id).GetProperty("unmarked").GetBoolean());
    }

    [Fact]
    public async Task The_export_links_carry_the_current_filter()
    {
        var page = await Page("/claims?type=evaluation&sort=score&p=2");
        var links = page.QuerySelectorAll(".export a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/claims?type=evaluation&sort=score&format=csv", "/claims?type=evaluation&sort=score&format=json"], links);
    }

    private long Id(string name) => name switch
    {
        "Musk" => _seed.Musk.Id,
        "Despite" => _seed.Despite.Id,
        "Troops" => _seed.Troops.Id,
        _ => _seed.Milley.Id,
    };
}
