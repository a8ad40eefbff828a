using System.Net;
using AngleSharp.Dom;
using NewsTracker.Core.Accounts;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Curation;

public sealed class TopicDeleteTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    [Fact]
    public async Task Deleting_a_topic_after_confirming_takes_it_off_the_lists_and_the_quote_filters()
    {
        var client = await factory.CreateEditorClientAsync();
        var before = await client.GetJsonAsync("/api/quotes?topic=troop-deployment");
        before.GetProperty("total").GetInt32().Should().BeGreaterThan(0, "the seed article has quotes about troop deployment");

        var confirm = await client.GetDocumentAsync("/Topics/troop-deployment/Delete");
        confirm.QuerySelector("main").Text().Should().Contain("the quotes themselves stay");
        using var response = await client.SubmitFormAsync("/Topics/troop-deployment/Delete", "form.delete-form");

        response.Headers.Location!.ToString().Should().Be("/Topics");
        (await client.GetAsync("/Topics/troop-deployment")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await client.GetJsonAsync("/api/topics")).Items().Select(t => t.GetProperty("slug").GetString()).Should().NotContain("troop-deployment");
        var total = (await client.GetJsonAsync("/api/quotes")).GetProperty("total").GetInt32();
        total.Should().BeGreaterThan(0, "the quotes stay");
        var deleted = (await client.GetJsonAsync("/api/audit?entity=topic")).Items().First(e => e.GetProperty("action").GetString() == "deleted");
        deleted.GetProperty("before").GetProperty("keywords").GetArrayLength().Should().BeGreaterThan(0, "the log keeps the keywords");
    }

    [Fact]
    public async Task Only_editors_delete_topics()
    {
        var analyst = await factory.CreateClientAsAsync(NewsRoles.Analyst);
        (await analyst.GetAsync("/Topics/energy/Delete")).Headers.Location!.ToString().Should().Contain("/Account/Denied");
        var visitor = factory.CreateBrowserlessClient();
        (await visitor.GetAsync("/Topics/energy/Delete")).Headers.Location!.ToString().Should().Contain("/Account/SignIn");
        (await visitor.GetAsync("/Topics/energy")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Renaming_a_topic_through_the_edit_form_is_in_its_history()
    {
        var client = await factory.CreateEditorClientAsync();
        using var saved = await NewsTracker.Web.Tests.Pages.TopicEditForm.SaveAsync(client, "diplomacy", "diplomatic talks", "diplomacy\ntalks");
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect);

        var renamed = (await client.GetJsonAsync("/api/audit?entity=topic")).Items().First(e => e.GetProperty("action").GetString() == "renamed");

        renamed.GetProperty("before").GetProperty("name").GetString().Should().Be("diplomacy");
        renamed.GetProperty("after").GetProperty("name").GetString().Should().Be("diplomatic talks");
    }
}
