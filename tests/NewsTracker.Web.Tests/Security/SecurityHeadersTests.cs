using AngleSharp.Dom;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Security;

public sealed class SecurityHeadersTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    public static TheoryData<string> Pages() =>
    [
        "/",
        "/Quotes",
        "/Quotes?q=troops&kind=direct",
        "/Speakers",
        "/Speakers/jens-stoltenberg",
        "/Actors",
        "/Actors/nato",
        "/Topics",
        "/Topics/energy",
        "/Topics/energy/Edit",
        "/Topics/New",
        "/Articles",
        "/Articles/New",
        "/Articles/Import",
        "/no-such-page",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_sends_the_strict_content_security_policy_and_companion_headers(string url)
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync(url);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.Should().Contain("default-src 'self'").And.Contain("script-src 'self'").And.Contain("style-src 'self'")
            .And.Contain("img-src 'self' data:").And.Contain("object-src 'none'").And.Contain("frame-ancestors 'none'")
            .And.Contain("base-uri 'self'").And.Contain("form-action 'self'");
        csp.Should().NotContain("unsafe-inline").And.NotContain("unsafe-eval");
        response.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
        response.Headers.Contains("Referrer-Policy").Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task No_page_has_inline_script_inline_style_or_event_handler_attributes(string url)
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync(url);
        var document = await Html.ParseAsync(response);

        document.QuerySelectorAll("script").Should().OnlyContain(s => s.HasAttribute("src") && string.IsNullOrWhiteSpace(s.TextContent),
            "the CSP allows only script files from this origin");
        document.QuerySelectorAll("style").Should().BeEmpty();
        document.QuerySelectorAll("[style]").Should().BeEmpty();
        document.All.SelectMany(e => e.Attributes).Select(a => a.Name)
            .Should().NotContain(name => name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        document.QuerySelectorAll("a[href^='javascript:']").Should().BeEmpty();
        ExternalResources(document).Should().BeEmpty("no CDN: every script and stylesheet is served from this origin");
    }

    [Fact]
    public async Task The_api_and_static_files_carry_the_headers_too()
    {
        var client = factory.CreateClient();

        using var api = await client.GetAsync("/api/quotes");
        using var css = await client.GetAsync("/css/site.css");

        api.Headers.Contains("Content-Security-Policy").Should().BeTrue();
        css.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
    }

    private static IEnumerable<string> ExternalResources(IDocument document) =>
        document.QuerySelectorAll("script[src], link[href]")
            .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href") ?? string.Empty)
            .Where(u => u.StartsWith("http", StringComparison.OrdinalIgnoreCase) || u.StartsWith("//", StringComparison.Ordinal));
}
