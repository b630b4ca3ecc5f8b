namespace ArticleReader.Evaluation;

// One measured figure. Floor is the minimum an issue set for it; CI fails when a figure is below its floor.
public sealed record EvalMetric(string Name, double Value, double? Floor = null, double? Target = null, string? Display = null)
{
    public bool MeetsFloor => Floor is null || Value >= Floor.Value - 1e-12;
    public override string ToString()
    {
        var shown = Display ?? Value.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
        var floor = Floor is null ? "" : $"  (floor {Floor.Value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}{(Target is null ? "" : ", target " + Target.Value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture))})";
        return $"{Name}: {shown}{floor}{(MeetsFloor ? "" : "  BELOW FLOOR")}";
    }
}

// The result of one evaluation suite: its figures plus free-text details (e.g. the failing cases).
public sealed record EvalReport(string Suite, IReadOnlyList<EvalMetric> Metrics, IReadOnlyList<string> Details)
{
    public bool MeetsFloors => Metrics.All(m => m.MeetsFloor);
}
