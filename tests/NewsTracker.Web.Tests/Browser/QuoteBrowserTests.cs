using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NewsTracker.Web.Tests.Api;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Browser;

// /Quotes as an analyst uses it: the search box with its matches marked, and a filtered list taken away as CSV.
[Collection(nameof(BrowserTests))]
public sealed partial class QuoteBrowserTests(BrowserFixture browser)
{
    private static readonly string HeaderRow =
        "quoteId,text,kind,speaker,speakerSlug,speakerAffiliation,articleId,articleTitle,outlet,url,published,topics,confidence,statementId,quotePage";

    [BrowserFact]
    public async Task Searching_from_the_quotes_page_marks_the_word_in_the_results()
    {
        var errors = new List<string>();
        var page = await browser.NewPageAsync(errors);

        await page.GotoAsync("/Quotes");
        await page.FillAsync("form.filter-form input#q", "plans");
        await page.ClickAsync("form.filter-form button[type=submit]");

        await Assertions.Expect(page).ToHaveURLAsync(SearchedUrl(), BrowserFixture.Arrived);
        var seed = page.Locator(".quote-card .quote-text", new() { HasText = TestArticles.SeedTroopsQuote });
        await Assertions.Expect(seed).ToBeVisibleAsync();
        await Assertions.Expect(seed.Locator("mark")).ToHaveTextAsync(["plans"]);
        await Assertions.Expect(page.Locator("input#q")).ToHaveValueAsync("plans");
        errors.Should().BeEmpty();
    }

    [BrowserFact]
    public async Task Exporting_a_filtered_list_downloads_a_csv_of_its_quotes()
    {
        var errors = new List<string>();
        var page = await browser.NewPageAsync(errors);
        await page.GotoAsync("/Quotes?speaker=Stoltenberg&kind=direct");
        await Assertions.Expect(page.Locator(".quote-card").First).ToBeVisibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync(".export-links a:text-is('Export CSV')"));

        download.SuggestedFilename.Should().MatchRegex(@"^newstracker-quotes-\d{4}-\d{2}-\d{2}\.csv$");
        (await download.FailureAsync()).Should().BeNull();
        await using var stream = await download.CreateReadStreamAsync();
        using var reader = new StreamReader(stream);
        var csv = await reader.ReadToEndAsync();
        csv.Should().StartWith(HeaderRow + "\r\n");
        var (_, rows) = QuoteExportTests.Csv(csv);
        rows.Should().NotBeEmpty().And.OnlyContain(r => r["speakerSlug"] == "jens-stoltenberg" && r["kind"] == "direct");
        rows.Should().Contain(r => r["text"].StartsWith(TestArticles.SeedTroopsQuote, StringComparison.Ordinal));
        errors.Should().BeEmpty();
    }

    [GeneratedRegex(@"/Quotes\?q=plans")]
    private static partial Regex SearchedUrl();
}
