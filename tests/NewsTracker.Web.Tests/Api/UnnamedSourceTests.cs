using System.Net;
using System.Net.Http.Json;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Api;

// A quote from an unnamed source ("a senior US official") has no speaker: the API adds the optional "source"
// field and the quote card shows the description, marked unnamed, where a speaker's name would stand.
public sealed class UnnamedSourceTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    [Fact]
    public async Task The_api_gives_an_unnamed_source_as_an_added_field_and_leaves_speaker_null()
    {
        var marker = await PostAsync();
        var client = factory.CreateClient();

        var item = (await client.GetJsonAsync($"/api/quotes?q={marker}")).Items().Should().ContainSingle().Subject;

        // Found with q, so "highlight" follows "source" (QuoteHighlightApiTests); the fields before them never change.
        item.PropertyNames().Should().Equal("id", "text", "kind", "speaker", "article", "actors", "topics", "source", "highlight");
        item.GetProperty("speaker").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        var source = item.GetProperty("source");
        source.PropertyNames().Should().Equal("description", "affiliation");
        source.GetProperty("description").GetString().Should().Be("a senior US official");
        source.GetProperty("affiliation").GetString().Should().Be("United States");
    }

    [Fact]
    public async Task A_quote_with_a_named_speaker_has_no_source_field()
    {
        var client = factory.CreateClient();

        var items = (await client.GetJsonAsync("/api/quotes?q=combat%20troops")).Items();

        items.Should().NotBeEmpty().And.OnlyContain(i => !i.PropertyNames().Contains("source"));
    }

    [Fact]
    public async Task The_quote_card_shows_the_unnamed_source_where_the_speaker_stands()
    {
        var marker = await PostAsync();
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync($"/Quotes?q={marker}");

        var card = page.QuerySelectorAll(".quote-card").Should().ContainSingle().Subject;
        card.QuerySelector(".speaker-unnamed")!.TextContent.Should().Be("a senior US official (unnamed)");
        card.QuerySelector(".speaker-unnamed")!.GetAttribute("title").Should().Be("An unnamed source, United States");
        card.QuerySelector("a.speaker-link").Should().BeNull();
    }

    private async Task<string> PostAsync()
    {
        var client = await factory.CreateEditorClientAsync();
        var marker = "geneva" + TestArticles.Marker();
        var body = $"Delegations met behind closed doors in Geneva on Tuesday.\n\n“We expect a decision on the {marker} draft within days,” a senior US official said.";
        using var response = await client.PostAsJsonAsync("/api/articles", new
        {
            title = $"Geneva talks stall ({marker})",
            outlet = "Wire",
            url = $"https://example.org/unnamed/{marker}",
            author = "Desk",
            publishedAt = "2024-03-05T09:30:00Z",
            body,
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        return marker;
    }
}
