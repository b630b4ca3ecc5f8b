namespace ArticleReader.Predictions;

public static class PredictionOutcomes
{
    public const string Pending = "pending";
    public const string CameTrue = "came-true";
    public const string DidNot = "did-not";
    public const string Unclear = "unclear";

    public static readonly IReadOnlyList<(string Outcome, string Label)> All =
        [(Pending, "Pending"), (CameTrue, "Came true"), (DidNot, "Did not come true"), (Unclear, "Unclear")];

    public static bool IsKnown(string outcome) => All.Any(o => o.Outcome == outcome);

    public static string Label(string outcome) => All.FirstOrDefault(o => o.Outcome == outcome).Label ?? outcome;
}
