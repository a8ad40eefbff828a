using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Pages;

public sealed class QuotesPageTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    [Fact]
    public async Task Filters_are_applied_and_echoed_back_in_the_form()
    {
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/Quotes?q=energy&speaker=Jens%20Stoltenberg&topic=energy&kind=direct&from=2000-01-01&to=2100-12-31");

        page.QuerySelector<IHtmlInputElement>("input#q")!.Value.Should().Be("energy");
        page.QuerySelector<IHtmlInputElement>("input#speaker")!.Value.Should().Be("Jens Stoltenberg");
        page.QuerySelector<IHtmlSelectElement>("select#topic")!.Value.Should().Be("energy");
        page.QuerySelector<IHtmlSelectElement>("select#kind")!.Value.Should().Be("direct");
        page.QuerySelector<IHtmlInputElement>("input#from")!.Value.Should().Be("2000-01-01");
        page.QuerySelector<IHtmlInputElement>("input#to")!.Value.Should().Be("2100-12-31");
        var quotes = page.QuerySelectorAll(".quote-card .quote-text").Select(q => q.Text()).ToList();
        quotes.Should().ContainSingle().Which.Should().StartWith("We are concerned about the energy situation");
    }

    [Fact]
    public async Task Kinds_read_direct_quote_and_reported_speech_while_the_address_keeps_direct_and_indirect()
    {
        var client = factory.CreateClient();

        var reported = await client.GetDocumentAsync("/Quotes?kind=indirect");
        var direct = await client.GetDocumentAsync("/Quotes?kind=direct");

        var options = reported.QuerySelectorAll("select#kind option").ToList();
        options.Select(o => o.Text().Trim()).Should().Equal("Any kind", "Direct quote", "Reported speech");
        options.Select(o => o.GetAttribute("value")).Should().Equal("", "direct", "indirect");
        reported.QuerySelector<IHtmlSelectElement>("select#kind")!.Value.Should().Be("indirect");
        var badges = reported.QuerySelectorAll(".quote-card .kind-badge").ToList();
        badges.Should().NotBeEmpty();
        badges.Should().OnlyContain(b => b.Text() == "Reported speech" && b.ClassList.Contains("kind-indirect"));
        direct.QuerySelectorAll(".quote-card .kind-badge").Select(b => b.Text()).Should().NotBeEmpty().And.OnlyContain(t => t == "Direct quote");
        reported.Body!.TextContent.Should().NotContain("Indirect").And.NotContain("indirect");
        reported.QuerySelectorAll(".export-links a[download]").Select(a => a.GetAttribute("href")).Should().OnlyContain(h => h!.Contains("kind=indirect"));
    }

    [Fact]
    public async Task A_date_range_that_excludes_everything_shows_the_empty_state()
    {
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/Quotes?from=1990-01-01&to=1990-12-31");

        page.QuerySelectorAll(".quote-card").Should().BeEmpty();
        page.QuerySelector(".empty-state").Text().Should().StartWith("No quotes match these filters");
    }

    [Fact]
    public async Task Invalid_filter_values_are_reported_not_thrown()
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/Quotes?from=not-a-date&kind=rumour&to=2020-01-01");

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.BadRequest);
        var page = await Html.ParseAsync(response);
        page.QuerySelector(".validation-summary").Text().Should().NotBeEmpty();
        page.QuerySelector<IHtmlInputElement>("input#to")!.Value.Should().Be("2020-01-01");
    }

    [Theory]
    [InlineData("/Quotes?p=2147483647")]
    [InlineData("/Articles?p=2147483647")]
    [InlineData("/Topics/energy?p=2147483647")]
    [InlineData("/Actors/nato?p=2147483647")]
    public async Task A_huge_page_number_shows_an_empty_page_rather_than_an_error(string url)
    {
        using var response = await factory.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
    }

    [Fact]
    public async Task Paging_links_keep_the_filters()
    {
        var client = factory.CreateClient();
        var posting = await factory.CreateEditorClientAsync();
        for (var i = 0; i < 20 && await NiinistoQuotesAsync(client) <= 20; i++)
        {
            // Each article's quotes are its own: a reprinted quote is one statement and one card.
            var marker = TestArticles.Marker();
            var form = TestArticles.Form(marker);
            form["Input.Body"] = $"""
                HELSINKI (Reuters) - Finnish President Sauli Niinistö spoke on Tuesday about round {marker} of the talks.

                “Round {marker} will settle question {marker} for our parliament before anything {marker} is signed,” Niinistö told reporters.

                “Nobody but Finland decides matter {marker}, and nobody should expect answer {marker} from us today,” he said.
                """;
            using var response = await ArticleReviewFlow.AddAsync(posting, form);
            response.StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect);
        }

        var page = await client.GetDocumentAsync("/Quotes?speaker=sauli-niinisto");

        page.QuerySelectorAll(".quote-card").Should().HaveCount(20);
        var next = page.QuerySelector("a[rel=next]")!.GetAttribute("href");
        next.Should().Contain("speaker=sauli-niinisto").And.Contain("p=2");
        var second = await client.GetDocumentAsync(next!);
        second.QuerySelectorAll(".quote-card").Should().NotBeEmpty();
        second.QuerySelector(".pagination .active").Text().Should().Be("2");
    }

    // Until the first of his articles is added, the archive has no speaker of that name (a 400 naming him).
    private static async Task<int> NiinistoQuotesAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/quotes?speaker=sauli-niinisto");
        return response.IsSuccessStatusCode ? (await Json.ReadAsync(response)).GetProperty("total").GetInt32() : 0;
    }
}
