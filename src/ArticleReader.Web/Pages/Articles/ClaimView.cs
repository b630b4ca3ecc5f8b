using ArticleReader.Storage;

namespace ArticleReader.Web.Pages.Articles;

// A claim as the reader shows it: the extractor's record with the reader's own judgement laid over it
// (a corrected type, a status, tags). Corrections win over the extractor.
public sealed record ClaimView(ClaimRecord Claim, AnnotationRecord? Annotation, IReadOnlyList<AnnotationTag> Tags)
{
    // Related claims by other authors, as many as the claim panel lists (for the reader's "↔ n" marker).
    public int RelatedCount { get; init; }

    public long Id => Claim.Id;
    public string Type => Annotation?.TypeOverride ?? Claim.Type;
    public string Status => Annotation?.Status ?? "unreviewed";
    public bool Unmarked => Annotation?.ClaimOverride == false;
    public bool HasNote => !string.IsNullOrEmpty(Annotation?.Note);
    public string Speaker => Claim.SpeakerEntityName ?? Claim.Speaker ?? "the author";

    public string Card => $"{ClaimLabels.Type(Type)} · {ClaimLabels.Status(Status)}\nSpeaker: {Speaker}\nSounds {Claim.Hedge} · check-worthiness {Claim.Score:0.00}"
        + (Tags.Count > 0 ? "\nTags: " + string.Join(", ", Tags.Select(t => t.Name)) : "");
}
