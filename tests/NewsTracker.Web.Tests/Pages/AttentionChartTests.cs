using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Pages;

// The chart on speaker, actor and topic pages: drawn from a table of the same figures, its switches a link.
// The seed article (31 January 2022) is the only one in this class's database.
public sealed class AttentionChartTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    [Fact]
    public async Task By_month_and_kind_the_speakers_table_adds_up_to_every_quote_he_is_credited_with()
    {
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/Speakers/jens-stoltenberg?by=month&stack=kind");

        page.QuerySelector("#attention-heading").Text().Should().Be("Quotes per month, direct quote or reported speech");
        var table = page.QuerySelector("#attention-table")!;
        Heads(table).Should().Equal("Month", "Direct quote", "Reported speech", "All quotes");
        table.QuerySelectorAll("tbody tr").Select(r => r.QuerySelector("th").Text()).Should().Equal("Jan 2022");
        var quotesStat = page.QuerySelectorAll(".profile-stats div").Single(d => d.QuerySelector("dt").Text() == "Quotes").QuerySelector("dd").Text();
        Number(table.QuerySelectorAll("tfoot td").Last()).Should().Be(int.Parse(quotesStat, CultureInfo.InvariantCulture)).And.BePositive();
        page.QuerySelector("select#by option[selected]")!.GetAttribute("value").Should().Be("month");
        page.QuerySelector("select#stack option[selected]")!.GetAttribute("value").Should().Be("kind");
    }

    [Fact]
    public async Task Left_to_choose_a_chart_of_one_weeks_quotes_counts_by_week()
    {
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/Speakers/jens-stoltenberg");

        page.QuerySelector("#attention-heading").Text().Should().Be("Quotes per week, by topic");
        page.QuerySelectorAll("#attention-table tbody th time").Select(t => t.GetAttribute("datetime")).Should().Equal("2022-01-31");
    }

    [Fact]
    public async Task An_actors_page_charts_the_quotes_involving_it()
    {
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/Actors/nato");

        page.QuerySelector("canvas#attention-chart")!.GetAttribute("aria-label").Should().Contain("involving NATO");
        Number(page.QuerySelectorAll("#attention-table tfoot td").Last()).Should().BePositive();
        page.QuerySelector("a.compare-link")!.GetAttribute("href").Should().Be("/Compare?actors=nato&handler=Start");
    }

    [Fact]
    public async Task A_topics_page_charts_its_quotes_by_kind_only()
    {
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/Topics/energy?by=month");

        Heads(page.QuerySelector("#attention-table")!).Should().Equal("Month", "Direct quote", "Reported speech", "All quotes");
        page.QuerySelector("select#stack").Should().BeNull();
        page.QuerySelector("a.compare-link")!.GetAttribute("href").Should().Be("/Compare?topics=energy&handler=Start");
        page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")).Should().Contain(s => s!.Contains("attention-chart.js"));
    }

    [Fact]
    public async Task A_period_that_is_neither_week_nor_month_is_a_400_with_the_page_and_its_switches()
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/Speakers/jens-stoltenberg?by=fortnight");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await Html.ParseAsync(response);
        page.QuerySelector(".attention .validation-summary").Text().Should().Contain("'fortnight' is not valid");
        page.QuerySelector("form.chart-options select#by").Should().NotBeNull();
        page.QuerySelector("h1").Text().Should().Be("Jens Stoltenberg");
    }

    [Fact]
    public async Task Compare_with_on_a_speakers_page_opens_the_form_holding_that_speaker()
    {
        var client = factory.CreateClient();
        var speaker = await client.GetDocumentAsync("/Speakers/jens-stoltenberg");

        var compare = await client.GetDocumentAsync(speaker.QuerySelector("a.compare-link")!.GetAttribute("href")!);

        compare.QuerySelector("input#speakers")!.GetAttribute("value").Should().Be("jens-stoltenberg");
        compare.QuerySelector(".compare-start").Text().Should().StartWith("Add one to three more");
        compare.QuerySelector(".validation-summary").Should().BeNull();
    }

    private static List<string> Heads(IElement table) => table.QuerySelectorAll("thead th").Select(th => th.Text()).ToList();

    private static int Number(IElement cell) => int.Parse(cell.Text(), NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("en-GB"));
}
