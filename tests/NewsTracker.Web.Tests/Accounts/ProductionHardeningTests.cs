using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using NewsTracker.Core.Accounts;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Accounts;

// In Production the app sends plain HTTP to HTTPS, announces HSTS, and sets every cookie Secure.
// (Tests otherwise run in Development, where none of this applies.)
public sealed class ProductionHardeningTests(ProductionHardeningTests.ProductionFactory factory) : IClassFixture<ProductionHardeningTests.ProductionFactory>
{
    private const string Site = "news.example.org";

    [Fact]
    public async Task Plain_http_is_redirected_to_https()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri($"http://{Site}") });

        using var response = await client.GetAsync("/Quotes");

        response.StatusCode.Should().Be(HttpStatusCode.TemporaryRedirect);
        response.Headers.Location!.ToString().Should().Be($"https://{Site}/Quotes");
    }

    [Fact]
    public async Task Https_answers_carry_hsts_and_the_sign_in_cookie_is_secure()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri($"https://{Site}") });
        var (email, password) = await factory.EnsureAccountAsync(NewsRoles.Analyst);

        using var form = await client.GetAsync("/Account/SignIn");
        using var signedIn = await client.PostFormAsync("/Account/SignIn", [new("Input.Email", email), new("Input.Password", password)]);

        form.Headers.GetValues("Strict-Transport-Security").Single().Should().Contain("max-age=");
        signedIn.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var cookies = signedIn.Headers.GetValues("Set-Cookie").ToList();
        cookies.Should().Contain(c => c.StartsWith("NewsTracker.Auth=", StringComparison.Ordinal));
        cookies.Should().OnlyContain(c => c.Contains("; secure", StringComparison.OrdinalIgnoreCase));
        form.Headers.GetValues("Set-Cookie").Should().OnlyContain(c => c.Contains("; secure", StringComparison.OrdinalIgnoreCase), "the antiforgery cookie too");
    }

    public sealed class ProductionFactory : NewsTrackerFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
            builder.UseSetting("https_port", "443");
        }
    }
}
