using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsTracker.Web.Tests.Infrastructure;

namespace NewsTracker.Web.Tests.Api;

// The OpenAPI document at /openapi/v1.json and Scalar's reference page at /api/docs with the CSP made for it.
public sealed partial class ApiReferenceTests(NewsTrackerFactory factory) : IClassFixture<NewsTrackerFactory>
{
    private const string StrictPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
        + "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    [Fact]
    public async Task The_document_is_openapi_3_json_describing_the_api_endpoints_and_nothing_else()
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/openapi/v1.json");
        var document = await Json.ReadAsync(response);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        document.GetProperty("openapi").GetString().Should().StartWith("3.");
        document.GetProperty("info").GetProperty("title").GetString().Should().Be("NewsTracker API");
        var paths = document.GetProperty("paths");
        paths.PropertyNames().Should().OnlyContain(p => p.StartsWith("/api/", StringComparison.Ordinal), "pages and the reference itself are not API operations")
            .And.Contain(["/api/quotes", "/api/quotes/export", "/api/quotes/{id}", "/api/articles", "/api/articles/{id}", "/api/audit", "/api/speakers", "/api/topics"]);
        paths.GetProperty("/api/articles").PropertyNames().Should().Equal("post");
        foreach (var operation in paths.EnumerateObject().SelectMany(p => p.Value.EnumerateObject()).Select(o => o.Value))
        {
            operation.GetProperty("operationId").GetString().Should().NotBeNullOrEmpty();
            operation.GetProperty("summary").GetString().Should().NotBeNullOrEmpty();
            operation.GetProperty("tags").GetArrayLength().Should().BeGreaterThan(0);
        }
    }

    [Fact]
    public async Task Quote_filters_are_documented_by_their_query_names_with_problem_details_for_bad_values()
    {
        var document = await factory.CreateClient().GetJsonAsync("/openapi/v1.json");

        var list = document.GetProperty("paths").GetProperty("/api/quotes").GetProperty("get");
        var export = document.GetProperty("paths").GetProperty("/api/quotes/export").GetProperty("get");

        Parameters(list).Should().Equal("speaker", "actor", "topic", "q", "kind", "from", "to", "outlet", "affiliation", "minConfidence", "sort", "page", "pageSize");
        Parameters(export).Should().Equal("speaker", "actor", "topic", "q", "kind", "from", "to", "outlet", "affiliation", "minConfidence", "sort", "format");
        list.GetProperty("parameters").EnumerateArray().Should().OnlyContain(p => !string.IsNullOrEmpty(p.GetProperty("description").GetString()));
        list.GetProperty("responses").GetProperty("400").GetProperty("content").PropertyNames().Should().Equal("application/problem+json");
        export.GetProperty("responses").GetProperty("200").GetProperty("content").PropertyNames().Should().BeEquivalentTo("application/json", "text/csv");
        export.GetProperty("responses").GetProperty("400").GetProperty("content").PropertyNames().Should().Equal("application/problem+json");
    }

    [Fact]
    public async Task The_bearer_token_is_a_security_scheme_that_writes_and_curation_require_and_reads_do_not()
    {
        var document = await factory.CreateClient().GetJsonAsync("/openapi/v1.json");

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        scheme.GetProperty("type").GetString().Should().Be("http");
        scheme.GetProperty("scheme").GetString().Should().Be("bearer");
        var paths = document.GetProperty("paths");
        var add = paths.GetProperty("/api/articles").GetProperty("post");
        RequiresBearer(add).Should().BeTrue();
        add.GetProperty("responses").PropertyNames().Should().Contain(["201", "400", "401", "403", "409"]);
        add.GetProperty("responses").GetProperty("409").GetProperty("content").PropertyNames().Should().Equal("application/problem+json");
        RequiresBearer(paths.GetProperty("/api/audit").GetProperty("get")).Should().BeTrue();
        RequiresBearer(paths.GetProperty("/api/quotes/{id}").GetProperty("patch")).Should().BeTrue();
        RequiresBearer(paths.GetProperty("/api/quotes").GetProperty("get")).Should().BeFalse("reading is open unless Access:AnonymousRead is false");
        RequiresBearer(paths.GetProperty("/api/quotes/export").GetProperty("get")).Should().BeFalse();
    }

    [Fact]
    public async Task The_reference_page_loads_scalar_from_this_site_with_a_fresh_nonce_its_csp_allows()
    {
        var client = factory.CreateClient();

        using var first = await client.GetAsync("/api/docs");
        using var second = await client.GetAsync("/api/docs");
        var html = await first.Content.ReadAsStringAsync();

        first.StatusCode.Should().Be(HttpStatusCode.OK);
        first.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var script = ScalarScript().Match(html);
        script.Success.Should().BeTrue("the page loads Scalar's bundle from this site: {0}", html);
        var nonce = script.Groups["nonce"].Value;
        nonce.Should().MatchRegex("^[A-Za-z0-9_-]{22,}$");
        html.Should().Contain("openapi/v1.json");
        var policy = Directives(first.Headers.GetValues("Content-Security-Policy").Single());
        policy.Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["default-src"] = "'self'",
            ["script-src"] = $"'self' 'nonce-{nonce}'",
            ["style-src"] = "'self' 'unsafe-inline'",
            ["img-src"] = "'self' data:",
            ["font-src"] = "'self' data:",
            ["object-src"] = "'none'",
            ["frame-ancestors"] = "'none'",
            ["base-uri"] = "'self'",
            ["form-action"] = "'self'",
        });
        var again = ScalarScript().Match(await second.Content.ReadAsStringAsync()).Groups["nonce"].Value;
        again.Should().NotBe(nonce, "a nonce is good for one response");
        second.Headers.GetValues("Content-Security-Policy").Single().Should().Contain($"'nonce-{again}'");
        using var bundle = await client.GetAsync("/api/docs/scalar.js");
        bundle.StatusCode.Should().Be(HttpStatusCode.OK);
        bundle.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Quotes")]
    [InlineData("/api/quotes")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/api/docs/scalar.js")]
    public async Task Everything_but_the_reference_page_keeps_the_strict_policy(string url)
    {
        using var response = await factory.CreateClient().GetAsync(url);

        response.Headers.GetValues("Content-Security-Policy").Single().Should().Be(StrictPolicy);
    }

    [Fact]
    public async Task The_site_footer_links_to_the_api_reference()
    {
        var page = await factory.CreateClient().GetDocumentAsync("/");

        page.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")).Should().Contain("/api/docs");
    }

    private static List<string> Parameters(JsonElement operation) =>
        operation.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToList();

    private static bool RequiresBearer(JsonElement operation) =>
        operation.TryGetProperty("security", out var security) && security.EnumerateArray().Any(r => r.TryGetProperty("Bearer", out _));

    private static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : string.Empty);

    [GeneratedRegex("""<script src="scalar\.js" nonce="(?<nonce>[^"]+)"></script>""")]
    private static partial Regex ScalarScript();
}
