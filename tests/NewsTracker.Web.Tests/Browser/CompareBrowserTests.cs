using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NewsTracker.Web.Tests.Browser;

[Collection(nameof(BrowserTests))]
public sealed partial class CompareBrowserTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task Comparing_two_speakers_through_the_form_draws_a_series_for_each()
    {
        var errors = new List<string>();
        var page = await browser.NewPageAsync(errors);

        await page.GotoAsync("/Speakers/jens-stoltenberg");
        await page.ClickAsync("a.compare-link");
        await Assertions.Expect(page.Locator("input#speakers")).ToHaveValueAsync("jens-stoltenberg");
        await page.FillAsync("input#speakers", "jens-stoltenberg, Blinken");
        await page.ClickAsync("form.compare-form button[type=submit]");

        await Assertions.Expect(page).ToHaveURLAsync(ComparedUrl(), BrowserFixture.Arrived);
        var chart = page.Locator("canvas#compare-chart[data-chart-ready=true]");
        await Assertions.Expect(chart).ToBeVisibleAsync();
        var series = await page.EvaluateAsync<string[]>("() => document.getElementById('compare-chart').chart.data.datasets.map(d => d.label)");
        series.Should().Equal("Jens Stoltenberg", "Antony Blinken");
        var drawn = await page.EvaluateAsync<int[]>("() => document.getElementById('compare-chart').chart.data.datasets.map(d => d.data.reduce((a, b) => a + b, 0))");
        drawn.Should().OnlyContain(total => total > 0, "each speaker is quoted in the seed article");
        await Assertions.Expect(page.Locator("table#compare-table thead th[data-series]")).ToHaveTextAsync(["Jens Stoltenberg", "Antony Blinken"]);
        errors.Should().BeEmpty("the chart draws under the strict CSP without inline script or style");
    }

    [GeneratedRegex(@"/Compare\?speakers=jens-stoltenberg%2C\+Blinken")]
    private static partial Regex ComparedUrl();
}
