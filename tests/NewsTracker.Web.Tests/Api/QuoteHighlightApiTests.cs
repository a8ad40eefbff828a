using System.Net;
using System.Net.Http.Json;
using Microsoft.OpenApi;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Api;

// GET /api/quotes?q=…: each item also carries "highlight", its text encoded as the pages encode it with the matches
// in <mark>; without q the items keep their shape.
public sealed class QuoteHighlightApiTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    [Fact]
    public async Task A_search_for_a_quote_holding_a_script_tag_gives_its_text_encoded_with_the_matches_marked()
    {
        var marker = "zh" + TestArticles.Marker();
        await AddAsync(marker, $"“The <script>alert(1)</script> plan for {marker} is ready,” Sauli Niinistö said on Tuesday.");
        var client = factory.CreateClient();

        var searched = await client.GetJsonAsync($"/api/quotes?q=script+{marker}");

        var item = searched.Items().Should().ContainSingle().Subject;
        item.PropertyNames().Should().Equal("id", "text", "kind", "speaker", "article", "actors", "topics", "highlight");
        var text = item.GetProperty("text").GetString()!;
        text.Should().Contain("<script>alert(1)</script>", "the text itself stays as stored");
        item.GetProperty("highlight").GetString().Should().Be(
            text.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
                .Replace("script", "<mark>script</mark>", StringComparison.Ordinal)
                .Replace(marker, $"<mark>{marker}</mark>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Letters_outside_ascii_are_left_as_they_are_as_on_the_pages()
    {
        var marker = "zu" + TestArticles.Marker();
        await AddAsync(marker, $"“Helsinki & Tallinn agree on {marker} and the ferry timetable,” Sauli Niinistö said on Tuesday.");
        var client = factory.CreateClient();

        var item = (await client.GetJsonAsync($"/api/quotes?q=ferry+{marker}")).Items().Should().ContainSingle().Subject;
        var page = await client.GetStringAsync($"/Quotes?q=ferry+{marker}");

        var highlight = item.GetProperty("highlight").GetString()!;
        highlight.Should().Contain("Helsinki &amp; Tallinn").And.Contain("<mark>ferry</mark>").And.Contain($"<mark>{marker}</mark>");
        page.Should().Contain(highlight, "the API's highlight is the HTML the quote card shows");
    }

    [Theory]
    [InlineData("/api/quotes")]
    [InlineData("/api/quotes?speaker=jens-stoltenberg&pageSize=200")]
    [InlineData("/api/quotes?q=")]
    public async Task Without_search_words_no_item_has_a_highlight(string url)
    {
        var items = (await factory.CreateClient().GetJsonAsync(url)).Items();

        items.Should().NotBeEmpty().And.OnlyContain(i => !i.PropertyNames().Contains("highlight"));
    }

    [Fact]
    public async Task The_openapi_document_stays_valid_and_describes_highlight_as_an_optional_string()
    {
        var json = await factory.CreateClient().GetStringAsync("/openapi/v1.json");

        var (document, diagnostic) = OpenApiDocument.Parse(json, "json");

        diagnostic!.Errors.Should().BeEmpty();
        (document!.Validate(ValidationRuleSet.GetDefaultRuleSet()) ?? []).Should().BeEmpty();
        var item = document!.Components!.Schemas!["QuoteItem"]!;
        var highlight = item.Properties!["highlight"]!;
        highlight.Type!.Value.HasFlag(JsonSchemaType.String).Should().BeTrue();
        highlight.Description.Should().Contain("<mark>");
        (item.Required ?? new HashSet<string>()).Should().NotContain("highlight");
    }

    private async Task AddAsync(string marker, string quotes)
    {
        var editor = await factory.CreateEditorClientAsync();
        using var response = await editor.PostAsJsonAsync("/api/articles", new
        {
            title = $"Niinistö on the plan ({marker})",
            outlet = "Reuters",
            url = $"https://example.org/highlight-{marker}",
            publishedAt = "2022-04-13",
            body = $"HELSINKI (Reuters) - Finland's president spoke to reporters on Tuesday.\n\n{quotes}",
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }
}
