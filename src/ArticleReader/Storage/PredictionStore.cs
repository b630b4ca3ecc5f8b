using ArticleReader.Predictions;
using Dapper;

namespace ArticleReader.Storage;

public interface IPredictionStore
{
    IReadOnlyList<TrackedClaim> Predictions();
    // dueDate: "yyyy-MM-dd" (or "yyyy-MM", "yyyy": the end of that period); empty means the date parsed from the claim.
    TrackedClaim Track(long claimId, string outcome, string? dueDate, string? evidenceUrl, string? note = null);
}

// SQL for the reader's tracking of predictions. Kept on the claim's annotation, so it survives re-ingest
// the way a status does.
public sealed class PredictionStore(Database database) : IPredictionStore
{
    private sealed record Stored(string? DueDate, string Outcome, string? EvidenceUrl, string Note);

    public IReadOnlyList<TrackedClaim> Predictions() => new TrackedClaimStore(database).Predictions();

    public TrackedClaim Track(long claimId, string outcome, string? dueDate, string? evidenceUrl, string? note = null)
    {
        if (!PredictionOutcomes.IsKnown(outcome))
            throw new DeskException($"'{outcome}' is not an outcome; use one of {string.Join(", ", PredictionOutcomes.All.Select(o => o.Outcome))}");
        string? due = null;
        if (!string.IsNullOrWhiteSpace(dueDate))
            due = (DueDates.ParseReaderDate(dueDate) ?? throw new DeskException("A due date is written YYYY-MM-DD.")).ToString("yyyy-MM-dd");
        var url = AnnotationStore.SafeUrl(evidenceUrl);
        var cleanNote = (note ?? "").Trim();
        if (cleanNote.Length > 2000) throw new DeskException("An outcome note is limited to 2,000 characters.");

        using var c = database.Open();
        using var tx = c.BeginTransaction();
        var annotation = AnnotationStore.ClaimAnnotation(c, tx, claimId);
        var before = c.QuerySingleOrDefault<Stored>(
            "SELECT due_date, outcome, evidence_url, note FROM prediction_outcomes WHERE annotation_id = @Id", new { annotation.Id }, tx)
            ?? new Stored(null, PredictionOutcomes.Pending, null, "");
        var now = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ");
        c.Execute("""
            INSERT INTO prediction_outcomes (annotation_id, due_date, outcome, evidence_url, note, updated_at)
            VALUES (@Id, @due, @outcome, @url, @cleanNote, @now)
            ON CONFLICT(annotation_id) DO UPDATE SET due_date = excluded.due_date, outcome = excluded.outcome,
                evidence_url = excluded.evidence_url, note = excluded.note, updated_at = excluded.updated_at
            """, new { annotation.Id, due, outcome, url, cleanNote, now }, tx);
        if (before.Outcome != outcome || before.EvidenceUrl != url)
            AnnotationStore.RecordChange(c, tx, annotation.Id, "outcome", before.Outcome, outcome, url is null ? null : $"evidence: {url}");
        if (before.DueDate != due) AnnotationStore.RecordChange(c, tx, annotation.Id, "due date", before.DueDate, due);
        if (before.Note != cleanNote) AnnotationStore.RecordChange(c, tx, annotation.Id, "outcome note", before.Note, cleanNote);
        c.Execute("UPDATE annotations SET updated_at = @now WHERE id = @Id", new { now, annotation.Id }, tx);
        tx.Commit();
        return new TrackedClaimStore(database).Find(claimId) ?? throw new DeskException($"Claim {claimId} is marked as not a claim.");
    }
}
