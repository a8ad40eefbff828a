namespace NewsTracker.Core.Audit;

// Who is making a change, as the services that write see it: the signed-in account, a token's owner, or
// the command line. Pages and the API build one from the request's user; the CLI names itself.
public sealed record Editor(string? UserId, string Label)
{
    public static readonly Editor System = new(null, "system");

    public static Editor CommandLine(string? who = null) => new(null, string.IsNullOrWhiteSpace(who) ? "command line" : who);
}
