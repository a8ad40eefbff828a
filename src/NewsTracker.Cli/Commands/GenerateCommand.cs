using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Cli.Generation;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Data;
using Spectre.Console;

namespace NewsTracker.Cli.Commands;

// generate --articles N [--seed S] [--out FOLDER]: a deterministic synthetic archive of wire copy, written
// as archive-NNNNN.json files, or imported straight into the configured database when --out is not given.
internal static class GenerateCommand
{
    public const int MaxArticles = 10_000_000;

    public static Command Create(CliContext context, CliOptions options)
    {
        var articles = new Option<int>("--articles") { Description = $"How many articles (1 to {MaxArticles:N0}).", Required = true };
        var seed = new Option<ulong>("--seed") { Description = "The same seed gives the same archive, byte for byte.", DefaultValueFactory = _ => 1 };
        var output = new Option<string?>("--out") { Description = "Write JSON files into this folder (created if missing) instead of importing." };
        var command = new Command("generate", "Generate a synthetic archive of news articles, into files or straight into the database.")
        {
            articles, seed, output,
        };
        command.SetAction(async (result, ct) =>
        {
            var count = result.GetValue(articles);
            var folder = result.GetValue(output);
            if (count is < 1 or > MaxArticles)
            {
                await context.Error.WriteLineAsync($"--articles must be between 1 and {MaxArticles:N0}; got {count}.");
                return ExitCodes.Usage;
            }

            if (folder is not null && File.Exists(folder))
            {
                await context.Error.WriteLineAsync($"--out {folder} is a file; give a folder (it is created if missing).");
                return ExitCodes.Usage;
            }

            var writer = new ArchiveWriter(count, result.GetValue(seed));
            return folder is null
                ? await ImportAsync(context, result.GetValue(options.Connection), writer, count, ct)
                : await WriteFilesAsync(context, folder, writer, count, ct);
        });
        return command;
    }

    private static async Task<int> WriteFilesAsync(CliContext context, string folder, ArchiveWriter writer, int count, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(folder);
        long bytes = 0;
        for (var i = 0; i < writer.FileCount; i++)
        {
            ct.ThrowIfCancellationRequested();
            await using var file = new FileStream(Path.Combine(folder, ArchiveWriter.FileName(i)), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            writer.WriteNextFile(file);
            bytes += file.Length;
        }

        await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {count} articles in {writer.FileCount} files ({bytes / 1048576.0:F1} MB) to {folder} in {clock.Elapsed.TotalSeconds:F1} s."));
        return ExitCodes.Ok;
    }

    private static async Task<int> ImportAsync(CliContext context, string? connection, ArchiveWriter writer, int count, CancellationToken ct)
    {
        using var host = CliHost.Build(context, connection);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(ct);
        }

        // Each file is generated only when the importer reads it, so the archive is never all in memory.
        // Length is not known before then; the importer checks the size of what it reads.
        var next = 0;
        var sources = Enumerable.Range(0, writer.FileCount).Select(index => new ImportSource(ArchiveWriter.FileName(index), _ =>
        {
            if (index != next++)
            {
                throw new InvalidOperationException("Generated files must be read in order.");
            }

            using var buffer = new MemoryStream(4 << 20);
            writer.WriteNextFile(buffer);
            return Task.FromResult(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }, 0)).ToList();

        var console = context.CreateConsole(context.Output);
        ImportReport report;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
            importer.BatchSize = ImportBatchSize.From(scope.ServiceProvider.GetRequiredService<IConfiguration>());
            report = await console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async progress =>
                {
                    var task = progress.AddTask($"Generating {count} articles", maxValue: writer.FileCount);
                    var outcome = await importer.ImportAsync(sources, new TaskProgress(task), ct);
                    task.Value = task.MaxValue;
                    return outcome;
                });
        }

        await context.Output.WriteLineAsync(
            $"Imported {report.ArticlesAdded} articles with {report.QuotesAdded} quotes from {report.FilesRead} files; " +
            $"skipped {report.Duplicates} duplicates; {report.Failures.Count} failures.");
        foreach (var failure in report.Failures)
        {
            await context.Error.WriteLineAsync($"Failed {failure.Path}: {failure.Reason}");
        }

        if (report.Stopped)
        {
            // The archive is deterministic: the same command again regenerates it and adds what is missing.
            await context.Error.WriteLineAsync("Stopped before the end; the batch in hand was not stored. Run the same command again to add the rest.");
            return ExitCodes.Stopped;
        }

        return report.Failures.Count > 0 ? ExitCodes.Failure : ExitCodes.Ok;
    }

    private sealed class TaskProgress(ProgressTask task) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            task.Value = value.Done;
            task.Description = $"Importing {value.Path}";
        }
    }
}
