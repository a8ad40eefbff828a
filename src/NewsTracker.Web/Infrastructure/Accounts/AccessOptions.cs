namespace NewsTracker.Web.Infrastructure.Accounts;

public sealed class AccessOptions
{
    public const string Section = "Access";

    // True: anyone who reaches the app may read; false: reading needs a signed-in account of any role.
    public bool AnonymousRead { get; set; } = true;
}
