using Microsoft.Playwright;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Browser;

// The app on a real loopback port (Kestrel, port 0) and Debian's Chromium driven by Playwright.
// No browser download: CI installs the chromium package; without it these tests are skipped, and under
// CI=true they fail, loudly.
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    // The address a click or a form's post leads to, polled rather than awaited as a navigation's load event: under a
    // loaded CI run that wait ran out twice while the page had long arrived. What the page shows is asserted after it.
    public static readonly PageAssertionsToHaveURLOptions Arrived = new() { Timeout = 60_000 };

    public static bool ChromiumInstalled => File.Exists(ChromiumPath);

    public static bool RunningInCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private readonly KestrelNewsTrackerFactory _app = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser did not start.");

    public async Task InitializeAsync()
    {
        if (!ChromiumInstalled)
        {
            if (!RunningInCi)
            {
                // Every test of the collection is skipped (BrowserFact); nothing to start.
                return;
            }

            throw new InvalidOperationException(
                $"Browser tests need Chromium at {ChromiumPath}; install it with `apt-get install -y chromium` (Playwright's own browser download is not used).");
        }

        // Assertions retry until this long; CI machines are slower than a laptop.
        Assertions.SetDefaultExpectTimeout(15_000);
        _app.StartServer();
        BaseAddress = _app.ClientOptions.BaseAddress;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    public Task<(string Email, string Password)> EnsureAccountAsync(string role) => _app.EnsureAccountAsync(role);

    public async Task<IPage> NewPageAsync(List<string> consoleErrors)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                consoleErrors.Add($"{message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => consoleErrors.Add("page error: " + error);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _app.DisposeAsync();
    }

    private sealed class KestrelNewsTrackerFactory : NewsTrackerFactory
    {
        public KestrelNewsTrackerFactory() => UseKestrel(0);
    }
}
