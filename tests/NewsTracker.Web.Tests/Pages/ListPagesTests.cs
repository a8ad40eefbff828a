using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Data;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Pages;

// /Speakers, /Actors and /Articles on the seeded app, plus 60 speakers and 55 articles written straight to its
// database (with the stored counts the lists read) so that every list has a second page.
public sealed class ListPagesTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    private const string Script = "<script>alert(1)</script>";
    private const int ExtraSpeakers = 60;
    private const int ExtraArticles = 55;

    [Theory]
    [InlineData("stolt")]
    [InlineData("STOLT")]
    [InlineData("jens")]
    public async Task Speakers_are_found_by_the_start_of_any_word_of_the_name_in_any_case(string q)
    {
        var page = await GetAsync($"/Speakers?q={q}");

        Names(page, ".speakers-table").Should().Equal("Jens Stoltenberg");
        page.QuerySelector<IHtmlInputElement>("input#q")!.Value.Should().Be(q);
        page.QuerySelector(".result-count").Text().Should().Be($"1 speaker matches “{q}”.");
    }

    [Fact]
    public async Task Speakers_page_two_shows_the_next_fifty_and_the_pager_keeps_the_search()
    {
        var first = await GetAsync("/Speakers?q=pagetest");

        var firstNames = Names(first, ".speakers-table");
        firstNames.Should().HaveCount(50);
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href");
        next.Should().Contain("q=pagetest").And.Contain("p=2");

        var second = await GetAsync(next!);
        var secondNames = Names(second, ".speakers-table");
        secondNames.Should().HaveCount(ExtraSpeakers - 50).And.OnlyContain(n => n.StartsWith("Pagetest Speaker", StringComparison.Ordinal));
        secondNames.Should().NotIntersectWith(firstNames);
        second.QuerySelector(".pagination .active").Text().Should().Be("2");
        second.QuerySelector<IHtmlInputElement>("input#q")!.Value.Should().Be("pagetest");
    }

    [Fact]
    public async Task Speakers_are_listed_most_quoted_first()
    {
        var page = await GetAsync("/Speakers");

        var counts = page.QuerySelectorAll(".speakers-table tbody tr td:last-child")
            .Select(c => int.Parse(c.Text(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        counts.Should().HaveCount(50).And.BeInDescendingOrder();
    }

    [Fact]
    public async Task A_speaker_search_that_matches_nobody_says_so()
    {
        var page = await GetAsync("/Speakers?q=zzyzx");

        page.QuerySelectorAll(".speakers-table").Should().BeEmpty();
        page.QuerySelector(".empty-state").Text().Should().StartWith("No speakers match “zzyzx”.");
    }

    [Theory]
    [InlineData("/Speakers", "No speakers match")]
    [InlineData("/Actors", "No actors match")]
    [InlineData("/Articles", "No articles match")]
    public async Task Search_text_with_markup_is_shown_as_text_not_run(string path, string emptyState)
    {
        var client = await ClientAsync();

        using var response = await client.GetAsync($"{path}?q={Uri.EscapeDataString(Script)}");
        var html = await response.Content.ReadAsStringAsync();
        var page = await Html.ParseAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Should().NotContain(Script).And.Contain("&lt;script&gt;");
        page.QuerySelectorAll("script").Select(s => s.TextContent).Should().NotContain(t => t.Contains("alert(1)", StringComparison.Ordinal));
        page.QuerySelector(".empty-state").Text().Should().StartWith($"{emptyState} “{Script}”");
        page.QuerySelector<IHtmlInputElement>("input#q")!.Value.Should().Be(Script);
    }

    [Theory]
    [InlineData("/Speakers?p=2147483647")]
    [InlineData("/Speakers?q=pagetest&p=3")]
    [InlineData("/Actors?p=2147483647")]
    [InlineData("/Articles?p=2147483647")]
    public async Task A_page_past_the_end_is_a_200_that_says_there_is_no_such_page(string url)
    {
        var client = await ClientAsync();

        using var response = await client.GetAsync(url);
        var page = await Html.ParseAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        page.QuerySelector(".empty-state").Text().Should().StartWith("There is no such page.");
        page.QuerySelectorAll("table tbody tr").Should().BeEmpty();
    }

    [Theory]
    [InlineData("/Speakers?p=abc")]
    [InlineData("/Actors?p=1.5")]
    [InlineData("/Articles?p=abc")]
    [InlineData("/Actors?kind=rumour")]
    public async Task A_malformed_filter_is_a_400_that_says_what_is_wrong(string url)
    {
        var client = await ClientAsync();

        using var response = await client.GetAsync(url);
        var page = await Html.ParseAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.QuerySelector(".validation-summary").Text().Should().NotBeEmpty();
        page.QuerySelectorAll("table").Should().BeEmpty();
    }

    [Fact]
    public async Task Search_text_longer_than_the_box_allows_is_refused_and_echoed()
    {
        var q = new string('a', 201);

        using var response = await (await ClientAsync()).GetAsync($"/Speakers?q={q}");
        var page = await Html.ParseAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        page.QuerySelector(".validation-summary").Text().Should().Contain("at most 200 characters");
        page.QuerySelector<IHtmlInputElement>("input#q")!.Value.Should().Be(q);
    }

    [Fact]
    public async Task Actors_are_found_by_an_alias()
    {
        var page = await GetAsync("/Actors?q=moscow");

        Names(page, ".actors-table").Should().Equal("Russia");
    }

    [Fact]
    public async Task The_kind_filter_and_the_search_keep_each_other()
    {
        var page = await GetAsync("/Actors?q=moscow&kind=country");

        Names(page, ".actors-table").Should().Equal("Russia");
        var kindLinks = page.QuerySelectorAll(".kind-filter a").Select(a => a.GetAttribute("href")).ToList();
        kindLinks.Should().OnlyContain(href => href!.Contains("q=moscow"));
        page.QuerySelector<IHtmlInputElement>("form[role=search] input[name=kind]")!.Value.Should().Be("country");
        (await GetAsync("/Actors?q=moscow&kind=person")).QuerySelector(".empty-state").Text().Should().StartWith("No person actors match “moscow”.");
    }

    [Fact]
    public async Task Actors_of_one_kind_page_on_with_the_kind_kept()
    {
        var first = await GetAsync("/Actors?kind=country");

        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href");
        next.Should().Contain("kind=country").And.Contain("p=2");
        var second = await GetAsync(next!);
        Names(second, ".actors-table").Should().NotBeEmpty().And.NotIntersectWith(Names(first, ".actors-table"));
        second.QuerySelectorAll(".actors-table tbody td:nth-child(2)").Select(c => c.Text()).Should().OnlyContain(k => k == "country");
    }

    [Theory]
    [InlineData("nato")]
    [InlineData("Combat")]
    public async Task Articles_are_found_by_the_start_of_a_title_word(string q)
    {
        var page = await GetAsync($"/Articles?q={q}");

        Names(page, ".articles-table").Should().ContainSingle().Which.Should().Contain("NATO");
        page.QuerySelector(".result-count").Text().Should().Be($"1 article matches “{q}”, newest first.");
    }

    [Fact]
    public async Task Articles_page_two_keeps_the_search()
    {
        var first = await GetAsync("/Articles?q=archive");

        Names(first, ".articles-table").Should().HaveCount(50).And.OnlyContain(t => t.StartsWith("Archive bulletin", StringComparison.Ordinal));
        Names(first, ".articles-table")[0].Should().Be($"Archive bulletin {ExtraArticles}");
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href");
        next.Should().Contain("q=archive").And.Contain("p=2");

        var second = await GetAsync(next!);
        Names(second, ".articles-table").Should().Equal(Enumerable.Range(1, ExtraArticles - 50).Reverse().Select(i => $"Archive bulletin {i}"));
    }

    [Fact]
    public async Task Articles_are_found_by_outlet()
    {
        var page = await GetAsync("/Articles?q=wirehouse");

        Names(page, ".articles-table").Should().HaveCount(50);
        page.QuerySelector(".result-count").Text().Should().StartWith($"{ExtraArticles} articles match “wirehouse”");
    }

    private static List<string> Names(IDocument page, string table) =>
        page.QuerySelectorAll($"{table} tbody tr td:first-child").Select(c => c.Text()).ToList();

    private async Task<IDocument> GetAsync(string url) => await (await ClientAsync()).GetDocumentAsync(url);

    private async Task<HttpClient> ClientAsync()
    {
        var client = factory.CreateClient();
        await EnsureExtraRowsAsync();
        return client;
    }

    // Tests of one class run one at a time, so checking for the first extra speaker is enough to add the rows once.
    private async Task EnsureExtraRowsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        if (await db.Actors.AnyAsync(a => a.Slug == "pagetest-speaker-01"))
        {
            return;
        }

        for (var i = 1; i <= ExtraSpeakers; i++)
        {
            db.Actors.Add(new Actor { Name = $"Pagetest Speaker {i:D2}", Slug = $"pagetest-speaker-{i:D2}", Kind = ActorKind.Person, QuoteCount = 1 });
        }

        var start = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 1; i <= ExtraArticles; i++)
        {
            db.Articles.Add(new Article
            {
                Title = $"Archive bulletin {i}",
                Outlet = "Wirehouse",
                AddedUtc = start,
                ReportedUtc = start.AddMinutes(i),
                RawBody = "body",
                CleanBody = "body",
                ContentHash = $"pagetest{i:D56}",
            });
        }

        await db.SaveChangesAsync();
    }
}
