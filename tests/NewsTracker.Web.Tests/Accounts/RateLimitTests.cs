using System.Net;
using Microsoft.AspNetCore.Hosting;
using NewsTracker.Core.Accounts;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Accounts;

// Low limits, so a handful of requests crosses them: 3 sign-in posts a minute per address, 5 writes per account.
public sealed class RateLimitTests(RateLimitTests.LowLimitsFactory factory) : IClassFixture<RateLimitTests.LowLimitsFactory>
{
    [Fact]
    public async Task The_fourth_sign_in_in_a_minute_gets_429_with_a_page_that_says_so()
    {
        var client = factory.CreateBrowserlessClient();
        var form = new KeyValuePair<string, string>[] { new("Input.Email", "nobody@newsroom.test"), new("Input.Password", "Wrong password 2026") };
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            (await client.PostFormAsync("/Account/SignIn", form)).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        }

        using var refused = await client.PostFormAsync("/Account/SignIn", form);

        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.Should().NotBeNull();
        (await Html.ParseAsync(refused)).QuerySelector("h1").Text().Should().Be("Too many requests");
        (await client.GetAsync("/Account/SignIn")).StatusCode.Should().Be(HttpStatusCode.OK, "reading the form is not limited");
    }

    [Fact]
    public async Task Writes_over_the_limit_get_429_as_problem_details_from_the_api_and_a_page_from_forms()
    {
        var editor = await factory.CreateTokenClientAsync(NewsRoles.Editor);
        for (var write = 1; write <= 5; write++)
        {
            (await editor.DeleteAsync("/api/quotes/1")).StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        }

        using var api = await editor.DeleteAsync("/api/quotes/1");
        using var page = await editor.PostAsync("/Topics/New", new FormUrlEncodedContent([new("Input.Name", "too many"), new("Input.Keywords", "x")]));
        using var read = await editor.GetAsync("/api/quotes");

        api.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        api.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await api.Content.ReadAsStringAsync()).Should().Contain("Too many changes in a minute");
        page.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await Html.ParseAsync(page)).QuerySelector("h1").Text().Should().Be("Too many requests");
        read.StatusCode.Should().Be(HttpStatusCode.OK, "reads are not limited");
        var other = await factory.CreateTokenClientAsync(NewsRoles.Admin);
        (await other.DeleteAsync("/api/quotes/1")).StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed, "each account has a limit of its own");
    }

    public sealed class LowLimitsFactory : NewsTrackerFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimiting:SignInPerMinute", "3");
            builder.UseSetting("RateLimiting:WritesPerMinute", "5");
        }
    }
}
