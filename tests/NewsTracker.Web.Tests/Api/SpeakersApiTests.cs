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
        json.PropertyNames().Should().Equal("total", "page", "pageSize", "items");
        json.GetProperty("page").GetInt32().Should().Be(1);
        json.GetProperty("pageSize").GetInt32().Should().Be(50);
        var items = json.Items();
        items.Should().NotBeEmpty();
        json.GetProperty("total").GetInt32().Should().BeGreaterThanOrEqualTo(items.Count);
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
    public async Task Paging_returns_page_sized_slices_of_the_same_total_most_quoted_first()
    {
        var client = factory.CreateClient();

        var all = await client.GetJsonAsync("/api/speakers?pageSize=200");
        var first = await client.GetJsonAsync("/api/speakers?page=1&pageSize=1");
        var second = await client.GetJsonAsync("/api/speakers?page=2&pageSize=1");

        var total = all.GetProperty("total").GetInt32();
        total.Should().BeGreaterThan(1);
        all.Items().Select(i => i.GetProperty("quoteCount").GetInt32()).Should().BeInDescendingOrder();
        first.GetProperty("total").GetInt32().Should().Be(total);
        second.GetProperty("total").GetInt32().Should().Be(total);
        second.GetProperty("page").GetInt32().Should().Be(2);
        second.GetProperty("pageSize").GetInt32().Should().Be(1);
        first.Items().Single().GetProperty("id").GetInt32().Should().Be(all.Items()[0].GetProperty("id").GetInt32());
        second.Items().Single().GetProperty("id").GetInt32().Should().Be(all.Items()[1].GetProperty("id").GetInt32());
    }

    [Theory]
    [InlineData("stolt")]
    [InlineData("STOLTENBERG")]
    [InlineData("jens")]
    public async Task Q_finds_speakers_by_the_start_of_any_word_of_the_name_in_any_case(string q)
    {
        var json = await factory.CreateClient().GetJsonAsync($"/api/speakers?q={q}");

        json.GetProperty("total").GetInt32().Should().Be(1);
        json.Items().Single().GetProperty("slug").GetString().Should().Be("jens-stoltenberg");
    }

    [Fact]
    public async Task Q_that_matches_nobody_is_an_empty_list()
    {
        var json = await factory.CreateClient().GetJsonAsync("/api/speakers?q=zzyzx");

        json.GetProperty("total").GetInt32().Should().Be(0);
        json.Items().Should().BeEmpty();
    }

    [Fact]
    public async Task Empty_paging_values_take_the_defaults()
    {
        var json = await factory.CreateClient().GetJsonAsync("/api/speakers?q=&page=&pageSize=");

        json.GetProperty("page").GetInt32().Should().Be(1);
        json.GetProperty("pageSize").GetInt32().Should().Be(50);
        json.Items().Should().NotBeEmpty();
    }

    [Fact]
    public async Task A_huge_page_number_is_an_empty_page_not_an_error()
    {
        var json = await factory.CreateClient().GetJsonAsync("/api/speakers?page=2147483647&pageSize=200");

        json.Items().Should().BeEmpty();
        json.GetProperty("total").GetInt32().Should().BePositive();
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("page=1.5", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("pageSize=100000", "pageSize")]
    [InlineData("pageSize=abc", "pageSize")]
    public async Task Bad_paging_values_are_a_400_problem_as_for_quotes(string query, string field)
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync($"/api/speakers?{query}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await Json.ReadAsync(response);
        problem.GetProperty("status").GetInt32().Should().Be(400);
        problem.GetProperty("title").GetString().Should().NotBeNullOrEmpty();
        problem.GetProperty("errors").GetProperty(field)[0].GetString().Should().StartWith(field);
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
    public async Task Topics_are_listed_with_their_keywords_phrases_and_exclusions()
    {
        var client = factory.CreateClient();

        var items = (await client.GetJsonAsync("/api/topics")).Items();

        items.Select(i => i.GetProperty("slug").GetString()).Should().Contain(["energy", "troop-deployment", "sanctions"]);
        items.Single(i => i.GetProperty("slug").GetString() == "energy").GetProperty("keywords").EnumerateArray()
            .Select(k => k.GetString()).Should().Contain("gas");
        var guarantees = items.Single(i => i.GetProperty("slug").GetString() == "security-guarantees");
        guarantees.GetProperty("phrases").EnumerateArray().Select(k => k.GetString()).Should().Contain("security guarantees");
        guarantees.GetProperty("exclusions").EnumerateArray().Select(k => k.GetString()).Should().Contain("loan guarantee");
    }
}
