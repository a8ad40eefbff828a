using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsTracker.Core.Accounts;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Browser;

// Alone, not beside the in-process test classes: under a full parallel run on two cores a page load
// could take longer than Playwright's timeouts, and a browser test measures the app, not the crowd.
[CollectionDefinition(nameof(BrowserTests), DisableParallelization = true)]
public sealed class BrowserTestsCollection : ICollectionFixture<BrowserFixture>;

[Collection(nameof(BrowserTests))]
public sealed partial class BrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task Searching_from_the_nav_box_lists_the_matching_quotes()
    {
        var errors = new List<string>();
        var page = await browser.NewPageAsync(errors);

        await page.GotoAsync("/");
        await page.FillAsync("#nav-q", "\"combat troops\"");
        await page.PressAsync("#nav-q", "Enter");

        await Assertions.Expect(page).ToHaveURLAsync(QuotesSearchUrl(), BrowserFixture.Arrived);
        // A quoted phrase matches exactly (unquoted, the words would also bring in the quotes of the topic they name).
        var seed = page.Locator(".quote-card .quote-text", new() { HasText = TestArticles.SeedTroopsQuote });
        await Assertions.Expect(seed).ToBeVisibleAsync();
        await Assertions.Expect(seed.Locator("mark")).ToHaveTextAsync("combat troops");
        await Assertions.Expect(page.Locator("input#q")).ToHaveValueAsync("\"combat troops\"");
        errors.Should().BeEmpty();
    }

    [BrowserFact]
    public async Task Adding_an_article_through_the_form_shows_it_with_its_quotes_highlighted()
    {
        var errors = new List<string>();
        var page = await browser.NewPageAsync(errors);
        var form = TestArticles.Form(TestArticles.Marker());

        // Adding needs an editor: the form sends a visitor to sign in and back.
        await page.GotoAsync("/Articles/New");
        await Assertions.Expect(page).ToHaveURLAsync(SignInUrl());
        var (email, password) = await browser.EnsureAccountAsync(NewsRoles.Editor);
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("form.editor-form button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(NewArticleUrl());
        await page.FillAsync("#Input_Title", form["Input.Title"]);
        await page.FillAsync("#Input_Outlet", form["Input.Outlet"]);
        await page.FillAsync("#Input_Url", form["Input.Url"]);
        await page.FillAsync("#Input_PublishedOn", form["Input.PublishedOn"]);
        await page.FillAsync("#Input_Body", form["Input.Body"]);
        await Assertions.Expect(page.Locator("#body-count")).ToContainTextAsync("of 200,000 characters");
        await page.ClickAsync(".article-form button[type=submit]");

        // The review comes first: nothing is stored until it is saved.
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Review before saving");
        await page.ClickAsync("button.save-review");

        // Wait for the redirect to the article itself: waiting for "load" can resolve on the form page
        // before the post navigates, or miss the load of the page after it.
        try
        {
            await Assertions.Expect(page).ToHaveURLAsync(ArticleUrl(), BrowserFixture.Arrived);
        }
        catch (TimeoutException)
        {
            page.Url.Should().MatchRegex(ArticleUrl().ToString(), "the form was accepted (the page says: {0})",
                await page.Locator("main").InnerTextAsync());
        }

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(form["Input.Title"]);
        await Assertions.Expect(page.Locator(".status-message")).ToContainTextAsync("Article added");
        var marks = page.Locator(".article-body mark.q");
        await Assertions.Expect(marks.First).ToBeVisibleAsync();
        (await marks.CountAsync()).Should().BeGreaterThanOrEqualTo(2);
        await Assertions.Expect(page.Locator(".article-body mark.q-direct").First).ToContainTextAsync("We are ready to take this decision");

        await page.Locator(".quote-links a[href^='#q-']").First.ClickAsync();
        await Assertions.Expect(page.Locator("mark.q.is-focused")).ToHaveCountAsync(1);
        errors.Should().BeEmpty();
    }

    [BrowserFact]
    public async Task An_editor_corrects_a_speaker_in_the_review_saves_and_an_edit_keeps_the_correction()
    {
        var errors = new List<string>();
        var page = await browser.NewPageAsync(errors);
        var form = TestArticles.Form(TestArticles.Marker());
        await SignInAsync(page, "/Articles/New");
        await page.FillAsync("#Input_Title", form["Input.Title"]);
        await page.FillAsync("#Input_Body", form["Input.Body"]);
        await page.ClickAsync(".article-form button[type=submit]");

        var quote = page.Locator(".review-quote").Filter(new() { HasText = "Our security is our own choice" });
        await quote.Locator("input.speaker-input").FillAsync("Jens Stoltenberg");
        await quote.Locator("button.change-speaker").ClickAsync();
        await Assertions.Expect(page.Locator(".review-corrections li")).ToHaveCountAsync(1);
        var corrected = page.Locator(".review-quote").Filter(new() { HasText = "Our security is our own choice" });
        await Assertions.Expect(corrected.Locator(".speaker-name")).ToHaveTextAsync("Jens Stoltenberg");

        // Selecting words in the text fills the missed-quote passage.
        await page.EvaluateAsync(SelectWords, "told reporters");
        await Assertions.Expect(page.Locator("#passage-text")).ToHaveValueAsync("told reporters");
        await Assertions.Expect(page.Locator("#passage-start")).Not.ToHaveValueAsync(string.Empty);

        await page.ClickAsync("button.save-review");
        await Assertions.Expect(page).ToHaveURLAsync(ArticleUrl(), BrowserFixture.Arrived);
        var saved = page.Locator(".article-quote").Filter(new() { HasText = "Our security is our own choice" });
        await Assertions.Expect(saved.Locator(".speaker-link")).ToHaveTextAsync("Jens Stoltenberg");

        await page.ClickAsync("a.edit-article");
        var body = await page.InputValueAsync("#Input_Body");
        await page.FillAsync("#Input_Body", body + "\n\nThe talks continue next week.");
        await page.ClickAsync(".article-form button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(ArticleUrl(), BrowserFixture.Arrived);
        await Assertions.Expect(page.Locator(".status-message")).ToContainTextAsync("Article saved");
        await Assertions.Expect(page.Locator(".article-body")).ToContainTextAsync("The talks continue next week.");
        var kept = page.Locator(".article-quote").Filter(new() { HasText = "Our security is our own choice" });
        await Assertions.Expect(kept.Locator(".speaker-link")).ToHaveTextAsync("Jens Stoltenberg");
        errors.Should().BeEmpty();
    }

    [BrowserFact]
    public async Task The_speaker_chart_renders_without_console_or_csp_errors()
    {
        var errors = new List<string>();
        var page = await browser.NewPageAsync(errors);

        var response = await page.GotoAsync("/Speakers/jens-stoltenberg");

        response!.Status.Should().Be(200);
        var canvas = page.Locator("canvas#attention-chart[data-chart-ready=true]");
        await Assertions.Expect(canvas).ToBeVisibleAsync();
        var box = await canvas.BoundingBoxAsync();
        box!.Width.Should().BeGreaterThan(100);
        box.Height.Should().BeGreaterThan(100);
        var datasets = await page.EvaluateAsync<int>("() => document.getElementById('attention-chart').chart.data.datasets.length");
        datasets.Should().BeGreaterThan(0);
        errors.Should().BeEmpty("the chart draws under the strict CSP without inline script or style");
    }

    [BrowserFact]
    public async Task The_navigation_collapses_into_a_menu_on_a_phone_screen()
    {
        var errors = new List<string>();
        var page = await browser.NewPageAsync(errors);
        await page.SetViewportSizeAsync(390, 844);

        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("#main-nav")).ToBeHiddenAsync();
        await page.ClickAsync(".navbar-toggler");

        await Assertions.Expect(page.Locator("#main-nav a[href='/Speakers']")).ToBeVisibleAsync();
        errors.Should().BeEmpty();
    }

    // Selects the first occurrence of the words in the review's text, as a mouse drag would, and lets go.
    private const string SelectWords =
        """
        words => {
            const body = document.getElementById('review-body');
            const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
            let node = walker.nextNode();
            while (node && !node.textContent.includes(words)) { node = walker.nextNode(); }
            const at = node.textContent.indexOf(words);
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + words.length);
            window.getSelection().removeAllRanges();
            window.getSelection().addRange(range);
            body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        }
        """;

    private async Task SignInAsync(IPage page, string returnTo)
    {
        await page.GotoAsync(returnTo);
        await Assertions.Expect(page).ToHaveURLAsync(SignInUrl());
        var (email, password) = await browser.EnsureAccountAsync(NewsRoles.Editor);
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAsync("form.editor-form button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(NewArticleUrl());
    }

    [GeneratedRegex(@"/Quotes\?q=%22combat\+troops%22$")]
    private static partial Regex QuotesSearchUrl();

    [GeneratedRegex("/Account/SignIn")]
    private static partial Regex SignInUrl();

    [GeneratedRegex("/Articles/New$")]
    private static partial Regex NewArticleUrl();

    [GeneratedRegex(@"/Articles/[0-9]+$")]
    private static partial Regex ArticleUrl();
}
