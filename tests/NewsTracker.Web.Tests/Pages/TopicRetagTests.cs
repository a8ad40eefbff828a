using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Jobs;
using NewsTracker.Testing;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Pages;

public sealed class TopicRetagTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    private BackgroundJobQueue Jobs => factory.Services.GetRequiredService<BackgroundJobQueue>();

    [Fact]
    public async Task Saving_new_keywords_queues_a_re_tag_and_the_topic_page_shows_it_done()
    {
        var client = await factory.CreateEditorClientAsync();
        var marker = TestArticles.Marker();
        var slug = await CreateTopicAsync(client, "self-determination " + marker, "unrelated" + marker);
        await AddArticleAsync(client, marker);
        await Jobs.WhenIdleAsync(JobKind.Retag);
        (await client.GetDocumentAsync("/Topics/" + slug)).QuerySelector(".empty-state").Should().NotBeNull();

        using var response = await TopicEditForm.SaveAsync(client, slug, "self-determination " + marker, "own choice");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var saved = await client.GetDocumentAsync(response.Headers.Location!.ToString());
        saved.QuerySelector(".status-message").Text().Should().Contain("saved").And.Contain("Re-tagging the stored quotes is queued");
        await Jobs.WhenIdleAsync(JobKind.Retag);
        var page = await client.GetDocumentAsync("/Topics/" + slug);
        // Every test article carries the same quote, so each one stored so far changed, not only this test's.
        page.QuerySelector(".retag-status").Text().Should().MatchRegex("^Re-tagging done: [1-9][0-9]* quotes? changed topics across [0-9]+ articles\\.$");
        page.QuerySelectorAll(".quote-text").Select(q => q.Text()).Should().ContainSingle().Which.Should().StartWith("Our security is our own choice");
        page.QuerySelector(".text-muted").Text().Should().MatchRegex("^([1-9][0-9]*) quotes? in \\1 articles?\\.$", "the stored counts follow the re-tag");
    }

    [Fact]
    public async Task A_new_topic_tags_the_quotes_already_stored()
    {
        var client = await factory.CreateEditorClientAsync();
        var marker = TestArticles.Marker();
        await AddArticleAsync(client, marker);

        var slug = await CreateTopicAsync(client, "parliament " + marker, "parliament");

        var created = await client.GetDocumentAsync("/Topics/" + slug);
        created.QuerySelector(".status-message").Text().Should().Contain("created").And.Contain("Re-tagging the stored quotes is queued");
        await Jobs.WhenIdleAsync(JobKind.Retag);
        var page = await client.GetDocumentAsync("/Topics/" + slug);
        page.QuerySelectorAll(".quote-text").Select(q => q.Text()).Should().Contain(q => q.StartsWith("We are ready to take this decision", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_re_tag_button_queues_a_re_tag_instead_of_running_it_in_the_request()
    {
        var client = await factory.CreateEditorClientAsync();
        await Jobs.WhenIdleAsync(JobKind.Retag);

        using var response = await client.SubmitFormAsync("/Topics/energy", "form.retag-form");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Be("/Topics/energy");
        var page = await client.GetDocumentAsync("/Topics/energy");
        page.QuerySelector(".status-message").Text().Should().BeOneOf(
            "Re-tagging the stored quotes is queued; this page shows how it goes.",
            "A re-tag is already queued; it will pick up your change.",
            "A re-tag is running; another is queued after it to pick up your change.");
        await Jobs.WhenIdleAsync(JobKind.Retag);
        (await client.GetDocumentAsync("/Topics/energy")).QuerySelector(".retag-status").Text().Should().StartWith("Re-tagging done: 0 quotes changed topics");
    }

    [Fact]
    public async Task Re_tagging_an_unknown_topic_is_a_404()
    {
        var client = await factory.CreateEditorClientAsync();
        var token = await client.AntiforgeryTokenAsync("/Topics/energy", "form.retag-form");

        using var response = await client.PostAsync("/Topics/no-such-topic?handler=Retag",
            new FormUrlEncodedContent([new KeyValuePair<string, string>(Html.TokenField, token)]));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_edit_page_no_longer_says_keywords_apply_only_to_new_articles()
    {
        var page = await (await factory.CreateEditorClientAsync()).GetDocumentAsync("/Topics/energy/Edit");

        page.QuerySelector("main")!.TextContent.Should().NotContain("added from now on");
    }

    internal static async Task<string> CreateTopicAsync(HttpClient client, string name, string keywords)
    {
        using var response = await client.PostFormAsync("/Topics/New", new Dictionary<string, string> { ["Input.Name"] = name, ["Input.Keywords"] = keywords });
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        return response.Headers.Location!.ToString()["/Topics/".Length..];
    }

    internal static async Task AddArticleAsync(HttpClient client, string marker)
    {
        using var response = await client.PostFormAsync("/Articles/New", TestArticles.Form(marker));
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }
}

// Re-tags that wait at their start until the test lets each one go.
public sealed class HeldRetagFactory : NewsTrackerFactory
{
    public RetagHolds Holds { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Holds);
            services.AddKeyedScoped<IBackgroundJob, HeldRetagJob>(JobKind.Retag);
        });
    }
}

