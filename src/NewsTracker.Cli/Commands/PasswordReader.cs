using Spectre.Console;

namespace NewsTracker.Cli.Commands;

// A password comes from standard input when it is piped (scripts, `echo … |`), else from a prompt that
// does not echo what is typed. It is never an argument: arguments end up in shell history and `ps`.
internal static class PasswordReader
{
    public static async Task<string?> ReadAsync(CliContext context, CancellationToken ct)
    {
        if (!context.InputIsTerminal)
        {
            return await context.Input.ReadLineAsync(ct);
        }

        var console = context.CreateConsole(context.Error);
        var password = await new TextPrompt<string>("Password:").Secret(null).ShowAsync(console, ct);
        var again = await new TextPrompt<string>("Same password again:").Secret(null).ShowAsync(console, ct);
        if (!string.Equals(password, again, StringComparison.Ordinal))
        {
            await context.Error.WriteLineAsync("The two passwords differ.");
            return null;
        }

        return password;
    }
}
