using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Data;
using NewsTracker.Core.Tests.Archive;
using NewsTracker.Data.Postgres;
using NewsTracker.Data.Sqlite;
using NewsTracker.Testing;

namespace NewsTracker.Core.Tests.Cli;

// The import command killed outright (SIGKILL, no chance to clean up) part-way through, then run again.
public sealed class ImportKillTests : IDisposable
{
    private const int Articles = 4_000;

    // PostgreSQL stores a batch faster than SQLite: more batches, so the kill still lands part-way on a busy machine.
    private const int PostgresArticles = 16_000;
    private readonly string _folder = Directory.CreateTempSubdirectory("newstracker-kill-").FullName;

    private string Database => Path.Combine(_folder, "archive.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public Task An_import_killed_mid_run_leaves_whole_batches_and_the_same_import_again_adds_the_rest_once() =>
        KillAndRerunAsync(["--connection", $"Data Source={Database}"], () => new(
            new DbContextOptionsBuilder<NewsDbContext>().UseNewsTrackerSqlite($"Data Source={Database}").Options), articles: Articles, existing: false);

    // The same on PostgreSQL, whose import writes each batch with array inserts in one transaction.
    [PostgresFact]
    public async Task On_postgres_an_import_killed_mid_run_leaves_whole_batches_and_the_same_import_again_adds_the_rest_once()
    {
        var connection = await PostgresTestServer.CreateDatabaseAsync();
        try
        {
            await KillAndRerunAsync(["--Database:Provider=Postgres", $"--ConnectionStrings:NewsTracker={connection}"], () => new(
                new DbContextOptionsBuilder<NewsDbContext>().UseNewsTrackerPostgres(connection).Options), articles: PostgresArticles, existing: true);
        }
        finally
        {
            await PostgresTestServer.DropDatabaseAsync(connection);
        }
    }

    private async Task KillAndRerunAsync(string[] database, Func<NewsDbContext> open, int articles, bool existing)
    {
        var folder = Path.Combine(_folder, "articles");
        Directory.CreateDirectory(folder);
        for (var file = 0; file < articles / 500; file++)
        {
            var batch = Enumerable.Range(file * 500 + 1, 500).Select(n => Wire.Article(n)).ToArray();
            await File.WriteAllTextAsync(Path.Combine(folder, $"wire-{file:D2}.json"), await Wire.Source("x.json", batch).ReadAsync(default));
        }

        // A SQLite file does not exist until the import makes it; a PostgreSQL test database holds the seed articles.
        var before = 0;
        if (existing)
        {
            await using var db = open();
            before = await db.Articles.CountAsync();
        }

        using (var import = StartImport([folder, .. database]))
        {
            var stored = await ArchivePolling.WaitForArticlesAsync(open, before, () => import.HasExited, TimeSpan.FromMinutes(3));
            import.Kill(entireProcessTree: true);
            await import.WaitForExitAsync();
            stored.Should().BeInRange(1, articles - 1, "the import was cut off part-way");
        }

        await using (var db = open())
        {
            ((await db.Articles.CountAsync() - before) % ArticleBatch).Should().Be(0, "only whole batches were committed");
            await ArchiveIntegrity.ShouldHoldAsync(db);
        }

        var rerun = await CliRun.RunAsync(["import", folder, .. database]);

        rerun.ExitCode.Should().Be(0, rerun.Error);
        await using (var db = open())
        {
            (await db.Articles.CountAsync() - before).Should().Be(articles);
            (await db.Articles.Where(a => a.Url != null && a.Url.Contains("/talks/")).Select(a => a.Url).Distinct().CountAsync()).Should().Be(articles);
            await ArchiveIntegrity.ShouldHoldAsync(db);
        }
    }

    private static int ArticleBatch => Core.Articles.ArticleImporter.DefaultBatchSize;

    private static Process StartImport(string[] arguments)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "newstracker.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])[cli, "import", .. arguments])
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
