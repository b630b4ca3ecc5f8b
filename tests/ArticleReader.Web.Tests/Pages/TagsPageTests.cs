using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ArticleReader.Storage;
using ArticleReader.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleReader.Web.Tests.Pages;

// Each test makes its own tags (unique names) on the shared app, so the tests do not depend on each other.
public class TagsPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private readonly HttpClient _client = app.CreateClientAs("admin", allowAutoRedirect: true);
    private IAnnotationStore Desk => app.Services.GetRequiredService<AnnotationStore>();

    private TagRecord NewTag(string name, int claims = 1)
    {
        var store = app.Services.GetRequiredService<IClaimStore>();
        foreach (var claim in store.Search(new ClaimQuery { Sort = ClaimSort.Score, Limit = claims, WithFacets = false }).Rows)
            Desk.AddTag(claim.Id, name);
        return Tag(name)!;
    }

    private TagRecord? Tag(string name) => Desk.Tags().SingleOrDefault(t => t.Name == name);

    private async Task<IDocument> Page(string url = "/tags") =>
        new HtmlParser().ParseDocument(await _client.GetStringAsync(url));

    private async Task<(HttpStatusCode Status, IDocument Page)> Post(string handler, long tagId, params (string, string)[] fields)
    {
        var form = (await Page()).QuerySelector($"#tag-{tagId} form[action*='handler={handler}']")
            ?? throw new Xunit.Sdk.XunitException($"no {handler} form for tag {tagId}");
        var values = form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value")!))
            .Concat(fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
        var response = await _client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(values));
        return (response.StatusCode, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Every_tag_shows_its_colour_uses_and_a_link_to_its_claims()
    {
        var tag = NewTag("listed tag", claims: 3);
        Desk.RecolourTag(tag.Id, "#aa3300");
        var row = (await Page()).QuerySelector($"#tag-{tag.Id}")!;
        Assert.Equal("/claims?tag=listed%20tag", row.QuerySelector("a.tag-name")!.GetAttribute("href"));
        Assert.Contains("3 uses", row.TextContent);
        Assert.Contains("--tag: #aa3300", row.GetAttribute("style"));
        Assert.Equal("#aa3300", row.QuerySelector("input[type=color]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Renaming_a_tag_keeps_it_on_its_claims_and_says_so()
    {
        var tag = NewTag("old name", claims: 2);
        var (status, page) = await Post("Rename", tag.Id, ("name", "new name"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("“old name” is now “new name”.", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Null(Tag("old name"));
        Assert.Equal(2, Tag("new name")!.Uses);
    }

    [Theory]
    [InlineData("taken name", "A tag named 'taken name' exists already; merge the two instead.")]
    [InlineData("   ", "A tag needs a name.")]
    public async Task A_refused_rename_shows_why_on_the_page_and_changes_nothing(string name, string message)
    {
        var tag = NewTag("keeps its name " + name.Trim().Length);
        NewTag("taken name");
        var (status, page) = await Post("Rename", tag.Id, ("name", name));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(message, page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("true", page.QuerySelector($"#rename-{tag.Id}")!.GetAttribute("aria-invalid"));
        Assert.Equal(string.IsNullOrWhiteSpace(name) ? tag.Name : name, page.QuerySelector($"#rename-{tag.Id}")!.GetAttribute("value")); // what was typed stays
        Assert.NotNull(Tag(tag.Name));
    }

    [Fact]
    public async Task Recolouring_takes_a_hex_colour_and_refuses_anything_else()
    {
        var tag = NewTag("recoloured");
        await Post("Recolour", tag.Id, ("colour", "#12AB9f"));
        Assert.Equal("#12ab9f", Tag("recoloured")!.Colour);
        var (_, page) = await Post("Recolour", tag.Id, ("colour", "red; background: url(x)"));
        Assert.Contains("A colour is written #rrggbb.", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("#12ab9f", Tag("recoloured")!.Colour);
    }

    [Fact]
    public async Task Merging_moves_the_claims_to_the_other_tag_and_removes_the_first()
    {
        var from = NewTag("merge from", claims: 3);
        var into = NewTag("merge into", claims: 1); // the top claim carries both
        var (_, page) = await Post("Merge", from.Id, ("intoTagId", into.Id.ToString()));
        Assert.Contains("“merge from” was merged into “merge into”, which now has 3 uses.", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Null(Tag("merge from"));
        Assert.Equal(3, Tag("merge into")!.Uses);
    }

    [Fact]
    public async Task Merging_a_tag_into_itself_is_refused_on_the_page()
    {
        var tag = NewTag("self merge");
        var (status, page) = await Post("Merge", tag.Id, ("intoTagId", tag.Id.ToString()));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("A tag cannot be merged into itself.", page.QuerySelector("[role=alert]")!.TextContent);
    }

    [Fact]
    public async Task Deleting_asks_first_on_a_page_of_its_own_then_deletes()
    {
        var tag = NewTag("doomed", claims: 2);
        Assert.Null((await Page()).QuerySelector("#confirm-delete"));
        var ask = await Page($"/tags?delete={tag.Id}");
        var confirm = ask.QuerySelector($"#tag-{tag.Id} #confirm-delete")!;
        Assert.Contains("Delete the tag “doomed”?", confirm.TextContent);
        Assert.Contains("the 2 claims and highlights that carry it", confirm.TextContent);
        Assert.NotNull(Tag("doomed"));                                  // asking changed nothing
        var token = confirm.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await _client.PostAsync(confirm.QuerySelector("form")!.GetAttribute("action"),
            new FormUrlEncodedContent([new("tagId", tag.Id.ToString()), new("__RequestVerificationToken", token)]));
        Assert.Contains("“doomed” was deleted", await response.Content.ReadAsStringAsync());
        Assert.Null(Tag("doomed"));
    }

    [Fact]
    public async Task Deleting_a_tag_that_is_gone_already_says_so()
    {
        var tag = NewTag("gone twice");
        var form = (await Page($"/tags?delete={tag.Id}")).QuerySelector("#confirm-delete form")!;
        Desk.DeleteTag(tag.Id);
        var response = await _client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(
            [new("tagId", tag.Id.ToString()), new("__RequestVerificationToken", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No such tag.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_rejected()
    {
        var tag = NewTag("guarded");
        var response = await _client.PostAsync("/tags?handler=Delete", new FormUrlEncodedContent([new("tagId", tag.Id.ToString())]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(Tag("guarded"));
    }
}
