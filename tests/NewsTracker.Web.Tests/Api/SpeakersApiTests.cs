using System.Net;
using System.Text.Json;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Api;

public sealed class SpeakersApiTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    [Fact]
    public async Task Speakers_have_exactly_the_contract_shape()
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/speakers");
        var json = await Json.ReadAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        json.PropertyNames().Should().Equal("items");
        var items = json.Items();
        items.Should().NotBeEmpty();
        foreach (var item in items)
        {
            item.PropertyNames().Should().Equal("id", "slug", "name", "role", "affiliation", "quoteCount");
            item.GetProperty("id").ValueKind.Should().Be(JsonValueKind.Number);
            item.GetProperty("slug").ValueKind.Should().Be(JsonValueKind.String);
            item.GetProperty("name").ValueKind.Should().Be(JsonValueKind.String);
            item.GetProperty("role").ValueKind.Should().BeOneOf(JsonValueKind.String, JsonValueKind.Null);
            item.GetProperty("affiliation").ValueKind.Should().BeOneOf(JsonValueKind.String, JsonValueKind.Null);
            item.GetProperty("quoteCount").GetInt32().Should().BePositive();
        }
    }

    [Fact]
    public async Task Stoltenberg_is_listed_with_his_affiliation_by_name_and_his_quote_count()
    {
        var client = factory.CreateClient();

        var items = (await client.GetJsonAsync("/api/speakers")).Items();

        var stoltenberg = items.Single(i => i.GetProperty("slug").GetString() == "jens-stoltenberg");
        stoltenberg.GetProperty("name").GetString().Should().Be("Jens Stoltenberg");
        stoltenberg.GetProperty("affiliation").GetString().Should().Be("NATO");
        stoltenberg.GetProperty("quoteCount").GetInt32().Should().BeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public async Task A_speakers_timeline_counts_quotes_per_month_and_topic()
    {
        var client = factory.CreateClient();

        var timeline = await client.GetJsonAsync("/api/speakers/jens-stoltenberg/timeline");
        using var missing = await client.GetAsync("/api/speakers/nobody/timeline");

        timeline.GetProperty("name").GetString().Should().Be("Jens Stoltenberg");
        timeline.Items().Should().Contain(p => p.GetProperty("topic").GetString() == "energy");
        timeline.Items().Should().OnlyContain(p => System.Text.RegularExpressions.Regex.IsMatch(p.GetProperty("month").GetString()!, "^[0-9]{4}-[0-9]{2}$"));
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Topics_are_listed_with_their_keywords()
    {
        var client = factory.CreateClient();

        var items = (await client.GetJsonAsync("/api/topics")).Items();

        items.Select(i => i.GetProperty("slug").GetString()).Should().Contain(["energy", "troop-deployment", "sanctions"]);
        items.Single(i => i.GetProperty("slug").GetString() == "energy").GetProperty("keywords").EnumerateArray()
            .Select(k => k.GetString()).Should().Contain("natural gas");
    }
}
