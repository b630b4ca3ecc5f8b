using ArticleReader.Predictions;
using ArticleReader.Storage;
using ArticleReader.Tests.Support;

namespace ArticleReader.Tests.Storage;

// Predictions on the seeds: due dates parsed from their time references, outcomes kept through re-ingest.
public sealed class PredictionStoreTests : IDisposable
{
    private readonly SeededLibrary _lib = new();
    private readonly PredictionStore _predictions;
    private readonly AnnotationStore _desk;

    private const string IntoNextYear = "And so, regardless of how many gourmet meals";
    private const string NextFewMonths = "In other words, at least for the next few months";

    public PredictionStoreTests()
    {
        _predictions = new PredictionStore(_lib.Db);
        _desk = new AnnotationStore(_lib.Db);
    }

    private TrackedClaim Prediction(string prefix) => _predictions.Predictions().Single(p => p.Text.StartsWith(prefix, StringComparison.Ordinal));

    [Theory]
    [InlineData(IntoNextYear, "2026-12-31", "into 2026")]
    [InlineData(NextFewMonths, "2023-01-31", "the next few months")]
    public void Due_dates_are_parsed_from_the_claims_time_references(string prefix, string due, string basis)
    {
        var p = Prediction(prefix);
        Assert.Equal((due, basis), (p.ParsedDue!.Date.ToString("yyyy-MM-dd"), p.ParsedDue.Basis));
        Assert.Equal(p.ParsedDue.Date, p.Due);
        Assert.Equal(PredictionOutcomes.Pending, p.Outcome);
    }

    [Fact]
    public void Only_predictions_are_listed_and_most_have_no_parsed_date()
    {
        var all = _predictions.Predictions();
        Assert.True(all.Count > 30);
        Assert.All(all, p => Assert.Equal("prediction", p.Type));
        Assert.Contains(all, p => p.ParsedDue is null);
    }

    [Fact]
    public void An_outcome_with_evidence_and_a_reader_due_date_is_stored_on_the_claims_annotation_with_history()
    {
        var claim = Prediction(IntoNextYear);
        var tracked = _predictions.Track(claim.ClaimId, PredictionOutcomes.CameTrue, "2026-01-15", "https://example.org/war-2026", "still fighting in January");
        Assert.Equal((PredictionOutcomes.CameTrue, "2026-01-15", "https://example.org/war-2026"), (tracked.Outcome, tracked.ReaderDueDate, tracked.OutcomeEvidenceUrl));
        Assert.Equal(new DateOnly(2026, 1, 15), tracked.Due);
        var annotation = _desk.ForClaim(claim.ClaimId)!;
        Assert.Equal(annotation.Id, tracked.AnnotationId);
        Assert.Contains(_desk.History(annotation.Id), h => h.Field == "outcome" && h.OldValue == "pending" && h.NewValue == "came-true");
        Assert.Contains(_desk.History(annotation.Id), h => h.Field == "due date" && h.NewValue == "2026-01-15");
        // Clearing the reader's date falls back to the parsed one.
        Assert.Equal(new DateOnly(2026, 12, 31), _predictions.Track(claim.ClaimId, PredictionOutcomes.CameTrue, "", "https://example.org/war-2026").Due);
    }

    [Theory]
    [InlineData("came-true", "javascript:alert(1)", null)]
    [InlineData("came-true", "/relative", null)]
    [InlineData("maybe", null, null)]
    [InlineData("pending", null, "next spring")]
    public void Unsafe_links_unknown_outcomes_and_unreadable_dates_are_refused(string outcome, string? url, string? due)
    {
        var claim = Prediction(NextFewMonths);
        Assert.Throws<DeskException>(() => _predictions.Track(claim.ClaimId, outcome, due, url));
        Assert.Equal(PredictionOutcomes.Pending, Prediction(NextFewMonths).Outcome);
    }

    [Fact]
    public void Outcomes_survive_reingesting_an_edited_file()
    {
        var claim = Prediction(IntoNextYear);
        _predictions.Track(claim.ClaimId, PredictionOutcomes.DidNot, "2026-03-01", "https://example.org/peace");
        _lib.Edit("001", t => t.Replace("Putin is simply playing for time", "Putin is plainly playing for time"));
        var after = Prediction(IntoNextYear);
        Assert.Equal((PredictionOutcomes.DidNot, "2026-03-01", "https://example.org/peace"), (after.Outcome, after.ReaderDueDate, after.OutcomeEvidenceUrl));
        Assert.Equal(claim.Text, after.Text);
    }

    public void Dispose() => _lib.Dispose();
}
