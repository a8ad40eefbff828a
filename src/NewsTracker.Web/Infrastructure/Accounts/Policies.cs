namespace NewsTracker.Web.Infrastructure.Accounts;

// Authorization policy names. Every page handler or API call that changes data requires Editing;
// managing accounts requires Administration; reading follows Access:AnonymousRead.
public static class Policies
{
    public const string Editing = "Editing";
    public const string Administration = "Administration";
}
