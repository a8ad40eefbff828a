using System.Net;
using AngleSharp.Dom;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Pages;

// Topic and actor chips on quote cards and on the article page link to the topic and actor pages by slug.
public sealed class QuoteChipTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    [Fact]
    public async Task A_quote_cards_topic_and_actor_chips_link_to_their_pages()
    {
        var client = factory.CreateClient();

        var card = TroopsCard(await client.GetDocumentAsync("/Quotes"));

        Links(card, "a.chip-topic").Should().Contain(("troop deployment", "/Topics/troop-deployment"));
        Links(card, "a.chip-actor").Should().Contain([("NATO", "/Actors/nato"), ("Ukraine", "/Actors/ukraine")]);
        card.QuerySelectorAll("span.chip").Should().BeEmpty("every chip is a link");
    }

    [Fact]
    public async Task An_actor_chip_leads_to_the_actor_page_which_lists_the_quote()
    {
        var client = factory.CreateClient();
        var card = TroopsCard(await client.GetDocumentAsync("/Quotes"));
        var href = card.QuerySelectorAll("a.chip-actor").Single(a => a.Text() == "Ukraine").GetAttribute("href")!;

        var actor = await client.GetDocumentAsync(href);

        actor.QuerySelector("h1").Text().Should().StartWith("Ukraine");
        actor.QuerySelectorAll(".quote-text").Select(q => q.Text()).Should().Contain(q => q.StartsWith(TestArticles.SeedTroopsQuote, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_article_pages_quote_chips_link_to_topics_and_actors()
    {
        var client = factory.CreateClient();
        var articleHref = TroopsCard(await client.GetDocumentAsync("/Quotes")).QuerySelector("a.article-link")!.GetAttribute("href")!;

        var page = await client.GetDocumentAsync(articleHref);

        var quote = page.QuerySelectorAll(".article-quote")
            .First(q => q.QuerySelector(".quote-text").Text().StartsWith(TestArticles.SeedTroopsQuote, StringComparison.Ordinal));
        Links(quote, "a.chip-topic").Should().Contain(("troop deployment", "/Topics/troop-deployment"));
        Links(quote, "a.chip-actor").Should().Contain(("Ukraine", "/Actors/ukraine"));
    }

    [Fact]
    public async Task A_renamed_topics_chip_shows_the_new_name_and_keeps_linking_to_the_topic()
    {
        var client = await factory.CreateEditorClientAsync();
        var keywords = (await client.GetDocumentAsync("/Topics/energy/Edit")).QuerySelector("textarea[name='Input.Keywords']")!.TextContent;
        using var saved = await TopicEditForm.SaveAsync(client, "energy", "energy supply", keywords);
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var page = await client.GetDocumentAsync("/Topics/energy");

        page.QuerySelectorAll(".quote-card a.chip-topic").Select(a => (a.Text(), a.GetAttribute("href")))
            .Should().Contain(("energy supply", "/Topics/energy")).And.NotContain(c => c.Item1 == "energy");
    }

    private static IElement TroopsCard(IDocument page) =>
        page.QuerySelectorAll(".quote-card")
            .Single(c => c.QuerySelector(".quote-text").Text().StartsWith(TestArticles.SeedTroopsQuote, StringComparison.Ordinal));

    private static List<(string Name, string? Href)> Links(IElement element, string selector) =>
        [.. element.QuerySelectorAll(selector).Select(a => (a.Text(), a.GetAttribute("href")))];
}
