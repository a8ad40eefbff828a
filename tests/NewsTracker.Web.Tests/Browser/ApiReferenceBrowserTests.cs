using Microsoft.Playwright;

namespace NewsTracker.Web.Tests.Browser;

public sealed partial class BrowserTests
{
    // The page's own CSP (a nonce for Scalar's start-up script) lets the reference run: the browser reports any script or
    // style it refused as a console error.
    [BrowserFact]
    public async Task The_api_reference_renders_the_endpoints_under_its_content_security_policy()
    {
        var errors = new List<string>();
        var page = await browser.NewPageAsync(errors);

        var response = await page.GotoAsync("/api/docs");

        response!.Status.Should().Be(200);
        (await response.HeaderValueAsync("content-security-policy")).Should().Contain("'nonce-");
        await Assertions.Expect(page.GetByText("Quotes, newest first, filtered and paged").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Every quote the filters match, as a CSV or JSON download").First).ToBeVisibleAsync();
        errors.Should().BeEmpty();
    }
}
