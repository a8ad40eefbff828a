using System.Net;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Pages;

// An article without a date is listed as undated and kept out of date filters and charts, with a count of what was left out.
public sealed class UndatedArticleTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    [Fact]
    public async Task An_undated_article_is_listed_as_undated_left_out_of_date_ranges_and_charts_and_counted()
    {
        var client = await factory.CreateEditorClientAsync();
        var marker = TestArticles.Marker();
        using var import = await client.PostFilesAsync("/Articles/Import", "Input.Files",
            ("dated.txt", $"Date: 2022-04-13\n\nNiinistö decides ({marker}-dated)\n\n{TestArticles.Body(marker + "-dated")}"),
            ("undated.txt", $"Niinistö undated ({marker})\n\n{TestArticles.Body(marker + "-undated")}"));
        import.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var articles = await client.GetDocumentAsync("/Articles?q=Niinistö");
        var undatedRow = articles.QuerySelectorAll(".articles-table tbody tr").Single(r => r.Text().Contains("Niinistö undated"));
        undatedRow.QuerySelector(".undated").Text().Should().Be("undated");

        var quotes = await client.GetDocumentAsync($"/Quotes?q={marker}-undated");
        quotes.QuerySelectorAll(".quote-card").Should().NotBeEmpty("an unfiltered list still shows undated quotes");
        quotes.QuerySelector(".quote-card time").Text().Should().Be("date unknown");

        var ranged = await client.GetDocumentAsync($"/Quotes?speaker=sauli-niinisto&from=2022-01-01&to=2022-12-31");
        ranged.QuerySelectorAll(".quote-card").Select(c => c.Text()).Should().NotContain(t => t.Contains("Niinistö undated"));
        ranged.QuerySelector(".undated-left-out").Text().Should().MatchRegex(@"^\d+ undated quotes? not shown in this range");

        var profile = await client.GetDocumentAsync("/Speakers/sauli-niinisto");
        profile.QuerySelector(".attention .undated-left-out").Text().Should().MatchRegex(@"^\d+ undated quotes? not shown in this chart\.$");
        profile.QuerySelectorAll("#attention-table tbody th time").Select(t => t.GetAttribute("datetime")).Should().OnlyContain(d => d!.StartsWith("2022-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_published_date_more_than_a_day_ahead_is_refused_by_the_form_with_a_message()
    {
        var client = await factory.CreateEditorClientAsync();
        var form = TestArticles.Form(TestArticles.Marker());
        form["Input.PublishedOn"] = DateTime.UtcNow.AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var response = await client.PostFormAsync("/Articles/New", form);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await Html.ParseAsync(response);
        page.QuerySelector(".validation-summary").Text().Should().Contain("is in the future");
        page.QuerySelector("#Input_Title")!.GetAttribute("value").Should().Be(form["Input.Title"]);
    }

    [Fact]
    public async Task An_import_with_an_unreadable_date_adds_the_article_with_a_warning()
    {
        var client = await factory.CreateEditorClientAsync();
        var marker = TestArticles.Marker();

        using var response = await client.PostFilesAsync("/Articles/Import", "Input.Files",
            ("odd-date.txt", $"Date: the 45th of Smarch\n\nNiinistö ({marker})\n\n{TestArticles.Body(marker)}"));

        var report = await client.GetDocumentAsync(response.Headers.Location!.ToString());
        report.QuerySelector(".report-warnings").Text().Should().Be("1");
        report.QuerySelector(".import-report tbody tr").Text().Should().Contain("added with warnings").And.Contain("“the 45th of Smarch” could not be read");
    }
}
