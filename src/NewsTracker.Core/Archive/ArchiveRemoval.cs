using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Data;

namespace NewsTracker.Core.Archive;

// Takes an article's quotes out of the archive: their actor and topic links, filter-index rows and search
// entries (the delete trigger), the article's topic links, and statements no other report keeps. Counts of
// statements are recounted here; the caller recounts the actors and topics returned once it has written
// whatever replaces the quotes.
internal static class ArchiveRemoval
{
    public sealed record Removed(IReadOnlyList<(int Id, string Text)> Quotes, IReadOnlySet<int> ActorIds, IReadOnlySet<int> TopicIds, IReadOnlyList<int> StatementIds);

    public static async Task<Removed> RemoveQuotesAsync(NewsDbContext db, int articleId, CancellationToken ct)
    {
        var quotes = await db.Quotes.AsNoTracking()
            .Where(q => q.ArticleId == articleId)
            .Select(q => new
            {
                q.Id,
                q.Text,
                q.SpeakerId,
                q.StatementId,
                Actors = q.Actors.Select(a => a.Id).ToList(),
                Topics = q.Topics.Select(t => t.Id).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        var articleTopics = await db.Articles.AsNoTracking().Where(a => a.Id == articleId).SelectMany(a => a.Topics.Select(t => t.Id)).ToListAsync(ct);

        var actorIds = quotes.Where(q => q.SpeakerId is not null).Select(q => q.SpeakerId!.Value).Concat(quotes.SelectMany(q => q.Actors)).ToHashSet();
        var topicIds = quotes.SelectMany(q => q.Topics).Concat(articleTopics).ToHashSet();
        var quoteIds = quotes.Select(q => q.Id).ToList();
        var statementIds = quotes.Select(q => q.StatementId).Distinct().ToList();

        // Explicit rather than left to ON DELETE CASCADE, so a connection without foreign keys enforced leaves nothing behind.
        await db.QuoteFacets.Where(f => quoteIds.Contains(f.QuoteId)).ExecuteDeleteAsync(ct);
        await db.Set<Dictionary<string, object>>("QuoteActors")
            .Where(link => quoteIds.Contains(EF.Property<int>(link, "QuotesMentioningId")))
            .ExecuteDeleteAsync(ct);
        await db.Set<Dictionary<string, object>>("QuoteTopics")
            .Where(link => quoteIds.Contains(EF.Property<int>(link, "QuotesId")))
            .ExecuteDeleteAsync(ct);
        await db.Set<Dictionary<string, object>>("ArticleTopics")
            .Where(link => EF.Property<int>(link, "ArticlesId") == articleId)
            .ExecuteDeleteAsync(ct);
        await db.Quotes.Where(q => q.ArticleId == articleId).ExecuteDeleteAsync(ct);
        await db.PositionChanges.Where(c => statementIds.Contains(c.StatementId) && !c.Statement.Reports.Any()).ExecuteDeleteAsync(ct);
        await db.Statements.Where(s => statementIds.Contains(s.Id) && !s.Reports.Any()).ExecuteDeleteAsync(ct);
        await ArchiveCounts.RecountStatementsAsync(db, statementIds, ct);
        return new Removed(quotes.Select(q => (q.Id, q.Text)).ToList(), actorIds, topicIds, statementIds);
    }
}
