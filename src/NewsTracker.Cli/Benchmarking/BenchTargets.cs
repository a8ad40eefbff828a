using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsTracker.Cli.Benchmarking;

// Real slugs and ids read from the running app, several of each, so the timed requests rotate over rows
// instead of asking for one cached row thirty times.
internal sealed partial record BenchTargets(
    IReadOnlyList<string> SpeakerSlugs,
    IReadOnlyList<string> TopicSlugs,
    IReadOnlyList<int> ArticleIds,
    IReadOnlyList<int> StatementIds,
    int QuoteCount)
{
    private const int PerKind = 8;

    public static async Task<BenchTargets> DiscoverAsync(HttpClient client, CancellationToken ct)
    {
        using var speakers = await GetJsonAsync(client, "/api/speakers", ct);
        using var topics = await GetJsonAsync(client, "/api/topics", ct);
        using var quotes = await GetJsonAsync(client, "/api/quotes?pageSize=50", ct);

        var speakerSlugs = Spread(Items(speakers).Select(i => Text(i, "slug")).OfType<string>().ToList());
        var topicSlugs = Spread(Items(topics).Select(i => Text(i, "slug")).OfType<string>().ToList());
        var quoteItems = Items(quotes).ToList();
        var articleIds = Spread(quoteItems
            .Select(q => q.TryGetProperty("article", out var a) && a.ValueKind == JsonValueKind.Object ? Number(a, "id") : null)
            .OfType<int>().Distinct().ToList());
        var statementIds = await StatementIdsAsync(client, quoteItems, ct);
        var total = quotes.RootElement.TryGetProperty("total", out var t) && t.TryGetInt32(out var n) ? n : quoteItems.Count;
        return new BenchTargets(speakerSlugs, topicSlugs, articleIds, statementIds, total);
    }

    // The quote JSON may name its statement; if not, the article page links each quote's statement.
    private static async Task<IReadOnlyList<int>> StatementIdsAsync(HttpClient client, List<JsonElement> quotes, CancellationToken ct)
    {
        var ids = new List<int>();
        foreach (var quote in quotes.Take(PerKind))
        {
            if (ids.Distinct().Count() >= PerKind)
            {
                break;
            }

            if (Number(quote, "id") is not { } id)
            {
                continue;
            }

            using var detail = await GetJsonAsync(client, $"/api/quotes/{id}", ct);
            var statement = Number(detail.RootElement, "statementId")
                ?? (detail.RootElement.TryGetProperty("statement", out var nested) ? Number(nested, "id") : null);
            if (statement is { } found)
            {
                ids.Add(found);
                continue;
            }

            if (detail.RootElement.TryGetProperty("article", out var article) && Number(article, "id") is { } articleId)
            {
                var page = await client.GetStringAsync(BenchRunner.Relative($"/Articles/{articleId}"), ct);
                ids.AddRange(StatementLink().Matches(page).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)));
            }
        }

        return Spread(ids.Distinct().ToList());
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient client, string path, CancellationToken ct)
    {
        using var response = await client.GetAsync(BenchRunner.Relative(path), ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET {path} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        }

        await using var body = await response.Content.ReadAsStreamAsync(ct);
        return await JsonDocument.ParseAsync(body, cancellationToken: ct);
    }

    private static IEnumerable<JsonElement> Items(JsonDocument document) =>
        document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array
            ? items.EnumerateArray()
            : [];

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int? Number(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) ? number : null;

    // Up to eight values spread over the whole list, not the first eight.
    private static List<T> Spread<T>(List<T> values) =>
        values.Count <= PerKind ? values : Enumerable.Range(0, PerKind).Select(i => values[i * values.Count / PerKind]).ToList();

    [GeneratedRegex(@"/Statements/(\d+)", RegexOptions.NonBacktracking)]
    private static partial Regex StatementLink();
}
