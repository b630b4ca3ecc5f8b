using ArticleReader.Evaluation;
using ArticleReader.Tests.Claims.CheckWorthiness;

namespace ArticleReader.Tests.Evaluation;

public class ClaimModelEvaluationTests
{
    [Fact]
    public void CommittedModelMeetsItsFloors()
    {
        var report = ClaimModelEvaluation.Run(SharedEvalData.Directory);
        var f1 = Assert.Single(report.Metrics, m => m.Name == "claim F1 (claimbuster groundtruth)");
        Assert.Equal(0.85, f1.Floor);
        Assert.Equal(0.92, f1.Target);
        Assert.True(report.MeetsFloors, string.Join("\n", report.Metrics));
        Assert.Contains(report.Metrics, m => m.Name == "claim precision (claimbuster groundtruth)");
        Assert.Contains(report.Metrics, m => m.Name == "claim recall (claimbuster groundtruth)");
    }
}
