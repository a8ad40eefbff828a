using System.Net;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Pages;

public sealed class SpeakerPageTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    [Fact]
    public async Task Speaker_page_lists_Stoltenbergs_quotes()
    {
        var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/Speakers/jens-stoltenberg");

        document.QuerySelector("h1").Text().Should().Be("Jens Stoltenberg");
        var quotes = document.QuerySelectorAll(".quote-card .quote-text").Select(q => q.Text()).ToList();
        quotes.Should().Contain(q => q.StartsWith(TestArticles.SeedTroopsQuote, StringComparison.Ordinal));
        quotes.Should().Contain(q => q.StartsWith("We are concerned about the energy situation in Europe", StringComparison.Ordinal));
        quotes.Should().Contain(q => q.StartsWith("We are now reaching out to Russia once again", StringComparison.Ordinal));
        document.QuerySelectorAll(".quote-card .speaker-link").Select(a => a.Text()).Should().OnlyContain(n => n == "Jens Stoltenberg");
    }

    [Fact]
    public async Task Speaker_page_charts_quotes_by_topic_from_a_table_of_the_same_figures()
    {
        var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/Speakers/jens-stoltenberg");

        var canvas = document.QuerySelector("canvas#attention-chart");
        canvas!.GetAttribute("data-chart-table").Should().Be("attention-table");
        var table = document.QuerySelector("details table#attention-table");
        table!.QuerySelectorAll("thead th[data-series]").Select(th => th.GetAttribute("data-series")).Should().Contain("energy");
        table.QuerySelectorAll("tbody td[data-value]").Select(td => int.Parse(td.GetAttribute("data-value")!, System.Globalization.CultureInfo.InvariantCulture))
            .Should().NotBeEmpty().And.OnlyContain(n => n >= 0).And.Contain(n => n > 0);
        table.QuerySelectorAll("tbody th time").Select(t => t.GetAttribute("datetime")).Should().OnlyContain(d => d!.StartsWith("2022-", StringComparison.Ordinal));
        document.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")).Should().Contain(s => s!.Contains("attention-chart.js"));
    }

    [Fact]
    public async Task Unknown_speaker_is_a_404()
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/Speakers/nobody-by-this-name");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Speakers_list_shows_name_role_affiliation_and_quote_count()
    {
        var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/Speakers");

        var row = document.QuerySelectorAll(".speakers-table tbody tr")
            .Single(r => r.QuerySelector("a").Text() == "Jens Stoltenberg");
        var cells = row.QuerySelectorAll("td").Select(c => c.Text()).ToList();
        cells[2].Should().Be("NATO");
        int.Parse(cells[3], System.Globalization.CultureInfo.InvariantCulture).Should().BeGreaterThanOrEqualTo(3);
    }
}
