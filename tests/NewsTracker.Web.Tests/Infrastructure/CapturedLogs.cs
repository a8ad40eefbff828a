using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace NewsTracker.Web.Tests.Infrastructure;

// A Serilog sink the app picks up from its services (ReadFrom.Services): every event the real configuration
// writes, rendered as the console and file sinks render them.
public sealed class CapturedLogs : ILogEventSink
{
    private static readonly MessageTemplateTextFormatter Line = new("[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}");

    private readonly ConcurrentQueue<LogEvent> _events = new();
    private readonly ConcurrentQueue<(Func<LogEvent, bool> Match, TaskCompletionSource<LogEvent> Done)> _waiting = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public void Emit(LogEvent logEvent)
    {
        _events.Enqueue(logEvent);
        foreach (var (match, done) in _waiting)
        {
            if (match(logEvent))
            {
                done.TrySetResult(logEvent);
            }
        }
    }

    // The first event (already written or still to come) that matches.
    public Task<LogEvent> WaitForAsync(Func<LogEvent, bool> match)
    {
        var done = new TaskCompletionSource<LogEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting.Enqueue((match, done));
        if (_events.FirstOrDefault(match) is { } existing)
        {
            done.TrySetResult(existing);
        }

        return done.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public static string Render(LogEvent logEvent)
    {
        using var output = new StringWriter();
        Line.Format(logEvent, output);
        return output.ToString();
    }
}
