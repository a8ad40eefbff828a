using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsTracker.Cli;
using NewsTracker.Core.Data;
using NewsTracker.Core.Tests.Archive;
using NewsTracker.Data.Sqlite;

namespace NewsTracker.Core.Tests.Cli;

// Ctrl-C during an import: the command's token is cancelled (System.CommandLine turns SIGINT into exactly that).
// What was committed stays, is reported and audited; the batch in hand is rolled back; the same import adds the rest.
public sealed partial class ImportStopTests : IDisposable
{
    // Small batches and many of them: the first commits long before the last, so the stop lands mid-run.
    private const int Articles = 6_000;
    private readonly string _folder = Directory.CreateTempSubdirectory("newstracker-stop-").FullName;

    private string Database => Path.Combine(_folder, "archive.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_stopped_import_says_what_it_stored_records_the_run_and_the_same_import_adds_the_rest()
    {
        var articles = Path.Combine(_folder, "articles");
        Directory.CreateDirectory(articles);
        for (var file = 0; file < Articles / 500; file++)
        {
            var batch = Enumerable.Range(file * 500 + 1, 500).Select(n => Wire.Article(n)).ToArray();
            await File.WriteAllTextAsync(Path.Combine(articles, $"wire-{file:D2}.json"), await Wire.Source("x.json", batch).ReadAsync(default));
        }

        using var stop = new CancellationTokenSource();
        // Not disposed: the progress display's refresh thread may outlive the run (see CliRun).
        var output = new StringWriter();
        var error = new StringWriter();
        var run = CliApp.RunAsync(["import", articles, "--connection", $"Data Source={Database}", "--Import:BatchSize=200"], output, error, stop.Token);
        await ArchivePolling.WaitForArticlesAsync(Database, () => run.IsCompleted, TimeSpan.FromMinutes(3));
        await stop.CancelAsync();
        var code = await run;

        code.Should().Be(130, error.ToString());
        var said = StoppedMessage().Match(error.ToString());
        said.Success.Should().BeTrue(error.ToString());
        var reported = int.Parse(said.Groups["articles"].Value, System.Globalization.CultureInfo.InvariantCulture);
        await using (var db = Open())
        {
            var stored = await db.Articles.CountAsync();
            stored.Should().Be(reported, "the message counts what is in the archive").And.BeInRange(1, Articles - 1);
            await ArchiveIntegrity.ShouldHoldAsync(db);
            var audit = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == "imported");
            audit.Summary.Should().StartWith($"Imported {stored} articles").And.EndWith("stopped before the end");
        }

        var rerun = await CliRun.RunAsync(["import", articles, "--connection", $"Data Source={Database}"]);

        rerun.ExitCode.Should().Be(0, rerun.Error);
        rerun.Output.Should().Contain($"Imported {Articles - reported} articles").And.Contain($"skipped {reported} duplicates");
        await using (var db = Open())
        {
            (await db.Articles.CountAsync()).Should().Be(Articles);
            await ArchiveIntegrity.ShouldHoldAsync(db);
        }
    }

    [GeneratedRegex(@"^Stopped: (?<articles>\d+) articles with \d+ quotes were stored before the stop", RegexOptions.Multiline)]
    private static partial Regex StoppedMessage();

    private NewsDbContext Open() =>
        new(new DbContextOptionsBuilder<NewsDbContext>().UseNewsTrackerSqlite($"Data Source={Database}").Options);
}
