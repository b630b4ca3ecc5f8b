using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace ArticleReader.Tests.Support;

// Collects log events so tests can assert what the orchestrator reported.
public sealed class CollectingLog : ILogEventSink
{
    public List<LogEvent> Events { get; } = [];
    public ILogger Logger { get; }

    public CollectingLog() => Logger = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(this).CreateLogger();

    public void Emit(LogEvent logEvent)
    {
        lock (Events) Events.Add(logEvent);
    }

    public IEnumerable<string> Messages(LogEventLevel level) => Events.Where(e => e.Level == level).Select(e => e.RenderMessage());
}
