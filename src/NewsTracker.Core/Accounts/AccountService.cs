using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Data;

namespace NewsTracker.Core.Accounts;

// Accounts for the CLI and the admin pages alike. Identity's UserManager checks passwords and keeps the
// security stamp; this service adds the newsroom's rules (one role per account, an admin always left) and
// writes every change with its audit entry in one transaction.
public sealed class AccountService(UserManager<NewsUser> users, NewsDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<AccountResult> CreateAsync(NewAccount account, Editor by, CancellationToken ct)
    {
        var email = account.Email?.Trim() ?? string.Empty;
        var errors = new List<string>();
        if (!IsEmail(email))
        {
            errors.Add("Give an email address such as name@example.org.");
        }

        var role = NewsRoles.Parse(account.Role);
        if (role is null)
        {
            errors.Add(UnknownRole(account.Role));
        }

        if (string.IsNullOrEmpty(account.Password))
        {
            errors.Add("Give a password.");
        }

        if (errors.Count > 0)
        {
            return AccountResult.Fail(AccountProblem.Invalid, [.. errors]);
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            return AccountResult.Fail(AccountProblem.Refused, $"An account for {email} already exists.");
        }

        var user = new NewsUser { UserName = email, Email = email, CreatedUtc = clock.GetUtcNow().UtcDateTime };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, account.Password!);
        if (!created.Succeeded)
        {
            return AccountResult.Fail(AccountProblem.Invalid, [.. created.Errors.Select(e => e.Description)]);
        }

        var given = await users.AddToRoleAsync(user, role!);
        if (!given.Succeeded)
        {
            return AccountResult.Fail(AccountProblem.Invalid, [.. given.Errors.Select(e => e.Description)]);
        }

        audit.Record(by, "created", AuditEntities.User, user.Id, $"Account {email} created as {role}.", after: new { email, role });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return AccountResult.Ok(user.Id);
    }

    public async Task<IReadOnlyList<AccountRow>> ListAsync(CancellationToken ct)
    {
        var rows = await db.Users.AsNoTracking()
            .OrderBy(u => u.Email)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.IsDisabled,
                u.LockoutEnd,
                u.CreatedUtc,
                Role = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return [.. rows.Select(u => new AccountRow(u.Id, u.Email ?? u.Id, u.Role ?? "(none)", u.IsDisabled, u.LockoutEnd, u.CreatedUtc))];
    }

    public async Task<AccountResult> ChangeRoleAsync(string? email, string? role, Editor by, CancellationToken ct)
    {
        var newRole = NewsRoles.Parse(role);
        if (newRole is null)
        {
            return AccountResult.Fail(AccountProblem.Invalid, UnknownRole(role));
        }

        if (await FindAsync(email) is not { } user)
        {
            return NotFound(email);
        }

        var current = await users.GetRolesAsync(user);
        if (current.SequenceEqual([newRole]))
        {
            return AccountResult.Ok(user.Id);
        }

        if (current.Contains(NewsRoles.Admin) && !await AnotherAdminRemainsAsync(user, ct))
        {
            return AccountResult.Fail(AccountProblem.Refused, $"{user.Email} is the only active admin; make another admin first.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await users.RemoveFromRolesAsync(user, current);
        audit.Record(by, "changed role", AuditEntities.User, user.Id, $"{user.Email}: {string.Join(", ", current)} → {newRole}.",
            before: new { role = string.Join(", ", current) }, after: new { role = newRole });

        // Saves the audit entry with the new role. Open sessions pick the role up when their cookie is next checked.
        await users.AddToRoleAsync(user, newRole);
        await transaction.CommitAsync(ct);
        return AccountResult.Ok(user.Id);
    }

    // A disabled account cannot sign in; the new security stamp ends its open sessions, and its tokens are
    // refused while it stays disabled.
    public async Task<AccountResult> SetDisabledAsync(string? email, bool disabled, Editor by, CancellationToken ct)
    {
        if (await FindAsync(email) is not { } user)
        {
            return NotFound(email);
        }

        if (user.IsDisabled == disabled)
        {
            return AccountResult.Ok(user.Id);
        }

        if (disabled && await users.IsInRoleAsync(user, NewsRoles.Admin) && !await AnotherAdminRemainsAsync(user, ct))
        {
            return AccountResult.Fail(AccountProblem.Refused, $"{user.Email} is the only active admin; make another admin first.");
        }

        user.IsDisabled = disabled;
        audit.Record(by, disabled ? "disabled" : "enabled", AuditEntities.User, user.Id, $"{user.Email} {(disabled ? "disabled" : "enabled")}.",
            before: new { disabled = !disabled }, after: new { disabled });
        await users.UpdateSecurityStampAsync(user);
        return AccountResult.Ok(user.Id);
    }

    public async Task<AccountResult> UnlockAsync(string? email, Editor by, CancellationToken ct)
    {
        if (await FindAsync(email) is not { } user)
        {
            return NotFound(email);
        }

        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        audit.Record(by, "unlocked", AuditEntities.User, user.Id, $"{user.Email} unlocked.");
        await users.UpdateAsync(user);
        return AccountResult.Ok(user.Id);
    }

    public async Task<AccountResult> ChangePasswordAsync(string userId, string? current, string? replacement, Editor by, CancellationToken ct)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return NotFound(userId);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var changed = await users.ChangePasswordAsync(user, current ?? string.Empty, replacement ?? string.Empty);
        if (!changed.Succeeded)
        {
            return AccountResult.Fail(AccountProblem.Invalid, [.. changed.Errors.Select(e => e.Description)]);
        }

        audit.Record(by, "changed password", AuditEntities.User, user.Id, $"{user.Email} changed their password.");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return AccountResult.Ok(user.Id);
    }

    // By the signed-in user's id (the profile page) or by email (admins looking at someone's tokens).
    public async Task<ProfileView?> GetProfileAsync(string? emailOrId, CancellationToken ct)
    {
        if (await FindAsync(emailOrId) is not { } user)
        {
            return null;
        }

        var userId = user.Id;

        var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "(none)";
        var tokens = await db.Set<ApiToken>().AsNoTracking()
            .Where(t => t.UserId == userId)
            .OrderBy(t => t.RevokedUtc != null).ThenByDescending(t => t.Id)
            .Select(t => new TokenRow(t.Id, t.Name, t.Prefix, t.CreatedUtc, t.LastUsedUtc, t.RevokedUtc))
            .ToListAsync(ct);
        return new ProfileView(user.Id, user.Email ?? user.Id, role, tokens);
    }

    // The CLI and admin pages name an account by email; the profile page by the signed-in user's id.
    internal async Task<NewsUser?> FindAsync(string? emailOrId)
    {
        var key = emailOrId?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        return key.Contains('@', StringComparison.Ordinal) ? await users.FindByEmailAsync(key) : await users.FindByIdAsync(key);
    }

    internal static AccountResult NotFound(string? email) =>
        AccountResult.Fail(AccountProblem.NotFound, $"No account has the email {email?.Trim()}.");

    private async Task<bool> AnotherAdminRemainsAsync(NewsUser user, CancellationToken ct) =>
        (await users.GetUsersInRoleAsync(NewsRoles.Admin)).Any(u => u.Id != user.Id && !u.IsDisabled);

    private static bool IsEmail(string email) =>
        email.Length is > 0 and <= 256 && new EmailAddressAttribute().IsValid(email) && email.IndexOf('@', StringComparison.Ordinal) > 0;

    private static string UnknownRole(string? role) =>
        $"“{role?.Trim()}” is not a role; use {string.Join(", ", NewsRoles.All.Select(r => r.ToLowerInvariant()))}.";
}
