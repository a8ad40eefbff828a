using System.Net;
using Microsoft.AspNetCore.Hosting;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Pages;

public sealed class TopicRetagTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    [Fact]
    public async Task Saving_a_topic_re_tags_the_quotes_already_stored_and_says_so()
    {
        var client = factory.CreateBrowserlessClient();
        var marker = TestArticles.Marker();
        var slug = await CreateTopicAsync(client, "self-determination " + marker, "unrelated" + marker);
        await AddArticleAsync(client, marker);
        (await client.GetDocumentAsync("/Topics/" + slug)).QuerySelector(".empty-state").Should().NotBeNull();

        using var response = await client.PostFormAsync($"/Topics/{slug}/Edit", new Dictionary<string, string>
        {
            ["Input.Name"] = "self-determination " + marker,
            ["Input.Keywords"] = "own choice",
        });

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var page = await client.GetDocumentAsync(response.Headers.Location!.ToString());
        page.QuerySelector(".status-message").Text().Should().Contain("saved").And.Contain("Re-tagged").And.Contain("1 quote changed topics");
        page.QuerySelectorAll(".quote-text").Select(q => q.Text()).Should().ContainSingle().Which.Should().StartWith("Our security is our own choice");
    }

    [Fact]
    public async Task A_new_topic_tags_the_quotes_already_stored()
    {
        var client = factory.CreateBrowserlessClient();
        var marker = TestArticles.Marker();
        await AddArticleAsync(client, marker);

        var slug = await CreateTopicAsync(client, "parliament " + marker, "parliament");

        var page = await client.GetDocumentAsync("/Topics/" + slug);
        page.QuerySelector(".status-message").Text().Should().Contain("created").And.Contain("Re-tagged");
        page.QuerySelectorAll(".quote-text").Select(q => q.Text()).Should().Contain(q => q.StartsWith("We are ready to take this decision", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_edit_page_no_longer_says_keywords_apply_only_to_new_articles()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/Topics/energy/Edit");

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

// A database counted as large from the first article: saving a topic leaves re-tagging to the button.
public sealed class LargeDatabaseFactory : NewsTrackerFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Topics:RetagOnSaveMaxArticles", "0");
    }
}

public sealed class TopicRetagOnLargeDatabaseTests(LargeDatabaseFactory factory) : IClassFixture<LargeDatabaseFactory>
{
    [Fact]
    public async Task Saving_leaves_stored_quotes_alone_until_the_editor_re_tags_them()
    {
        var client = factory.CreateBrowserlessClient();
        var marker = TestArticles.Marker();
        var slug = await TopicRetagTests.CreateTopicAsync(client, "self-determination " + marker, "own choice");
        await TopicRetagTests.AddArticleAsync(client, marker);
        using (var save = await client.PostFormAsync($"/Topics/{slug}/Edit", new Dictionary<string, string>
        {
            ["Input.Name"] = "self-determination " + marker,
            ["Input.Keywords"] = "own choice\nparliament",
        }))
        {
            var saved = await client.GetDocumentAsync(save.Headers.Location!.ToString());
            saved.QuerySelector(".status-message").Text().Should().Contain("keep their old topics until you choose “Re-tag existing quotes”");
            saved.QuerySelectorAll(".quote-text").Select(q => q.Text()).Should().ContainSingle().Which.Should().StartWith("Our security");
        }

        using var response = await client.SubmitFormAsync("/Topics/" + slug, "form.retag-form");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Be("/Topics/" + slug);
        var page = await client.GetDocumentAsync("/Topics/" + slug);
        page.QuerySelector(".status-message").Text().Should().MatchRegex("Re-tagged the quotes of [0-9]+ articles: 1 quote changed topics.");
        page.QuerySelectorAll(".quote-text").Select(q => q.Text()).Should().HaveCount(2)
            .And.Contain(q => q.StartsWith("We are ready to take this decision", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Re_tagging_an_unknown_topic_is_a_404()
    {
        var client = factory.CreateBrowserlessClient();
        var token = await client.AntiforgeryTokenAsync("/Topics/energy", "form.retag-form");

        using var response = await client.PostAsync("/Topics/no-such-topic?handler=Retag",
            new FormUrlEncodedContent([new KeyValuePair<string, string>(Html.TokenField, token)]));

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
