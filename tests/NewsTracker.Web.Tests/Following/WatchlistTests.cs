using System.Net;
using AngleSharp.Dom;
using NewsTracker.Core.Accounts;
using NewsTracker.Web.Tests.Accounts;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Following;

public sealed class WatchlistTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    [Theory]
    [InlineData("/Speakers/jens-stoltenberg")]
    [InlineData("/Actors/nato")]
    [InlineData("/Topics/energy")]
    public async Task Signed_in_readers_get_a_follow_button_and_visitors_do_not(string page)
    {
        var reader = await factory.CreateClientAsAsync(NewsRoles.Analyst);

        var signedIn = await reader.GetDocumentAsync(page);
        var visitor = await factory.CreateClient().GetDocumentAsync(page);

        signedIn.QuerySelector("form.follow-form .follow-button").Text().Should().Be("Follow");
        visitor.QuerySelector("form.follow-form").Should().BeNull();
    }

    [Fact]
    public async Task The_home_page_counts_what_is_new_for_a_followed_speaker_until_it_is_marked_seen()
    {
        var reader = await factory.CreateClientAsAsync(NewsRoles.Analyst);
        var marker = "zw" + TestArticles.Marker();
        await factory.AddArticleAsync(marker, $"“The {marker} bridge opens in May,” Sauli Niinistö said on Tuesday.");
        var speakerPage = "/Speakers/sauli-niinisto";

        using var followed = await reader.SubmitFormAsync(speakerPage, "form.follow-form");
        followed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        followed.Headers.Location!.OriginalString.Should().Be(speakerPage);
        (await reader.GetDocumentAsync(speakerPage)).QuerySelector("form.follow-form .follow-button").Text().Should().Be("Following · Unfollow");
        Item(await reader.GetDocumentAsync("/"), "Sauli Niinistö").QuerySelector(".new-count").Text().Should().Be("Nothing new");

        await factory.AddArticleAsync(marker + "b", $"“The {marker} tunnel opens in June,” Sauli Niinistö said on Tuesday.\n\n“The {marker} ferry stops in winter,” he added.");

        var home = await reader.GetDocumentAsync("/");
        var item = Item(home, "Sauli Niinistö");
        item.QuerySelector(".new-count").Text().Should().Be("2 new quotes");
        item.QuerySelectorAll(".watch-quote").Select(q => q.Text()).Should().HaveCount(2)
            .And.Contain(t => t.Contains($"The {marker} tunnel opens in June"))
            .And.Contain(t => t.Contains($"The {marker} ferry stops in winter"));

        using var seen = await reader.SubmitFormAsync("/", d => (AngleSharp.Html.Dom.IHtmlFormElement)Item(d, "Sauli Niinistö").QuerySelector("form.seen-form")!);
        seen.StatusCode.Should().Be(HttpStatusCode.Redirect);
        seen.Headers.Location!.OriginalString.Should().Be("/");
        Item(await reader.GetDocumentAsync("/"), "Sauli Niinistö").QuerySelector(".new-count").Text().Should().Be("Nothing new");

        using var unfollowed = await reader.SubmitFormAsync(speakerPage, "form.follow-form");
        unfollowed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await reader.GetDocumentAsync("/")).QuerySelectorAll(".watch-item .watch-name").Select(a => a.Text()).Should().NotContain("Sauli Niinistö");
    }

    [Fact]
    public async Task Marking_all_seen_on_the_home_page_leaves_a_quote_stored_after_the_page_was_read_new()
    {
        var reader = await factory.CreateClientAsAsync(NewsRoles.Editor);
        var marker = "za" + TestArticles.Marker();
        using (await reader.SubmitFormAsync("/Topics/energy", "form.follow-form"))
        {
        }

        await factory.AddArticleAsync(marker, $"“The {marker} gas pipeline reopens in May,” Sauli Niinistö said on Tuesday.");
        var home = await reader.GetDocumentAsync("/");
        Item(home, "energy").QuerySelector(".new-count").Text().Should().Be("1 new quote");
        await factory.AddArticleAsync(marker + "b", $"“The {marker} gas terminal closes in June,” Sauli Niinistö said on Tuesday.");

        using var seen = await reader.SubmitFormAsync("/", _ => (AngleSharp.Html.Dom.IHtmlFormElement)home.QuerySelector("form.seen-all-form")!);

        seen.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var after = Item(await reader.GetDocumentAsync("/"), "energy");
        after.QuerySelector(".new-count").Text().Should().Be("1 new quote");
        after.QuerySelector(".watch-quote").Text().Should().Contain($"The {marker} gas terminal closes in June");
    }

    [Fact]
    public async Task A_reader_cannot_mark_another_readers_follow_seen_or_follow_what_does_not_exist()
    {
        var reader = await factory.CreateClientAsAsync(NewsRoles.Admin);

        using var foreign = await reader.PostFormAsync("/Watchlist", [new("upTo", "1000000")], "?handler=Seen&follow=987654");
        using var missing = await reader.PostFormAsync("/Watchlist", [new("Kind", "Actor"), new("Id", "987654")], "?handler=Follow");
        using var badKind = await reader.PostFormAsync("/Watchlist", [new("Kind", "Planet"), new("Id", "1")], "?handler=Follow");

        foreign.StatusCode.Should().Be(HttpStatusCode.NotFound);
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
        badKind.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_follow_sends_the_reader_back_only_to_a_page_of_this_site()
    {
        var reader = await factory.CreateClientAsAsync(NewsRoles.Analyst);

        using var response = await reader.PostFormAsync("/Watchlist",
            [new("Kind", "Topic"), new("Id", await TopicIdAsync(reader, "diplomacy")), new("ReturnUrl", "https://evil.example/")], "?handler=Follow");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.Should().Be("/Watchlist");
    }

    [Fact]
    public async Task Visitors_see_the_home_page_without_a_watchlist()
    {
        var visitor = factory.CreateBrowserlessClient();

        using var response = await visitor.GetAsync("/");
        var home = await Html.ParseAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        home.QuerySelector(".watchlist").Should().BeNull();
        home.QuerySelector("form.follow-form").Should().BeNull();
        home.QuerySelector("h1").Text().Should().Be("Latest quotes");
        home.QuerySelectorAll(".quote-card").Should().NotBeEmpty();
        home.QuerySelectorAll("nav a").Select(a => a.Text()).Should().NotContain(["Saved searches", "Watchlist"]);
    }

    [Fact]
    public async Task A_signed_in_reader_who_follows_nothing_is_told_how_to_start()
    {
        var reader = await factory.CreateClientAsAsync(NewsRoles.Admin);

        var home = await reader.GetDocumentAsync("/");

        home.QuerySelector(".watchlist .empty-state").Text().Should().Contain("Follow");
        home.QuerySelectorAll(".quote-card").Should().NotBeEmpty();
    }

    private static IElement Item(IDocument home, string name) =>
        home.QuerySelectorAll(".watch-item").SingleOrDefault(i => i.QuerySelector(".watch-name").Text() == name)
            ?? throw new InvalidOperationException($"“{name}” is not on the watchlist: {home.QuerySelector(".watchlist")?.TextContent.Trim()}");

    private static async Task<string> TopicIdAsync(HttpClient reader, string slug)
    {
        var page = await reader.GetDocumentAsync($"/Topics/{slug}");
        return page.QuerySelector("form.follow-form input[name=Id]")!.GetAttribute("value")!;
    }
}
