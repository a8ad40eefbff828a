using System.Net;
using AngleSharp.Dom;
using NewsTracker.Core.Accounts;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Curation;

public sealed class AuditTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    [Fact]
    public async Task The_api_lists_changes_with_who_what_and_before_and_after()
    {
        var client = await factory.CreateEditorClientAsync();
        await ActorForms.CreateAsync(client, "Audit Trail Office");
        await ActorForms.EditAsync(client, "audit-trail-office", "Audit Trail Office", role: "Watchdog");

        var log = await client.GetJsonAsync("/api/audit?entity=actor");

        log.PropertyNames().Should().Equal("total", "items");
        var edited = log.Items().First(e => e.GetProperty("action").GetString() == "edited");
        edited.PropertyNames().Should().Equal("at", "user", "action", "entity", "entityId", "summary", "before", "after");
        edited.GetProperty("user").GetString().Should().Be("editor@newsroom.test");
        edited.GetProperty("before").GetProperty("role").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        edited.GetProperty("after").GetProperty("role").GetString().Should().Be("Watchdog");
        var id = edited.GetProperty("entityId").GetString();

        var history = await client.GetJsonAsync($"/api/audit?entity=actor&id={id}");
        history.Items().Select(e => e.GetProperty("action").GetString()).Should().Equal("edited", "created");
        (await client.GetJsonAsync("/api/audit?user=nobody@newsroom.test")).GetProperty("total").GetInt32().Should().Be(0);
    }

    [Theory]
    [InlineData("entity=people")]
    [InlineData("page=0")]
    [InlineData("page=two")]
    public async Task A_bad_filter_is_a_400_problem(string query)
    {
        var client = await factory.CreateEditorClientAsync();

        using var response = await client.GetAsync($"/api/audit?{query}");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
    }

    [Fact]
    public async Task The_log_is_for_editors_and_admins_only()
    {
        (await factory.CreateBrowserlessClient().GetAsync("/api/audit")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var analyst = await factory.CreateClientAsAsync(NewsRoles.Analyst);
        (await analyst.GetAsync("/api/audit")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await analyst.GetAsync("/Audit")).Headers.Location!.ToString().Should().Contain("/Account/Denied");
        var anonymousPage = await factory.CreateBrowserlessClient().GetAsync("/Audit");
        anonymousPage.Headers.Location!.ToString().Should().Contain("/Account/SignIn");
        var admin = await factory.CreateClientAsAsync(NewsRoles.Admin);
        (await admin.GetAsync("/api/audit")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await admin.GetAsync("/Audit")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_page_shows_one_actors_history_with_a_field_by_field_table_encoded()
    {
        var client = await factory.CreateEditorClientAsync();
        await ActorForms.CreateAsync(client, "Night Desk");
        await ActorForms.EditAsync(client, "night-desk", "Night Desk", role: "<script>alert(1)</script>");
        var id = (await client.GetJsonAsync("/api/audit?entity=actor")).Items()
            .First(e => e.GetProperty("summary").GetString() == "Created actor “Night Desk”").GetProperty("entityId").GetString();

        using var response = await client.GetAsync($"/Audit?entity=actor&id={id}");

        var html = await response.Content.ReadAsStringAsync();
        html.Should().NotContain("<script>alert(1)</script>").And.Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
        var page = await Html.ParseAsync(response);
        page.QuerySelectorAll(".audit-entry").Should().HaveCount(2);
        var changed = page.QuerySelectorAll(".audit-entry").First().QuerySelectorAll(".audit-fields tr.changed").Select(r => r.QuerySelector("th")!.Text());
        changed.Should().Equal("role");
    }

    [Fact]
    public async Task The_page_filters_by_user_and_dates_and_refuses_an_unknown_entity()
    {
        var client = await factory.CreateEditorClientAsync();
        await ActorForms.CreateAsync(client, "Date Filter Bureau");
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var mine = await client.GetDocumentAsync($"/Audit?user=editor@newsroom.test&from={today}&to={today}");
        mine.QuerySelectorAll(".audit-summary").Select(s => s.Text()).Should().Contain("Created actor “Date Filter Bureau”");
        var before = await client.GetDocumentAsync("/Audit?to=2000-01-01");
        before.QuerySelectorAll(".audit-entry").Should().BeEmpty();
        using var bad = await client.GetAsync("/Audit?entity=people");
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Html.ParseAsync(bad)).QuerySelector(".validation-summary").Text().Should().Contain("Choose one of");
    }
}
