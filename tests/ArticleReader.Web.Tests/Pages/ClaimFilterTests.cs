using ArticleReader.Storage;
using ArticleReader.Web.Pages;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace ArticleReader.Web.Tests.Pages;

public class ClaimFilterTests
{
    private static ClaimFilter Parse(string query) => ClaimFilter.Parse(QueryHelpers(query));

    private static Dictionary<string, StringValues> QueryHelpers(string query) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query);

    [Theory]
    [InlineData("", "/claims")]
    [InlineData("?type=statistic&type=quote", "/claims?type=statistic&type=quote")]
    [InlineData("?tag=a&tag=b&tagMode=or", "/claims?tag=a&tag=b&tagMode=or")]
    [InlineData("?tag=a&tagMode=and", "/claims?tag=a")]                         // the default mode is left out
    [InlineData("?tagMode=or", "/claims")]                                      // a mode without tags means nothing
    [InlineData("?sort=date&p=1&from=&to=&unmarked=false", "/claims")]         // what a submitted form sends by default
    [InlineData("?sort=bogus&p=-3", "/claims")]
    [InlineData("?p=2000000", "/claims?p=1000000")]                             // capped; a page past the end goes to the last
    [InlineData("?p=99999999999", "/claims")]
    [InlineData("?author=Anne+Applebaum&speaker=the+British+government", "/claims?author=Anne%20Applebaum&speaker=the%20British%20government")]
    [InlineData("?type=quote&TYPE=Quote", "/claims?type=quote")]
    [InlineData("?entity=Ukraine&from=2024-10&to=2025&sort=score&unmarked=true&p=3", "/claims?entity=Ukraine&from=2024-10&to=2025&sort=score&unmarked=true&p=3")]
    [InlineData("?tag=%26%3D%23", "/claims?tag=%26%3D%23")]
    public void A_filter_reads_from_the_query_and_writes_back_its_canonical_url(string query, string url) =>
        Assert.Equal(url, Parse(query).Url());

    [Theory]
    [InlineData("?type=quote&p=3", "type", "statistic", "/claims?type=quote&type=statistic")]
    [InlineData("?type=quote&type=statistic", "type", "quote", "/claims?type=statistic")]
    [InlineData("?tag=Mars", "tag", "mars", "/claims")]
    [InlineData("?sort=score", "entity", "Vladimir Putin", "/claims?entity=Vladimir%20Putin&sort=score")]
    public void Toggling_a_value_adds_or_removes_it_and_starts_again_at_the_first_page(string query, string facet, string value, string url) =>
        Assert.Equal(url, Parse(query).Toggle(facet, value).Url());

    [Fact]
    public void Exports_take_every_page()
    {
        var filter = Parse("?type=quote&p=4&sort=article");
        Assert.Equal("/claims?type=quote&sort=article&format=csv", filter.Url("csv"));
        var all = filter.ToQuery(everything: true);
        Assert.Equal((0, (int?)null, false), (all.Offset, all.Limit, all.WithFacets));
        var page = filter.ToQuery(everything: false);
        Assert.Equal((150, (int?)50, true, ClaimSort.Article), (page.Offset, page.Limit, page.WithFacets, page.Sort));
    }

    [Fact]
    public void The_query_carries_every_facet_and_the_date_range()
    {
        var q = Parse("?type=quote&status=false&tag=x&tagMode=or&author=A&speaker=S&entity=E&from=2024-02&to=2024&unmarked=on").ToQuery(false);
        Assert.Equal([["quote"], ["false"], ["x"], ["A"], ["S"], ["E"]], new[] { q.Types, q.Statuses, q.Tags, q.Authors, q.Speakers, q.Entities });
        Assert.Equal((false, true), (q.AllTags, q.IncludeUnmarked));
        Assert.Equal(("2024-02-01", "2024-12-31"), (q.PublishedFrom!.First, q.PublishedTo!.Last));
    }

    [Theory]
    [InlineData("?from=2024-13&to=2025", 1)]
    [InlineData("?from=yesterday&to=2024-02-30", 2)]
    [InlineData("?from=2024&to=2024-02-29", 0)]
    public void Dates_that_are_not_dates_are_reported_and_left_open(string query, int problems)
    {
        var filter = Parse(query);
        Assert.Equal(problems, filter.Problems.Count);
        var q = filter.ToQuery(false);
        Assert.Equal(problems, new[] { q.PublishedFrom, q.PublishedTo }.Count(b => b is null));
    }

    [Fact]
    public void Options_list_fixed_vocabularies_in_order_and_keep_chosen_values_without_matches()
    {
        var filter = Parse("?status=false&tag=gone");
        var statuses = filter.Options("status", [new FacetValue("unreviewed", 10), new FacetValue("false", 2)]);
        Assert.Equal(["unreviewed", "supported", "disputed", "false", "misleading", "unverifiable", "opinion"], statuses.Select(o => o.Value));
        Assert.Equal(new FacetOption("false", "False", 2, true, "/claims?tag=gone"), statuses[3]);
        Assert.Equal(0, statuses[1].Count);
        var tags = filter.Options("tag", [new FacetValue("energy", 3)]);
        Assert.Equal([("energy", 3, false), ("gone", 0, true)], tags.Select(o => (o.Value, o.Count, o.Selected)));
    }

    [Fact]
    public void Active_filters_each_link_to_the_list_without_them()
    {
        var active = Parse("?type=quote&from=2024&to=nonsense&unmarked=true").Active();
        Assert.Equal([("Type: Quote", "/claims?from=2024&to=nonsense&unmarked=true"), ("From 2024", "/claims?type=quote&to=nonsense&unmarked=true"),
            ("Including claims marked “not a claim”", "/claims?type=quote&from=2024&to=nonsense")], active.Select(a => (a.Label, a.RemoveUrl)));
    }

    [Theory]
    [InlineData(1, 1, new[] { 1 })]
    [InlineData(3, 9, new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9 })]
    [InlineData(1, 20, new[] { 1, 2, 3, 0, 20 })]
    [InlineData(10, 20, new[] { 1, 0, 8, 9, 10, 11, 12, 0, 20 })]
    [InlineData(19, 20, new[] { 1, 0, 17, 18, 19, 20 })]
    public void Page_links_show_the_ends_and_the_neighbourhood_with_gaps(int current, int count, int[] links) =>
        Assert.Equal(links, ClaimFilter.PageLinks(current, count));
}
