using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Data;

namespace NewsTracker.Core.Archive;

// Keeps QuoteFacet.Repeated in step: every filter row of a quote says whether the quote's statement has another
// report. Called by the writers for the statements a change touched (reports added, replaced or removed).
internal static class RepeatedStatements
{
    public static async Task MarkAsync(NewsDbContext db, IReadOnlyCollection<int> statementIds, CancellationToken ct)
    {
        if (statementIds.Count == 0)
        {
            return;
        }

        var reports = await db.Quotes.AsNoTracking()
            .Where(q => EF.Parameter(statementIds).Contains(q.StatementId))
            .Select(q => new { q.Id, q.StatementId })
            .ToListAsync(ct);
        var byStatement = reports.GroupBy(r => r.StatementId).ToList();
        var repeated = byStatement.Where(g => g.Count() > 1).SelectMany(g => g.Select(r => r.Id)).ToList();
        var single = byStatement.Where(g => g.Count() == 1).Select(g => g.First().Id).ToList();
        if (repeated.Count > 0)
        {
            await db.QuoteFacets.Where(f => EF.Parameter(repeated).Contains(f.QuoteId) && !f.Repeated)
                .ExecuteUpdateAsync(f => f.SetProperty(r => r.Repeated, true), ct);
        }

        if (single.Count > 0)
        {
            await db.QuoteFacets.Where(f => EF.Parameter(single).Contains(f.QuoteId) && f.Repeated)
                .ExecuteUpdateAsync(f => f.SetProperty(r => r.Repeated, false), ct);
        }
    }

    // The statements of a batch that may now have more than one report: those that existed before it, and new ones
    // it gave several quotes. A new statement with one quote keeps its rows' default, not repeated.
    public static IReadOnlyCollection<int> TouchedBy(ArchiveBatch batch)
    {
        var quotes = batch.Articles.SelectMany(a => a.Quotes).ToList();
        var existing = batch.ChangedStatements.Select(s => s.Id);
        var severalNew = quotes.GroupBy(q => q.Statement?.Id ?? q.StatementId).Where(g => g.Count() > 1).Select(g => g.Key);
        return existing.Concat(severalNew).ToHashSet();
    }
}
