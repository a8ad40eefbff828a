using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsTracker.Core.Accounts;

namespace NewsTracker.Web.Tests.Browser;

public sealed partial class BrowserTests
{
    [BrowserFact]
    public async Task Signing_in_shows_the_account_in_the_nav_and_signing_out_removes_it()
    {
        var errors = new List<string>();
        var page = await browser.NewPageAsync(errors);
        var (email, password) = await browser.EnsureAccountAsync(NewsRoles.Admin);

        await page.GotoAsync("/Speakers");
        await page.ClickAsync(".account-nav a:has-text('Sign in')");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("form.editor-form button[type=submit]");

        await Assertions.Expect(page).ToHaveURLAsync(SpeakersUrl());
        await Assertions.Expect(page.Locator(".account-nav a[href='/Account/Profile']")).ToHaveTextAsync(email);
        await Assertions.Expect(page.Locator(".account-nav a[href='/Admin/Users']")).ToBeVisibleAsync();
        await page.ClickAsync(".account-nav a[href='/Account/Profile']");
        await Assertions.Expect(page.Locator(".account-role")).ToHaveTextAsync("Admin");

        await page.ClickAsync(".account-nav button:has-text('Sign out')");

        await Assertions.Expect(page.Locator(".status-message")).ToContainTextAsync("You are signed out.");
        await Assertions.Expect(page.Locator(".account-nav a:has-text('Sign in')")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".account-nav a[href='/Account/Profile']")).ToHaveCountAsync(0);
        var profile = await page.GotoAsync("/Account/Profile");
        await Assertions.Expect(page).ToHaveURLAsync(SignInUrl());
        profile!.Ok.Should().BeTrue();
        errors.Should().BeEmpty();
    }

    [GeneratedRegex("/Speakers$")]
    private static partial Regex SpeakersUrl();
}
