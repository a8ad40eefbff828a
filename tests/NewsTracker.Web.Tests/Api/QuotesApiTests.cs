using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Api;

public sealed class QuotesApiTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    [Fact]
    public async Task Quotes_have_exactly_the_contract_shape()
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/quotes");
        var json = await Json.ReadAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        json.PropertyNames().Should().Equal("total", "items");
        json.GetProperty("total").ValueKind.Should().Be(JsonValueKind.Number);
        var items = json.Items();
        items.Should().NotBeEmpty();
        json.GetProperty("total").GetInt32().Should().BeGreaterThanOrEqualTo(items.Count);
        foreach (var item in items)
        {
            // "source" is the one optional field, last, on quotes from an unnamed source (UnnamedSourceTests).
            item.PropertyNames().Where(n => n != "source").Should().Equal("id", "text", "kind", "speaker", "article", "actors", "topics");
            item.GetProperty("id").ValueKind.Should().Be(JsonValueKind.Number);
            item.GetProperty("text").ValueKind.Should().Be(JsonValueKind.String);
            item.GetProperty("kind").GetString().Should().BeOneOf("direct", "indirect");
            var speaker = item.GetProperty("speaker");
            if (speaker.ValueKind != JsonValueKind.Null)
            {
                speaker.PropertyNames().Should().Equal("id", "name");
                speaker.GetProperty("id").ValueKind.Should().Be(JsonValueKind.Number);
                speaker.GetProperty("name").ValueKind.Should().Be(JsonValueKind.String);
            }

            var article = item.GetProperty("article");
            article.PropertyNames().Should().Equal("id", "title", "url", "publishedAt");
            article.GetProperty("id").ValueKind.Should().Be(JsonValueKind.Number);
            article.GetProperty("title").ValueKind.Should().Be(JsonValueKind.String);
            article.GetProperty("url").ValueKind.Should().BeOneOf(JsonValueKind.String, JsonValueKind.Null);
            article.GetProperty("publishedAt").ValueKind.Should().BeOneOf(JsonValueKind.String, JsonValueKind.Null);
            item.GetProperty("actors").EnumerateArray().Should().OnlyContain(a => a.ValueKind == JsonValueKind.String);
            item.GetProperty("topics").EnumerateArray().Should().OnlyContain(t => t.ValueKind == JsonValueKind.String);
        }
    }

    [Fact]
    public async Task Filtering_by_speaker_slug_or_id_returns_only_that_speakers_quotes()
    {
        var client = factory.CreateClient();

        var bySlug = await client.GetJsonAsync("/api/quotes?speaker=jens-stoltenberg");
        var id = bySlug.Items()[0].GetProperty("speaker").GetProperty("id").GetInt32();
        var byId = await client.GetJsonAsync($"/api/quotes?speaker={id}");

        bySlug.GetProperty("total").GetInt32().Should().BeGreaterThanOrEqualTo(3);
        bySlug.Items().Should().OnlyContain(q => q.GetProperty("speaker").GetProperty("name").GetString() == "Jens Stoltenberg");
        byId.GetProperty("total").GetInt32().Should().Be(bySlug.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Filtering_by_topic_slug_returns_quotes_with_that_topic()
    {
        var client = factory.CreateClient();

        var energy = await client.GetJsonAsync("/api/quotes?topic=energy");
        var troops = await client.GetJsonAsync("/api/quotes?topic=troop-deployment");

        energy.Items().Should().Contain(q => q.GetProperty("text").GetString()!.StartsWith("We are concerned about the energy situation", StringComparison.Ordinal));
        energy.Items().Should().OnlyContain(q => q.GetProperty("topics").EnumerateArray().Any(t => t.GetString() == "energy"));
        troops.Items().Should().Contain(q => q.GetProperty("text").GetString()!.StartsWith(TestArticles.SeedTroopsQuote, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Filtering_by_actor_returns_quotes_involving_the_actor()
    {
        var client = factory.CreateClient();

        var russia = await client.GetJsonAsync("/api/quotes?actor=russia");

        russia.GetProperty("total").GetInt32().Should().BeGreaterThan(0);
        russia.Items().Should().Contain(q => q.GetProperty("actors").EnumerateArray().Any(a => a.GetString() == "Russia"));
    }

    [Fact]
    public async Task Full_text_search_finds_the_quote_by_its_words()
    {
        var client = factory.CreateClient();

        var result = await client.GetJsonAsync("/api/quotes?q=combat%20troops");
        var nothing = await client.GetJsonAsync("/api/quotes?q=zeppelinxyz");

        result.Items().Should().Contain(q => q.GetProperty("text").GetString()!.StartsWith(TestArticles.SeedTroopsQuote, StringComparison.Ordinal));
        nothing.GetProperty("total").GetInt32().Should().Be(0);
        nothing.Items().Should().BeEmpty();
    }

    [Fact]
    public async Task Unknown_speaker_or_topic_filters_are_a_400_that_names_them()
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/quotes?speaker=nobody&topic=9999");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        errors.GetProperty("speaker")[0].GetString().Should().Be("No speaker called “nobody”.");
        errors.GetProperty("topic")[0].GetString().Should().Be("No topic called “9999”.");
    }

    [Fact]
    public async Task Filters_take_names_and_aliases_in_any_case()
    {
        var client = factory.CreateClient();

        var byAlias = await client.GetJsonAsync("/api/quotes?actor=Moscow");
        var byName = await client.GetJsonAsync("/api/quotes?actor=russia");

        byAlias.GetProperty("total").GetInt32().Should().BePositive().And.Be(byName.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Names_are_suggested_from_what_was_typed()
    {
        var client = factory.CreateClient();

        var speakers = await client.GetJsonAsync("/api/suggest?kind=speaker&q=stolt");
        using var bad = await client.GetAsync("/api/suggest?kind=outlet&q=x");

        speakers.EnumerateArray().Select(s => s.GetProperty("name").GetString()).Should().Contain("Jens Stoltenberg");
        speakers.EnumerateArray().First().PropertyNames().Should().Equal("id", "slug", "name");
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Paging_returns_page_sized_slices_of_the_same_total()
    {
        var client = factory.CreateClient();

        var first = await client.GetJsonAsync("/api/quotes?page=1&pageSize=2");
        var second = await client.GetJsonAsync("/api/quotes?page=2&pageSize=2");
        var beyond = await client.GetJsonAsync("/api/quotes?page=500&pageSize=2");

        first.Items().Should().HaveCount(2);
        second.Items().Should().NotBeEmpty();
        second.GetProperty("total").GetInt32().Should().Be(first.GetProperty("total").GetInt32());
        second.Items().Select(Id).Should().NotIntersectWith(first.Items().Select(Id));
        beyond.Items().Should().BeEmpty();
        beyond.GetProperty("total").GetInt32().Should().Be(first.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("page=1.5", "page")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("pageSize=ten", "pageSize")]
    [InlineData("kind=rumour", "kind")]
    [InlineData("from=31-01-2022", "from")]
    public async Task Bad_query_values_are_a_400_problem_with_a_clear_message(string query, string field)
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/quotes?" + query);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var problem = await Json.ReadAsync(response);
        problem.GetProperty("status").GetInt32().Should().Be(400);
        problem.GetProperty("title").GetString().Should().NotBeNullOrEmpty();
        problem.GetProperty("errors").GetProperty(field)[0].GetString().Should().StartWith(field);
    }

    [Fact]
    public async Task A_huge_page_number_is_an_empty_page_not_an_error()
    {
        var client = factory.CreateClient();

        var result = await client.GetJsonAsync("/api/quotes?page=2147483647&pageSize=200");

        result.Items().Should().BeEmpty();
    }

    [Fact]
    public async Task One_quote_by_id_has_the_item_shape_and_an_unknown_id_is_a_404_problem()
    {
        var client = factory.CreateClient();
        var first = (await client.GetJsonAsync("/api/quotes?pageSize=1")).Items()[0];

        var one = await client.GetJsonAsync($"/api/quotes/{Id(first)}");
        using var missing = await client.GetAsync("/api/quotes/999999");

        one.PropertyNames().Where(n => n != "source").Should().Equal("id", "text", "kind", "speaker", "article", "actors", "topics");
        one.GetProperty("text").GetString().Should().Be(first.GetProperty("text").GetString());
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        missing.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    private static int Id(JsonElement item) => item.GetProperty("id").GetInt32();
}
