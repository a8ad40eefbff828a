using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Pages;

// Issue 3: a statement several articles carried is shown once on the quote pages, with its reports
// and the date it was first reported. The API keeps one item per report.
public sealed class StatementListingTests(StatementListingTests.ReprintFactory factory) : IClassFixture<StatementListingTests.ReprintFactory>
{
    // The seeded app plus one later article that reprints the seed's troops quote.
    public sealed class ReprintFactory : NewsTrackerFactory, IAsyncLifetime
    {
        private const string Reprint =
            """
            BRUSSELS (AP) - NATO Secretary-General Jens Stoltenberg repeated his position on Friday as allies met to discuss the crisis.

            “We have no plans to deploy NATO combat troops to Ukraine…we are focusing on providing support,” Stoltenberg told reporters.
            """;

        public async Task InitializeAsync()
        {
            var client = await CreateEditorClientAsync();
            var form = new Dictionary<string, string>
            {
                ["Input.Title"] = "Stoltenberg repeats: no NATO combat troops for Ukraine",
                ["Input.Outlet"] = "AP",
                ["Input.PublishedOn"] = "2022-01-21",
                ["Input.Body"] = Reprint,
            };
            using var response = await ArticleReviewFlow.AddAsync(client, form);
            response.StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Speakers/jens-stoltenberg")]
    [InlineData("/Quotes?q=combat+troops")]
    [InlineData("/Topics/troop-deployment")]
    [InlineData("/Actors/nato")]
    public async Task A_reprinted_statement_is_listed_once_with_its_reports(string url)
    {
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync(url);

        var cards = page.QuerySelectorAll(".quote-card")
            .Where(c => c.QuerySelector(".quote-text").Text().StartsWith("We have no plans to deploy NATO combat troops", StringComparison.Ordinal))
            .ToList();
        cards.Should().ContainSingle();
        var link = cards[0].QuerySelector("a.statement-link");
        link.Should().NotBeNull();
        link!.Text().Should().Contain("Carried by 2 articles").And.Contain("first reported");
        link.GetAttribute("href").Should().StartWith("/Statements/");
    }

    [Fact]
    public async Task The_statement_page_names_both_articles_oldest_first()
    {
        var client = factory.CreateClient();
        var speaker = await client.GetDocumentAsync("/Speakers/jens-stoltenberg");
        var href = speaker.QuerySelectorAll("a.statement-link").Single().GetAttribute("href")!;

        var statement = await client.GetDocumentAsync(href);

        // The seed file has no date, so it counts from when it was added; the reprint is dated January 2022.
        var reports = statement.QuerySelectorAll(".statement-reports > li .report-head a").Select(a => a.Text()).ToList();
        reports.Should().Equal("Stoltenberg repeats: no NATO combat troops for Ukraine", "No plans to send combat troops to Ukraine if Russia invades: NATO chief Jens Stoltenberg");
        statement.QuerySelector("figcaption time")!.GetAttribute("datetime").Should().Be("2022-01-21");
    }

    [Fact]
    public async Task The_card_gives_the_date_the_statement_was_first_reported()
    {
        var client = factory.CreateClient();

        var speaker = await client.GetDocumentAsync("/Speakers/jens-stoltenberg");

        speaker.QuerySelector("a.statement-link time")!.GetAttribute("datetime").Should().Be("2022-01-21");
    }

    [Fact]
    public async Task The_api_still_returns_one_item_per_report()
    {
        var client = factory.CreateClient();

        var items = (await client.GetJsonAsync("/api/quotes?q=combat+troops&pageSize=50")).Items();

        items.Where(i => i.GetProperty("text").GetString()!.StartsWith("We have no plans to deploy NATO combat troops", StringComparison.Ordinal))
            .Select(i => i.GetProperty("article").GetProperty("id").GetInt32())
            .Should().HaveCount(2).And.OnlyHaveUniqueItems();
    }
}
