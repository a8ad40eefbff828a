using NewsTracker.Core.Common;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace NewsTracker.Core.Tests.Common;

// What a log file would hold: each event rendered with the console and file sinks' line template.
public sealed class CleanLogValuesTests
{
    private const string Forged = "Talks resume\n[12:00:00 ERR] Database dropped by admin\r\nand\u2028more";

    [Fact]
    public void A_title_with_a_newline_cannot_forge_a_log_line()
    {
        var lines = Render(log => log.Information("Added article {ArticleId} {Title}", 7, Forged));

        lines.Should().ContainSingle().Which.Should().Contain("Talks resume [12:00:00 ERR] Database dropped by admin  and more");
    }

    [Fact]
    public void Strings_inside_objects_lists_and_dictionaries_are_cleaned_too()
    {
        var lines = Render(log => log.Information(
            "Import {@Outcome} of {Files} with {Warnings}",
            new { Title = Forged, Quotes = 3 },
            new[] { "a.txt", "b\n.txt" },
            new Dictionary<string, string> { ["x\ny"] = Forged }));

        lines.Should().ContainSingle();
        lines[0].Should().Contain("\"Quotes\":3").And.Contain("\"b .txt\"").And.Contain("{\"x y\":\"Talks resume [12:00:00 ERR]");
    }

    [Fact]
    public void Other_control_characters_become_spaces_and_plain_values_are_left_alone()
    {
        var captured = Capture(log => log.Information("{Plain} {Bell}", "Jens Stoltenberg", "ring\u0007\u001B[31mred"));

        captured.Properties["Plain"].ToString().Should().Be("\"Jens Stoltenberg\"");
        captured.Properties["Bell"].ToString().Should().Be("\"ring  [31mred\"");
    }

    private static List<string> Render(Action<ILogger> write)
    {
        var formatter = new MessageTemplateTextFormatter("[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}");
        using var output = new StringWriter();
        formatter.Format(Capture(write), output);
        return output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    private static LogEvent Capture(Action<ILogger> write)
    {
        var sink = new Collecting();
        using (var logger = new LoggerConfiguration().Enrich.With<CleanLogValues>().WriteTo.Sink(sink).CreateLogger())
        {
            write(logger);
        }

        return sink.Events.Should().ContainSingle().Subject;
    }

    private sealed class Collecting : ILogEventSink
    {
        public List<LogEvent> Events { get; } = [];

        public void Emit(LogEvent logEvent) => Events.Add(logEvent);
    }
}
