using System.CommandLine;
using System.Text.RegularExpressions;
using NewsTracker.Cli.Commands;

namespace NewsTracker.Cli;

public static partial class CliApp
{
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken ct = default) =>
        RunAsync(args, output, error, TextReader.Null, ct);

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TextReader input, CancellationToken ct = default) =>
        RunAsync(args, new CliContext(output, error, input, []) { InputIsTerminal = ReferenceEquals(input, Console.In) && !Console.IsInputRedirected }, ct);

    // Runs with a prepared context, so tests can fix its clock and commit; configuration overrides are filled in here.
    internal static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var (commandArgs, configurationArgs) = SplitConfigurationArgs(args);
        context = context with { ConfigurationArgs = configurationArgs };
        var root = BuildRootCommand(context);

        var parsed = root.Parse(commandArgs);
        // Ctrl-C cancels the command's token; an import then rolls back the batch in hand and records what it stored,
        // which can take a few seconds on a large archive before the process is ended regardless.
        var invocation = new InvocationConfiguration
        {
            Output = context.Output,
            Error = context.Error,
            ProcessTerminationTimeout = TimeSpan.FromSeconds(15),
        };
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                await context.Error.WriteLineAsync(parseError.Message);
            }

            await context.Error.WriteLineAsync("Run 'newstracker --help' for usage.");
            return ExitCodes.Usage;
        }

        return await parsed.InvokeAsync(invocation, ct);
    }

    internal static RootCommand BuildRootCommand(CliContext context)
    {
        var root = new RootCommand("NewsTracker: extract quotations and their speakers from news articles.");
        var options = new CliOptions();
        root.Options.Add(options.Connection);
        root.Subcommands.Add(ExtractCommand.Create(context, options));
        root.Subcommands.Add(ImportCommand.Create(context, options));
        root.Subcommands.Add(EvalCommand.Create(context));
        root.Subcommands.Add(GenerateCommand.Create(context, options));
        root.Subcommands.Add(BenchCommand.Create(context));
        root.Subcommands.Add(UsersCommand.Create(context, options));
        root.Subcommands.Add(FeedsCommand.Create(context, options));
        return root;
    }

    // ASP.NET Core style overrides ("--ConnectionStrings:NewsTracker=..." or "--Serilog:MinimumLevel:Default Debug")
    // go to configuration, everything else to the command parser.
    internal static (string[] CommandArgs, string[] ConfigurationArgs) SplitConfigurationArgs(IReadOnlyList<string> args)
    {
        var command = new List<string>();
        var configuration = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var match = ConfigurationKey().Match(args[i]);
            if (!match.Success)
            {
                command.Add(args[i]);
                continue;
            }

            if (match.Groups["value"].Success)
            {
                configuration.Add("--" + match.Groups["key"].Value + "=" + match.Groups["value"].Value);
            }
            else if (i + 1 < args.Count)
            {
                configuration.Add("--" + match.Groups["key"].Value + "=" + args[++i]);
            }
            else
            {
                command.Add(args[i]);
            }
        }

        return (command.ToArray(), configuration.ToArray());
    }

    [GeneratedRegex(@"^--?(?<key>[A-Za-z][A-Za-z0-9_.]*(?::[A-Za-z0-9_.]+)+)(?:=(?<value>.*))?$", RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex ConfigurationKey();
}
