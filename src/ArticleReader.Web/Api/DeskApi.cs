using ArticleReader.Annotations;
using ArticleReader.Storage;

namespace ArticleReader.Web.Api;

public static class DeskApi
{
    public sealed record PreviewRequest(string? Markdown);

    public static void MapDeskApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/tags", (string? prefix, IAnnotationStore desk) =>
            prefix is null ? desk.Tags().Select(t => new { t.Id, t.Name, t.Colour, t.Uses }).Cast<object>() : desk.SuggestTags(prefix).Cast<object>());
        // Side-effect free: renders what a note will look like, with the same safety rules as saved notes.
        api.MapPost("/notes/preview", (PreviewRequest request) => Results.Content(NoteMarkdown.ToHtml(request.Markdown ?? ""), "text/html; charset=utf-8"))
            .DisableAntiforgery();
    }
}
