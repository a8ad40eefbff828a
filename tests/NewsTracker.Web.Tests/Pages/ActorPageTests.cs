using System.Net;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Pages;

public sealed class ActorPageTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    [Fact]
    public async Task Actor_page_shows_aliases_affiliated_people_and_quotes_involving_the_actor()
    {
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/Actors/nato");

        page.QuerySelector("h1").Text().Should().StartWith("NATO");
        page.QuerySelectorAll("#aliases-heading + ul .chip").Select(c => c.Text()).Should().Contain("the alliance");
        page.QuerySelectorAll(".member-list a").Select(a => a.Text()).Should().Contain("Jens Stoltenberg");
        page.QuerySelectorAll(".quote-card").Should().NotBeEmpty();
    }

    [Fact]
    public async Task Actors_can_be_filtered_by_kind()
    {
        var client = factory.CreateClient();

        var countries = await client.GetDocumentAsync("/Actors?kind=country");

        var names = countries.QuerySelectorAll(".actors-table tbody tr td:first-child").Select(c => c.Text()).ToList();
        names.Should().Contain(["Russia", "Ukraine", "United States"]);
        names.Should().NotContain("NATO");
        countries.QuerySelectorAll(".actors-table tbody td:nth-child(2)").Select(c => c.Text()).Should().OnlyContain(k => k == "country");
    }

    [Fact]
    public async Task Unknown_actor_is_a_404()
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/Actors/atlantis");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
