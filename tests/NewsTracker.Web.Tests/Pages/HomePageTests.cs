using System.Net;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Pages;

public sealed class HomePageTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    [Fact]
    public async Task Home_page_lists_the_seed_quotes_with_speaker_links()
    {
        var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/");

        var cards = document.QuerySelectorAll(".quote-card");
        cards.Should().HaveCountGreaterThanOrEqualTo(4);
        cards.Select(c => c.QuerySelector(".quote-text").Text()).Should().Contain(t => t.StartsWith(TestArticles.SeedTroopsQuote, StringComparison.Ordinal));
        document.QuerySelectorAll("a.speaker-link").Select(a => a.GetAttribute("href"))
            .Should().Contain("/Speakers/jens-stoltenberg");
        document.QuerySelectorAll("a.article-link").Should().NotBeEmpty();
    }

    [Fact]
    public async Task Home_page_has_a_search_box_that_queries_the_quotes_page()
    {
        var client = factory.CreateClient();

        var document = await client.GetDocumentAsync("/");

        var form = document.QuerySelector("form[role=search]");
        form.Should().NotBeNull();
        form!.GetAttribute("action").Should().Be("/Quotes");
        form.QuerySelector("input[name=q]").Should().NotBeNull();
    }

    [Fact]
    public async Task An_unknown_address_gets_a_friendly_404_page()
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/no/such/page");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        var document = await Html.ParseAsync(response);
        document.QuerySelector("h1").Text().Should().Be("Page not found");
        document.QuerySelector("nav[aria-label=Main]").Should().NotBeNull("the 404 page keeps the site navigation");
    }

    [Fact]
    public async Task The_error_page_is_friendly_and_keeps_the_layout()
    {
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/Error");

        page.QuerySelector("h1").Text().Should().Be("Something went wrong");
        page.QuerySelector("nav[aria-label=Main]").Should().NotBeNull();
    }
}
