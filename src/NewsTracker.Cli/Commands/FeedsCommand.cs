using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Data;
using NewsTracker.Core.Feeds;
using Spectre.Console;

namespace NewsTracker.Cli.Commands;

// feeds add|list|poll: the feeds of the configured database, through the services the /Feeds page uses.
internal static class FeedsCommand
{
    public static Command Create(CliContext context, CliOptions options)
    {
        var feeds = new Command("feeds", "Follow RSS and Atom feeds: add, list, poll.");
        feeds.Subcommands.Add(Add(context, options));
        feeds.Subcommands.Add(List(context, options));
        feeds.Subcommands.Add(Poll(context, options));
        return feeds;
    }

    private static Command Add(CliContext context, CliOptions options)
    {
        var url = new Argument<string>("URL") { Description = "The feed's address (RSS 2.0, RSS 1.0 or Atom)." };
        var outlet = new Option<string?>("--outlet") { Description = "The outlet its articles are filed under (else each page's own)." };
        var command = new Command("add", "Follow a feed.") { url, outlet };
        command.SetAction((result, ct) => WithServicesAsync(context, result, options, async services =>
        {
            var outcome = await services.GetRequiredService<FeedService>()
                .AddAsync(result.GetValue(url), result.GetValue(outlet), null, Editor.CommandLine($"command line ({Environment.UserName})"), ct);
            if (outcome.Succeeded)
            {
                await context.Output.WriteLineAsync($"Following {result.GetValue(url)?.Trim()} as feed {outcome.FeedId}.");
                return ExitCodes.Ok;
            }

            foreach (var error in outcome.Errors)
            {
                await context.Error.WriteLineAsync(error.Message);
            }

            return ExitCodes.Usage;
        }));
        return command;
    }

    private static Command List(CliContext context, CliOptions options)
    {
        var command = new Command("list", "List the feeds with their last poll, items added and state.");
        command.SetAction((result, ct) => WithServicesAsync(context, result, options, async services =>
        {
            var rows = await services.GetRequiredService<FeedService>().ListAsync(ct);
            var table = new Table().Border(TableBorder.Simple);
            foreach (var column in (string[])["Id", "Feed", "Outlet", "Last poll", "Added", "State"])
            {
                table.AddColumn(column);
            }

            foreach (var row in rows)
            {
                var state = !row.Enabled ? "paused" : row.Failing ? $"failing: {row.LastError}" : row.Quiet ? "quiet" : "ok";
                table.AddRow(
                    new Text(row.Id.ToString(CultureInfo.InvariantCulture)),
                    new Text(row.Url),
                    new Text(row.Outlet ?? string.Empty),
                    new Text(row.LastPolledUtc?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "never"),
                    new Text(row.ItemsAdded.ToString(CultureInfo.InvariantCulture)),
                    new Text(state));
            }

            context.CreateConsole(context.Output).Write(table);
            await context.Output.WriteLineAsync($"{rows.Count} feeds.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Poll(CliContext context, CliOptions options)
    {
        var command = new Command("poll", "One pass over every feed that is due: what each added, skipped and failed.");
        command.SetAction((result, ct) => WithServicesAsync(context, result, options, async services =>
        {
            if (await services.GetRequiredService<FeedPollingPass>().RunAsync(ct) is not { } reports)
            {
                await context.Error.WriteLineAsync("Another NewsTracker instance is polling the feeds now; try again when its pass is over.");
                return ExitCodes.Failure;
            }

            foreach (var report in reports)
            {
                var summary = report.Error is { } error ? $"failed: {error}"
                    : report.NotModified ? "not modified"
                    : $"{report.Added} added, {report.Skipped} skipped, {report.Failed} failed";
                await context.Output.WriteLineAsync($"{report.Url}: {summary}");
                foreach (var line in report.Lines.Where(_ => report.Error is null && !report.NotModified))
                {
                    await context.Output.WriteLineAsync("  " + line);
                }
            }

            await context.Output.WriteLineAsync(reports.Count == 0 ? "No feed is due." : $"Polled {reports.Count} feeds.");
            return reports.Any(r => r.Error is not null) ? ExitCodes.Failure : ExitCodes.Ok;
        }));
        return command;
    }

    private static async Task<int> WithServicesAsync(CliContext context, ParseResult result, CliOptions options, Func<IServiceProvider, Task<int>> work)
    {
        using var host = CliHost.Build(context, result.GetValue(options.Connection));
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        return await work(scope.ServiceProvider);
    }
}
