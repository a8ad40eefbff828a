using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Data;
using NewsTracker.Core.Imports;
using Spectre.Console;

namespace NewsTracker.Cli.Commands;

// import PATH...: migrates and seeds the configured database, then imports files and folders of articles.
internal static class ImportCommand
{
    public static Command Create(CliContext context, CliOptions options)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Article files (.txt, .md, .json) or folders of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("import", "Import article files or folders into the configured database.") { paths };
        command.SetAction(async (result, ct) =>
        {
            var inputs = result.GetValue(paths) ?? [];
            var missing = inputs.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
            if (missing.Count > 0)
            {
                foreach (var path in missing)
                {
                    await context.Error.WriteLineAsync($"No such file or folder: {path}");
                }

                return ExitCodes.Usage;
            }

            using var host = CliHost.Build(context, result.GetValue(options.Connection));
            await using (var scope = host.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(ct);
            }

            var console = context.CreateConsole(context.Output);
            var clock = Stopwatch.StartNew();
            ImportReport report;
            TaskProgress? taskProgress = null;
            await using (var scope = host.Services.CreateAsyncScope())
            {
                var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
                importer.BatchSize = ImportBatchSize.From(host.Services.GetRequiredService<IConfiguration>());
                report = await console.Progress()
                    .AutoClear(false)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                    .StartAsync(async progress =>
                    {
                        var task = progress.AddTask("Importing", maxValue: 1);
                        var outcome = await importer.ImportAsync(inputs, taskProgress = new TaskProgress(task, clock), ct);
                        task.Value = task.MaxValue;
                        return outcome;
                    });
            }

            // A stopped run is recorded too: its articles are stored, and the audit says who added them. The token is
            // already cancelled then, so the record is written without it.
            await using (var scope = host.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<ImportService>().RecordCommandLineRunAsync(
                    report, inputs, Editor.CommandLine($"{Environment.UserName} (command line)"), report.Stopped ? CancellationToken.None : ct);
            }

            if (report.Stopped)
            {
                await context.Error.WriteLineAsync(
                    $"Stopped: {report.ArticlesAdded} articles with {report.QuotesAdded} quotes were stored before the stop " +
                    $"({report.Duplicates} duplicates skipped); the batch in hand was not. Run the same import again to add the rest.");
                return ExitCodes.Stopped;
            }

            var elapsed = clock.Elapsed.TotalSeconds;
            await context.Output.WriteLineAsync(
                $"Imported {report.ArticlesAdded} articles with {report.QuotesAdded} quotes from {report.FilesRead} files; " +
                $"skipped {report.Duplicates} duplicates; {report.Failures.Count} failures.");
            await context.Output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"Took {elapsed:0.0} s: {Rate(report.Outcomes.Count, elapsed):0} articles a second."));
            if (taskProgress?.Milestones is { Count: > 1 } milestones)
            {
                // How the rate holds as the archive grows: a slowdown per 10,000 shows a cost that grows with it.
                var rates = milestones.Zip(milestones.Skip(1), (a, b) => string.Create(
                    CultureInfo.InvariantCulture,
                    $"{a.Articles:N0}–{b.Articles:N0}: {Rate(b.Articles - a.Articles, (b.Elapsed - a.Elapsed).TotalSeconds):0}/s"));
                await context.Output.WriteLineAsync("Articles a second per 10,000: " + string.Join("; ", rates));
            }
            // Each file's outcome that needs a look: refused (why), added with warnings (what was not read).
            var warned = report.Outcomes.Where(o => o.Status == AddArticleStatus.Added && o.Warnings.Count > 0).ToList();
            if (warned.Count > 0)
            {
                await context.Output.WriteLineAsync($"{warned.Count} of the added articles have warnings:");
                foreach (var outcome in warned)
                {
                    await context.Output.WriteLineAsync($"Added with warnings {outcome.Source} (article {outcome.ArticleId}): {string.Join(' ', outcome.Warnings)}");
                }
            }

            foreach (var failure in report.Failures)
            {
                await context.Error.WriteLineAsync($"Refused {failure.Path}: {failure.Reason}");
            }

            return report.Failures.Count > 0 ? ExitCodes.Failure : ExitCodes.Ok;
        });
        return command;
    }

    private static double Rate(int count, double seconds) => seconds <= 0 ? 0 : count / seconds;

    // Progress<T> would post to the thread pool; the bar should move in step with the import.
    private sealed class TaskProgress(ProgressTask task, Stopwatch clock) : IProgress<ImportProgress>
    {
        private const int MilestoneArticles = 10_000;

        public List<(int Articles, TimeSpan Elapsed)> Milestones { get; } = [(0, TimeSpan.Zero)];

        public void Report(ImportProgress value)
        {
            if (value.Articles >= Milestones[^1].Articles + MilestoneArticles)
            {
                Milestones.Add((value.Articles, clock.Elapsed));
            }

            task.MaxValue = Math.Max(1, value.Total);
            task.Value = Math.Max(value.Done, value.Position);
            var rate = Rate(value.Articles, clock.Elapsed.TotalSeconds);
            task.Description = string.Create(
                CultureInfo.InvariantCulture,
                $"Importing {Markup.Escape(Path.GetFileName(value.Path))} · {value.Articles:N0} articles · {rate:N0}/s");
        }
    }
}
