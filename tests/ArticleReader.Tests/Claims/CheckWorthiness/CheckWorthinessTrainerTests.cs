using ArticleReader.Claims.CheckWorthiness;

namespace ArticleReader.Tests.Claims.CheckWorthiness;

public class CheckWorthinessTrainerTests
{
    internal static readonly CheckWorthinessTrainingOptions SmallOptions = new(
        new ClaimFeatureConfig(HashBits: 12), new LogisticRegressionOptions(L2: 1e-3));

    // Claims carry a quantity and a past-tense fact; non-claims are opinion, intent or courtesy. The dev set
    // uses other years and other names, so no sentence is in both.
    internal static List<LabelledSentence> Synthetic(bool dev = false)
    {
        string[] subjects = ["Unemployment", "The deficit", "Crime", "Spending", "Inflation", "The debt"];
        string[] changes = ["rose", "fell", "doubled", "increased"];
        string[] names = dev ? ["Jim", "Lester", "Martha"] : ["Bob", "Chris", "Candy", "Tom", "Ann"];
        string[] opinions = ["I think we should", "I believe we must", "Let me say we will", "I hope you will"];
        string[] actions = ["work together", "thank our families", "do better", "keep fighting"];
        var sentences = new List<LabelledSentence>();
        for (var i = 0; i < (dev ? 8 : 24); i++)
        {
            var year = (dev ? 1960 : 1980) + i;
            sentences.Add(new($"{subjects[i % subjects.Length]} {changes[i % changes.Length]} by {10 + i} percent in {year}.", true));
            sentences.Add(new($"{names[i % names.Length]}, {opinions[i % opinions.Length]} {actions[i / 6 % actions.Length]}.", false));
        }
        return sentences;
    }

    [Fact]
    public void LearnsATinySeparableSet()
    {
        var result = CheckWorthinessTrainer.Train(Synthetic(), Synthetic(dev: true), SmallOptions);
        Assert.Equal(1.0, result.Dev.F1);
        Assert.True(result.Model.IsClaim("Poverty fell by 7 percent in 2001."));
        Assert.False(result.Model.IsClaim("I think we should thank everyone."));
    }

    [Fact]
    public void DropsTrainingSentencesThatAppearInDev()
    {
        var train = Synthetic();
        var dev = new List<LabelledSentence> { new(train[0].Text.ToUpperInvariant(), true), new(train[1].Text, false) };
        var result = CheckWorthinessTrainer.Train(train, dev, SmallOptions);
        Assert.Equal(2, result.DroppedDevDuplicates);
        Assert.Equal(train.Count - 2, result.TrainRows);
    }

    [Fact]
    public void TrainingIsReproducible()
    {
        var first = CheckWorthinessTrainer.Train(Synthetic(), Synthetic(dev: true), SmallOptions).Model;
        var second = CheckWorthinessTrainer.Train(Synthetic(), Synthetic(dev: true), SmallOptions).Model;
        Assert.True(first.Weights.SequenceEqual(second.Weights));
        Assert.Equal(first.Threshold, second.Threshold);
    }

    [Theory]
    [InlineData(new[] { 0.9, 0.8, 0.3, 0.2 }, new[] { true, true, false, false }, 0.55)]
    [InlineData(new[] { 0.9, 0.8, 0.7, 0.2 }, new[] { true, false, true, false }, 0.45)]
    [InlineData(new[] { 0.9, 0.6, 0.6, 0.1 }, new[] { true, true, false, false }, 0.35)]
    [InlineData(new[] { 0.9, 0.8, 0.1 }, new[] { true, false, false }, 0.85)]
    public void ThresholdMaximisesF1AndSitsBetweenScores(double[] scores, bool[] labels, double expected) =>
        Assert.Equal(expected, CheckWorthinessTrainer.ChooseThreshold(scores, labels), 9);

    [Theory]
    [InlineData(new[] { 0.9, 0.8, 0.3 }, new[] { true, true, false }, 1.0)]
    [InlineData(new[] { 0.9, 0.8, 0.3 }, new[] { false, true, true }, 0.5833333333)]
    public void AveragePrecisionAveragesPrecisionAtEachPositive(double[] scores, bool[] labels, double expected) =>
        Assert.Equal(expected, CheckWorthinessTrainer.AveragePrecision(scores, labels), 6);

    [Fact]
    public void ScoresCountTruePositivesAndErrors()
    {
        var scores = ClaimScores.At([0.9, 0.7, 0.4, 0.1], [true, false, true, false], threshold: 0.5);
        Assert.Equal(new ClaimScores(1, 1, 1, 4), scores);
        Assert.Equal(0.5, scores.F1, 9);
    }
}
