using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Data;

namespace NewsTracker.Core.Accounts;

// Personal API tokens: made for an account (the token is returned once and only its hash kept), revoked by
// their owner, and checked on every request that carries one.
public sealed class ApiTokenService(AccountService accounts, NewsDbContext db, AuditLog audit, TimeProvider clock)
{
    // Last-used times are a hint for the owner, not a log: written at most once a minute per token.
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public async Task<TokenResult> CreateAsync(string? emailOrId, string? name, Editor by, CancellationToken ct)
    {
        var label = string.IsNullOrWhiteSpace(name) ? "token" : name.Trim();
        if (label.Length > ApiToken.NameMaxLength)
        {
            return new TokenResult(AccountProblem.Invalid, [$"A token name can be at most {ApiToken.NameMaxLength} characters."]);
        }

        if (await accounts.FindAsync(emailOrId) is not { } user)
        {
            return new TokenResult(AccountProblem.NotFound, AccountService.NotFound(emailOrId).Errors);
        }

        if (user.IsDisabled)
        {
            return new TokenResult(AccountProblem.Refused, [$"{user.Email} is disabled; enable the account before making tokens for it."]);
        }

        var secret = TokenSecret.Create();
        var token = new ApiToken
        {
            UserId = user.Id,
            Name = label,
            Hash = TokenSecret.Hash(secret),
            Prefix = TokenSecret.Prefix(secret),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Add(token);
        await db.SaveChangesAsync(ct);
        audit.Record(by, "created token", AuditEntities.User, user.Id, $"Token “{label}” ({token.Prefix}…) made for {user.Email}.",
            after: new { token = token.Id, name = label, prefix = token.Prefix });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new TokenResult(AccountProblem.None, [], new NewToken(token.Id, label, token.Prefix, secret));
    }

    // Owners revoke their own tokens; a token of someone else is "not found", not "forbidden".
    public async Task<AccountResult> RevokeAsync(string userId, int tokenId, Editor by, CancellationToken ct)
    {
        var token = await db.Set<ApiToken>().Include(t => t.User).FirstOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, ct);
        if (token is null)
        {
            return AccountResult.Fail(AccountProblem.NotFound, "There is no such token among yours.");
        }

        if (token.RevokedUtc is null)
        {
            token.RevokedUtc = clock.GetUtcNow().UtcDateTime;
            audit.Record(by, "revoked token", AuditEntities.User, userId, $"Token “{token.Name}” ({token.Prefix}…) of {token.User.Email} revoked.",
                before: new { token = token.Id, revoked = false }, after: new { token = token.Id, revoked = true });
            await db.SaveChangesAsync(ct);
        }

        return AccountResult.Ok(userId);
    }

    // The account behind a token, or null when the token is unknown, revoked, or its account disabled.
    public async Task<NewsUser?> FindOwnerAsync(string? secret, CancellationToken ct)
    {
        if (!TokenSecret.LooksValid(secret))
        {
            return null;
        }

        var hash = TokenSecret.Hash(secret!);
        var match = await db.Set<ApiToken>().AsNoTracking()
            .Where(t => t.Hash == hash && t.RevokedUtc == null && !t.User.IsDisabled)
            .Select(t => new { t.Id, t.LastUsedUtc, t.User })
            .FirstOrDefaultAsync(ct);
        if (match is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (match.LastUsedUtc is not { } last || now - last >= LastUsedResolution)
        {
            try
            {
                await db.Set<ApiToken>().Where(t => t.Id == match.Id).ExecuteUpdateAsync(t => t.SetProperty(x => x.LastUsedUtc, now), ct);
            }
            catch (DbException)
            {
                // A database busy with a long write must not refuse a valid token; the time is only a hint.
            }
        }

        return match.User;
    }
}
