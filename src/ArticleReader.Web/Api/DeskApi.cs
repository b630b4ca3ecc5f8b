using ArticleReader.Annotations;
using ArticleReader.Storage;
using ArticleReader.Web.Accounts;
using Microsoft.AspNetCore.Antiforgery;

namespace ArticleReader.Web.Api;

public static class DeskApi
{
    public sealed record PreviewRequest(string? Markdown);

    public static void MapDeskApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/tags", (string? prefix, IAnnotationStore desk) =>
            prefix is null ? desk.Tags().Select(t => new { t.Id, t.Name, t.Colour, t.Uses }).Cast<object>() : desk.SuggestTags(prefix).Cast<object>());
        // Side-effect free: renders what a note will look like, with the same safety rules as saved notes. Only for
        // people who can write notes, and with the antiforgery header, like every other post.
        api.MapPost("/notes/preview", (PreviewRequest request) => Results.Content(NoteMarkdown.ToHtml(request.Markdown ?? ""), "text/html; charset=utf-8"))
            .RequireAuthorization(Policies.Reader)
            .WithMetadata(new RequireAntiforgeryTokenAttribute());
    }
}
