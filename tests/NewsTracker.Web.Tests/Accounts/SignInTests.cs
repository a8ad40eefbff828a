using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Accounts;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Accounts;

// Sessions are checked against the account on every request here (the app does it once a minute), so a
// disabled account's cookie is seen to stop working without waiting.
public sealed class SignInTests(SignInTests.RecheckEveryRequestFactory factory) : IClassFixture<SignInTests.RecheckEveryRequestFactory>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var email = await NewAccountAsync(NewsRoles.Editor);
        var client = factory.CreateBrowserlessClient();

        for (var attempt = 1; attempt <= AccountRules.FailedSignInsBeforeLockout; attempt++)
        {
            using var wrong = await SignInAsync(client, email, "Not the password 1");
            wrong.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        }

        using var right = await SignInAsync(client, email, Password);

        right.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Html.ParseAsync(right)).QuerySelector(".validation-summary").Text().Should().Contain("locked for 15 minutes");
        (await client.GetAsync("/Topics/New")).StatusCode.Should().Be(HttpStatusCode.Redirect, "not signed in");
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in()
    {
        var email = await NewAccountAsync(NewsRoles.Editor);
        await factory.SetDisabledAsync(email, disabled: true);

        using var response = await SignInAsync(factory.CreateBrowserlessClient(), email, Password);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Html.ParseAsync(response)).QuerySelector(".validation-summary").Text().Should().Contain("This account is disabled");
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_open_session_and_refuses_its_tokens()
    {
        var email = await NewAccountAsync(NewsRoles.Editor);
        var browser = factory.CreateBrowserlessClient();
        (await SignInAsync(browser, email, Password)).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var token = await TokenAsync(email);
        var script = factory.CreateTokenClient(token);
        (await browser.GetAsync("/Topics/New")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await script.GetAsync("/api/jobs/retag")).StatusCode.Should().Be(HttpStatusCode.OK);

        await factory.SetDisabledAsync(email, disabled: true);

        using var page = await browser.GetAsync("/Topics/New");
        page.StatusCode.Should().Be(HttpStatusCode.Redirect);
        page.Headers.Location!.AbsolutePath.Should().Be("/Account/SignIn");
        using var api = await script.GetAsync("/api/quotes");
        api.StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a refused token never falls back to anonymous reading");
        api.Headers.WwwAuthenticate.ToString().Should().Contain("invalid_token");
    }

    [Fact]
    public async Task A_revoked_token_is_refused_on_pages_and_the_api()
    {
        var email = await NewAccountAsync(NewsRoles.Editor);
        var token = await TokenAsync(email);
        var script = factory.CreateTokenClient(token);
        (await script.GetAsync("/api/quotes")).StatusCode.Should().Be(HttpStatusCode.OK);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var user = (await scope.ServiceProvider.GetRequiredService<UserManager<NewsUser>>().FindByEmailAsync(email))!;
            var profile = (await scope.ServiceProvider.GetRequiredService<AccountService>().GetProfileAsync(user.Id, default))!;
            await scope.ServiceProvider.GetRequiredService<ApiTokenService>().RevokeAsync(user.Id, profile.Tokens.Single().Id, Core.Audit.Editor.System, default);
        }

        using var api = await script.GetAsync("/api/quotes");
        using var page = await script.GetAsync("/Quotes");
        api.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        api.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        page.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await Html.ParseAsync(page)).QuerySelector("h1").Text().Should().Be("Not signed in");
    }

    [Fact]
    public async Task A_made_up_token_is_refused()
    {
        var script = factory.CreateTokenClient("nt_" + new string('A', 43));

        using var response = await script.GetAsync("/api/jobs/retag");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private const string Password = "Sign-in tests 2026";

    private async Task<string> NewAccountAsync(string role)
    {
        var email = $"{Guid.NewGuid():N}@newsroom.test";
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AccountService>()
            .CreateAsync(new NewAccount(email, role, Password), Core.Audit.Editor.System, default);
        result.Succeeded.Should().BeTrue(string.Join("; ", result.Errors));
        return email;
    }

    private async Task<string> TokenAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(email, "script", Core.Audit.Editor.System, default)).Token!.Token;
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        client.PostFormAsync("/Account/SignIn", [new("Input.Email", email), new("Input.Password", password)]);

    public sealed class RecheckEveryRequestFactory : NewsTrackerFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero));
        }
    }
}
