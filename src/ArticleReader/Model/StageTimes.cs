using System.Diagnostics;

namespace ArticleReader.Model;

// Time spent in each named stage, summed over files and threads (so with workers it can exceed the wall
// time). Stages are listed in the order they were first timed. Costs two timestamps per stage and file.
public sealed class StageTimes
{
    private readonly Lock _gate = new();
    private readonly List<string> _order = [];
    private readonly Dictionary<string, long> _ticks = new(StringComparer.Ordinal);

    public void Add(string stage, long startTimestamp)
    {
        var elapsed = Stopwatch.GetTimestamp() - startTimestamp;
        lock (_gate)
        {
            if (!_ticks.TryGetValue(stage, out var sum)) _order.Add(stage);
            _ticks[stage] = sum + elapsed;
        }
    }

    public T Time<T>(string stage, Func<T> work)
    {
        var start = Stopwatch.GetTimestamp();
        try { return work(); }
        finally { Add(stage, start); }
    }

    public IReadOnlyList<(string Stage, TimeSpan Time)> Snapshot()
    {
        lock (_gate)
            return _order.Select(s => (s, TimeSpan.FromSeconds(_ticks[s] / (double)Stopwatch.Frequency))).ToList();
    }
}
