using ArticleReader.Evaluation;

namespace ArticleReader.Tests.Evaluation;

public class ShingleMatchTests
{
    [Theory]
    // identical five words: shingles (a b c d), (b c d e) on both sides
    [InlineData("a b c d e", "a b c d e", 1.0, 1.0)]
    // prediction lacks "e": gold {abcd, bcde}, prediction {abcd} -> TP 1, FN 1
    [InlineData("a b c d e", "a b c d", 1.0, 0.5)]
    // prediction adds "f": TP 2, FP 1 (cdef)
    [InlineData("a b c d e", "a b c d e f", 2.0 / 3, 1.0)]
    // fewer than four tokens make one shingle of all of them
    [InlineData("a b", "a b", 1.0, 1.0)]
    [InlineData("a b", "a b c", 0.0, 0.0)]
    // shingles are multisets: gold has (x y z w) twice, prediction once -> TP 1 of 5 gold shingles
    [InlineData("x y z w x y z w", "x y z w", 1.0, 0.2)]
    // punctuation is not a token; case is significant
    [InlineData("Hello, world: one two.", "Hello world one two", 1.0, 1.0)]
    [InlineData("Hello world one two", "hello world one two", 0.0, 0.0)]
    public void Precision_and_recall_follow_the_benchmark(string gold, string predicted, double precision, double recall)
    {
        var match = ShingleMatch.Compare(gold, predicted);
        Assert.Equal(precision, match.Precision, 6);
        Assert.Equal(recall, match.Recall, 6);
        Assert.Equal(1.0, match.TruePositive + match.FalsePositive + match.FalseNegative, 6);
    }

    [Fact]
    public void Two_empty_texts_agree_perfectly_but_count_for_neither_average()
    {
        var match = ShingleMatch.Compare("", "");
        Assert.Equal(1.0, match.Precision);
        Assert.Equal(1.0, match.Recall);
        Assert.False(match.CountsForPrecision);
        Assert.False(match.CountsForRecall);
    }

    [Fact]
    public void Averages_skip_pages_without_a_prediction_for_precision()
    {
        var pages = new[]
        {
            ShingleMatch.Compare("a b c d e", "a b c d e"), // P 1, R 1
            ShingleMatch.Compare("a b c d e", ""),          // no prediction: R 0, not in precision
        };
        var (precision, recall, f1) = ShingleMatch.Average(pages);
        Assert.Equal(1.0, precision, 6);
        Assert.Equal(0.5, recall, 6);
        Assert.Equal(2 * 1.0 * 0.5 / 1.5, f1, 6);
    }
}
