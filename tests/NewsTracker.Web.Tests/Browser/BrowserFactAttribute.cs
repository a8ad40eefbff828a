namespace NewsTracker.Web.Tests.Browser;

// A browser test runs when Debian's Chromium is installed. Without it, it reports itself skipped with the
// install command on a developer's machine, and runs (and fails, loudly) under CI=true, where it must be there.
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!BrowserFixture.ChromiumInstalled && !BrowserFixture.RunningInCi)
        {
            Skip = $"Chromium is not installed at {BrowserFixture.ChromiumPath}; install it with `apt-get install -y chromium` (CI=true makes this a failure).";
        }
    }
}
