using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Pages;

public sealed class TopicEditTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    [Fact]
    public async Task The_edit_form_shows_the_topic_name_and_one_keyword_per_line()
    {
        var client = await factory.CreateEditorClientAsync();

        var page = await client.GetDocumentAsync("/Topics/sanctions/Edit");

        page.QuerySelector<IHtmlInputElement>("input[name='Input.Name']")!.Value.Should().Be("sanctions");
        var keywords = page.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.Keywords']")!.Value.Split('\n');
        keywords.Should().Contain("sanctions");
    }

    [Fact]
    public async Task Saving_new_keywords_redirects_to_the_topic_which_lists_them()
    {
        var client = await factory.CreateEditorClientAsync();

        using var response = await TopicEditForm.SaveAsync(client, "diplomacy", "diplomacy", "diplomacy\r\ntalks\r\nshuttle diplomacy\r\n  summit  \r\n\r\ntalks");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Be("/Topics/diplomacy");
        var page = await client.GetDocumentAsync("/Topics/diplomacy");
        page.QuerySelectorAll(".side-panel .chip").Select(c => c.Text()).Should().Equal("diplomacy", "talks", "shuttle diplomacy", "summit");
        page.QuerySelector(".status-message").Text().Should().Contain("saved");
    }

    [Fact]
    public async Task Saving_phrases_and_exclusions_stores_them_and_the_form_shows_them_again()
    {
        var client = await factory.CreateEditorClientAsync();
        var slug = await TopicRetagTests.CreateTopicAsync(client, "harbours " + TestArticles.Marker(), "harbour");
        var form = await TopicEditForm.OpenAsync(client, slug);

        using var response = await form.PostAsync(client, "harbours again", "harbour\nquay", "deep water port\r\nharbour strike", "harbour seal, safe harbour");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var page = await client.GetDocumentAsync(response.Headers.Location!.ToString());
        page.QuerySelectorAll(".topic-keywords .chip").Select(c => c.Text()).Should().Equal("harbour", "quay");
        page.QuerySelectorAll(".topic-phrases .chip").Select(c => c.Text()).Should().Equal("deep water port", "harbour strike");
        page.QuerySelectorAll(".topic-exclusions .chip").Select(c => c.Text()).Should().Equal("harbour seal", "safe harbour");
        var edit = await client.GetDocumentAsync($"/Topics/{slug}/Edit");
        edit.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.Phrases']")!.Value.Should().Be("deep water port\nharbour strike");
        edit.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.Exclusions']")!.Value.Should().Be("harbour seal\nsafe harbour");
    }

    [Fact]
    public async Task A_one_word_phrase_comes_back_with_the_cores_message_and_nothing_is_saved()
    {
        var client = await factory.CreateEditorClientAsync();
        var slug = await TopicRetagTests.CreateTopicAsync(client, "quays " + TestArticles.Marker(), "quay");

        using var response = await (await TopicEditForm.OpenAsync(client, slug)).PostAsync(client, "quays", "quay", "jetty");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await Html.ParseAsync(response);
        page.QuerySelector(".validation-summary").Text().Should().Contain("\"jetty\" has one word");
        page.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.Phrases']")!.Value.Should().Be("jetty");
        (await client.GetDocumentAsync("/Topics/" + slug)).QuerySelectorAll(".topic-phrases .chip").Should().BeEmpty();
    }

    [Fact]
    public async Task An_invalid_edit_comes_back_with_messages_and_what_the_editor_typed()
    {
        var client = await factory.CreateEditorClientAsync();

        using var response = await TopicEditForm.SaveAsync(client, "energy", string.Empty, "gas\nembargo on oil");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await Html.ParseAsync(response);
        page.QuerySelector("span[data-valmsg-for='Input.Name']").Text().Should().Be("Give the topic a name.");
        page.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.Keywords']")!.Value.Should().Be("gas\nembargo on oil");
        (await client.GetDocumentAsync("/Topics/energy")).QuerySelector("h1").Text().Should().Be("energy", "nothing was saved");
    }

    [Fact]
    public async Task Renaming_a_topic_to_the_name_of_another_is_refused_by_the_service()
    {
        var client = await factory.CreateEditorClientAsync();

        using var response = await TopicEditForm.SaveAsync(client, "sanctions", "energy", "embargo");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await Html.ParseAsync(response);
        page.QuerySelector(".validation-summary").Text().Should().Contain("already exists");
        page.QuerySelector<IHtmlInputElement>("input[name='Input.Name']")!.Value.Should().Be("energy");
    }

    [Fact]
    public async Task A_new_topic_is_created_and_shown()
    {
        var client = await factory.CreateEditorClientAsync();
        var name = "cyber security " + TestArticles.Marker();
        var form = new Dictionary<string, string> { ["Input.Name"] = name, ["Input.Keywords"] = "cyberattack\nhackers\nransomware" };

        using var response = await client.PostFormAsync("/Topics/New", form);

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var page = await client.GetDocumentAsync(response.Headers.Location!.ToString());
        page.QuerySelector("h1").Text().Should().Be(name);
        page.QuerySelector(".empty-state").Text().Should().Contain("No quotes are tagged");
    }

    [Fact]
    public async Task The_edit_form_carries_the_version_it_was_filled_from()
    {
        var client = await factory.CreateEditorClientAsync();
        var slug = await TopicRetagTests.CreateTopicAsync(client, "versioned " + TestArticles.Marker(), "alpha");
        var before = await TopicEditForm.OpenAsync(client, slug);

        (await TopicEditForm.SaveAsync(client, slug, "versioned again", "alpha")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await TopicEditForm.OpenAsync(client, slug)).Version.Should().Be((int.Parse(before.Version, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_save_without_the_version_is_refused_and_nothing_is_saved()
    {
        var client = await factory.CreateEditorClientAsync();
        var slug = await TopicRetagTests.CreateTopicAsync(client, "unversioned " + TestArticles.Marker(), "alpha");

        using var response = await client.PostFormAsync($"/Topics/{slug}/Edit", new Dictionary<string, string> { ["Input.Name"] = "renamed", ["Input.Keywords"] = "beta" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Html.ParseAsync(response)).QuerySelector(".validation-summary").Text().Should().Contain("reload the page");
        (await client.GetDocumentAsync("/Topics/" + slug)).QuerySelector(".side-panel .chip").Text().Should().Be("alpha");
    }

    [Fact]
    public async Task Editing_an_unknown_topic_is_a_404()
    {
        var client = await factory.CreateEditorClientAsync();

        using var response = await client.GetAsync("/Topics/no-such-topic/Edit");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
