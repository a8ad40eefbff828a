using System.Net;
using NewsTracker.Testing;
using NewsTracker.Testing.Engines;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Postgres;

// The whole app on PostgreSQL, through its pages and API: started, migrated and seeded from seeds/, searched,
// and an article added by an editor, on a factory that is always PostgreSQL (the other web tests run on both
// engines through the engine of their test case).
[OneEngine("about PostgreSQL itself: its app factory is always on PostgreSQL")]
public sealed class PostgresAppTests(PostgresNewsTrackerFactory factory) : IClassFixture<PostgresNewsTrackerFactory>
{
    [PostgresFact]
    public async Task The_app_starts_on_postgres_and_ready_says_the_database_is_migrated()
    {
        var client = factory.CreateClient();

        using var ready = await client.GetAsync("/health/ready");
        var report = await Json.ReadAsync(ready);

        ready.StatusCode.Should().Be(HttpStatusCode.OK);
        report.GetProperty("checks").EnumerateObject().Should().OnlyContain(c => c.Value.GetProperty("status").GetString() == "Healthy");
    }

    [PostgresFact]
    public async Task The_seed_articles_quotes_are_found_by_an_inflected_word()
    {
        var client = factory.CreateClient();

        var found = await client.GetJsonAsync("/api/quotes?q=deployment");

        found.GetProperty("total").GetInt32().Should().BePositive();
        found.GetProperty("items").EnumerateArray().Select(q => q.GetProperty("text").GetString())
            .Should().Contain(text => text!.Contains(TestArticles.SeedTroopsQuote, StringComparison.Ordinal));
    }

    [PostgresFact]
    public async Task An_editor_adds_an_article_and_its_quotes_are_searchable_and_a_second_copy_is_refused()
    {
        var client = await factory.CreateEditorClientAsync();
        var marker = TestArticles.Marker();

        var (_, review) = await ArticleReviewFlow.ReviewAsync(client, TestArticles.Form(marker));
        using var saved = await ArticleReviewFlow.PressAsync(client, review, "button.save-review");
        var found = await client.GetJsonAsync($"/api/quotes?q={marker}");
        using var again = await client.PostFormAsync(ArticleReviewFlow.NewArticle, TestArticles.Form(marker));

        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);
        found.GetProperty("total").GetInt32().Should().BePositive();
        again.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await Html.ParseAsync(again)).QuerySelector(".duplicate-notice").Should().NotBeNull();
    }
}
