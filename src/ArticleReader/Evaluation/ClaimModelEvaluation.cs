using System.Diagnostics;
using System.Globalization;
using ArticleReader.Claims.CheckWorthiness;

namespace ArticleReader.Evaluation;

// Measures the committed check-worthiness model on the expert-labelled ClaimBuster file. Its threshold was
// chosen on that same file, so this F1 is the in-domain ceiling; RunGeneralisation is the honest
// out-of-season figure.
public static class ClaimModelEvaluation
{
    public const string Suite = "check-worthiness";
    const int ShownErrors = 10;

    public static EvalReport Run(string sharedEvalDir)
    {
        var model = CheckWorthinessModel.Default;
        var dev = LabelledSentenceCsv.Read(Path.Combine(sharedEvalDir, CheckWorthinessTrainer.DevFile));
        var scores = dev.Select(d => model.Score(d.Text)).ToList();
        var result = ClaimScores.At(scores, dev.Select(d => d.IsClaim).ToList(), model.Threshold);

        var details = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"threshold {model.Threshold:0.0000}; {result}"),
        };
        var errors = dev.Select((d, i) => (d, score: scores[i]))
            .Where(x => (x.score >= model.Threshold) != x.d.IsClaim)
            .OrderByDescending(x => Math.Abs(x.score - model.Threshold))
            .Take(ShownErrors);
        foreach (var (sentence, score) in errors)
            details.Add(string.Create(CultureInfo.InvariantCulture,
                $"{(sentence.IsClaim ? "missed claim" : "false claim")} ({score:0.00}): {sentence.Text}"));

        return new EvalReport(Suite,
        [
            new EvalMetric("claim F1 (claimbuster groundtruth)", result.F1, Floor: 0.85, Target: 0.92),
            new EvalMetric("claim precision (claimbuster groundtruth)", result.Precision),
            new EvalMetric("claim recall (claimbuster groundtruth)", result.Recall),
        ], details);
    }

    // Retrains with the default recipe on the debates before 2016 (threshold from the groundtruth file) and
    // scores the 2016 debates, which that model never saw. Takes some seconds: it trains a model.
    public static EvalReport RunGeneralisation(string sharedEvalDir)
    {
        var holdout = CheckWorthinessTrainer.TemporalHoldout(sharedEvalDir);
        return new EvalReport(Suite + " (2016 debates held out)",
        [
            new EvalMetric("claim F1 (2016 debates, held out)", holdout.HeldOut.F1),
            new EvalMetric("claim precision (2016 debates, held out)", holdout.HeldOut.Precision),
            new EvalMetric("claim recall (2016 debates, held out)", holdout.HeldOut.Recall),
            new EvalMetric("claim average precision (2016 debates, held out)", holdout.HeldOutAveragePrecision),
        ],
        [
            $"trained on {holdout.TrainRows} sentences before \"{holdout.FirstHeldOutSentence}\", held out {holdout.HeldOutRows}",
            $"held out: {holdout.HeldOut}",
            $"dev (threshold chosen here): {holdout.Dev}",
        ]);
    }

    // Scores every training sentence, over and over for about three seconds, on this thread only.
    public static string BenchmarkScoring(string sharedEvalDir)
    {
        var model = CheckWorthinessModel.Default;
        var texts = LabelledSentenceCsv.Read(Path.Combine(sharedEvalDir, CheckWorthinessTrainer.TrainFile)).Select(s => s.Text).ToArray();
        foreach (var text in texts.Take(2000)) model.Score(text); // warm-up: tiered JIT
        var checksum = 0.0;
        long scored = 0;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed.TotalSeconds < 3)
        {
            foreach (var text in texts) checksum += model.Score(text);
            scored += texts.Length;
        }
        var seconds = stopwatch.Elapsed.TotalSeconds;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        return string.Create(CultureInfo.InvariantCulture,
            $"scored {scored} sentences in {seconds:0.00} s: {scored / seconds:0} sentences/s on one thread, {(double)allocated / scored:0.0} bytes allocated per sentence (mean score {checksum / scored:0.000})");
    }
}
