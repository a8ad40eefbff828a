using System.Net;
using AngleSharp.Dom;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Pages;

// /Matrix over the seed article: Stoltenberg speaks for NATO, Blinken for the United States, and both name NATO.
public sealed class MatrixPageTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    [Fact]
    public async Task Rows_are_affiliations_columns_named_actors_and_each_count_links_to_its_quotes()
    {
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/Matrix");

        var table = page.QuerySelector("table.matrix-table")!;
        Rows(table).Should().Contain(["NATO", "United States"]);
        Columns(table).Should().Contain("NATO");
        var cell = Cell(table, "United States", "NATO");
        int.Parse(cell.Text(), System.Globalization.CultureInfo.InvariantCulture).Should().BePositive();
        cell.QuerySelector("a")!.GetAttribute("href").Should().Be("/Quotes?affiliation=united-states&actor=nato");
        cell.ClassList.Should().Contain(c => c.StartsWith("heat-", StringComparison.Ordinal) && c != "heat-0");
    }

    [Fact]
    public async Task A_speakers_own_organisation_is_counted_but_not_linked()
    {
        var client = factory.CreateClient();

        var table = (await client.GetDocumentAsync("/Matrix")).QuerySelector("table.matrix-table")!;

        var own = Cell(table, "NATO", "NATO");
        own.QuerySelector("a").Should().BeNull();
        own.Text().Should().MatchRegex("^[0-9]+$");
    }

    [Fact]
    public async Task Shading_is_classes_alone_with_no_inline_style()
    {
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/Matrix");

        page.QuerySelectorAll("[style]").Should().BeEmpty();
        page.QuerySelectorAll("td.matrix-cell").Should().OnlyContain(td => td.ClassList.Any(c => c.StartsWith("heat-", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Topic_and_dates_narrow_the_counts_and_ride_along_on_every_link()
    {
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/Matrix?topic=Alliance+Membership&from=2022-01-01&to=2022-12-31");

        page.QuerySelector("select#topic option[selected]")!.GetAttribute("value").Should().Be("alliance-membership");
        var links = page.QuerySelectorAll("td.matrix-cell a").Select(a => a.GetAttribute("href")).ToList();
        links.Should().NotBeEmpty().And.OnlyContain(h => h!.EndsWith("&topic=alliance-membership&from=2022-01-01&to=2022-12-31", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_range_with_no_quotes_says_so()
    {
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/Matrix?from=1990-01-01&to=1990-12-31");

        page.QuerySelector(".matrix-empty").Text().Should().StartWith("No quote by an identified speaker names an actor");
        page.QuerySelector("table.matrix-table").Should().BeNull();
    }

    [Theory]
    [InlineData("from=2022-03-01&to=2022-02-01", "The end date is before the start date.")]
    [InlineData("from=March", "'March' is not valid")]
    public async Task Bad_dates_are_a_400_with_the_form_filled(string query, string message)
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/Matrix?topic=energy&" + query);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await Html.ParseAsync(response);
        page.QuerySelector(".validation-summary").Text().Should().Contain(message);
        page.QuerySelector("select#topic option[selected]")!.GetAttribute("value").Should().Be("energy");
        page.QuerySelector("table.matrix-table").Should().BeNull();
    }

    [Fact]
    public async Task An_unknown_topic_is_said()
    {
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/Matrix?topic=knitting");

        page.QuerySelector(".unknown-filter").Text().Should().Be("No topic called “knitting”.");
    }

    private static List<string> Rows(IElement table) => table.QuerySelectorAll("tbody th").Select(th => th.Text()).ToList();

    private static List<string> Columns(IElement table) => table.QuerySelectorAll("thead th.matrix-column").Select(th => th.Text()).ToList();

    private static IElement Cell(IElement table, string row, string column)
    {
        var index = Columns(table).IndexOf(column);
        var tr = table.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th").Text() == row);
        return tr.QuerySelectorAll("td")[index];
    }
}
