using System.Net;
using System.Net.Http.Json;
using System.Text;
using NewsTracker.Core.Accounts;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Curation;

public sealed class CurationApiTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    [Fact]
    public async Task Merging_by_slug_answers_200_with_the_survivor_and_the_merged_actor()
    {
        var client = await factory.CreateEditorClientAsync();
        await ActorForms.CreateAsync(client, "Kremlin Press Pool");
        await ActorForms.CreateAsync(client, "Kremlin Pool");

        using var response = await client.PostAsJsonAsync("/api/actors/kremlin-press-pool/merge", new { into = "kremlin-pool" });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var body = await Json.ReadAsync(response);
        body.GetProperty("slug").GetString().Should().Be("kremlin-pool");
        body.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).Should().Contain("Kremlin Press Pool");
        body.GetProperty("merged").GetProperty("slug").GetString().Should().Be("kremlin-press-pool");
    }

    [Fact]
    public async Task Merging_by_numeric_id_works_too()
    {
        var client = await factory.CreateEditorClientAsync();
        await ActorForms.CreateAsync(client, "Harbour Pilots Union");
        await ActorForms.CreateAsync(client, "Pilots Union");
        var into = (await client.GetJsonAsync("/api/audit?entity=actor")).Items()
            .First(e => e.GetProperty("summary").GetString() == "Created actor “Pilots Union”").GetProperty("entityId").GetString();

        using var response = await client.PostAsJsonAsync("/api/actors/harbour-pilots-union/merge", new { into = int.Parse(into!, System.Globalization.CultureInfo.InvariantCulture) });

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Json.ReadAsync(response)).GetProperty("name").GetString().Should().Be("Pilots Union");
    }

    [Fact]
    public async Task Merging_into_itself_is_a_400_problem()
    {
        var client = await factory.CreateEditorClientAsync();

        using var response = await client.PostAsJsonAsync("/api/actors/nato/merge", new { into = "nato" });

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await Json.ReadAsync(response)).GetProperty("detail").GetString().Should().Contain("cannot be merged into itself");
    }

    [Theory]
    [InlineData("/api/actors/no-such-actor/merge", "nato")]
    [InlineData("/api/actors/nato/merge", "no-such-actor")]
    [InlineData("/api/actors/999999/merge", "nato")]
    public async Task An_unknown_actor_on_either_side_is_a_404(string url, string into)
    {
        var client = await factory.CreateEditorClientAsync();

        using var response = await client.PostAsJsonAsync(url, new { into });

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("{ \"into\": ")]
    [InlineData("{}")]
    [InlineData("{ \"into\": \"  \" }")]
    [InlineData("{ \"into\": [1, 2] }")]
    [InlineData("[]")]
    public async Task A_body_without_a_usable_target_is_a_400(string json)
    {
        var client = await factory.CreateEditorClientAsync();
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/actors/nato/merge", content);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await client.GetAsync("/Actors/nato")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Merging_needs_an_editor()
    {
        using var anonymous = await factory.CreateBrowserlessClient().PostAsJsonAsync("/api/actors/nato/merge", new { into = "russia" });
        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);

        var analyst = await factory.CreateClientAsAsync(NewsRoles.Analyst);
        using var forbidden = await analyst.PostAsJsonAsync("/api/actors/nato/merge", new { into = "russia" });
        forbidden.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await analyst.GetAsync("/Actors/nato")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
