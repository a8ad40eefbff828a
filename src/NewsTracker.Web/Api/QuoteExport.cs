using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Web.Api;

// GET /api/quotes/export?format=csv|json with the filters of GET /api/quotes: every matching quote as a download,
// no page and no cap, written as it is read from the database. The columns are described in docs/exports.md.
public static class QuoteExport
{
    public const string Csv = "csv";
    public const string Json = "json";

    public static RouteHandlerBuilder MapQuoteExport(this IEndpointRouteBuilder api) =>
        api.MapGet("/quotes/export", Export).WithTags("Quotes").WithName("ExportQuotes")
            .WithSummary("Every quote the filters match, as a CSV or JSON download")
            .WithDescription("The filters of GET /api/quotes, with no page and no cap, streamed as they are read; newest first, or with "
                + "sort=relevance and q the best match first among the newest 10,000 matches (no more rows than those). Columns (CSV header and "
                + "JSON fields alike): quoteId, text, kind, speaker, speakerSlug, speakerAffiliation, articleId, articleTitle, outlet, url, "
                + "published (yyyy-mm-dd, empty when undated), topics (CSV: joined with ';'), confidence, statementId, quotePage. CSV is "
                + "RFC 4180 UTF-8; a text cell starting with = + - @ gets a leading apostrophe. See docs/exports.md.")
            .Produces<IReadOnlyList<QuoteExportItem>>(StatusCodes.Status200OK, "application/json", "text/csv");

    public static async Task<Results<QuoteExportResult, ValidationProblem>> Export(
        [AsParameters] QuoteFilterQuery query, [Description("csv or json.")] string? format, QuoteService quotes, TimeProvider clock, HttpRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var filter = query.ToFilter(errors);
        var chosen = format?.Trim().ToLowerInvariant();
        if (chosen is not (Csv or Json))
        {
            errors["format"] = [$"format must be \"{Csv}\" or \"{Json}\"."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The export query is not valid.");
        }

        if (await quotes.UnknownFiltersAsync(filter, request.HttpContext.RequestAborted) is { Count: > 0 } unknown)
        {
            return TypedResults.ValidationProblem(unknown.ToDictionary(e => e.Field, e => new[] { e.Message }), title: "A filter names nothing in the archive.");
        }

        var fileName = $"newstracker-quotes-{clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{chosen}";
        var site = UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase);
        var items = Items(quotes.ExportAsync(filter, request.HttpContext.RequestAborted), site.TrimEnd('/'));
        return new QuoteExportResult(items, chosen!, fileName);
    }

    private static async IAsyncEnumerable<QuoteExportItem> Items(IAsyncEnumerable<QuoteExportRow> rows, string site)
    {
        await foreach (var row in rows)
        {
            yield return QuoteExportItem.From(row, site);
        }
    }
}

// The download itself: headers, then the rows as CSV or a JSON array, flushed as the writer's buffer fills, so the
// response is chunked and its first rows leave before the last are read.
public sealed class QuoteExportResult(IAsyncEnumerable<QuoteExportItem> items, string format, string fileName) : IResult
{
    public string Format => format;

    public string FileName => fileName;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var ct = httpContext.RequestAborted;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(fileName);
        response.Headers.ContentDisposition = disposition.ToString();
        if (format == QuoteExport.Csv)
        {
            response.ContentType = "text/csv; charset=utf-8";
            await QuoteCsv.WriteAsync(response.Body, items, ct);
        }
        else
        {
            response.ContentType = "application/json; charset=utf-8";
            var json = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            await System.Text.Json.JsonSerializer.SerializeAsync(response.Body, items, json, ct);
        }
    }
}
