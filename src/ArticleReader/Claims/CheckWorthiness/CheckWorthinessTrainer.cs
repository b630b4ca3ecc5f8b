using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ArticleReader.Claims.CheckWorthiness;

// Positive-class precision, recall and F1 at one threshold.
public sealed record ClaimScores(int TruePositives, int FalsePositives, int FalseNegatives, int Total)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static ClaimScores At(IReadOnlyList<double> scores, IReadOnlyList<bool> labels, double threshold)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            var predicted = scores[i] >= threshold;
            if (predicted && labels[i]) tp++;
            else if (predicted) fp++;
            else if (labels[i]) fn++;
        }
        return new ClaimScores(tp, fp, fn, scores.Count);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"P {Precision:0.000}  R {Recall:0.000}  F1 {F1:0.000}  (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives}, n {Total})");
}

public sealed record CheckWorthinessTrainingOptions(ClaimFeatureConfig Features, LogisticRegressionOptions Regression);

public sealed record CheckWorthinessTrainingResult(
    CheckWorthinessModel Model,
    ClaimScores Dev,
    int TrainRows,
    int DroppedDevDuplicates,
    int Iterations,
    TimeSpan Elapsed);

public sealed record TemporalHoldoutResult(ClaimScores HeldOut, double HeldOutAveragePrecision, ClaimScores Dev, int TrainRows,
    int HeldOutRows, string FirstHeldOutSentence);

public static class CheckWorthinessTrainer
{
    public const string TrainFile = "claims/claimbuster_crowdsourced.csv";
    public const string DevFile = "claims/claimbuster_groundtruth.csv";

    // The crowdsourced file lists debates one after another; the 2016 presidential debates come last, starting
    // with Clinton's opening at Hofstra. Holding them out asks how the model does on a debate season it never saw.
    public const string FirstSentenceOf2016Debates = "Well, thank you, Lester, and thanks to Hofstra for hosting us.";

    public static readonly CheckWorthinessTrainingOptions DefaultOptions = new(
        new ClaimFeatureConfig(),
        new LogisticRegressionOptions());

    public static string Train(string sharedEvalDir, string outputPath)
    {
        var result = TrainFromFiles(Path.Combine(sharedEvalDir, TrainFile), Path.Combine(sharedEvalDir, DevFile));
        result.Model.Save(outputPath);
        var summary = new StringBuilder();
        summary.AppendLine(CultureInfo.InvariantCulture, $"trained on {result.TrainRows} sentences ({result.DroppedDevDuplicates} dropped as dev duplicates) in {result.Elapsed.TotalSeconds:0.0} s, {result.Iterations} L-BFGS iterations");
        summary.AppendLine(CultureInfo.InvariantCulture, $"threshold {result.Model.Threshold:0.0000} chosen on dev");
        summary.AppendLine($"dev (claimbuster groundtruth): {result.Dev}");
        summary.AppendLine(CultureInfo.InvariantCulture, $"saved {outputPath} ({new FileInfo(outputPath).Length / 1024.0:0} KiB)");
        return summary.ToString();
    }

    public static CheckWorthinessTrainingResult TrainFromFiles(string trainCsv, string devCsv, CheckWorthinessTrainingOptions? options = null) =>
        Train(LabelledSentenceCsv.Read(trainCsv), LabelledSentenceCsv.Read(devCsv), options);

