using System.Collections.Concurrent;
using System.Net;
using System.Text;
using NewsTracker.Cli;
using NewsTracker.Cli.Benchmarking;
using NewsTracker.Cli.Commands;

namespace NewsTracker.Core.Tests.Cli;

public sealed class BenchCommandTests
{
    [Theory]
    [InlineData("http://example.com:5099")]
    [InlineData("http://10.0.0.5:5099")]
    [InlineData("http://localhost.example.com")]
    [InlineData("https://192.168.1.20/")]
    public async Task A_url_off_this_machine_is_refused_with_a_usage_error(string url)
    {
        var result = await CliRun.RunAsync(["bench", "--url", url, "--duration", "1"]);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("only runs against this machine").And.Contain("refusing");
        result.Output.Should().BeEmpty();
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/")]
    [InlineData("127.0.0.1:5099")]
    [InlineData("not a url")]
    public async Task A_url_that_is_not_http_is_a_usage_error(string url)
    {
        var result = await CliRun.RunAsync(["bench", "--url", url]);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--url must be an absolute http:// address");
    }

    [Theory]
    [InlineData("http://127.0.0.1:5099", "http://127.0.0.1:5099/")]
    [InlineData("http://localhost:5080/", "http://localhost:5080/")]
    [InlineData("http://[::1]:8080/news/", "http://[::1]:8080/news")]
    [InlineData("https://127.0.0.2", "https://127.0.0.2/")]
    public void Loopback_urls_are_accepted_with_their_path_kept(string url, string expected)
    {
        LoopbackUrl.TryParse(url, out var target, out var error).Should().BeTrue(error);

        target.ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("--duration", "0", "--duration must be between 1 and 3600")]
    [InlineData("--concurrency", "0", "--concurrency must be between 1 and 256")]
    [InlineData("--concurrency", "1000", "--concurrency must be between 1 and 256")]
    [InlineData("--requests", "-1", "--requests must be between 1 and 10000")]
    public async Task Out_of_range_settings_are_usage_errors(string option, string value, string message)
    {
        var result = await CliRun.RunAsync(["bench", "--url", "http://127.0.0.1:1", option, value]);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(message);
    }

    [Fact]
    public void Percentiles_take_the_nearest_rank_so_every_value_reported_was_measured()
    {
        var thirty = Enumerable.Range(1, 30).Select(i => (double)i).ToList();

        Percentiles.Of(thirty, 50).Should().Be(15);
        Percentiles.Of(thirty, 95).Should().Be(29);
        Percentiles.Of(thirty, 100).Should().Be(30);
        Percentiles.Of(thirty, 0).Should().Be(1);
        Percentiles.Of([4.5], 95).Should().Be(4.5);
        Percentiles.Of([], 50).Should().Be(0);
    }

    [Fact]
    public void Latency_stats_sort_the_samples_before_taking_percentiles()
    {
        var stats = LatencyStats.From([9, 1, 7, 3, 5, 2, 8, 4, 6, 10], errors: 2);

        stats.Should().Be(new LatencyStats(10, 2, 5, 10, 10));
    }

    [Fact]
    public async Task A_run_discovers_slugs_and_statements_times_every_kind_counts_non_success_as_errors_and_stops_at_the_request_cap()
    {
        var server = new FakeNewsTracker();
        using var client = new HttpClient(server) { BaseAddress = new Uri("http://127.0.0.1:5099/") };
        var settings = new BenchSettings(RequestsPerKind: 4, Concurrency: 3, Duration: TimeSpan.FromHours(1), MaxConcurrentRequests: 45);
        var context = new CliContext(TextWriter.Null, TextWriter.Null, TextReader.Null, []);

        var report = await BenchCommand.RunAsync(context, client, new Uri("http://127.0.0.1:5099"), settings, CancellationToken.None);

        report.Should().NotBeNull();
        report!.Discovered.Should().Be(new Discovered(Speakers: 8, Topics: 2, Articles: 2, Statements: 3, Quotes: 123));
        report.Skipped.Should().BeEmpty();
        report.Sequential.Should().HaveCount(20).And.OnlyContain(k => k.Stats.Requests == 4);
        report.Sequential.Where(k => k.Stats.Errors > 0).Select(k => k.Kind).Should().Equal("/Actors/russia");
        report.Sequential.Single(k => k.Kind == "/Statements/{id}").ExampleUrl.Should().Be("/Statements/71");
        report.FirstErrors.Should().Contain("/Actors/russia: 500 Internal Server Error");
        server.Paths.Where(p => p.StartsWith("/Speakers/", StringComparison.Ordinal)).Distinct().Should().HaveCount(4);
        report.Concurrent.Requests.Should().Be(45);
        report.Concurrent.Urls.Select(u => u.Url).Should().Equal("/", "/Quotes?q=energy", "/api/quotes");
        report.Concurrent.Urls.Should().OnlyContain(u => u.Stats.Requests >= 13 && u.Stats.Requests <= 17 && u.Stats.Errors == 0);
        report.Errors.Should().Be(4);
    }

    [Fact]
    public async Task An_app_that_does_not_answer_the_api_fails_the_run_with_a_message()
    {
        using var error = new StringWriter();
        using var client = new HttpClient(new FakeNewsTracker { ApiDown = true }) { BaseAddress = new Uri("http://127.0.0.1:5099/") };
        var context = new CliContext(TextWriter.Null, error, TextReader.Null, []);

        var report = await BenchCommand.RunAsync(context, client, new Uri("http://127.0.0.1:5099"), new BenchSettings(1, 1, TimeSpan.FromSeconds(1), 1), CancellationToken.None);

        report.Should().BeNull();
        error.ToString().Should().Contain("Could not read the API at http://127.0.0.1:5099/").And.Contain("503");
    }

    // Answers like NewsTracker: the API's JSON, an article page linking its statements, every other page
    // 200 except /Actors/russia, which fails.
    private sealed class FakeNewsTracker : HttpMessageHandler
    {
        public bool ApiDown { get; init; }

        public ConcurrentQueue<string> Paths { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var path = request.RequestUri!.PathAndQuery;
            Paths.Enqueue(path);
            var slugs = string.Join(',', Enumerable.Range(1, 12).Select(i => $$"""{ "id": {{i}}, "slug": "speaker-{{i}}", "name": "S {{i}}", "quoteCount": 3 }"""));
            var (status, body) = path switch
            {
                _ when ApiDown && path.StartsWith("/api/", StringComparison.Ordinal) => (HttpStatusCode.ServiceUnavailable, "{}"),
                "/api/speakers" => (HttpStatusCode.OK, $$"""{ "items": [{{slugs}}] }"""),
                "/api/topics" => (HttpStatusCode.OK, """{ "items": [ { "id": 1, "slug": "energy" }, { "id": 2, "slug": "sanctions" } ] }"""),
                "/api/quotes?pageSize=50" => (HttpStatusCode.OK, """{ "total": 123, "items": [ { "id": 5, "article": { "id": 50 } }, { "id": 6, "article": { "id": 60 } } ] }"""),
                "/api/quotes/5" => (HttpStatusCode.OK, """{ "id": 5, "text": "…", "article": { "id": 50 } }"""),
                "/api/quotes/6" => (HttpStatusCode.OK, """{ "id": 6, "text": "…", "article": { "id": 60 } }"""),
                "/Articles/50" => (HttpStatusCode.OK, """<a href="/Statements/71">reported by 2 articles</a> <a href="/Statements/72">…</a>"""),
                "/Articles/60" => (HttpStatusCode.OK, """<a href="/Statements/71">…</a> <a href="/Statements/90">…</a>"""),
                "/Actors/russia" => (HttpStatusCode.InternalServerError, "boom"),
                _ => (HttpStatusCode.OK, "<html>ok</html>"),
            };
            return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8) });
        }
    }
}
