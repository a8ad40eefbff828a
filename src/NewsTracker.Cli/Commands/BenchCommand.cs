using System.CommandLine;
using System.Net;
using System.Text.Json;
using NewsTracker.Cli.Benchmarking;

namespace NewsTracker.Cli.Commands;

// bench --url URL: times a fixed mix of page and API requests against a running NewsTracker on this
// machine, one kind after another, then several clients at once. Exit 1 when any request failed.
internal static class BenchCommand
{
    public const int MaxConcurrentRequests = 200_000;

    public static Command Create(CliContext context)
    {
        var url = new Option<string>("--url") { Description = "The running app, on this machine only (http://127.0.0.1:5099).", Required = true };
        var duration = new Option<int>("--duration") { Description = "Seconds of the concurrent phase (1 to 3600).", DefaultValueFactory = _ => 30 };
        var concurrency = new Option<int>("--concurrency") { Description = "Clients in the concurrent phase (1 to 256).", DefaultValueFactory = _ => 16 };
        var requests = new Option<int>("--requests") { Description = "Timed requests per kind in the sequential phase (1 to 10000).", DefaultValueFactory = _ => 30 };
        var json = new Option<bool>("--json") { Description = "Print the results as JSON instead of tables." };
        var command = new Command("bench", "Time page and API requests against a running NewsTracker on this machine.")
        {
            url, duration, concurrency, requests, json,
        };
        command.SetAction(async (result, ct) =>
        {
            if (!LoopbackUrl.TryParse(result.GetValue(url), out var target, out var refusal))
            {
                await context.Error.WriteLineAsync(refusal);
                return ExitCodes.Usage;
            }

            var settings = new BenchSettings(result.GetValue(requests), result.GetValue(concurrency), TimeSpan.FromSeconds(result.GetValue(duration)), MaxConcurrentRequests);
            if (Invalid(settings) is { } problem)
            {
                await context.Error.WriteLineAsync(problem);
                return ExitCodes.Usage;
            }

            using var client = CreateClient(target, settings.Concurrency);
            var report = await RunAsync(context, client, target, settings, ct);
            if (report is null)
            {
                return ExitCodes.Failure;
            }

            if (result.GetValue(json))
            {
                await context.Output.WriteLineAsync(CliJson.Serialize(report));
            }
            else
            {
                report.Render(context.CreateConsole(context.Output));
            }

            return report.Errors > 0 ? ExitCodes.Failure : ExitCodes.Ok;
        });
        return command;
    }

    internal static async Task<BenchReport?> RunAsync(CliContext context, HttpClient client, Uri target, BenchSettings settings, CancellationToken ct)
    {
        BenchTargets targets;
        try
        {
            targets = await BenchTargets.DiscoverAsync(client, ct);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            await context.Error.WriteLineAsync($"Could not read the API at {target}: {ex.Message}");
            return null;
        }

        var plan = RequestPlan.For(targets);
        var runner = new BenchRunner(client, settings);
        var sequential = await runner.RunSequentialAsync(plan, ct);
        var concurrent = await runner.RunConcurrentAsync(RequestPlan.ConcurrentUrls, ct);
        var discovered = new Discovered(targets.SpeakerSlugs.Count, targets.TopicSlugs.Count, targets.ArticleIds.Count, targets.StatementIds.Count, targets.QuoteCount);
        return new BenchReport(target.ToString(), discovered, settings.RequestsPerKind, sequential, plan.Skipped, concurrent, runner.FirstErrors);
    }

    private static string? Invalid(BenchSettings settings) =>
        settings.Duration.TotalSeconds is < 1 or > 3600 ? $"--duration must be between 1 and 3600 seconds; got {settings.Duration.TotalSeconds}."
        : settings.Concurrency is < 1 or > 256 ? $"--concurrency must be between 1 and 256; got {settings.Concurrency}."
        : settings.RequestsPerKind is < 1 or > 10_000 ? $"--requests must be between 1 and 10000; got {settings.RequestsPerKind}."
        : null;

    // No proxy (an HTTP_PROXY setting must not carry a local load test elsewhere), no redirects followed
    // (a redirect is timed and counted as what it is), one connection per client.
    private static HttpClient CreateClient(Uri target, int concurrency) =>
        new(new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            MaxConnectionsPerServer = concurrency,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            ConnectTimeout = TimeSpan.FromSeconds(5),
        })
        {
            BaseAddress = new Uri(target.ToString().TrimEnd('/') + "/"),
            Timeout = TimeSpan.FromSeconds(30),
        };
}
