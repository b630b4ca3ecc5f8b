using ArticleReader.Ingestion;
using ArticleReader.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArticleReader.Web.Pages;

// Upload files or paste text; the same ingestion path as the CLI, one result per file.
[RequestSizeLimit(UploadLimits.MaxRequestBytes)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(ArticleReader.Web.Infrastructure.Hardening.ImportPolicy)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.MaxRequestBytes)]
public sealed class AddModel(Ingester ingester) : PageModel, ITitled
{
    public string PageTitle => "Add articles";
    public IReadOnlyList<IngestFileResult> Results { get; private set; } = [];

    [BindProperty] public List<IFormFile> Files { get; set; } = [];
    [BindProperty] public string? PastedText { get; set; }
    [BindProperty] public string? PastedTitle { get; set; }

    public void OnGet() { }

    public IActionResult OnPost()
    {
        var results = new List<IngestFileResult>();
        foreach (var file in Files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)))
            results.Add(UploadLimits.TooLarge(file) ?? ingester.IngestUpload(file.FileName, ReadAll(file)));
        if (!string.IsNullOrWhiteSpace(PastedText))
            results.Add(ingester.IngestPaste(PastedTitle, PastedText));
        if (results.Any(r => r.Status is IngestStatus.Created or IngestStatus.Replaced)) ingester.ResolveEntities();
        if (results.Count == 0) ModelState.AddModelError(string.Empty, "Choose at least one file or paste some text.");
        Results = results;
        return Page();
    }

    private static byte[] ReadAll(IFormFile file)
    {
        using var stream = new MemoryStream((int)file.Length);
        file.CopyTo(stream);
        return stream.ToArray();
    }
}

public static class UploadLimits
{
    public const long MaxFileBytes = 5 * 1024 * 1024;
    public const long MaxRequestBytes = 64 * 1024 * 1024;

    public static IngestFileResult? TooLarge(IFormFile file) => file.Length <= MaxFileBytes ? null
        : new IngestFileResult(file.FileName, "upload:" + file.FileName, IngestStatus.Failed, 0, 0,
            $"the file is {file.Length / (1024.0 * 1024):0.0} MB; the limit is {MaxFileBytes / (1024 * 1024)} MB per file", [], [], TimeSpan.Zero);
}
