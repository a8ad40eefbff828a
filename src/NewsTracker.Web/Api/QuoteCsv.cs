using CsvHelper;

namespace NewsTracker.Web.Api;

// RFC 4180 CSV (UTF-8, CRLF, a header row, fields quoted when they hold a comma, quote or line break). A text cell that
// starts with = + - @, a tab or a CR gets a leading apostrophe, so a spreadsheet shows it instead of running it.
public static class QuoteCsv
{
    public static readonly string[] Columns =
    [
        "quoteId", "text", "kind", "speaker", "speakerSlug", "speakerAffiliation", "articleId", "articleTitle", "outlet", "url",
        "published", "topics", "confidence", "statementId", "quotePage",
    ];

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    public static async Task WriteAsync(Stream destination, IAsyncEnumerable<QuoteExportItem> items, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(destination, Options, leaveOpen: true);
        csv.WriteHeader(Columns);
        await foreach (var item in items.WithCancellation(ct))
        {
            csv.WriteField(item.QuoteId);
            csv.WriteField(item.Text);
            csv.WriteField(item.Kind);
            csv.WriteField(item.Speaker);
            csv.WriteField(item.SpeakerSlug);
            csv.WriteField(item.SpeakerAffiliation);
            csv.WriteField(item.ArticleId);
            csv.WriteField(item.ArticleTitle);
            csv.WriteField(item.Outlet);
            csv.WriteField(item.Url);
            csv.WriteField(item.Published);
            csv.WriteField(string.Join(';', item.Topics));
            csv.WriteField(item.Confidence);
            csv.WriteField(item.StatementId);
            csv.WriteField(item.QuotePage);

            // Writes the buffer out when it is mostly full, never blocking on the response.
            await csv.EndRecordAsync(ct);
        }

        await csv.FlushAsync(ct);
    }
}
