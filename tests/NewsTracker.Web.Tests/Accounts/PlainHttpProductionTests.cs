using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Accounts;

// Production reached over plain HTTP with no HTTPS port to redirect to (a proxy that ends TLS, a benchmark on
// 127.0.0.1): pages with a form still render, their antiforgery cookie following the request.
public sealed class PlainHttpProductionTests(PlainHttpProductionTests.PlainHttpFactory factory) : IClassFixture<PlainHttpProductionTests.PlainHttpFactory>
{
    [Theory]
    [InlineData("/Account/SignIn")]
    [InlineData("/Topics/energy")]
    [InlineData("/Quotes")]
    public async Task A_page_with_a_form_renders_over_plain_http(string url)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://127.0.0.1") });

        using var response = await client.GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("<form");
    }

    public sealed class PlainHttpFactory : NewsTrackerFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Production");
        }
    }
}
