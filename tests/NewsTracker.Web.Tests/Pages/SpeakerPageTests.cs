using System.Net;
using System.Text.Json;
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
    public async Task Speaker_page_hands_the_monthly_topic_timeline_to_the_chart_as_json()
    {
        var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/Speakers/jens-stoltenberg");

        var canvas = document.QuerySelector("canvas#timeline-chart");
        canvas.Should().NotBeNull();
        using var timeline = JsonDocument.Parse(canvas!.GetAttribute("data-timeline")!);
        var points = timeline.RootElement.EnumerateArray().ToList();
        points.Should().NotBeEmpty();
        points.Should().OnlyContain(p => p.GetProperty("count").GetInt32() > 0 && p.GetProperty("year").GetInt32() > 2000);
        points.Select(p => p.GetProperty("topic").GetString()).Should().Contain("energy");
        document.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")).Should().Contain(s => s!.Contains("speaker-timeline.js"));
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
