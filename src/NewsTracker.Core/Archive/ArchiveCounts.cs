using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Data;

namespace NewsTracker.Core.Archive;

// Recounts the stored counts from the rows themselves, in the database, for writes that change many links
// at once (re-tagging, an article's edit or delete); the batch writer adds to them as it goes instead.
public static class ArchiveCounts
{
    // After quotes' topic links changed (re-tagging keeps the filter index's topic rows in step itself).
    public static Task RecountTopicsAsync(NewsDbContext db, CancellationToken ct) =>
        db.Topics.ExecuteUpdateAsync(
            s => s.SetProperty(t => t.QuoteCount, t => t.Quotes.Count).SetProperty(t => t.ArticleCount, t => t.Articles.Count),
            ct);

    // After one article's quotes were replaced or deleted: only the actors and topics they touched.
    public static Task RecountActorsAsync(NewsDbContext db, IReadOnlyCollection<int> actorIds, CancellationToken ct) =>
        db.Actors.Where(a => actorIds.Contains(a.Id)).ExecuteUpdateAsync(
            s => s.SetProperty(a => a.QuoteCount, a => a.QuotesSpoken.Count).SetProperty(a => a.MentionCount, a => a.QuotesMentioning.Count),
            ct);

    public static Task RecountTopicsAsync(NewsDbContext db, IReadOnlyCollection<int> topicIds, CancellationToken ct) =>
        db.Topics.Where(t => topicIds.Contains(t.Id)).ExecuteUpdateAsync(
            s => s.SetProperty(t => t.QuoteCount, t => t.Quotes.Count).SetProperty(t => t.ArticleCount, t => t.Articles.Count),
            ct);

    public static Task RecountStatementsAsync(NewsDbContext db, IReadOnlyCollection<int> statementIds, CancellationToken ct) =>
        db.Statements.Where(s => statementIds.Contains(s.Id)).ExecuteUpdateAsync(
            s => s.SetProperty(x => x.ArticleCount, x => x.Reports.Select(r => r.ArticleId).Distinct().Count()),
            ct);
}
