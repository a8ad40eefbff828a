using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace NewsTracker.Core.Quotes;

// Exports: every matching quote, streamed row by row, in the list's own order.
public sealed partial class QuoteService
{
    // Between topic names in an export row as the database joins them: a control character no name contains.
    private const string TopicSeparator = "\u001F";

    // Rows of a ranked export read at once: the ids of one slice go to the database as one IN list.
    private const int ExportSlice = 500;

    // Every quote the filter matches, newest first, with no page and no count cap, read from the database row by row
    // as the caller consumes them: an export of the whole archive never sits in memory. Paging fields are ignored.
    // Sorted by relevance (with search text), it is the list's ranking: the newest Paging.CountCap matches, best first.
    public async IAsyncEnumerable<QuoteExportRow> ExportAsync(QuoteFilter filter, [EnumeratorCancellation] CancellationToken ct)
    {
        (var facets, _, filter) = await ResolveAsync(filter, ct);
        if (facets is null)
        {
            yield break;
        }

        var query = await ReadSearchAsync(filter.Text, ct);
        var matching = Matching(filter, query, facets, broadText: false);
        var rows = filter.Sort == QuoteSort.Relevance && !query.IsEmpty
            ? ExportRankedAsync(await RankedAsync(matching, query, ct), ct)
            : ExportByDate(matching);
        await foreach (var row in rows.WithCancellation(ct))
        {
            yield return row.ToRow();
        }
    }

    // "Id + 0" keeps SQLite walking the (ReportedUtc, Id) index in order, probing the set of matching ids, instead of
    // fetching the matches by id and sorting every row before sending the first.
    private IAsyncEnumerable<ExportData> ExportByDate(IQueryable<int> matching) =>
        ProjectExport(db.Quotes.AsNoTracking()
                .Where(q => matching.Contains(q.Id + 0))
                .OrderByDescending(q => q.ReportedUtc)
                .ThenByDescending(q => q.Id))
            .AsAsyncEnumerable();

    // The ranked ids are held (ints, at most Paging.CountCap of them); their rows are read a slice at a time.
    private async IAsyncEnumerable<ExportData> ExportRankedAsync(List<int> ranked, [EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var slice in ranked.Chunk(ExportSlice))
        {
            var rows = await ProjectExport(db.Quotes.AsNoTracking().Where(q => slice.Contains(q.Id))).ToDictionaryAsync(r => r.Id, ct);
            foreach (var id in slice)
            {
                if (rows.TryGetValue(id, out var row))
                {
                    yield return row;
                }
            }
        }
    }

    // Topics come as one joined text per quote (GroupBy on a constant is how EF writes group_concat), so the query
    // stays one flat result.
    private static IQueryable<ExportData> ProjectExport(IQueryable<Quote> quotes) =>
        quotes.Select(q => new ExportData(
            q.Id,
            q.Text,
            q.Kind,
            q.Speaker == null ? null : q.Speaker.Name,
            q.Speaker == null ? null : q.Speaker.Slug,
            q.Speaker == null || q.Speaker.Affiliation == null ? null : q.Speaker.Affiliation.Name,
            q.Article.Id,
            q.Article.Title,
            q.Article.Outlet,
            q.Article.Url,
            q.Article.PublishedUtc,
            q.Topics.GroupBy(t => 1).Select(g => string.Join(TopicSeparator, g.Select(t => t.Name))).FirstOrDefault(),
            q.Confidence,
            q.StatementId));


    private sealed record ExportData(
        int Id,
        string Text,
        QuoteKind Kind,
        string? Speaker,
        string? SpeakerSlug,
        string? SpeakerAffiliation,
        int ArticleId,
        string Title,
        string? Outlet,
        string? Url,
        DateTime? PublishedUtc,
        string? Topics,
        double Confidence,
        int StatementId)
    {
        public QuoteExportRow ToRow() => new(Id, Text, Kind, Speaker, SpeakerSlug, SpeakerAffiliation, ArticleId, Title, Outlet, Url,
            PublishedUtc, string.IsNullOrEmpty(Topics) ? [] : Topics.Split(TopicSeparator).Order(StringComparer.Ordinal).ToList(),
            Confidence, StatementId);
    }
}
