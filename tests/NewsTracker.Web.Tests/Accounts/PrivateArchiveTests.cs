using System.Net;
using Microsoft.AspNetCore.Hosting;
using NewsTracker.Core.Accounts;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Accounts;

// Access:AnonymousRead=false: the archive is for signed-in accounts of any role, by cookie or token.
public sealed class PrivateArchiveTests(PrivateArchiveTests.PrivateFactory factory) : IClassFixture<PrivateArchiveTests.PrivateFactory>
{
    [Fact]
    public async Task A_visitor_is_sent_to_sign_in_and_the_api_answers_401()
    {
        var client = factory.CreateBrowserlessClient();

        using var page = await client.GetAsync("/Quotes?q=troops");
        using var api = await client.GetAsync("/api/quotes");
        using var signIn = await client.GetAsync("/Account/SignIn");

        page.StatusCode.Should().Be(HttpStatusCode.Redirect);
        page.Headers.Location!.AbsolutePath.Should().Be("/Account/SignIn");
        page.Headers.Location.Query.Should().Contain("ReturnUrl=%2FQuotes");
        api.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        signIn.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_analyst_reads_with_the_cookie_and_with_a_token()
    {
        var cookie = await factory.CreateClientAsAsync(NewsRoles.Analyst);
        var token = await factory.CreateTokenClientAsync(NewsRoles.Analyst);

        (await cookie.GetAsync("/Quotes?q=troops")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await token.GetAsync("/api/quotes?q=troops")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await token.GetAsync("/Speakers")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Health_probes_answer_a_visitor_while_exports_and_the_api_reference_need_an_account()
    {
        var client = factory.CreateBrowserlessClient();
        var token = await factory.CreateTokenClientAsync(NewsRoles.Analyst);

        (await client.GetAsync("/health/live")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/health/ready")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.GetAsync("/api/quotes/export?format=csv")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await client.GetAsync("/api/docs/")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await token.GetAsync("/api/quotes/export?format=csv&q=troops")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await token.GetAsync("/openapi/v1.json")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    public sealed class PrivateFactory : NewsTrackerFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Access:AnonymousRead", "false");
        }
    }
}
