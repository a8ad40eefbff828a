using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Data;
using NewsTracker.Data.Sqlite;

namespace NewsTracker.Core.Tests.Cli;

public sealed class UsersCommandTests : IDisposable
{
    private const string Password = "Strong enough password 1";
    private readonly string _folder = Directory.CreateTempSubdirectory("newstracker-users-").FullName;

    private string Connection => $"Data Source={Path.Combine(_folder, "users.db")}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Add_reads_the_password_from_standard_input_and_list_shows_the_account()
    {
        var added = await UsersAsync(["add", "--email", "chief@newsroom.test", "--role", "admin"], Password + "\n");

        added.ExitCode.Should().Be(0, added.Error);
        added.Output.Should().Contain("Added chief@newsroom.test as Admin.");
        var listed = await UsersAsync(["list"]);
        listed.ExitCode.Should().Be(0, listed.Error);
        listed.Output.Should().MatchRegex(@"chief@newsroom\.test\s+Admin\s+no\s+no");
        listed.Output.Should().Contain("1 accounts.");
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_identitys_message_and_exit_code_2()
    {
        var result = await UsersAsync(["add", "--email", "ed@newsroom.test", "--role", "editor"], "password\n");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("Passwords must be at least 12 characters.");
        (await UsersAsync(["list"])).Output.Should().Contain("0 accounts.");
    }

    [Fact]
    public async Task Without_a_password_on_standard_input_nothing_is_added()
    {
        var result = await UsersAsync(["add", "--email", "ed@newsroom.test", "--role", "editor"], string.Empty);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("No password given");
    }

    [Fact]
    public async Task A_bad_role_exits_2_and_an_unknown_email_exits_1()
    {
        await UsersAsync(["add", "--email", "ed@newsroom.test", "--role", "editor"], Password);

        var badRole = await UsersAsync(["role", "--email", "ed@newsroom.test", "--role", "owner"]);
        var unknown = await UsersAsync(["disable", "--email", "nobody@newsroom.test"]);

        badRole.ExitCode.Should().Be(2);
        badRole.Error.Should().Contain("“owner” is not a role; use admin, editor, analyst.");
        unknown.ExitCode.Should().Be(1);
        unknown.Error.Should().Contain("No account has the email nobody@newsroom.test.");
    }

    [Fact]
    public async Task Role_disable_and_enable_change_the_account_and_leave_audit_entries()
    {
        await UsersAsync(["add", "--email", "ed@newsroom.test", "--role", "editor"], Password);

        (await UsersAsync(["role", "--email", "ed@newsroom.test", "--role", "analyst"])).Output.Should().Contain("is now Analyst");
        var disabled = await UsersAsync(["disable", "--email", "ed@newsroom.test"]);
        disabled.ExitCode.Should().Be(0, disabled.Error);
        (await UsersAsync(["list"])).Output.Should().MatchRegex(@"ed@newsroom\.test\s+Analyst\s+yes");
        var enabled = await UsersAsync(["enable", "--email", "ed@newsroom.test"]);
        enabled.ExitCode.Should().Be(0, enabled.Error);

        SqliteConnection.ClearAllPools();
        await using var db = new NewsDbContext(new DbContextOptionsBuilder<NewsDbContext>().UseNewsTrackerSqlite(Connection).Options);
        var actions = await db.AuditEntries.Where(e => e.Entity == "user").OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
        actions.Should().Equal("created", "changed role", "disabled", "enabled");
        (await db.AuditEntries.Select(e => e.User).FirstAsync()).Should().StartWith("command line");
    }

    [Fact]
    public async Task Token_prints_the_new_token_alone_on_its_last_line()
    {
        await UsersAsync(["add", "--email", "ed@newsroom.test", "--role", "editor"], Password);

        var result = await UsersAsync(["token", "--email", "ed@newsroom.test", "--name", "nightly"]);

        result.ExitCode.Should().Be(0, result.Error);
        var lastLine = result.Output.TrimEnd('\n', '\r').Split('\n')[^1].TrimEnd('\r');
        lastLine.Should().MatchRegex("^nt_[A-Za-z0-9_-]{43}$");
    }

    [Fact]
    public async Task Token_for_an_unknown_email_exits_1()
    {
        var result = await UsersAsync(["token", "--email", "nobody@newsroom.test"]);

        result.ExitCode.Should().Be(1);
        result.Output.Should().BeEmpty();
    }

    private Task<CliOutcome> UsersAsync(string[] args, string? input = null) =>
        CliRun.RunAsync(["users", .. args, "--connection", Connection], input);
}
