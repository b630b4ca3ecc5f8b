using System.Globalization;
using ArticleReader.Predictions;
using ArticleReader.Storage;
using ArticleReader.Web.Pages.Articles;
using Microsoft.AspNetCore.Html;

namespace ArticleReader.Web.Pictures;

// Claims along a time axis by the date of their article, stacked where several share a date; predictions are
// diamonds, and each prediction with a due date is joined to a second diamond at that date, filled by its outcome.
public static class ClaimTimeline
{
    public const double Width = 640;
    private const double Left = 36, Right = 36, StackBottom = 182, Axis = 198, DueRow = 268, DueStep = 18, Step = 11, Dot = 4.2;
    private const int PerColumn = 12;

    // Where an article sits on the axis: its day, or the middle of its month or year when that is all that is known.
    public static DateOnly? ArticleDate(string? iso, string precision)
    {
        var parts = (iso ?? "").Split('-');
        if (parts.Length == 0 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var year) || year < 1) return null;
        var month = parts.Length > 1 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 ? m : 0;
        var day = parts.Length > 2 && int.TryParse(parts[2], CultureInfo.InvariantCulture, out var d) ? d : 0;
        return (precision, month, day) switch
        {
            ("day", > 0, > 0) when day <= DateTime.DaysInMonth(year, month) => new DateOnly(year, month, day),
            (_, > 0, _) => new DateOnly(year, month, 15),
            _ => new DateOnly(year, 7, 1),
        };
    }

    public static string ClaimHref(TrackedClaim c) => $"/articles/{c.ArticleSlug}?claim={c.ClaimId}#claim-{c.ClaimId}";

    public static IHtmlContent Render(string subject, IReadOnlyList<TrackedClaim> claims)
    {
        var dated = claims.Select(c => (Claim: c, Date: ArticleDate(c.ArticlePublished, c.ArticlePublishedPrecision))).Where(x => x.Date is not null)
            .Select(x => (x.Claim, Date: x.Date!.Value)).ToList();
        var due = dated.Where(x => x.Claim.IsPrediction && x.Claim.Due is not null).Select(x => (x.Claim, Due: x.Claim.Due!.Value)).ToList();
        var dates = dated.Select(x => x.Date).Concat(due.Select(x => x.Due)).DefaultIfEmpty(DateOnly.FromDateTime(DateTime.UtcNow)).ToList();
        var (from, to) = Domain(dates.Min(), dates.Max());
        double X(DateOnly d) => Left + (d.DayNumber - from.DayNumber) / (double)Math.Max(1, to.DayNumber - from.DayNumber) * (Width - Left - Right);

        var statuses = ClaimLabels.Statuses.Where(s => s.Status == "unreviewed" || dated.Any(x => x.Claim.Status == s.Status)).ToList();
        var legendRows = (statuses.Count + 3) / 4 + 1 + (due.Count > 0 ? 1 : 0);
        var legendTop = due.Count > 0 ? DueRow + (due.Count - 1) * DueStep + 36 : Axis + 48;
        var height = legendTop + legendRows * 24;
        var svg = new Svg().Open("svg", ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", $"0 0 {Width} {Svg.Number(height)}"), ("width", "100%"),
            ("class", "picture claim-timeline"), ("role", "img"), ("aria-labelledby", "tl-title tl-desc"));
        svg.Element("title", $"Timeline of claims: {subject}", ("id", "tl-title"));
        svg.Element("desc", $"{dated.Count} claims from {dated.Select(x => x.Claim.ArticleId).Distinct().Count()} articles between {from:yyyy-MM} and {to:yyyy-MM}; " +
            $"{dated.Count(x => x.Claim.IsPrediction)} predictions, {due.Count} with a due date. The table after the picture lists them.", ("id", "tl-desc"));
        svg.Style(PictureStyle.Css);

        svg.Element("text", "Claims, by the date of their article", ("x", Left), ("y", 18), ("class", "pic-small"));
        TimeAxis(svg, from, to, X);

        var positions = new Dictionary<long, (double X, double Y)>();
        foreach (var group in dated.GroupBy(x => x.Date).OrderBy(g => g.Key))
        {
            var items = group.ToList();
            var columns = (items.Count + PerColumn - 1) / PerColumn;
            var x0 = X(group.Key) - (columns - 1) * Step / 2;
            for (var i = 0; i < items.Count; i++)
            {
                var (x, y) = (x0 + i / PerColumn * Step, StackBottom - i % PerColumn * Step);
                positions[items[i].Claim.ClaimId] = (x, y);
                var c = items[i].Claim;
                svg.Open("a", ("href", ClaimHref(c)), ("tabindex", "-1"));
                Mark(svg, c.IsPrediction, x, y, Dot + (c.IsPrediction ? 1.3 : 0), $"tl-mark tl-s-{c.Status}",
                    $"{c.ArticlePublished} · {c.Author ?? "Unknown author"} · {ClaimLabels.Type(c.Type)}, {ClaimLabels.Status(c.Status)}: {c.Text}");
                svg.Close();
            }
        }

        if (due.Count > 0)
        {
            svg.Element("text", "Predictions: from their article to their due date", ("x", Left), ("y", DueRow - 24), ("class", "pic-small"));
            var row = 0;
            foreach (var (c, d) in due.OrderBy(x => x.Due).ThenBy(x => x.Claim.ClaimId))
            {
                var (x, y) = (X(d), DueRow + row++ * DueStep);
                var start = positions.TryGetValue(c.ClaimId, out var p) ? p.X : x;
                svg.Empty("path", ("d", $"M{Svg.Number(start)},{Svg.Number(y - 5)} V{Svg.Number(y + 5)} M{Svg.Number(start)},{Svg.Number(y)} H{Svg.Number(x - 7)}"), ("class", "tl-due-line"));
                svg.Open("a", ("href", ClaimHref(c)), ("tabindex", "-1"));
                Mark(svg, true, x, y, 7, $"tl-mark tl-o-{c.Outcome}", $"Due {d:yyyy-MM-dd} · {PredictionOutcomes.Label(c.Outcome)}: {c.Text}");
                svg.Close();
            }
        }
        Legend(svg, statuses, due.Count > 0, legendTop);
        return svg.ToHtml();
    }

    // At least four months wide, with a little room either side so marks at the ends are not cut.
    private static (DateOnly From, DateOnly To) Domain(DateOnly min, DateOnly max)
    {
        var span = Math.Max(120, max.DayNumber - min.DayNumber);
        var middle = (min.DayNumber + max.DayNumber) / 2;
        var pad = (int)(span * 0.06);
        return (DateOnly.FromDayNumber(Math.Min(min.DayNumber, middle - span / 2) - pad), DateOnly.FromDayNumber(Math.Max(max.DayNumber, middle + span / 2) + pad));
    }

    private static void TimeAxis(Svg svg, DateOnly from, DateOnly to, Func<DateOnly, double> x)
    {
        svg.Empty("path", ("d", $"M{Left},{Axis} H{Width - Right}"), ("class", "pic-axis"));
        var quarterly = to.DayNumber - from.DayNumber <= 900;
        for (var month = new DateOnly(from.Year, from.Month, 1).AddMonths(1); month <= to; month = month.AddMonths(1))
        {
            var year = month.Month == 1;
            if (!year && !(quarterly && month.Month % 3 == 1)) continue;
            var at = x(month);
            svg.Empty("path", ("d", $"M{Svg.Number(at)},{(year ? 30 : Axis - 4)} V{Axis + 5}"), ("class", year ? "pic-grid" : "pic-axis"));
            svg.Element("text", year ? month.Year.ToString(CultureInfo.InvariantCulture) : month.ToString("MMM", CultureInfo.InvariantCulture),
                ("x", at), ("y", Axis + 20), ("text-anchor", "middle"), ("class", year ? "pic-label" : "pic-small"));
        }
    }

    private static void Mark(Svg svg, bool diamond, double x, double y, double r, string cls, string title)
    {
        if (diamond)
            svg.Open("path", ("d", $"M{Svg.Number(x)},{Svg.Number(y - r)} L{Svg.Number(x + r)},{Svg.Number(y)} L{Svg.Number(x)},{Svg.Number(y + r)} L{Svg.Number(x - r)},{Svg.Number(y)} Z"), ("class", cls));
        else
            svg.Open("circle", ("cx", x), ("cy", y), ("r", r), ("class", cls));
        svg.Element("title", title).Close();
    }

    private static void Legend(Svg svg, IReadOnlyList<(string Status, string Label, string Meaning)> statuses, bool outcomes, double top)
    {
        svg.Open("g", ("class", "pic-legend"), ("transform", $"translate({Left} {Svg.Number(top)})"));
        Item(0, 0, false, "tl-s-unreviewed", "claim");
        Item(1, 0, true, "tl-s-unreviewed", "prediction");
        for (var i = 0; i < statuses.Count; i++) Item(i % 4, 1 + i / 4, false, $"tl-s-{statuses[i].Status}", statuses[i].Label);
        if (outcomes)
        {
            var row = 1 + (statuses.Count + 3) / 4;
            for (var i = 0; i < PredictionOutcomes.All.Count; i++)
                Item(i, row, true, $"tl-o-{PredictionOutcomes.All[i].Outcome}", PredictionOutcomes.All[i].Label.Replace("Did not come true", "Did not", StringComparison.Ordinal));
        }
        svg.Close();

        void Item(int column, int row, bool diamond, string cls, string label)
        {
            var (x, y) = (column * 142.0, row * 24.0);
            Mark(svg, diamond, x + 6, y, 6, "tl-mark " + cls, label);
            svg.Element("text", label, ("x", x + 18), ("y", y + 5), ("class", "pic-small"));
        }
    }
}
