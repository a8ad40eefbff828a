using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsTracker.Core.Accounts;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Browser;

[Collection(nameof(BrowserTests))]
public sealed partial class PositionBrowserTests(BrowserFixture browser)
{
    private const string Ready = "We are ready to deploy NATO combat troops to the eastern flank of the alliance";

    [BrowserFact]
    public async Task An_analyst_opens_a_speakers_position_timeline_and_sees_what_changed_in_the_wording()
    {
        // A later statement on troops beside the seed's, added by an editor through the real forms.
        await AddLaterStatementAsync();
        var errors = new List<string>();
        var page = await browser.NewPageAsync(errors);

        await page.GotoAsync("/Speakers/jens-stoltenberg");
        await page.ClickAsync("a.positions-link");
        await Assertions.Expect(page).ToHaveURLAsync(PositionsUrl(), BrowserFixture.Arrived);
        await page.ClickAsync(".position-topics a:text-is('troop deployment')");
        await Assertions.Expect(page).ToHaveURLAsync(TimelineUrl(), BrowserFixture.Arrived);

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Jens Stoltenberg on troop deployment");
        var entry = page.Locator("li.position-entry", new() { Has = page.Locator(".statement-card .quote-text", new() { HasTextString = Ready }) });
        await Assertions.Expect(entry.Locator(".position-diff")).ToBeVisibleAsync();
        await Assertions.Expect(entry.Locator(".position-diff del").First).ToContainTextAsync("no plans");
        await Assertions.Expect(entry.Locator(".position-diff ins").First).ToContainTextAsync("We are ready");
        await Assertions.Expect(entry.Locator(".statement-meta time")).ToHaveAttributeAsync("datetime", "2022-03-01");
        errors.Should().BeEmpty();
    }

    private async Task AddLaterStatementAsync()
    {
        var marker = TestArticles.Marker();
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = browser.BaseAddress };
        var (email, password) = await browser.EnsureAccountAsync(NewsRoles.Editor);
        using (var signedIn = await client.PostFormAsync("/Account/SignIn", [new("Input.Email", email), new("Input.Password", password)]))
        {
            signedIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        var form = new Dictionary<string, string>
        {
            ["Input.Title"] = $"Stoltenberg: allies ready to deploy ({marker})",
            ["Input.Outlet"] = "BBC",
            ["Input.PublishedOn"] = "2022-03-01",
            ["Input.Body"] = $"BRUSSELS - NATO allies met on Tuesday, in talks numbered {marker}.\n\n“{Ready},” Jens Stoltenberg said on Tuesday.",
        };
        using var saved = await ArticleReviewFlow.AddAsync(client, form);
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("/Speakers/jens-stoltenberg/Positions$")]
    private static partial Regex PositionsUrl();

    [GeneratedRegex(@"/Speakers/jens-stoltenberg/Positions\?topic=troop-deployment$")]
    private static partial Regex TimelineUrl();
}
