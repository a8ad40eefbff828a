using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Data;
using NewsTracker.Core.Tests.Archive;
using NewsTracker.Data.Sqlite;

namespace NewsTracker.Core.Tests.Cli;

// The import command killed outright (SIGKILL, no chance to clean up) part-way through, then run again.
public sealed class ImportKillTests : IDisposable
{
    private const int Articles = 4_000;
    private readonly string _folder = Directory.CreateTempSubdirectory("newstracker-kill-").FullName;

    private string Database => Path.Combine(_folder, "archive.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task An_import_killed_mid_run_leaves_whole_batches_and_the_same_import_again_adds_the_rest_once()
    {
        var articles = Path.Combine(_folder, "articles");
        Directory.CreateDirectory(articles);
        for (var file = 0; file < Articles / 500; file++)
        {
            var batch = Enumerable.Range(file * 500 + 1, 500).Select(n => Wire.Article(n)).ToArray();
            await File.WriteAllTextAsync(Path.Combine(articles, $"wire-{file:D2}.json"), await Wire.Source("x.json", batch).ReadAsync(default));
        }

        using (var import = StartImport(articles))
        {
            var stored = await ArchivePolling.WaitForArticlesAsync(Database, () => import.HasExited, TimeSpan.FromMinutes(3));
            import.Kill(entireProcessTree: true);
            await import.WaitForExitAsync();
            stored.Should().BeInRange(1, Articles - 1, "the import was cut off part-way");
        }

        await using (var db = Open())
        {
            (await db.Articles.CountAsync() % ArticleBatch).Should().Be(0, "only whole batches were committed");
            await ArchiveIntegrity.ShouldHoldAsync(db);
        }

        var rerun = await CliRun.RunAsync(["import", articles, "--connection", $"Data Source={Database}"]);

        rerun.ExitCode.Should().Be(0, rerun.Error);
        await using (var db = Open())
        {
            (await db.Articles.CountAsync()).Should().Be(Articles);
            (await db.Articles.Select(a => a.Url).Distinct().CountAsync()).Should().Be(Articles);
            await ArchiveIntegrity.ShouldHoldAsync(db);
        }
    }

    private static int ArticleBatch => Core.Articles.ArticleImporter.DefaultBatchSize;

    private Process StartImport(string folder)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "newstracker.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { cli, "import", folder, "--connection", $"Data Source={Database}" })
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

    private NewsDbContext Open() =>
        new(new DbContextOptionsBuilder<NewsDbContext>().UseNewsTrackerSqlite($"Data Source={Database}").Options);
}
