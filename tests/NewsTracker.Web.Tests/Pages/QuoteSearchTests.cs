using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Pages;

// The search box as analysts use it: operators, highlights, relevance order, and bad syntax that never errors.
public sealed class QuoteSearchTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    [Fact]
    public async Task Matches_are_highlighted_and_markup_in_a_quote_stays_encoded()
    {
        var marker = "zq" + TestArticles.Marker();
        await AddAsync(marker, $"“The <script>alert(1)</script> plan for {marker} is ready,” Sauli Niinistö said on Tuesday.");

        using var response = await factory.CreateClient().GetAsync($"/Quotes?q={marker}");

        var html = await response.Content.ReadAsStringAsync();
        html.Should().NotContain("<script>alert(1)</script>").And.Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
        var page = await Html.ParseAsync(html);
        var card = page.QuerySelectorAll(".quote-card .quote-text").Should().ContainSingle().Subject;
        card.QuerySelectorAll("mark").Select(m => m.Text()).Should().Equal(marker);
        page.QuerySelector("#q-help").Text().Should().Contain("OR").And.Contain("-sanctions");
    }

    [Fact]
    public async Task A_phrase_and_an_exclusion_narrow_the_results()
    {
        var marker = "zp" + TestArticles.Marker();
        await AddAsync(marker, $"“The door is open for {marker} talks,” Sauli Niinistö said on Tuesday.\n\n“Our door is not open to {marker} threats,” he added.");
        var client = factory.CreateClient();

        var phrase = await client.GetDocumentAsync($"/Quotes?q=%22door+is+open%22+{marker}");
        var excluded = await client.GetDocumentAsync($"/Quotes?q={marker}+-threats");

        Texts(phrase).Should().ContainSingle().Which.Should().Contain("door is open");
        phrase.QuerySelector(".quote-text mark")!.Text().Should().Be("door is open");
        Texts(excluded).Should().ContainSingle().Which.Should().Contain("talks");
    }

    [Fact]
    public async Task Bad_syntax_falls_back_to_plain_words_with_a_note()
    {
        using var response = await factory.CreateClient().GetAsync("/Quotes?q=%22energy+situation");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await Html.ParseAsync(response);
        page.QuerySelector(".search-note")!.Text().Should().Contain("closing quotation mark");
        page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input#q")!.Value.Should().Be("\"energy situation");
    }

    [Fact]
    public async Task Relevance_order_is_a_shareable_choice_on_the_page_and_in_the_api()
    {
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/Quotes?q=energy&sort=relevance");
        using var api = await client.GetAsync("/api/quotes?q=energy&sort=relevance");
        using var bad = await client.GetAsync("/api/quotes?q=energy&sort=loudest");

        page.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("select#sort")!.Value.Should().Be("relevance");
        page.QuerySelectorAll(".quote-card").Should().NotBeEmpty();
        api.StatusCode.Should().Be(HttpStatusCode.OK);
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("errors").GetProperty("sort")[0].GetString()
            .Should().Contain("relevance");
    }

    [Fact]
    public async Task Filters_take_a_surname_or_an_alias_and_an_unknown_name_is_said()
    {
        var client = factory.CreateClient();

        var bySurname = await client.GetDocumentAsync("/Quotes?speaker=Stoltenberg");
        var byAlias = await client.GetDocumentAsync("/Quotes?actor=US");
        var unknown = await client.GetDocumentAsync("/Quotes?speaker=%3Cb%3ENobody%3C%2Fb%3E");

        bySurname.QuerySelectorAll(".quote-card .speaker-link").Select(a => a.Text()).Should().NotBeEmpty().And.OnlyContain(n => n == "Jens Stoltenberg");
        byAlias.QuerySelector(".unknown-filter").Should().BeNull();
        unknown.QuerySelector(".unknown-filter")!.Text().Should().Contain("No speaker called “<b>Nobody</b>”.");
        unknown.QuerySelector(".unknown-filter b").Should().BeNull("the name is shown as text");
        unknown.QuerySelector("#speaker-names").Should().NotBeNull();
    }

    [Fact]
    public async Task Outlet_affiliation_and_confidence_filters_are_shareable_and_checked()
    {
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/Quotes?affiliation=NATO&minConfidence=0.5&outlet=Reuters");
        using var api = await client.GetAsync("/api/quotes?affiliation=NATO&minConfidence=0.5");
        using var bad = await client.GetAsync("/api/quotes?minConfidence=2");

        page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input#affiliation")!.Value.Should().Be("NATO");
        page.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("select#minConfidence")!.Value.Should().Be("0.5");
        page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input#outlet")!.Value.Should().Be("Reuters");
        api.StatusCode.Should().Be(HttpStatusCode.OK);
        var items = (await api.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("items").EnumerateArray().ToList();
        items.Should().NotBeEmpty().And.OnlyContain(i => i.GetProperty("speaker").GetProperty("name").GetString() == "Jens Stoltenberg"
            || i.GetProperty("speaker").GetProperty("name").GetString() == "NATO");
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    private static List<string> Texts(IDocument page) => page.QuerySelectorAll(".quote-card .quote-text").Select(q => q.Text().Trim()).ToList();

    private async Task AddAsync(string marker, string quotes)
    {
        var editor = await factory.CreateEditorClientAsync();
        using var response = await editor.PostAsJsonAsync("/api/articles", new
        {
            title = $"Niinistö on the plan ({marker})",
            outlet = "Reuters",
            url = $"https://example.org/search-{marker}",
            publishedAt = "2022-04-13",
            body = $"HELSINKI (Reuters) - Finland's president spoke about {marker} on Tuesday.\n\n{quotes}",
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }
}
