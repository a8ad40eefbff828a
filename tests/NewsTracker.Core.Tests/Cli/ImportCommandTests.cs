using Microsoft.Data.Sqlite;

namespace NewsTracker.Core.Tests.Cli;

public sealed class ImportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newstracker-cli-").FullName;

    private string Database => Path.Combine(_folder, "import.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Import_adds_the_seed_article_and_a_second_import_reports_it_as_a_duplicate()
    {
        var first = await CliRun.RunAsync(["import", CliRun.SeedArticle, "--connection", $"Data Source={Database}"]);

        first.ExitCode.Should().Be(0, first.Error);
        first.Output.Should().MatchRegex(@"Imported 1 articles with [1-9]\d* quotes from 1 files; skipped 0 duplicates; 0 failures\.");
        File.Exists(Database).Should().BeTrue();

        var second = await CliRun.RunAsync(["import", CliRun.SeedArticle, $"--ConnectionStrings:NewsTracker=Data Source={Database}"]);

        second.ExitCode.Should().Be(0, second.Error);
        second.Output.Should().Contain("Imported 0 articles with 0 quotes from 1 files; skipped 1 duplicates; 0 failures.");
    }

    [Fact]
    public async Task A_command_line_import_leaves_one_audit_entry_saying_what_it_added()
    {
        var result = await CliRun.RunAsync(["import", CliRun.SeedArticle, "--connection", $"Data Source={Database}"]);

        result.ExitCode.Should().Be(0, result.Error);
        await using var connection = new SqliteConnection($"Data Source={Database}");
        await connection.OpenAsync();
        await using var query = connection.CreateCommand();
        query.CommandText = "SELECT \"User\", \"Action\", \"Entity\", \"Summary\", \"After\" FROM \"AuditEntries\"";
        await using var reader = await query.ExecuteReaderAsync();
        (await reader.ReadAsync()).Should().BeTrue("the run is audited");
        reader.GetString(0).Should().Be($"{Environment.UserName} (command line)");
        reader.GetString(1).Should().Be("imported");
        reader.GetString(2).Should().Be("article");
        reader.GetString(3).Should().Contain("Imported 1 articles from 1 files on the command line");
        reader.GetString(4).Should().Contain("\"firstArticleIds\":[1]");
        (await reader.ReadAsync()).Should().BeFalse("one entry for the run");
    }

    [Fact]
    public async Task Extract_reads_the_catalogue_of_an_imported_database_and_leaves_it_unchanged()
    {
        await CliRun.RunAsync(["import", CliRun.SeedArticle, "--connection", $"Data Source={Database}"]);
        SqliteConnection.ClearAllPools();
        var before = await File.ReadAllBytesAsync(Database);

        var result = await CliRun.RunAsync(["extract", "--json", CliRun.SeedArticle, "--connection", $"Data Source={Database}"]);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("\"speaker\": \"Jens Stoltenberg\"");
        SqliteConnection.ClearAllPools();
        (await File.ReadAllBytesAsync(Database)).Should().Equal(before);
    }

    [Fact]
    public async Task Extract_falls_back_to_the_reference_catalogue_when_the_database_file_is_not_migrated()
    {
        await File.WriteAllBytesAsync(Database, []);

        var result = await CliRun.RunAsync(["extract", "--json", CliRun.SeedArticle, "--connection", $"Data Source={Database}"]);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("\"speaker\": \"Jens Stoltenberg\"");
    }

    [Fact]
    public async Task Import_counts_every_article_of_a_folder()
    {
        var articles = Path.Combine(_folder, "articles");
        Directory.CreateDirectory(articles);
        File.Copy(CliRun.SeedArticle, Path.Combine(articles, "seed.txt"));
        await File.WriteAllTextAsync(Path.Combine(articles, "other.txt"), """
            Ministers meet in Geneva

            "We are ready to talk, but not at any price," Foreign Minister Anna Berg told reporters on Monday.
            """);

        var result = await CliRun.RunAsync(["import", articles, "--connection", $"Data Source={Database}"]);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().MatchRegex(@"Imported 2 articles with [1-9]\d* quotes from 2 files; skipped 0 duplicates; 0 failures\.");
    }

    [Fact]
    public async Task Import_reports_a_file_it_cannot_use_and_exits_1()
    {
        var broken = Path.Combine(_folder, "broken.json");
        await File.WriteAllTextAsync(broken, "{ not json");

        var result = await CliRun.RunAsync(["import", broken, "--connection", $"Data Source={Database}"]);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("broken.json");
    }

    [Fact]
    public async Task Import_names_each_refused_file_with_its_reason_and_each_warned_one_and_imports_the_rest()
    {
        var articles = Path.Combine(_folder, "mixed");
        Directory.CreateDirectory(articles);
        await File.WriteAllTextAsync(Path.Combine(articles, "odd-date.txt"),
            "Date: sometime in spring\n\nMinisters meet in Geneva\n\n\"We are ready to talk,\" Foreign Minister Anna Berg told reporters on Monday.");
        await File.WriteAllBytesAsync(Path.Combine(articles, "junk.txt"), [.. Enumerable.Range(0, 600).Select(i => (byte)(i * 7 % 256))]);
        await File.WriteAllTextAsync(Path.Combine(articles, "future.txt"),
            "Date: 2999-01-01\n\nTalks next millennium\n\n\"We will talk then,\" Foreign Minister Anna Berg said.");

        var result = await CliRun.RunAsync(["import", articles, "--connection", $"Data Source={Database}"]);

        result.ExitCode.Should().Be(1);
        result.Output.Should().Contain("Imported 1 articles").And.Contain("Added with warnings").And.Contain("odd-date.txt").And.Contain("“sometime in spring” could not be read");
        result.Error.Should().Contain("Refused").And.Contain("junk.txt").And.Contain("binary data");
        result.Error.Should().Contain("future.txt").And.Contain("The published date 2999-01-01 is in the future");
    }

    [Fact]
    public async Task Import_of_a_missing_path_exits_2_without_touching_the_database()
    {
        var result = await CliRun.RunAsync(["import", Path.Combine(_folder, "nothing-here"), "--connection", $"Data Source={Database}"]);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("No such file or folder");
        File.Exists(Database).Should().BeFalse();
    }
}
