using System.Diagnostics;
using ArticleReader.Model;

namespace ArticleReader.Tests.Model;

public class StageTimesTests
{
    [Fact]
    public void Stages_are_listed_in_the_order_first_timed_with_their_times_summed()
    {
        var times = new StageTimes();
        var before = Stopwatch.GetTimestamp();
        times.Add("parse", before);
        times.Add("save", before);
        times.Add("parse", before);
        var snapshot = times.Snapshot();
        Assert.Equal(["parse", "save"], snapshot.Select(s => s.Stage));
        Assert.True(snapshot[0].Time >= snapshot[1].Time);
    }

    [Fact]
    public void A_timed_stage_is_counted_even_when_it_throws()
    {
        var times = new StageTimes();
        Assert.Equal(42, times.Time("analyse", () => 42));
        Assert.Throws<InvalidOperationException>(() => times.Time<int>("save", () => throw new InvalidOperationException()));
        Assert.Equal(["analyse", "save"], times.Snapshot().Select(s => s.Stage));
    }
}
