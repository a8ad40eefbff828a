using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Accounts;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Tests.Infrastructure;

namespace NewsTracker.Core.Tests.Accounts;

public sealed class AccountServiceTests : DatabaseTest
{
    internal const string GoodPassword = "Correct horse battery 7";
    private static readonly Editor Admin = new("admin-id", "admin@newsroom.test");

    [Fact]
    public async Task A_new_account_gets_its_role_and_an_audit_entry_naming_who_made_it()
    {
        var result = await CreateAsync("ana@newsroom.test", "analyst");

        result.Succeeded.Should().BeTrue(string.Join("; ", result.Errors));
        var rows = await InScopeAsync<AccountService, IReadOnlyList<AccountRow>>(s => s.ListAsync(default));
        rows.Should().ContainSingle(r => r.Email == "ana@newsroom.test").Which.Role.Should().Be(NewsRoles.Analyst);
        var entry = await LastAuditAsync();
        entry.Should().BeEquivalentTo(new { Entity = "user", EntityId = result.UserId, Action = "created", User = "admin@newsroom.test" });
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_identitys_reasons_and_no_account_is_made()
    {
        var result = await CreateAsync("weak@newsroom.test", "editor", "short");

        result.Problem.Should().Be(AccountProblem.Invalid);
        result.Errors.Should().Contain(e => e.Contains("at least 12 characters"));
        (await InScopeAsync<AccountService, IReadOnlyList<AccountRow>>(s => s.ListAsync(default))).Should().BeEmpty();
        (await CountAuditAsync()).Should().Be(0);
    }

    [Theory]
    [InlineData("someone@newsroom.test", "boss", "not a role")]
    [InlineData("not-an-email", "editor", "email address")]
    [InlineData("  ", "editor", "email address")]
    public async Task Bad_input_is_refused_with_a_message(string email, string role, string message)
    {
        var result = await CreateAsync(email, role);

        result.Problem.Should().Be(AccountProblem.Invalid);
        result.Errors.Should().Contain(e => e.Contains(message));
    }

    [Fact]
    public async Task A_second_account_with_the_same_email_is_refused()
    {
        await CreateAsync("ed@newsroom.test", "editor");

        var result = await CreateAsync(" ED@newsroom.test ", "analyst");

        result.Problem.Should().Be(AccountProblem.Refused);
        result.Errors.Should().ContainSingle().Which.Should().Contain("already exists");
    }

    [Fact]
    public async Task Changing_the_role_replaces_the_old_one_and_records_both()
    {
        await CreateAsync("ed@newsroom.test", "editor");

        var result = await InScopeAsync<AccountService, AccountResult>(s => s.ChangeRoleAsync("ed@newsroom.test", "Analyst", Admin, default));

        result.Succeeded.Should().BeTrue();
        (await RolesAsync("ed@newsroom.test")).Should().Equal(NewsRoles.Analyst);
        var entry = await LastAuditAsync();
        entry.Action.Should().Be("changed role");
        entry.Before.Should().Contain("Editor");
        entry.After.Should().Contain("Analyst");
    }

    [Fact]
    public async Task Changing_the_role_of_an_unknown_email_is_not_found()
    {
        var result = await InScopeAsync<AccountService, AccountResult>(s => s.ChangeRoleAsync("nobody@newsroom.test", "editor", Admin, default));

        result.Problem.Should().Be(AccountProblem.NotFound);
        result.Errors.Should().ContainSingle().Which.Should().Contain("nobody@newsroom.test");
    }

    [Fact]
    public async Task The_only_active_admin_can_be_neither_demoted_nor_disabled()
    {
        await CreateAsync("boss@newsroom.test", "admin");

        var demoted = await InScopeAsync<AccountService, AccountResult>(s => s.ChangeRoleAsync("boss@newsroom.test", "editor", Admin, default));
        var disabled = await InScopeAsync<AccountService, AccountResult>(s => s.SetDisabledAsync("boss@newsroom.test", true, Admin, default));

        demoted.Problem.Should().Be(AccountProblem.Refused);
        disabled.Problem.Should().Be(AccountProblem.Refused);
        await CreateAsync("deputy@newsroom.test", "admin");
        (await InScopeAsync<AccountService, AccountResult>(s => s.SetDisabledAsync("boss@newsroom.test", true, Admin, default))).Succeeded.Should().BeTrue();
    }

    [Fact]
    public async Task Disabling_changes_the_security_stamp_so_open_sessions_end_and_is_audited()
    {
        await CreateAsync("ed@newsroom.test", "editor");
        var before = await StampAsync("ed@newsroom.test");

        var result = await InScopeAsync<AccountService, AccountResult>(s => s.SetDisabledAsync("ed@newsroom.test", true, Admin, default));

        result.Succeeded.Should().BeTrue();
        (await StampAsync("ed@newsroom.test")).Should().NotBe(before);
        var rows = await InScopeAsync<AccountService, IReadOnlyList<AccountRow>>(s => s.ListAsync(default));
        rows.Single().IsDisabled.Should().BeTrue();
        (await LastAuditAsync()).Action.Should().Be("disabled");
    }

    [Fact]
    public async Task Unlocking_clears_a_lockout()
    {
        await CreateAsync("ed@newsroom.test", "editor");
        await using (var scope = Database.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<NewsUser>>();
            var user = (await users.FindByEmailAsync("ed@newsroom.test"))!;
            for (var i = 0; i < AccountRules.FailedSignInsBeforeLockout; i++)
            {
                await users.AccessFailedAsync(user);
            }
        }

        var locked = await InScopeAsync<AccountService, IReadOnlyList<AccountRow>>(s => s.ListAsync(default));
        locked.Single().IsLocked(Database.Clock.GetUtcNow()).Should().BeTrue();

        await InScopeAsync<AccountService, AccountResult>(s => s.UnlockAsync("ed@newsroom.test", Admin, default));

        var rows = await InScopeAsync<AccountService, IReadOnlyList<AccountRow>>(s => s.ListAsync(default));
        rows.Single().IsLocked(Database.Clock.GetUtcNow()).Should().BeFalse();
        (await LastAuditAsync()).Action.Should().Be("unlocked");
    }

    private Task<AccountResult> CreateAsync(string email, string role, string password = GoodPassword) =>
        InScopeAsync<AccountService, AccountResult>(s => s.CreateAsync(new NewAccount(email, role, password), Admin, default));

    private async Task<IList<string>> RolesAsync(string email)
    {
        await using var scope = Database.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<NewsUser>>();
        return await users.GetRolesAsync((await users.FindByEmailAsync(email))!);
    }

    private async Task<string?> StampAsync(string email)
    {
        await using var db = Database.CreateContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.SecurityStamp).SingleAsync();
    }

    private async Task<AuditEntry> LastAuditAsync()
    {
        await using var db = Database.CreateContext();
        return await db.AuditEntries.OrderByDescending(e => e.Id).FirstAsync();
    }

    private async Task<int> CountAuditAsync()
    {
        await using var db = Database.CreateContext();
        return await db.AuditEntries.CountAsync();
    }
}
