using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Accounts;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Tests.Infrastructure;

namespace NewsTracker.Core.Tests.Accounts;

public sealed class ApiTokenServiceTests : DatabaseTest
{
    private static readonly Editor Admin = new("admin-id", "admin@newsroom.test");

    [Fact]
    public async Task A_new_token_finds_its_owner_and_only_its_sha256_is_stored()
    {
        var userId = await CreateAccountAsync("ed@newsroom.test");

        var token = await CreateTokenAsync("ed@newsroom.test", "nightly import");

        token.Token.Should().StartWith("nt_").And.HaveLength(46);
        (await OwnerAsync(token.Token)).Should().Be(userId);
        await using var db = Database.CreateContext();
        var stored = await db.Set<ApiToken>().SingleAsync();
        stored.Hash.Should().Be(Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(token.Token))).TrimEnd('=').Replace('+', '-').Replace('/', '_'));
        stored.Prefix.Should().Be(token.Token[..10]);
        stored.Name.Should().Be("nightly import");
        var everything = string.Join("|", await db.AuditEntries.Select(e => e.Summary + e.After).ToListAsync()) + stored.Hash + stored.Prefix;
        everything.Should().NotContain(token.Token);
        stored.LastUsedUtc.Should().Be(Database.Clock.GetUtcNow().UtcDateTime);
    }

    [Fact]
    public async Task A_revoked_token_finds_no_one_and_the_revocation_is_audited()
    {
        var userId = await CreateAccountAsync("ed@newsroom.test");
        var token = await CreateTokenAsync("ed@newsroom.test", "script");

        var revoked = await InScopeAsync<ApiTokenService, AccountResult>(s => s.RevokeAsync(userId, token.Id, Admin, default));

        revoked.Succeeded.Should().BeTrue();
        (await OwnerAsync(token.Token)).Should().BeNull();
        await using var db = Database.CreateContext();
        (await db.AuditEntries.OrderByDescending(e => e.Id).FirstAsync()).Action.Should().Be("revoked token");
    }

    [Fact]
    public async Task Someone_else_cannot_revoke_a_token()
    {
        await CreateAccountAsync("ed@newsroom.test");
        var otherId = await CreateAccountAsync("other@newsroom.test");
        var token = await CreateTokenAsync("ed@newsroom.test", "script");

        var result = await InScopeAsync<ApiTokenService, AccountResult>(s => s.RevokeAsync(otherId, token.Id, Admin, default));

        result.Problem.Should().Be(AccountProblem.NotFound);
        (await OwnerAsync(token.Token)).Should().NotBeNull();
    }

    [Fact]
    public async Task The_token_of_a_disabled_account_finds_no_one_until_it_is_enabled()
    {
        var userId = await CreateAccountAsync("ed@newsroom.test");
        var token = await CreateTokenAsync("ed@newsroom.test", "script");

        await InScopeAsync<AccountService, AccountResult>(s => s.SetDisabledAsync("ed@newsroom.test", true, Admin, default));
        (await OwnerAsync(token.Token)).Should().BeNull();

        await InScopeAsync<AccountService, AccountResult>(s => s.SetDisabledAsync("ed@newsroom.test", false, Admin, default));
        (await OwnerAsync(token.Token)).Should().Be(userId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("nt_")]
    [InlineData("nt_not-a-token-we-made")]
    [InlineData("Bearer nt_abc")]
    [InlineData("' OR 1=1 --")]
    public async Task Anything_else_finds_no_one(string secret)
    {
        await CreateAccountAsync("ed@newsroom.test");
        await CreateTokenAsync("ed@newsroom.test", "script");

        (await OwnerAsync(secret)).Should().BeNull();
    }

    [Fact]
    public async Task An_unknown_email_gets_no_token()
    {
        var result = await InScopeAsync<ApiTokenService, TokenResult>(s => s.CreateAsync("nobody@newsroom.test", null, Admin, default));

        result.Problem.Should().Be(AccountProblem.NotFound);
        result.Token.Should().BeNull();
    }

    private async Task<string> CreateAccountAsync(string email)
    {
        var result = await InScopeAsync<AccountService, AccountResult>(s =>
            s.CreateAsync(new NewAccount(email, "editor", AccountServiceTests.GoodPassword), Admin, default));
        return result.UserId!;
    }

    private async Task<NewToken> CreateTokenAsync(string email, string name)
    {
        var result = await InScopeAsync<ApiTokenService, TokenResult>(s => s.CreateAsync(email, name, Admin, default));
        return result.Token!;
    }

    private async Task<string?> OwnerAsync(string secret) =>
        (await InScopeAsync<ApiTokenService, NewsUser?>(s => s.FindOwnerAsync(secret, default)))?.Id;
}
