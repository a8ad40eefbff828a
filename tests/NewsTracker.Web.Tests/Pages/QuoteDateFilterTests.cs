using System.Net;
using System.Text.Json;
using NewsTracker.Web.Pages.Quotes;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Pages;

// A "to" date includes the whole of that day: an article published that evening is in the range.
public sealed class QuoteDateFilterTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    // No other test article is dated anywhere near this day.
    private const string Day = "1987-06-15";

    [Fact]
    public void The_to_date_becomes_the_next_midnight_and_the_from_date_its_own()
    {
        var filter = new QuoteSearchInput { From = new DateOnly(2022, 4, 13), To = new DateOnly(2022, 4, 13) }.ToFilter(20);

        filter.FromUtc.Should().Be(new DateTime(2022, 4, 13, 0, 0, 0, DateTimeKind.Utc));
        filter.ToUtc.Should().Be(new DateTime(2022, 4, 14, 0, 0, 0, DateTimeKind.Utc));
        filter.ToUtc!.Value.Kind.Should().Be(DateTimeKind.Utc);
    }

    [Fact]
    public void The_last_day_a_date_can_hold_sets_no_end_rather_than_overflowing()
    {
        new QuoteSearchInput { To = DateOnly.MaxValue }.ToFilter(20).ToUtc.Should().BeNull();
    }

    [Fact]
    public async Task An_article_published_in_the_evening_is_found_by_a_range_ending_that_day()
    {
        var client = await factory.CreateEditorClientAsync();
        await AddEveningArticleAsync(client);

        var sameDay = await client.GetDocumentAsync($"/Quotes?from={Day}&to={Day}");
        var dayBefore = await client.GetDocumentAsync($"/Quotes?from=1987-06-01&to=1987-06-14");

        sameDay.QuerySelectorAll(".quote-card").Should().NotBeEmpty();
        sameDay.QuerySelectorAll(".quote-card time").Select(t => t.GetAttribute("datetime")).Should().OnlyContain(d => d == Day);
        dayBefore.QuerySelectorAll(".quote-card").Should().BeEmpty();
    }

    [Fact]
    public async Task The_api_to_date_includes_that_whole_day_too()
    {
        var client = await factory.CreateEditorClientAsync();
        await AddEveningArticleAsync(client);

        var sameDay = await client.GetJsonAsync($"/api/quotes?from={Day}&to={Day}");
        var dayBefore = await client.GetJsonAsync($"/api/quotes?to=1987-06-14&from=1987-06-01");

        sameDay.GetProperty("total").GetInt32().Should().BePositive();
        sameDay.Items().Should().OnlyContain(q => q.GetProperty("article").GetProperty("publishedAt").GetString()!.StartsWith(Day, StringComparison.Ordinal));
        dayBefore.GetProperty("total").GetInt32().Should().Be(0);
    }

    [Fact]
    public async Task The_furthest_to_date_is_accepted_on_the_page_and_in_the_api()
    {
        var client = await factory.CreateEditorClientAsync();

        using var page = await client.GetAsync("/Quotes?to=9999-12-31");
        using var api = await client.GetAsync("/api/quotes?to=9999-12-31");

        page.StatusCode.Should().Be(HttpStatusCode.OK);
        api.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Json.ReadAsync(api)).GetProperty("total").GetInt32().Should().BePositive();
    }

    // Published at 18:45 UTC: after the midnight that a "to" date taken literally would end at.
    private static async Task AddEveningArticleAsync(HttpClient client)
    {
        var marker = TestArticles.Marker();
        var json = JsonSerializer.Serialize(new { title = $"Evening statement ({marker})", body = TestArticles.Body(marker), publishedAt = $"{Day}T18:45:00Z" });
        using var response = await client.PostFilesAsync("/Articles/Import", "Input.Files", ($"evening-{marker}.json", json));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }
}
