using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Data;

namespace NewsTracker.Core.Archive;

// Recounts the stored counts from the rows themselves, in the database, for writes that change many links
// at once (re-tagging; deletes and merges will need the same); the batch writer adds to them as it goes instead.
public static class ArchiveCounts
{
    // After quotes' topic links changed (re-tagging keeps the filter index's topic rows in step itself).
    public static Task RecountTopicsAsync(NewsDbContext db, CancellationToken ct) =>
        db.Topics.ExecuteUpdateAsync(
            s => s.SetProperty(t => t.QuoteCount, t => t.Quotes.Count).SetProperty(t => t.ArticleCount, t => t.Articles.Count),
            ct);

    public static Task RecountStatementsAsync(NewsDbContext db, IReadOnlyCollection<int> statementIds, CancellationToken ct) =>
        db.Statements.Where(s => statementIds.Contains(s.Id)).ExecuteUpdateAsync(
            s => s.SetProperty(x => x.ArticleCount, x => x.Reports.Select(r => r.ArticleId).Distinct().Count()),
            ct);
}
