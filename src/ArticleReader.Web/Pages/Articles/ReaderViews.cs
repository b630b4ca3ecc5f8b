using ArticleReader.Annotations;
using ArticleReader.Storage;

namespace ArticleReader.Web.Pages.Articles;

// Everything the reader shows about the reader's own work on one article, loaded once per request.
public sealed record ReaderDesk(
    IReadOnlyList<ClaimView> Claims,
    IReadOnlyList<AnnotationRecord> Highlights,
    IReadOnlyList<AnnotationRecord> Orphans,
    IReadOnlyDictionary<long, IReadOnlyList<HighlightSpan>> HighlightsByBlock,
    IReadOnlyDictionary<long, IReadOnlyList<AnnotationTag>> TagsByAnnotation,
    IReadOnlyList<SentenceRecord> Sentences)
{
    public IReadOnlyList<ClaimView> ClaimsOf(long blockId) => Claims.Where(c => c.Claim.BlockId == blockId && !c.Unmarked).ToList();
    public IReadOnlyList<HighlightSpan> HighlightsOf(long blockId) => HighlightsByBlock.GetValueOrDefault(blockId) ?? [];
    public IReadOnlyList<AnnotationTag> TagsOf(long annotationId) => TagsByAnnotation.GetValueOrDefault(annotationId) ?? [];
}

public sealed record ClaimPanel(ClaimView View, IReadOnlyList<ClaimEntity> Entities, IReadOnlyList<HistoryRecord> History, string NoteHtml,
    ClaimView? Previous, ClaimView? Next)
{
    public IReadOnlyList<RelatedClaimRecord> Related { get; init; } = [];
    public IReadOnlyList<ClaimLinkRecord> Links { get; init; } = [];
    public IReadOnlyList<ClaimRecord> Dismissed { get; init; } = [];
}

public sealed class ReaderViews(IClaimStore claims, IAnnotationStore annotations, IRelatedStore related, IClaimLinkStore links)
{
    public ReaderDesk Desk(ArticleDetail detail)
    {
        var articleId = detail.Article.Id;
        var all = annotations.ForArticle(articleId);
        var tags = annotations.TagsOf(all.Select(a => a.Id).ToList()).GroupBy(t => t.AnnotationId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<AnnotationTag>)g.ToList());
        var byClaim = all.Where(a => a.Kind == "claim" && a.ClaimId is not null).ToDictionary(a => a.ClaimId!.Value);
        var records = claims.ForArticle(articleId);
        var counts = related.RelatedCounts(records.Select(c => c.Id).ToList());
        var views = records.Select(c =>
        {
            var annotation = byClaim.GetValueOrDefault(c.Id);
            return new ClaimView(c, annotation, annotation is null ? [] : tags.GetValueOrDefault(annotation.Id) ?? [])
                { RelatedCount = counts.GetValueOrDefault(c.Id) };
        }).ToList();

        var text = new ArticleText(detail.Blocks.Select(b => (b.Id, b.Text)));
        var highlights = all.Where(a => a.Kind == "highlight" && a.StartOffset is not null).ToList();
        var spans = highlights.SelectMany(h => text.Spans(h.StartOffset!.Value, h.EndOffset!.Value).Select(s => (s.BlockId, Span: new HighlightSpan(h.Id, s.Start, s.End))))
            .GroupBy(x => x.BlockId).ToDictionary(g => g.Key, g => (IReadOnlyList<HighlightSpan>)g.Select(x => x.Span).ToList());
        var orphans = all.Where(a => a.AnchorState == "orphaned" || (a.Kind == "claim" && a.ClaimId is null && a.AnchorState != "orphaned" && a.ClaimOverride != false)).ToList();
        return new ReaderDesk(views, highlights, orphans, spans, tags, claims.SentencesForArticle(articleId));
    }

    public ClaimPanel? Panel(ReaderDesk desk, long claimId)
    {
        var index = desk.Claims.ToList().FindIndex(c => c.Id == claimId);
        if (index < 0) return null;
        var view = desk.Claims[index];
        return new ClaimPanel(view, claims.EntitiesForClaims([claimId]),
            view.Annotation is null ? [] : annotations.History(view.Annotation.Id),
            NoteMarkdown.ToHtml(view.Annotation?.Note ?? ""),
            index > 0 ? desk.Claims[index - 1] : null, index + 1 < desk.Claims.Count ? desk.Claims[index + 1] : null)
        {
            Related = related.Related(claimId) ?? [],
            Links = links.ForClaim(claimId),
            Dismissed = links.DismissedFor(claimId).Select(claims.Find).OfType<ClaimRecord>().ToList(),
        };
    }
}
