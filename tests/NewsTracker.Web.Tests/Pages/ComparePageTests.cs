using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Pages;

// /Compare over the seed article: Jens Stoltenberg and Antony Blinken are both quoted in it.
public sealed class ComparePageTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    private const string TwoSpeakers = "/Compare?speakers=Stoltenberg,%20antony-blinken&by=month";

    [Fact]
    public async Task Two_speakers_get_a_series_each_in_one_chart_and_one_table()
    {
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync(TwoSpeakers);

        page.QuerySelector("canvas#compare-chart")!.GetAttribute("data-chart-table").Should().Be("compare-table");
        var table = page.QuerySelector("table#compare-table")!;
        table.QuerySelectorAll("thead th[data-series]").Select(th => th.GetAttribute("data-series")).Should().Equal("Jens Stoltenberg", "Antony Blinken");
        table.QuerySelectorAll("tbody tr").Select(r => r.QuerySelector("th").Text()).Should().Equal("Jan 2022");
        page.QuerySelectorAll(".compared a").Select(a => a.GetAttribute("href")).Should().Equal("/Speakers/jens-stoltenberg", "/Speakers/antony-blinken");
        page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")).Should().Contain(s => s!.Contains("attention-chart.js"));
    }

    [Fact]
    public async Task Each_series_totals_the_quotes_its_speaker_is_credited_with()
    {
        var client = factory.CreateClient();

        var table = (await client.GetDocumentAsync(TwoSpeakers)).QuerySelector("table#compare-table")!;

        var totals = table.QuerySelectorAll("tfoot td").Select(Number).ToList();
        totals.Should().Equal(await QuoteCountAsync(client, "jens-stoltenberg"), await QuoteCountAsync(client, "antony-blinken"));
        totals.Should().OnlyContain(t => t > 0);
    }

    [Fact]
    public async Task The_shareable_link_draws_the_same_comparison()
    {
        var client = factory.CreateClient();
        var page = await client.GetDocumentAsync("/Compare?speakers=+Stoltenberg+,antony-blinken&actors=&topics=&topic=energy&from=2022-01-01&to=2022-12-31&by=month");

        var link = page.QuerySelector("a#share-link")!.GetAttribute("href")!;
        var shared = await client.GetDocumentAsync(link);

        link.Should().Be("/Compare?speakers=Stoltenberg,antony-blinken&topic=energy&from=2022-01-01&to=2022-12-31&by=month");
        shared.QuerySelector("table#compare-table")!.OuterHtml.Should().Be(page.QuerySelector("table#compare-table")!.OuterHtml);
        shared.QuerySelector("#comparison-heading").Text().Should().Be("Quotes per month on energy");
        shared.QuerySelector("select#topic option[selected]")!.GetAttribute("value").Should().Be("energy");
        shared.QuerySelector("input#from")!.GetAttribute("value").Should().Be("2022-01-01");
        shared.QuerySelectorAll("table#compare-table tbody tr").Should().HaveCount(12, "the chart covers the months asked for");
    }

    [Theory]
    [InlineData("speakers=Stoltenberg", "Name at least two speakers to compare")]
    [InlineData("speakers=a,b,c,d,e", "Compare at most four speakers at a time; 5 were named.")]
    [InlineData("speakers=Stoltenberg,Blinken&actors=NATO,Russia", "one kind at a time")]
    [InlineData("speakers=Stoltenberg,Blinken&from=2022-03-01&to=2022-02-01", "The end date is before the start date.")]
    [InlineData("speakers=Stoltenberg,Blinken&from=2022-02-30", "'2022-02-30' is not valid")]
    [InlineData("speakers=Stoltenberg,Blinken&by=fortnight", "'fortnight' is not valid")]
    public async Task Bad_input_is_a_400_with_the_form_filled_and_the_reason(string query, string message)
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/Compare?" + query);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await Html.ParseAsync(response);
        page.QuerySelector(".validation-summary").Text().Should().Contain(message);
        page.QuerySelector("input#speakers")!.GetAttribute("value").Should().NotBeNullOrEmpty();
        page.QuerySelector("canvas").Should().BeNull();
    }

    [Fact]
    public async Task An_unknown_name_is_said_and_the_known_ones_are_still_compared()
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/Compare?speakers=Stoltenberg,Nobody%20Atall,Blinken");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await Html.ParseAsync(response);
        page.QuerySelector(".unknown-filter").Text().Should().Be("No speaker called “Nobody Atall”.");
        page.QuerySelectorAll("table#compare-table thead th[data-series]").Should().HaveCount(2);
    }

    [Fact]
    public async Task Without_names_the_page_is_the_form()
    {
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/Compare");

        page.QuerySelector("form.compare-form").Should().NotBeNull();
        page.QuerySelector(".validation-summary").Should().BeNull();
        page.QuerySelector("table").Should().BeNull();
    }

    [Fact]
    public async Task Names_are_encoded_wherever_the_page_repeats_them()
    {
        var client = factory.CreateClient();

        var html = await client.GetStringAsync("/Compare?speakers=Stoltenberg,%3Cscript%3Ealert(1)%3C/script%3E");

        html.Should().NotContain("<script>alert(1)").And.Contain("No speaker called “&lt;script&gt;alert(1)&lt;/script&gt;”.");
    }

    private static async Task<int> QuoteCountAsync(HttpClient client, string slug)
    {
        var speakers = await client.GetJsonAsync("/api/speakers?pageSize=100");
        return speakers.Items().Single(s => s.GetProperty("slug").GetString() == slug).GetProperty("quoteCount").GetInt32();
    }

    private static int Number(IElement cell) => int.Parse(cell.Text(), NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("en-GB"));
}
