using System.Collections.Concurrent;
using System.Diagnostics;

namespace NewsTracker.Cli.Benchmarking;

internal sealed record BenchSettings(int RequestsPerKind, int Concurrency, TimeSpan Duration, int MaxConcurrentRequests);

internal sealed record KindResult(string Kind, string ExampleUrl, LatencyStats Stats);

internal sealed record UrlResult(string Url, double RequestsPerSecond, LatencyStats Stats);

internal sealed record ConcurrentResult(int Concurrency, double DurationSeconds, double Seconds, int Requests, double RequestsPerSecond, int Errors, IReadOnlyList<UrlResult> Urls);

// Times requests over HTTP: each kind of the plan in turn, then several clients at once for a while.
// A request's time runs from sending it to having read the whole response body.
internal sealed class BenchRunner(HttpClient client, BenchSettings settings)
{
    private const int ErrorsKept = 5;

    private readonly ConcurrentQueue<string> _errors = new();

    // The first few failures, "URL: status or reason", to show what went wrong.
    public IReadOnlyList<string> FirstErrors => _errors.Take(ErrorsKept).ToList();

    // Paths are resolved against a base address ending in "/", so a base with a path ("/news/") keeps it.
    public static Uri Relative(string path) => new(path.TrimStart('/'), UriKind.Relative);

    public async Task<IReadOnlyList<KindResult>> RunSequentialAsync(RequestPlan plan, CancellationToken ct)
    {
        var results = new List<KindResult>(plan.Kinds.Count);
        foreach (var kind in plan.Kinds)
        {
            // One untimed request first: the first render of a page pays for compiling it, not for serving it.
            await SendAsync(kind.UrlAt(0), record: false, ct);
            var times = new List<double>(settings.RequestsPerKind);
            var errors = 0;
            for (var n = 0; n < settings.RequestsPerKind; n++)
            {
                var (milliseconds, failed) = await SendAsync(kind.UrlAt(n), record: true, ct);
                times.Add(milliseconds);
                errors += failed ? 1 : 0;
            }

            results.Add(new KindResult(kind.Name, kind.UrlAt(0), LatencyStats.From(times, errors)));
        }

        return results;
    }

    public async Task<ConcurrentResult> RunConcurrentAsync(IReadOnlyList<string> urls, CancellationToken ct)
    {
        var started = 0;
        var clock = Stopwatch.GetTimestamp();
        var deadline = clock + (long)(settings.Duration.TotalSeconds * Stopwatch.Frequency);

        async Task<(List<double>[] Times, int[] Errors)> ClientAsync(int clientIndex)
        {
            var times = urls.Select(_ => new List<double>()).ToArray();
            var errors = new int[urls.Count];
            for (var n = clientIndex; Stopwatch.GetTimestamp() < deadline && Interlocked.Increment(ref started) <= settings.MaxConcurrentRequests; n++)
            {
                var url = n % urls.Count;
                var (milliseconds, failed) = await SendAsync(urls[url], record: true, ct);
                times[url].Add(milliseconds);
                errors[url] += failed ? 1 : 0;
            }

            return (times, errors);
        }

        var clients = await Task.WhenAll(Enumerable.Range(0, settings.Concurrency).Select(c => Task.Run(() => ClientAsync(c), ct)));
        var seconds = Stopwatch.GetElapsedTime(clock).TotalSeconds;
        var perUrl = urls.Select((url, i) =>
        {
            var stats = LatencyStats.From(clients.SelectMany(c => c.Times[i]).ToList(), clients.Sum(c => c.Errors[i]));
            return new UrlResult(url, Math.Round(stats.Requests / seconds, 1), stats);
        }).ToList();
        var requests = perUrl.Sum(u => u.Stats.Requests);
        return new ConcurrentResult(settings.Concurrency, settings.Duration.TotalSeconds, Math.Round(seconds, 2), requests, Math.Round(requests / seconds, 1), perUrl.Sum(u => u.Stats.Errors), perUrl);
    }

    private async Task<(double Milliseconds, bool Failed)> SendAsync(string url, bool record, CancellationToken ct)
    {
        var start = Stopwatch.GetTimestamp();
        string? error = null;
        try
        {
            using var response = await client.GetAsync(Relative(url), HttpCompletionOption.ResponseHeadersRead, ct);
            await response.Content.CopyToAsync(Stream.Null, ct);
            if (!response.IsSuccessStatusCode)
            {
                error = $"{(int)response.StatusCode} {response.ReasonPhrase}";
            }
        }
        catch (HttpRequestException ex)
        {
            error = ex.Message;
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            error = $"no answer within {client.Timeout.TotalSeconds:0} s";
        }

        var milliseconds = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        if (error is not null && record && _errors.Count < ErrorsKept)
        {
            _errors.Enqueue(url + ": " + error);
        }

        return (milliseconds, error is not null);
    }
}