public sealed class TopicRetagProgressTests(HeldRetagFactory factory) : IClassFixture<HeldRetagFactory>
{
    [Fact]
    public async Task While_a_re_tag_runs_the_page_says_so_and_saves_meanwhile_queue_one_follow_up_run()
    {
        var client = await factory.CreateEditorClientAsync();
        var jobs = factory.Services.GetRequiredService<BackgroundJobQueue>();
        var marker = TestArticles.Marker();
        await TopicRetagTests.AddArticleAsync(client, marker);
        var slug = await TopicRetagTests.CreateTopicAsync(client, "self-determination " + marker, "unrelated" + marker);
        await factory.Holds[1].Reached.Task;

        using var running = await client.GetAsync("/Topics/" + slug);
        var runningPage = await Html.ParseAsync(running);
        runningPage.QuerySelector(".retag-status").Text().Should().Be("Re-tagging running.");
        running.Headers.GetValues("Refresh").Should().Equal("3");
        var api = await client.GetJsonAsync("/api/jobs/retag");
        api.GetProperty("state").GetString().Should().Be("running");
        api.GetProperty("finishedAt").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);

        using var second = await TopicEditForm.SaveAsync(client, slug, "self-determination " + marker, "own choice");
        var afterSecond = await client.GetDocumentAsync(second.Headers.Location!.ToString());
        afterSecond.QuerySelector(".status-message").Text().Should().EndWith("A re-tag is running; another is queued after it to pick up your change.");
        afterSecond.QuerySelector(".retag-status").Text().Should().Be("Re-tagging running. Another re-tag is queued after it.");
        using var third = await TopicEditForm.SaveAsync(client, slug, "self-determination " + marker, "own choice\nparliament");
        (await client.GetDocumentAsync(third.Headers.Location!.ToString())).QuerySelector(".status-message").Text()
            .Should().EndWith("A re-tag is already queued; it will pick up your change.");

        factory.Holds[1].Release();
        factory.Holds[2].Release();
        await jobs.WhenIdleAsync(JobKind.Retag);

        factory.Holds.Runs.Should().Be(2, "saves while one run waited joined it");
        using var done = await client.GetAsync("/Topics/" + slug);
        done.Headers.Contains("Refresh").Should().BeFalse("nothing is left to wait for");
        var donePage = await Html.ParseAsync(done);
        donePage.QuerySelector(".retag-status").Text().Should().MatchRegex("^Re-tagging done: [0-9]+ quotes? changed topics across [0-9]+ articles\\.$");
        donePage.QuerySelectorAll(".quote-text").Select(q => q.Text()).Should().HaveCount(2, "the last keywords saved were applied")
            .And.Contain(q => q.StartsWith("We are ready to take this decision", StringComparison.Ordinal));
        var finished = await client.GetJsonAsync("/api/jobs/retag");
        finished.GetProperty("state").GetString().Should().Be("done");
        finished.GetProperty("done").GetInt32().Should().Be(finished.GetProperty("total").GetInt32());
        finished.GetProperty("finishedAt").GetDateTime().Should().BeOnOrAfter(finished.GetProperty("startedAt").GetDateTime());
    }
}
