using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Accounts;
using NewsTracker.Core.Data;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Accounts;

// Sessions are rechecked on every request here, so a password change that forgot to renew the cookie would sign out.
public sealed class ProfileTests(SignInTests.RecheckEveryRequestFactory factory) : IClassFixture<SignInTests.RecheckEveryRequestFactory>
{
    [Fact]
    public async Task A_visitor_is_sent_to_sign_in()
    {
        using var response = await factory.CreateBrowserlessClient().GetAsync("/Account/Profile");

        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.Should().Be("/Account/SignIn");
    }

    [Fact]
    public async Task An_analyst_sees_their_role_and_makes_a_token_that_is_shown_once_and_stored_as_a_hash()
    {
        var client = await factory.CreateClientAsAsync(NewsRoles.Analyst);
        var name = "dashboard " + TestArticles.Marker();

        var profile = await client.GetDocumentAsync("/Account/Profile");
        profile.QuerySelector(".account-role").Text().Should().Be("Analyst");
        using var response = await client.SubmitFormAsync("/Account/Profile", "form.token-form", ("Token.Name", name));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var page = await Html.ParseAsync(response);
        var token = page.QuerySelector<IHtmlInputElement>("#new-token")!.Value;
        token.Should().StartWith("nt_");
        page.QuerySelectorAll(".token-table td").Select(td => td.Text()).Should().Contain(name);
        (await client.GetDocumentAsync("/Account/Profile")).QuerySelector("#new-token").Should().BeNull("the token is shown once");

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsDbContext>();
        var stored = await db.Set<ApiToken>().SingleAsync(t => t.Name == name);
        stored.Hash.Should().Be(TokenSecret.Hash(token)).And.NotContain(token);
        (await db.AuditEntries.AnyAsync(e => e.Summary.Contains(token) || (e.After != null && e.After.Contains(token)))).Should().BeFalse();
        (await factory.CreateTokenClient(token).GetAsync("/api/quotes")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Revoking_a_token_on_the_profile_page_stops_it_at_once()
    {
        var client = await factory.CreateClientAsAsync(NewsRoles.Editor);
        using var made = await client.SubmitFormAsync("/Account/Profile", "form.token-form", ("Token.Name", "to revoke " + TestArticles.Marker()));
        var token = (await Html.ParseAsync(made)).QuerySelector<IHtmlInputElement>("#new-token")!.Value;
        var prefix = token[..10];

        using var revoked = await client.SubmitFormAsync("/Account/Profile", AccountForms.FormInRow(prefix, "form.revoke-form"));

        revoked.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await factory.CreateTokenClient(token).GetAsync("/api/quotes")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var page = await client.GetDocumentAsync("/Account/Profile");
        page.QuerySelector(".status-message").Text().Should().Contain("revoked");
    }

    [Fact]
    public async Task Changing_the_password_keeps_this_session_and_the_new_password_signs_in()
    {
        var email = $"{Guid.NewGuid():N}@newsroom.test";
        const string First = "First password 2026";
        const string Second = "Second password 2026";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountService>().CreateAsync(new NewAccount(email, "analyst", First), Core.Audit.Editor.System, default);
        }

        var client = factory.CreateBrowserlessClient();
        await client.PostFormAsync("/Account/SignIn", [new("Input.Email", email), new("Input.Password", First)]);

        using var weak = await client.SubmitFormAsync("/Account/Profile", "form.password-form",
            ("Password.Current", First), ("Password.New", "short"), ("Password.Repeat", "short"));
        weak.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Html.ParseAsync(weak)).QuerySelector(".validation-summary").Text().Should().Contain("at least 12 characters");

        using var changed = await client.SubmitFormAsync("/Account/Profile", "form.password-form",
            ("Password.Current", First), ("Password.New", Second), ("Password.Repeat", Second));
        changed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await client.GetAsync("/Account/Profile")).StatusCode.Should().Be(HttpStatusCode.OK);
        using var again = await factory.CreateBrowserlessClient().PostFormAsync("/Account/SignIn", [new("Input.Email", email), new("Input.Password", Second)]);
        again.StatusCode.Should().Be(HttpStatusCode.Redirect);
    }
}
