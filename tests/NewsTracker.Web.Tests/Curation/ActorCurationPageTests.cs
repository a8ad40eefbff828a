using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsTracker.Core.Accounts;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Curation;

public sealed class ActorCurationPageTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    [Fact]
    public async Task A_new_actor_with_markup_in_its_name_is_stored_as_text_and_shown_encoded()
    {
        var client = await factory.CreateEditorClientAsync();

        using var response = await ActorForms.CreateAsync(client, "<b>Harbour</b> Press Office", aliases: "HPO");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.ToString();
        location.Should().Be("/Actors/b-harbour-b-press-office");
        using var page = await client.GetAsync(location);
        var html = await page.Content.ReadAsStringAsync();
        html.Should().Contain("&lt;b&gt;Harbour&lt;/b&gt; Press Office").And.NotContain("<b>Harbour</b>");
        (await Html.ParseAsync(page)).QuerySelector("h1")!.Text().Should().StartWith("<b>Harbour</b> Press Office");
    }

    [Fact]
    public async Task An_empty_name_comes_back_400_with_a_message_and_the_form_filled_in()
    {
        var client = await factory.CreateEditorClientAsync();

        using var response = await ActorForms.CreateAsync(client, "   ", role: "Spokesperson", aliases: "Someone");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await Html.ParseAsync(response);
        page.QuerySelector(".validation-summary").Text().Should().Contain("The name is required.");
        page.QuerySelector<IHtmlInputElement>("input[name='Input.Role']")!.Value.Should().Be("Spokesperson");
        page.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.Aliases']")!.Value.Should().Be("Someone");
    }

    [Fact]
    public async Task Renaming_moves_the_pages_and_the_old_address_redirects_to_the_new_one()
    {
        var client = await factory.CreateEditorClientAsync();
        (await ActorForms.CreateAsync(client, "Coastal Watch")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        using var response = await ActorForms.EditAsync(client, "coastal-watch", "Coast Guard Watch");

        response.Headers.Location!.ToString().Should().Be("/Actors/coast-guard-watch");
        using var old = await client.GetAsync("/Actors/coastal-watch");
        old.StatusCode.Should().Be(HttpStatusCode.MovedPermanently);
        old.Headers.Location!.ToString().Should().Be("/Actors/coast-guard-watch");
        using var speaker = await client.GetAsync("/Speakers/coastal-watch");
        speaker.Headers.Location!.ToString().Should().Be("/Speakers/coast-guard-watch");
    }

    [Fact]
    public async Task An_alias_that_already_names_another_actor_is_refused()
    {
        var client = await factory.CreateEditorClientAsync();
        (await ActorForms.CreateAsync(client, "Eastern Desk")).StatusCode.Should().Be(HttpStatusCode.Redirect);

        using var response = await ActorForms.EditAsync(client, "eastern-desk", "Eastern Desk", aliases: "Moscow");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await Html.ParseAsync(response);
        page.QuerySelector(".validation-summary").Text().Should().Contain("“Moscow” already names “Russia”");
        page.QuerySelector<IHtmlTextAreaElement>("textarea[name='Input.Aliases']")!.Value.Should().Be("Moscow");
    }

    [Fact]
    public async Task Merging_through_the_form_leads_to_the_survivor_with_the_merged_name_as_an_alias()
    {
        var client = await factory.CreateEditorClientAsync();
        await ActorForms.CreateAsync(client, "Northern Fleet Press");
        await ActorForms.CreateAsync(client, "Northern Fleet");

        using var response = await ActorForms.MergeAsync(client, "northern-fleet-press", "Northern Fleet");

        response.Headers.Location!.ToString().Should().Be("/Actors/northern-fleet");
        var page = await client.GetDocumentAsync("/Actors/northern-fleet");
        page.QuerySelector(".status-message").Text().Should().Contain("merged into");
        page.QuerySelectorAll(".side-panel .chip").Select(c => c.Text()).Should().Contain("Northern Fleet Press");
        using var old = await client.GetAsync("/Actors/northern-fleet-press");
        old.Headers.Location!.ToString().Should().Be("/Actors/northern-fleet");
    }

    [Fact]
    public async Task Merging_an_actor_into_itself_comes_back_400_with_a_message()
    {
        var client = await factory.CreateEditorClientAsync();
        await ActorForms.CreateAsync(client, "Lone Agency");

        using var response = await ActorForms.MergeAsync(client, "lone-agency", "lone-agency");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await Html.ParseAsync(response);
        page.QuerySelector(".validation-summary").Text().Should().Contain("cannot be merged into itself");
        page.QuerySelector<IHtmlInputElement>("input[name='Input.Into']")!.Value.Should().Be("lone-agency");
    }

    [Fact]
    public async Task An_actor_with_quotes_cannot_be_deleted_and_the_page_says_to_merge()
    {
        var client = await factory.CreateEditorClientAsync();

        var page = await client.GetDocumentAsync("/Actors/jens-stoltenberg/Delete");
        page.QuerySelector(".alert-warning").Text().Should().Contain("Merge it into the actor it should be");
        page.QuerySelector("form.delete-form").Should().BeNull();

        var token = await client.AntiforgeryTokenAsync("/Actors/jens-stoltenberg/Edit");
        using var content = new FormUrlEncodedContent([new(Html.TokenField, token)]);
        using var delete = await client.PostAsync("/Actors/jens-stoltenberg/Delete", content);
        delete.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Html.ParseAsync(delete)).QuerySelector(".validation-summary").Text().Should().Contain("merge it into the actor it should be");
        (await client.GetAsync("/Actors/jens-stoltenberg")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_actor_nobody_quotes_or_names_is_deleted_after_confirming()
    {
        var client = await factory.CreateEditorClientAsync();
        await ActorForms.CreateAsync(client, "Typo Ministry");

        using var response = await client.SubmitFormAsync("/Actors/typo-ministry/Delete", "form.delete-form");

        response.Headers.Location!.ToString().Should().Be("/Actors");
        (await client.GetAsync("/Actors/typo-ministry")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_role_with_dates_shows_on_the_actor_and_speaker_pages()
    {
        var client = await factory.CreateEditorClientAsync();

        using var response = await AddRoleAsync(client, "Secretary-General", "NATO", "2014-10-01", "2024-10-01");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        foreach (var url in (string[])["/Actors/jens-stoltenberg", "/Speakers/jens-stoltenberg"])
        {
            var roles = (await client.GetDocumentAsync(url)).QuerySelector(".roles-held").Text();
            roles.Should().Contain("Secretary-General").And.Contain("NATO").And.Contain("1 Oct 2014").And.Contain("1 Oct 2024");
        }
    }

    [Fact]
    public async Task A_role_that_ends_before_it_starts_is_refused()
    {
        var client = await factory.CreateEditorClientAsync();

        using var response = await AddRoleAsync(client, "Prime Minister", string.Empty, "2013-10-16", "2005-10-17");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var page = await Html.ParseAsync(response);
        page.QuerySelector(".validation-summary").Text().Should().Contain("cannot end before it starts");
        page.QuerySelector<IHtmlInputElement>("input[name='Role.Title']")!.Value.Should().Be("Prime Minister");
    }

    [Fact]
    public async Task The_suspicious_list_names_junk_actors_and_why_with_links_to_clean_them_up()
    {
        var client = await factory.CreateEditorClientAsync();
        await ActorForms.CreateAsync(client, "Baltic Fleet that");

        var page = await client.GetDocumentAsync("/Actors/Suspicious");

        var row = page.QuerySelectorAll(".suspicious-actors tbody tr").Single(r => r.QuerySelector("td")!.Text() == "Baltic Fleet that");
        row.Text().Should().Contain("ends with “that”").And.Contain("never quoted or mentioned");
        row.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Should().Contain(["/Actors/baltic-fleet-that/Merge", "/Actors/baltic-fleet-that/Delete"]);
    }

    [Fact]
    public async Task Editors_see_curation_links_on_actor_and_speaker_pages_and_visitors_do_not()
    {
        var editor = await factory.CreateEditorClientAsync();
        var visitor = factory.CreateBrowserlessClient();

        foreach (var url in (string[])["/Actors/jens-stoltenberg", "/Speakers/jens-stoltenberg"])
        {
            (await editor.GetDocumentAsync(url)).QuerySelectorAll(".curation-links a").Select(a => a.GetAttribute("href"))
                .Should().Contain(["/Actors/jens-stoltenberg/Edit", "/Actors/jens-stoltenberg/Merge"]);
            (await visitor.GetDocumentAsync(url)).QuerySelector(".curation-links").Should().BeNull();
        }
    }

    [Theory]
    [InlineData("/Actors/New")]
    [InlineData("/Actors/jens-stoltenberg/Edit")]
    [InlineData("/Actors/jens-stoltenberg/Merge")]
    [InlineData("/Actors/jens-stoltenberg/Delete")]
    [InlineData("/Actors/jens-stoltenberg/Roles")]
    [InlineData("/Actors/Suspicious")]
    public async Task Curation_pages_send_visitors_to_sign_in_and_turn_analysts_away(string url)
    {
        using var anonymous = await factory.CreateBrowserlessClient().GetAsync(url);
        anonymous.StatusCode.Should().Be(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.ToString().Should().Contain("/Account/SignIn");

        var analyst = await factory.CreateClientAsAsync(NewsRoles.Analyst);
        using var denied = await analyst.GetAsync(url);
        denied.Headers.Location!.ToString().Should().Contain("/Account/Denied");
    }

    private static async Task<HttpResponseMessage> AddRoleAsync(HttpClient client, string title, string affiliation, string from, string to)
    {
        var token = await client.AntiforgeryTokenAsync("/Actors/jens-stoltenberg/Roles", "form.add-role");
        using var content = new FormUrlEncodedContent(
            [new("Role.Title", title), new("Role.Affiliation", affiliation), new("Role.From", from), new("Role.To", to), new(Html.TokenField, token)]);
        return await client.PostAsync("/Actors/jens-stoltenberg/Roles?handler=Add", content);
    }
}
