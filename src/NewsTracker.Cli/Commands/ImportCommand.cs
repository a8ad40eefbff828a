using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Data;
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
            await using (var scope = host.Services.CreateAsyncScope())
            {
                var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
                report = await console.Progress()
                    .AutoClear(false)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                    .StartAsync(async progress =>
                    {
                        var task = progress.AddTask("Importing", maxValue: 1);
                        var outcome = await importer.ImportAsync(inputs, new TaskProgress(task, clock), ct);
                        task.Value = task.MaxValue;
                        return outcome;
                    });
            }

            var elapsed = clock.Elapsed.TotalSeconds;
            await context.Output.WriteLineAsync(
                $"Imported {report.ArticlesAdded} articles with {report.QuotesAdded} quotes from {report.FilesRead} files; " +
                $"skipped {report.Duplicates} duplicates; {report.Failures.Count} failures.");
            await context.Output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"Took {elapsed:0.0} s: {Rate(report.Outcomes.Count, elapsed):0} articles a second."));
            foreach (var failure in report.Failures)
            {
                await context.Error.WriteLineAsync($"Failed {failure.Path}: {failure.Reason}");
            }

            return report.Failures.Count > 0 ? ExitCodes.Failure : ExitCodes.Ok;
        });
        return command;
    }

    private static double Rate(int count, double seconds) => seconds <= 0 ? 0 : count / seconds;

    // Progress<T> would post to the thread pool; the bar should move in step with the import.
    private sealed class TaskProgress(ProgressTask task, Stopwatch clock) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            task.MaxValue = Math.Max(1, value.Total);
            task.Value = Math.Max(value.Done, value.Position);
            var rate = Rate(value.Articles, clock.Elapsed.TotalSeconds);
            task.Description = string.Create(
                CultureInfo.InvariantCulture,
                $"Importing {Markup.Escape(Path.GetFileName(value.Path))} · {value.Articles:N0} articles · {rate:N0}/s");
        }
    }
}
