namespace NewsTracker.Core.Accounts;

// The account rules every host enforces alike (the sign-in page, the CLI and the admin pages).
public static class AccountRules
{
    public const int PasswordMinLength = 12;
    public const int FailedSignInsBeforeLockout = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);
}
