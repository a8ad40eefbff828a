using System.CommandLine;

namespace NewsTracker.Cli;

// Built per root command: System.CommandLine symbols keep their parents, so they are not shared.
internal sealed class CliOptions
{
    public Option<string?> Connection { get; } = new("--connection")
    {
        Description = "SQLite connection string; overrides ConnectionStrings:NewsTracker (a relative Data Source is taken from the repository root).",
        Recursive = true,
    };
}
