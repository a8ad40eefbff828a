using System.Globalization;
using Spectre.Console;

namespace NewsTracker.Cli.Benchmarking;

internal sealed record Discovered(int Speakers, int Topics, int Articles, int Statements, int Quotes);

internal sealed record BenchReport(
    string Url,
    Discovered Discovered,
    int RequestsPerKind,
    IReadOnlyList<KindResult> Sequential,
    IReadOnlyList<string> Skipped,
    ConcurrentResult Concurrent,
    IReadOnlyList<string> FirstErrors)
{
    public int Errors => Sequential.Sum(k => k.Stats.Errors) + Concurrent.Errors;

    public void Render(IAnsiConsole console)
    {
        console.WriteLine($"Target {Url} (GET /api/quotes reports a total of {Discovered.Quotes:N0}); rotating over {Discovered.Speakers} speakers, {Discovered.Topics} topics, " +
            $"{Discovered.Articles} articles and {Discovered.Statements} statements.");
        console.WriteLine($"Sequential: {RequestsPerKind} timed requests per kind after one untimed warm-up request; times in ms, to the last byte.");
        var sequential = new Table().Border(TableBorder.Rounded)
            .AddColumn("Kind").AddColumn("Example").AddColumn(new TableColumn("Requests").RightAligned())
            .AddColumn(new TableColumn("p50").RightAligned()).AddColumn(new TableColumn("p95").RightAligned())
            .AddColumn(new TableColumn("max").RightAligned()).AddColumn(new TableColumn("Errors").RightAligned());
        foreach (var kind in Sequential)
        {
            sequential.AddRow(Markup.Escape(kind.Kind), Markup.Escape(kind.ExampleUrl), Number(kind.Stats.Requests),
                Ms(kind.Stats.P50), Ms(kind.Stats.P95), Ms(kind.Stats.Max), Number(kind.Stats.Errors));
        }

        console.Write(sequential);
        foreach (var kind in Skipped)
        {
            console.WriteLine($"Skipped {kind}: nothing to fill it with was found.");
        }

        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Concurrent: {Concurrent.Concurrency} clients for {Concurrent.DurationSeconds:0} s ({Concurrent.Seconds:0.0} s until the last request in flight finished): " +
            $"{Concurrent.Requests:N0} requests, {Concurrent.RequestsPerSecond:N1} requests/s, {Concurrent.Errors} errors."));
        var concurrent = new Table().Border(TableBorder.Rounded)
            .AddColumn("URL").AddColumn(new TableColumn("Requests").RightAligned()).AddColumn(new TableColumn("Req/s").RightAligned())
            .AddColumn(new TableColumn("p50").RightAligned()).AddColumn(new TableColumn("p95").RightAligned())
            .AddColumn(new TableColumn("max").RightAligned()).AddColumn(new TableColumn("Errors").RightAligned());
        foreach (var url in Concurrent.Urls)
        {
            concurrent.AddRow(Markup.Escape(url.Url), Number(url.Stats.Requests), url.RequestsPerSecond.ToString("N1", CultureInfo.InvariantCulture),
                Ms(url.Stats.P50), Ms(url.Stats.P95), Ms(url.Stats.Max), Number(url.Stats.Errors));
        }

        console.Write(concurrent);
        foreach (var error in FirstErrors)
        {
            console.WriteLine("Error: " + error);
        }
    }

    private static string Ms(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
