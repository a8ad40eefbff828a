namespace NewsTracker.Core.Accounts;

public sealed record NewAccount(string? Email, string? Role, string? Password);

// Why an account change did not happen: Invalid input (a bad role, email or weak password), an account
// that does not exist, or a change refused by the rules (the last admin, a duplicate email).
public enum AccountProblem
{
    None,
    Invalid,
    NotFound,
    Refused,
}

public sealed record AccountResult(AccountProblem Problem, IReadOnlyList<string> Errors, string? UserId = null)
{
    public bool Succeeded => Problem == AccountProblem.None;

    public static AccountResult Ok(string userId) => new(AccountProblem.None, [], userId);

    public static AccountResult Fail(AccountProblem problem, params string[] errors) => new(problem, errors);
}

public sealed record AccountRow(string Id, string Email, string Role, bool IsDisabled, DateTimeOffset? LockedUntil, DateTime CreatedUtc)
{
    public bool IsLocked(DateTimeOffset now) => LockedUntil is { } until && until > now;
}

public sealed record TokenRow(int Id, string Name, string Prefix, DateTime CreatedUtc, DateTime? LastUsedUtc, DateTime? RevokedUtc)
{
    public bool IsRevoked => RevokedUtc is not null;
}

public sealed record ProfileView(string UserId, string Email, string Role, IReadOnlyList<TokenRow> Tokens);

// A token just made: the only time the token itself exists outside its owner's hands.
public sealed record NewToken(int Id, string Name, string Prefix, string Token);

public sealed record TokenResult(AccountProblem Problem, IReadOnlyList<string> Errors, NewToken? Token = null)
{
    public bool Succeeded => Problem == AccountProblem.None;
}
