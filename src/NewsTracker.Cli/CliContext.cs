using NewsTracker.Cli.Evaluation;
using Spectre.Console;

namespace NewsTracker.Cli;

// What every command writes to and reads from, so tests can run the CLI in-process. ConfigurationArgs
// are the ASP.NET Core style overrides (--ConnectionStrings:NewsTracker=...) taken out before parsing.
internal sealed record CliContext(TextWriter Output, TextWriter Error, TextReader Input, IReadOnlyList<string> ConfigurationArgs)
{
    // True only when Input is the console's own keyboard (not a pipe, a file or a test's reader).
    public bool InputIsTerminal { get; init; }

    // What `eval --history` records about a run (its date, the commit measured); tests fix both.
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public Func<CancellationToken, Task<string>> ReadCommit { get; init; } = ct => GitRevision.ReadShortHashAsync(Environment.CurrentDirectory, ct);

    public IAnsiConsole CreateConsole(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.Detect,
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
        });
        if (!console.Profile.Out.IsTerminal)
        {
            // Redirected output (a file, a pipe, a test) would otherwise be cut at 80 columns.
            console.Profile.Width = 160;
        }

        return console;
    }
}
