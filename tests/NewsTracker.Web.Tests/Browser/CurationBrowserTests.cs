using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsTracker.Core.Accounts;

namespace NewsTracker.Web.Tests.Browser;

[Collection(nameof(BrowserTests))]
public sealed partial class CurationBrowserTests(BrowserFixture browser)
{

    [BrowserFact]
    public async Task An_editor_creates_an_actor_and_merges_it_into_another_through_the_pages()
    {
        var errors = new List<string>();
        var page = await browser.NewPageAsync(errors);

        await page.GotoAsync("/Actors/New");
        await Assertions.Expect(page).ToHaveURLAsync(SignInUrl());
        var (email, password) = await browser.EnsureAccountAsync(NewsRoles.Editor);
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("form.editor-form button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(NewActorUrl());

        await page.FillAsync("#Input_Name", "Alliance Press Desk");
        await page.SelectOptionAsync("#Input_Kind", "Organisation");
        await page.FillAsync("#Input_Aliases", "NATO press office");
        await page.ClickAsync("form.editor-form button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(CreatedUrl(), BrowserFixture.Arrived);
        await Assertions.Expect(page.Locator(".status-message")).ToContainTextAsync("created");

        await page.ClickAsync(".curation-links a:text-is('Merge')");
        await Assertions.Expect(page).ToHaveURLAsync(MergeUrl(), BrowserFixture.Arrived);
        await page.FillAsync("#Input_Into", "NATO");
        await page.ClickAsync("form.merge-form button[type=submit]");

        await Assertions.Expect(page).ToHaveURLAsync(NatoUrl(), BrowserFixture.Arrived);
        await Assertions.Expect(page.Locator(".status-message")).ToContainTextAsync("“Alliance Press Desk” merged into “NATO”");
        await Assertions.Expect(page.Locator(".side-panel .chip", new() { HasTextString = "Alliance Press Desk" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".side-panel .chip", new() { HasTextString = "NATO press office" })).ToHaveCountAsync(1);

        var old = await page.GotoAsync("/Actors/alliance-press-desk");
        old!.Url.Should().EndWith("/Actors/nato", "the merged actor's address leads to the survivor");
        errors.Should().BeEmpty();
    }

    [GeneratedRegex("/Account/SignIn")]
    private static partial Regex SignInUrl();

    [GeneratedRegex("/Actors/New$")]
    private static partial Regex NewActorUrl();

    [GeneratedRegex("/Actors/alliance-press-desk$")]
    private static partial Regex CreatedUrl();

    [GeneratedRegex("/Actors/alliance-press-desk/Merge$")]
    private static partial Regex MergeUrl();

    [GeneratedRegex("/Actors/nato$")]
    private static partial Regex NatoUrl();
}
