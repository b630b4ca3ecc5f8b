using System.Net;
using ArticleReader.Storage;
using ArticleReader.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleReader.Web.Tests.Accounts;

// Owner versus non-owner through the real forms: what one person keeps private nobody else sees or touches; a
// shared highlight is everyone's to read and its owner's to change.
public sealed class OwnershipTests(OwnershipTests.Factory app) : IClassFixture<OwnershipTests.Factory>
{
    public sealed class Factory : AppFactory
    {
        protected override bool AnonymousReading => false;
    }

    private (string Slug, long ArticleId, long BlockId) Paragraph()
    {
        var articles = app.Services.GetRequiredService<IArticleStore>();
        var detail = articles.FindArticle(articles.ListArticles()[0].Slug)!;
        return (detail.Article.Slug, detail.Article.Id, detail.Blocks.First(b => b.Text.Length > 40).Id);
    }

    private static async Task<HttpResponseMessage> Post(HttpClient client, string handler, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(client, "/account/login");
        return await client.PostAsync($"/desk?handler={handler}", new FormUrlEncodedContent(fields));
    }

    private async Task<AnnotationRecord> Highlight(HttpClient client, string note, string? visibility = null)
    {
        var (_, articleId, blockId) = Paragraph();
        var fields = new Dictionary<string, string> { ["articleId"] = $"{articleId}", ["blockId"] = $"{blockId}", ["start"] = "0", ["end"] = "15", ["note"] = note };
        if (visibility is not null) fields["visibility"] = visibility;
        var response = await Post(client, "Highlight", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("deskError", response.Headers.Location!.ToString());
        return app.Services.GetRequiredService<AnnotationStore>().ForArticle(articleId).Where(a => a.Note == note).Single();
    }

    [Fact]
    public async Task A_private_highlight_is_shown_to_its_owner_only_and_nobody_else_can_change_it()
    {
        using var owner = app.CreateClientAs("reader", "olive");
        using var other = app.CreateClientAs("reader", "oscar");
        using var admin = app.CreateClientAs("admin");
        var mine = await Highlight(owner, "olive's private thought");
        Assert.Equal("private", mine.Visibility);

        var slug = Paragraph().Slug;
        Assert.Contains("olive's private thought", await owner.GetStringAsync($"/articles/{slug}"));
        foreach (var stranger in new[] { other, admin })
        {
            var page = await stranger.GetStringAsync($"/articles/{slug}");
            Assert.DoesNotContain($"highlight-{mine.Id}\"", page);
            Assert.DoesNotContain("private thought", page);
            var note = await Post(stranger, "HighlightNote", new() { ["annotationId"] = $"{mine.Id}", ["note"] = "overwritten" });
            Assert.Contains("deskError", note.Headers.Location!.ToString()); // "no annotation has the id": its existence is not revealed
            await Post(stranger, "DeleteHighlight", new() { ["annotationId"] = $"{mine.Id}" });
        }
        var after = app.Services.GetRequiredService<AnnotationStore>().Find(mine.Id)!;
        Assert.Equal("olive's private thought", after.Note);
    }

    [Fact]
    public async Task A_shared_highlight_is_read_by_all_changed_by_its_owner_and_deleted_by_an_admin()
    {
        using var owner = app.CreateClientAs("editor", "edith");
        using var otherEditor = app.CreateClientAs("editor", "edgar");
        using var reader = app.CreateClientAs("reader");
        using var admin = app.CreateClientAs("admin");
        var shared = await Highlight(owner, "edith's shared reading", "shared");
        Assert.Equal("shared", shared.Visibility);
        Assert.Contains("edith's shared reading", await reader.GetStringAsync($"/articles/{Paragraph().Slug}"));

        foreach (var notOwner in new[] { otherEditor, reader })
        {
            var response = await Post(notOwner, "HighlightNote", new() { ["annotationId"] = $"{shared.Id}", ["note"] = "not yours" });
            Assert.Contains("/account/denied", response.Headers.Location!.ToString());
        }
        var edit = await Post(owner, "HighlightNote", new() { ["annotationId"] = $"{shared.Id}", ["note"] = "edith's second thought" });
        Assert.DoesNotContain("deskError", edit.Headers.Location!.ToString());
        Assert.Equal("edith's second thought", app.Services.GetRequiredService<AnnotationStore>().Find(shared.Id)!.Note);

        var denied = await Post(otherEditor, "DeleteHighlight", new() { ["annotationId"] = $"{shared.Id}" });
        Assert.Contains("/account/denied", denied.Headers.Location!.ToString());
        await Post(admin, "DeleteHighlight", new() { ["annotationId"] = $"{shared.Id}" });
        Assert.Null(app.Services.GetRequiredService<AnnotationStore>().Find(shared.Id));
    }

    [Fact]
    public async Task A_reader_cannot_share_and_the_history_names_who_did_what()
    {
        using var reader = app.CreateClientAs("reader", "rhea");
        var (_, articleId, blockId) = Paragraph();
        var refused = await Post(reader, "Highlight", new()
        {
            ["articleId"] = $"{articleId}", ["blockId"] = $"{blockId}", ["start"] = "0", ["end"] = "9", ["note"] = "rhea tries to share", ["visibility"] = "shared",
        });
        Assert.Contains("/account/denied", refused.Headers.Location!.ToString());
        Assert.DoesNotContain(app.Services.GetRequiredService<AnnotationStore>().ForArticle(articleId), a => a.Note == "rhea tries to share");
        var kept = await Highlight(reader, "rhea keeps this");
        Assert.Equal("rhea", app.Services.GetRequiredService<AnnotationStore>().History(kept.Id).Last().Actor);
    }
}