    public static CheckWorthinessTrainingResult Train(IReadOnlyList<LabelledSentence> train, IReadOnlyList<LabelledSentence> dev,
        CheckWorthinessTrainingOptions? options = null)
    {
        options ??= DefaultOptions;
        var stopwatch = Stopwatch.StartNew();
        // A sentence in both files would let the dev figure peek at its own training label.
        var devTexts = dev.Select(d => Normalise(d.Text)).ToHashSet(StringComparer.Ordinal);
        var kept = train.Where(t => !devTexts.Contains(Normalise(t.Text))).ToList();

        var (weights, iterations) = Fit(kept, options);
        var provisional = new CheckWorthinessModel(options.Features, weights.Weights, weights.Bias, 0.5);
        var devScores = dev.Select(d => provisional.Score(d.Text)).ToList();
        var devLabels = dev.Select(d => d.IsClaim).ToList();
        var threshold = dev.Count > 0 ? ChooseThreshold(devScores, devLabels) : 0.5;
        var model = provisional.WithThreshold(threshold);
        return new CheckWorthinessTrainingResult(model, ClaimScores.At(devScores, devLabels, threshold),
            kept.Count, train.Count - kept.Count, iterations, stopwatch.Elapsed);
    }

    static (LogisticRegressionWeights Weights, int Iterations) Fit(IReadOnlyList<LabelledSentence> train, CheckWorthinessTrainingOptions options)
    {
        var features = new ClaimFeatures(options.Features);
        var rows = new SparseVector[train.Count];
        // Rows are independent, so parallel featurising gives the same vectors as sequential.
        Parallel.For(0, train.Count, i => rows[i] = features.Featurize(train[i].Text));
        var weights = LogisticRegression.Train(rows, train.Select(t => t.IsClaim).ToList(), options.Features.Dimension, options.Regression);
        return (weights, weights.Iterations);
    }

    // The threshold that maximises positive-class F1, placed halfway between the two scores it separates.
    public static double ChooseThreshold(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ThenBy(i => i).ToArray();
        var positives = labels.Count(l => l);
        if (positives == 0) return 1.0;
        int tp = 0, fp = 0;
        var bestF1 = -1.0;
        var bestThreshold = 0.5;
        for (var k = 0; k < order.Length; k++)
        {
            if (labels[order[k]]) tp++; else fp++;
            // only cut between distinct scores: equal scores cannot be told apart
            if (k + 1 < order.Length && scores[order[k + 1]] == scores[order[k]]) continue;
            var f1 = 2.0 * tp / (tp + fp + positives);
            if (f1 <= bestF1) continue;
            bestF1 = f1;
            bestThreshold = k + 1 < order.Length ? (scores[order[k]] + scores[order[k + 1]]) / 2 : scores[order[k]];
        }
        return bestThreshold;
    }

    // Trains on the debates before 2016, chooses the threshold on the dev file and scores the 2016 debates.
    public static TemporalHoldoutResult TemporalHoldout(string sharedEvalDir, CheckWorthinessTrainingOptions? options = null)
    {
        var all = LabelledSentenceCsv.Read(Path.Combine(sharedEvalDir, TrainFile));
        var dev = LabelledSentenceCsv.Read(Path.Combine(sharedEvalDir, DevFile));
        var split = -1;
        for (var i = 0; i < all.Count && split < 0; i++) if (all[i].Text == FirstSentenceOf2016Debates) split = i;
        // Should the file ever be reordered, fall back to holding out its last eighth.
        if (split < 0) split = all.Count - all.Count / 8;
        var result = Train(all.Take(split).ToList(), dev, options);
        var heldOut = all.Skip(split).ToList();
        var scores = heldOut.Select(h => result.Model.Score(h.Text)).ToList();
        var labels = heldOut.Select(h => h.IsClaim).ToList();
        return new TemporalHoldoutResult(ClaimScores.At(scores, labels, result.Model.Threshold), AveragePrecision(scores, labels),
            result.Dev, result.TrainRows, heldOut.Count, all[split].Text);
    }

    // Mean precision at the rank of each positive: a threshold-free measure of the ranking.
    public static double AveragePrecision(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ThenBy(i => i);
        double found = 0, sum = 0;
        var rank = 0;
        foreach (var i in order)
        {
            rank++;
            if (!labels[i]) continue;
            found++;
            sum += found / rank;
        }
        return found == 0 ? 0 : sum / found;
    }

    static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
