using System.Text.Json;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Pages;

// The seed article end to end through the web: what the foundation issue promises analysts.
public sealed class SeedArticleTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    private static readonly string[] Furniture = ["Advertisement", "Also read"];

    [Fact]
    public async Task The_no_combat_troops_quote_appears_once_and_is_attributed_to_Jens_Stoltenberg()
    {
        var client = factory.CreateClient();

        var quotes = (await client.GetJsonAsync("/api/quotes?pageSize=200")).Items();

        var troops = quotes.Where(q => q.GetProperty("text").GetString()!.StartsWith(TestArticles.SeedTroopsQuote, StringComparison.Ordinal)).ToList();
        troops.Should().ContainSingle();
        troops[0].GetProperty("speaker").GetProperty("name").GetString().Should().Be("Jens Stoltenberg");
        troops[0].GetProperty("kind").GetString().Should().Be("direct");
    }

    [Fact]
    public async Task Page_furniture_never_appears_in_a_quote_or_in_the_article_text_shown()
    {
        var client = factory.CreateClient();
        var quotes = (await client.GetJsonAsync("/api/quotes?pageSize=200")).Items();
        var articleId = quotes.Select(q => q.GetProperty("article").GetProperty("id").GetInt32()).Distinct().Should().ContainSingle().Subject;

        var page = await client.GetDocumentAsync($"/Articles/{articleId}");

        quotes.Select(q => q.GetProperty("text").GetString()).Should().NotContain(t => Furniture.Any(f => t!.Contains(f, StringComparison.OrdinalIgnoreCase)));
        var body = page.QuerySelector(".article-body").Text();
        body.Should().Contain("Stoltenberg had also called for diversifying its energy imports.");
        foreach (var furniture in Furniture)
        {
            body.Should().NotContain(furniture);
            page.QuerySelector(".article-quotes").Text().Should().NotContain(furniture);
        }
    }

    [Fact]
    public async Task Searching_for_Advertisement_finds_nothing()
    {
        var client = factory.CreateClient();

        var api = await client.GetJsonAsync("/api/quotes?q=Advertisement");
        var page = await client.GetDocumentAsync("/Quotes?q=Advertisement");

        api.GetProperty("total").GetInt32().Should().Be(0);
        page.QuerySelectorAll(".quote-card").Should().BeEmpty();
        page.QuerySelector(".empty-state").Text().Should().StartWith("No quotes match these filters");
    }

    [Fact]
    public async Task Article_page_highlights_every_quote_in_the_cleaned_text()
    {
        var client = factory.CreateClient();
        var quotes = (await client.GetJsonAsync("/api/quotes?pageSize=200")).Items();
        var articleId = quotes[0].GetProperty("article").GetProperty("id").GetInt32();

        var page = await client.GetDocumentAsync($"/Articles/{articleId}");

        var listed = page.QuerySelectorAll(".article-quote").Select(q => q.Id!.Replace("quote-", "q-", StringComparison.Ordinal)).ToList();
        listed.Should().HaveCount(quotes.Count);
        foreach (var id in listed)
        {
            var mark = page.GetElementById(id);
            mark.Should().NotBeNull($"quote {id} is highlighted in the text");
            mark!.LocalName.Should().Be("mark");
        }

        var troops = page.QuerySelectorAll(".article-body mark.q-direct").Select(m => m.Text()).ToList();
        troops.Should().Contain(t => t.StartsWith(TestArticles.SeedTroopsQuote, StringComparison.Ordinal));
        page.QuerySelectorAll(".article-quote .rule").Should().BeEmpty("readers are not shown the extractor's rule names");
        page.QuerySelectorAll(".article-quote .confidence").Should().HaveCount(quotes.Count);
        var editor = await factory.CreateEditorClientAsync();
        (await editor.GetDocumentAsync($"/Articles/{articleId}")).QuerySelectorAll(".article-quote .rule").Should().NotBeEmpty("editors judge attributions by them");
    }

    [Fact]
    public async Task A_quote_links_to_its_statement_with_every_article_that_carried_it()
    {
        var client = factory.CreateClient();
        var quotes = (await client.GetJsonAsync("/api/quotes?pageSize=200")).Items();
        var articleId = quotes[0].GetProperty("article").GetProperty("id").GetInt32();
        var article = await client.GetDocumentAsync($"/Articles/{articleId}");
        var statementLink = article.QuerySelectorAll(".article-quote .quote-links a[href^='/Statements/']").First().GetAttribute("href")!;

        var statement = await client.GetDocumentAsync(statementLink);

        statement.QuerySelector(".statement-text").Text().Should().NotBeEmpty();
        statement.QuerySelector("figcaption").Text().Should().Contain("first reported");
        statement.QuerySelectorAll(".statement-reports a").Select(a => a.GetAttribute("href"))
            .Should().Contain(h => h!.StartsWith($"/Articles/{articleId}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_article_and_statement_ids_are_404s()
    {
        var client = factory.CreateClient();

        using var article = await client.GetAsync("/Articles/999999");
        using var statement = await client.GetAsync("/Statements/999999");

        article.StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
        statement.StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_energy_quote_is_tagged_energy_and_its_topic_chip_links_to_the_topic()
    {
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/Topics/energy");

        var card = page.QuerySelectorAll(".quote-card")
            .Single(c => c.QuerySelector(".quote-text").Text().StartsWith("We are concerned about the energy situation", StringComparison.Ordinal));
        card.QuerySelectorAll("a.chip-topic").Select(a => a.GetAttribute("href")).Should().Contain("/Topics/energy");
        JsonSerializer.Serialize(card.TextContent).Should().NotContain("Advertisement");
    }
}
