using NewsTracker.Cli;
using NewsTracker.Core.Data;

namespace NewsTracker.Core.Tests.Cli;

internal sealed record CliOutcome(int ExitCode, string Output, string Error);

internal static class CliRun
{
    public static string RepositoryRoot { get; } = DatabaseLocation.FindRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("NewsTracker.sln not found above the test output folder.");

    public static string SeedArticle { get; } = Directory.GetFiles(Path.Combine(RepositoryRoot, "seeds"), "*.txt").Order(StringComparer.Ordinal).First();

    // The writers are not disposed: Spectre.Console's progress display may start its refresh thread after a quick import
    // has already finished, and that thread then writes on; into a disposed writer it would take the test host down.
    public static async Task<CliOutcome> RunAsync(string[] args, string? input = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        using var reader = new StringReader(input ?? string.Empty);
        var code = await CliApp.RunAsync(args, output, error, reader);
        return new CliOutcome(code, output.ToString(), error.ToString());
    }

    // Runs with a context the test adjusts (a fixed clock, a fixed commit).
    public static async Task<CliOutcome> RunAsync(string[] args, Func<CliContext, CliContext> arrange)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, arrange(new CliContext(output, error, TextReader.Null, [])));
        return new CliOutcome(code, output.ToString(), error.ToString());
    }
}
