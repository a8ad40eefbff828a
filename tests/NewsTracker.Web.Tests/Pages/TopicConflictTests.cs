using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using NewsTracker.Data.Sqlite;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Pages;

// Two editors on one topic: the second to save from the same version is told, and loses nothing of either.
public sealed class TopicConflictTests(TopicConflictTests.Factory factory) : IClassFixture<TopicConflictTests.Factory>
{
    // Four saves at once wait for one another's write. On a loaded machine one save can hold SQLite's lock past the
    // default 5 s, which answers 503 ("busy, try again", DatabaseBusyTests) instead of the 409 this class checks; a
    // minute keeps the check off the clock.
    public sealed class Factory : NewsTrackerFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting(SqliteConnectionSettings.BusyTimeoutKey, "60000");
        }
    }

    [Fact]
    public async Task A_form_someone_else_saved_over_comes_back_409_with_their_version_and_mine()
    {
        var client = await factory.CreateEditorClientAsync();
        var marker = TestArticles.Marker();
        var slug = await TopicRetagTests.CreateTopicAsync(client, "ports " + marker, "harbour");
        var mine = await TopicEditForm.OpenAsync(client, slug);
        (await TopicEditForm.SaveAsync(client, slug, "sea ports " + marker, "harbour\nquay")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        using var response = await mine.PostAsync(client, "ports and docks " + marker, "harbour\ndock");

        response.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var page = await Html.ParseAsync(response);
        page.QuerySelector(".validation-summary").Text().Should().Contain("Someone else saved this topic first");
        page.QuerySelector<IHtmlInputElement>("input[name='Input.Name']")!.Value.Should().Be("ports and docks " + marker);
        page.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.Keywords']")!.Value.Should().Be("harbour\ndock");
        page.QuerySelector(".topic-conflict .conflict-name").Text().Should().Be("sea ports " + marker);
        page.QuerySelectorAll(".topic-conflict .chip").Select(c => c.Text()).Should().Equal("harbour", "quay");
        var stored = await client.GetDocumentAsync("/Topics/" + slug);
        stored.QuerySelector("h1").Text().Should().Be("sea ports " + marker, "their save stands");
    }

    [Fact]
    public async Task Saving_the_conflicted_form_again_replaces_their_version_knowingly()
    {
        var client = await factory.CreateEditorClientAsync();
        var marker = TestArticles.Marker();
        var slug = await TopicRetagTests.CreateTopicAsync(client, "rivers " + marker, "river");
        var mine = await TopicEditForm.OpenAsync(client, slug);
        (await TopicEditForm.SaveAsync(client, slug, "rivers " + marker, "river\ndelta")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        using var conflict = await mine.PostAsync(client, "rivers " + marker, "river\nestuary");
        var page = await Html.ParseAsync(conflict);
        var again = mine with { Version = page.QuerySelector<IHtmlInputElement>("input[name='Input.Version']")!.Value };

        using var response = await again.PostAsync(client, "rivers " + marker, "river\nestuary");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var saved = await client.GetDocumentAsync("/Topics/" + slug);
        saved.QuerySelectorAll(".side-panel .chip").Select(c => c.Text()).Should().Equal("river", "estuary");
    }

    [Fact]
    public async Task Four_saves_at_once_from_the_same_form_one_is_saved_and_three_are_told_never_a_500()
    {
        var client = await factory.CreateEditorClientAsync();
        var marker = TestArticles.Marker();
        var slug = await TopicRetagTests.CreateTopicAsync(client, "canals " + marker, "canal");
        var form = await TopicEditForm.OpenAsync(client, slug);

        var responses = await Task.WhenAll(Enumerable.Range(1, 4).Select(n => form.PostAsync(client, "canals " + marker, $"canal\nlock {n}")));

        try
        {
            responses.Select(r => r.StatusCode).Should().ContainSingle(s => s == HttpStatusCode.Redirect);
            responses.Select(r => r.StatusCode).Where(s => s != HttpStatusCode.Redirect).Should().Equal(HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Conflict);
            var keywords = (await client.GetDocumentAsync("/Topics/" + slug)).QuerySelectorAll(".side-panel .chip").Select(c => c.Text()).ToList();
            foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
            {
                var page = await Html.ParseAsync(refused);
                page.QuerySelectorAll(".topic-conflict .chip").Select(c => c.Text()).Should().Equal(keywords, "each refused editor sees what was saved");
            }
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }
}
