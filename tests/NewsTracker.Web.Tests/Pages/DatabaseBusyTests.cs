using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Data;
using NewsTracker.Data.Sqlite;
using NewsTracker.Testing.Engines;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Pages;

// Another connection holds the write lock (BEGIN IMMEDIATE) past the busy timeout, lowered here to 300 ms by configuration.
[SqliteOnly("holds SQLite's write lock on the file to make the app wait")]
public sealed class DatabaseBusyTests(DatabaseBusyTests.Factory factory) : IClassFixture<DatabaseBusyTests.Factory>
{
    [Fact]
    public async Task A_form_saved_while_another_writer_holds_the_database_comes_back_filled_in_with_503_and_saves_on_retry()
    {
        var client = await factory.CreateEditorClientAsync();
        var marker = TestArticles.Marker();
        KeyValuePair<string, string>[] form = [new("Input.Name", $"Arctic shipping {marker}"), new("Input.Keywords", "icebreaker\nnorthern sea route")];

        HttpResponseMessage busy;
        await using (await HoldWriteLockAsync())
        {
            busy = await client.PostFormAsync("/Topics/New", form);
        }

        busy.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        busy.Headers.RetryAfter.Should().NotBeNull();
        var page = await Html.ParseAsync(busy);
        page.QuerySelector(".validation-summary").Text().Should().Contain("busy with another change").And.Contain("try again");
        page.QuerySelector<IHtmlInputElement>("input[name='Input.Name']")!.Value.Should().Be($"Arctic shipping {marker}");
        page.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.Keywords']")!.Value.Should().Contain("northern sea route");
        busy.Dispose();

        using var retried = await client.PostFormAsync("/Topics/New", form);
        retried.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task An_article_saved_while_the_database_is_busy_comes_back_filled_in_with_503()
    {
        var client = await factory.CreateEditorClientAsync();
        var form = TestArticles.Form(TestArticles.Marker());
        var (reviewed, review) = await ArticleReviewFlow.ReviewAsync(client, form);
        reviewed.StatusCode.Should().Be(HttpStatusCode.OK);

        await using (await HoldWriteLockAsync())
        {
            using var response = await ArticleReviewFlow.PressAsync(client, review, "button.save-review");

            response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            var page = await Html.ParseAsync(response);
            page.QuerySelector(".validation-summary").Text().Should().Contain("try again in a moment");
            page.QuerySelector<IHtmlInputElement>("input[name='Input.Title']")!.Value.Should().Be(form["Input.Title"]);
            page.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.Body']")!.Value.Trim().Should().Be(form["Input.Body"].Trim());
        }

        // Nothing was lost: the form comes back as typed, and goes through once the other writer is done.
        var (again, secondReview) = await ArticleReviewFlow.ReviewAsync(client, form);
        again.StatusCode.Should().Be(HttpStatusCode.OK);
        using var retried = await ArticleReviewFlow.PressAsync(client, secondReview, "button.save-review");
        retried.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task An_import_while_the_database_is_busy_answers_503_with_a_try_again()
    {
        var client = await factory.CreateEditorClientAsync();
        var marker = TestArticles.Marker();

        await using (await HoldWriteLockAsync())
        {
            using var response = await client.PostFilesAsync("/Articles/Import", "Input.Files", ("story.txt", $"Niinistö ({marker})\n\n{TestArticles.Body(marker)}"));

            response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            (await Html.ParseAsync(response)).QuerySelector(".validation-summary").Text().Should().Contain("try again in a moment");
        }
    }

    [Fact]
    public async Task The_api_answers_a_503_problem_when_the_database_is_busy()
    {
        var client = await factory.CreateEditorClientAsync();

        await using (await HoldWriteLockAsync())
        {
            using var response = await client.PostAsync(WritingEndpoint.Path, null);

            response.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            problem.RootElement.GetProperty("status").GetInt32().Should().Be(503);
            problem.RootElement.GetProperty("title").GetString().Should().Be("The database is busy.");
        }
    }

    private async Task<SqliteConnection> HoldWriteLockAsync()
    {
        var connection = new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE;";
        await begin.ExecuteNonQueryAsync();
        return connection;
    }

    // A write API call stands in for the write API: at the end of the app's pipeline, it writes one statement.
    public sealed class WritingEndpoint : IStartupFilter
    {
        public const string Path = "/api/test-only/write";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use(async (HttpContext context, RequestDelegate _) =>
            {
                var db = context.RequestServices.GetRequiredService<NewsDbContext>();
                await db.Database.ExecuteSqlRawAsync("""DELETE FROM "ImportLines" WHERE "Id" = -1""", context.RequestAborted);
                context.Response.StatusCode = StatusCodes.Status204NoContent;
            });
        };
    }

    public sealed class Factory : NewsTrackerFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(SqliteConnectionSettings.BusyTimeoutKey, "300");
            builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, WritingEndpoint>());
        }
    }
}
