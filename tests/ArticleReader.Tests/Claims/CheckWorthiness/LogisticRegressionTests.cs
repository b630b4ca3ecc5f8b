using ArticleReader.Claims.CheckWorthiness;

namespace ArticleReader.Tests.Claims.CheckWorthiness;

public class LogisticRegressionTests
{
    // Feature 0 marks positives, feature 1 negatives, feature 2 is noise present in both.
    static (List<SparseVector> Rows, List<bool> Labels) Separable()
    {
        var rows = new List<SparseVector>();
        var labels = new List<bool>();
        for (var i = 0; i < 20; i++)
        {
            var positive = i % 2 == 0;
            rows.Add(new SparseVector(positive ? [0, 2] : [1, 2], [1f, (i % 5) / 5f]));
            labels.Add(positive);
        }
        return (rows, labels);
    }

    [Fact]
    public void LearnsASeparableSet()
    {
        var (rows, labels) = Separable();
        var model = LogisticRegression.Train(rows, labels, dimension: 3, new LogisticRegressionOptions(L2: 1e-3));
        Assert.True(model.Weights[0] > 1);
        Assert.True(model.Weights[1] < -1);
        for (var i = 0; i < rows.Count; i++)
        {
            var z = model.Bias + rows[i].Indices.Select((j, k) => model.Weights[j] * rows[i].Values[k]).Sum();
            Assert.Equal(labels[i], LogisticRegression.Sigmoid(z) > 0.5);
        }
    }

    [Fact]
    public void SameDataGivesTheSameWeights()
    {
        var (rows, labels) = Separable();
        var first = LogisticRegression.Train(rows, labels, 3);
        var second = LogisticRegression.Train(rows, labels, 3);
        Assert.Equal(first.Weights, second.Weights);
        Assert.Equal(first.Bias, second.Bias);
    }

    [Fact]
    public void StrongerPenaltyGivesSmallerWeights()
    {
        var (rows, labels) = Separable();
        var loose = LogisticRegression.Train(rows, labels, 3, new LogisticRegressionOptions(L2: 1e-3));
        var tight = LogisticRegression.Train(rows, labels, 3, new LogisticRegressionOptions(L2: 1e-1));
        Assert.True(Math.Abs(tight.Weights[0]) < Math.Abs(loose.Weights[0]));
    }

    [Fact]
    public void RejectsIndicesOutsideTheDimension() =>
        Assert.Throws<ArgumentException>(() => LogisticRegression.Train([new SparseVector([5], [1f])], [true], dimension: 3));

    [Theory]
    [InlineData(0, 0.5)]
    [InlineData(800, 1.0)]
    [InlineData(-800, 0.0)]
    public void SigmoidStaysFinite(double z, double expected) =>
        Assert.Equal(expected, LogisticRegression.Sigmoid(z), 6);
}
