using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;
using NewsTracker.Core.Quotes;
using ActorLink = NewsTracker.Core.Actors.ActorLink;

namespace NewsTracker.Core.Attention;

// Who talks about whom: reports by identified speakers, grouped in the database by the speaker's affiliation and
// each actor the quote names. Three grouped queries (row totals, column totals, the chosen cells); no quote is read.
// A speaker's own organisation counts as a column only where a quote names it (the actor filter of the quote list
// also matches every quote its people said, so that one cell's list is wider than its count).
public sealed class MentionMatrixService(NewsDbContext db, FilterNames names)
{
    public const int MaxRows = 12;

    public const int MaxColumns = 15;

    public async Task<MentionMatrix> CountAsync(MatrixQuery query, CancellationToken ct)
    {
        if (CompareRules.DatesOutOfOrder(query.FromUtc, query.ToUtc))
        {
            return MentionMatrix.Nothing(null, [new FieldError("to", CompareRules.DatesOutOfOrderMessage)], []);
        }

        var quotes = db.Quotes.AsNoTracking().Where(q => q.SpeakerId != null && q.Actors.Any());
        NamedFacet? topic = null;
        if (!string.IsNullOrWhiteSpace(query.Topic))
        {
            if ((topic = await names.TopicAsync(query.Topic, ct)) is null)
            {
                return MentionMatrix.Nothing(null, [], [new FieldError("topic", $"No topic called “{query.Topic.Trim()}”.")]);
            }

            var topicId = topic.Id;
            quotes = quotes.Where(q => db.QuoteFacets.Any(f => f.QuoteId == q.Id && f.Kind == QuoteFacetKind.Topic && f.FacetId == topicId));
        }

        var undated = 0;
        if (query.FromUtc is not null || query.ToUtc is not null)
        {
            undated = await quotes.CountAsync(q => q.ReportedUtc == ReportedDate.Undated, ct);
            var from = ReportedDate.RangeStart(query.FromUtc);
            quotes = quotes.Where(q => q.ReportedUtc >= from);
            if (query.ToUtc is { } to)
            {
                quotes = quotes.Where(q => q.ReportedUtc < to);
            }
        }

        var pairs = quotes.SelectMany(q => q.Actors, (q, a) => new { Row = q.Speaker!.AffiliationId, Column = a.Id });
        var rowTotals = await pairs.GroupBy(p => p.Row)
            .Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key)
            .ToListAsync(ct);
        var columnTotals = await pairs.GroupBy(p => p.Column)
            .Select(g => new { g.Key, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key)
            .Take(MaxColumns)
            .ToListAsync(ct);
        var actorsInAll = await pairs.Select(p => p.Column).Distinct().CountAsync(ct);

        var rowKeys = rowTotals.Take(MaxRows).Select(r => r.Key).ToList();
        var rowIds = rowKeys.OfType<int>().ToList();
        var withNone = rowKeys.Contains(null);
        var columnIds = columnTotals.Select(c => c.Key).ToList();
        var cells = await pairs
            .Where(p => columnIds.Contains(p.Column) && ((p.Row != null && rowIds.Contains(p.Row.Value)) || (withNone && p.Row == null)))
            .GroupBy(p => new { p.Row, p.Column })
            .Select(g => new { g.Key.Row, g.Key.Column, Count = g.Count() })
            .ToDictionaryAsync(c => (c.Row ?? 0, c.Column), c => c.Count, ct);

        var shown = rowIds.Concat(columnIds).Distinct().ToList();
        var actors = await db.Actors.AsNoTracking()
            .Where(a => shown.Contains(a.Id))
            .Select(a => new ActorLink(a.Id, a.Slug, a.Name))
            .ToDictionaryAsync(a => a.Id, ct);
        var rows = rowKeys
            .Select(key => new MatrixRow(
                key is { } id ? actors[id] : null,
                columnIds.Select(column => cells.GetValueOrDefault((key ?? 0, column))).ToList()))
            .ToList();
        return new MentionMatrix(topic, columnIds.Select(id => actors[id]).ToList(), rows, rowTotals.Count, actorsInAll, undated, [], []);
    }
}
