using ArticleReader.Claims.CheckWorthiness;

namespace ArticleReader.Tests.Claims.CheckWorthiness;

public class CheckWorthinessModelTests
{
    [Fact]
    public void SaveAndLoadGiveTheSameModel()
    {
        var model = CheckWorthinessTrainer.Train(CheckWorthinessTrainerTests.Synthetic(), CheckWorthinessTrainerTests.Synthetic(dev: true),
            CheckWorthinessTrainerTests.SmallOptions).Model;
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = CheckWorthinessModel.Load(stream);

        Assert.Equal(model.Config, loaded.Config);
        Assert.Equal(model.Threshold, loaded.Threshold);
        Assert.Equal(model.Bias, loaded.Bias);
        Assert.Equal(model.FeatureFingerprint, loaded.FeatureFingerprint);
        Assert.True(model.Weights.SequenceEqual(loaded.Weights));
        foreach (var sentence in CheckWorthinessTrainerTests.Synthetic())
            Assert.Equal(model.Score(sentence.Text), loaded.Score(sentence.Text));
    }

    [Fact]
    public void RefusesAFileThatIsNotAModel()
    {
        using var stream = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Compress, leaveOpen: true))
        using (var writer = new BinaryWriter(gzip))
            writer.Write("something else");
        stream.Position = 0;
        Assert.Throws<FormatException>(() => CheckWorthinessModel.Load(stream));
    }

    [Fact]
    public void CommittedModelLoads()
    {
        var model = CheckWorthinessModel.Default;
        Assert.InRange(model.Threshold, 0.01, 0.99);
        Assert.Equal(new ClaimFeatureConfig(), model.Config);
    }

    // Fails after a change to the tokenizer, the cues or the hashing: retrain with the train-claims verb.
    [Fact]
    public void CommittedModelWasTrainedWithTheCurrentFeatures() =>
        Assert.True(CheckWorthinessModel.Default.MatchesCurrentFeatures);

    [Fact]
    public void FingerprintChangesWithTheFeatureConfig() =>
        Assert.NotEqual(new ClaimFeatures(new ClaimFeatureConfig()).Fingerprint(),
            new ClaimFeatures(new ClaimFeatureConfig(CharMaxN: 4)).Fingerprint());

    // Sentences from the seed opinion articles, which the model never saw.
    [Theory]
    [InlineData("Toward that goal, he has tolerated more than 600,000 casualties among his own soldiers, the U.S. estimates.", true)]
    [InlineData("Meanwhile, $300 billion worth of frozen Russian reserves are still sitting in European clearinghouses, untouched.", true)]
    [InlineData("I will never forget the intensity of his worry.", false)]
    [InlineData("Then there are the storms.", false)]
    [InlineData("Kudos to Cathy Young!", false)]
    public void CommittedModelSeparatesSeedSentences(string sentence, bool isClaim) =>
        Assert.Equal(isClaim, CheckWorthinessModel.Default.IsClaim(sentence));

    [Theory]
    [InlineData("")]
    [InlineData("?!")]
    [InlineData("ＵＮＩＣＯＤＥ тест 数字 ١٢٣")]
    public void ScoresAreProbabilities(string sentence) =>
        Assert.InRange(CheckWorthinessModel.Default.Score(sentence), 0.0, 1.0);

    [Fact]
    public void ScoresAVeryLongSentence() =>
        Assert.InRange(CheckWorthinessModel.Default.Score(string.Join(' ', Enumerable.Repeat("We cut taxes by 5 percent.", 200))), 0.0, 1.0);

    [Fact]
    public void CommittedModelReachesTheFloorOnTheGroundtruth()
    {
        var dev = LabelledSentenceCsv.Read(Path.Combine(SharedEvalData.Directory, CheckWorthinessTrainer.DevFile));
        var model = CheckWorthinessModel.Default;
        var scores = ClaimScores.At(dev.Select(d => model.Score(d.Text)).ToList(), dev.Select(d => d.IsClaim).ToList(), model.Threshold);
        Assert.True(scores.F1 >= 0.85, scores.ToString());
    }

    [Fact]
    public void CueContributionsNameFiredCues()
    {
        var contributions = CheckWorthinessModel.Default.CueContributions("Unemployment fell to 4.5% in March.");
        Assert.Contains(contributions, c => c.Cue == "percent");
        Assert.Equal(ClaimFeatures.Cues("Unemployment fell to 4.5% in March.").Count, contributions.Count);
    }
}
