using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Data;

namespace NewsTracker.Core.Tests.Archive;

// What must hold of a stored archive whatever was imported, edited or cut off: every stored count equals
// the rows it counts, and no quote, statement or link points at nothing.
internal static class ArchiveIntegrity
{
    public static async Task ShouldHoldAsync(NewsDbContext db)
    {
        (await db.Articles.Where(a => a.QuoteCount != a.Quotes.Count).Select(a => a.Id).ToListAsync())
            .Should().BeEmpty("every article's stored quote count equals its quotes");
        (await db.Actors.Where(a => a.QuoteCount != a.QuotesSpoken.Count || a.MentionCount != a.QuotesMentioning.Count).Select(a => a.Name).ToListAsync())
            .Should().BeEmpty("every actor's stored counts equal its quotes and mentions");
        (await db.Topics.Where(t => t.QuoteCount != t.Quotes.Count || t.ArticleCount != t.Articles.Count).Select(t => t.Name).ToListAsync())
            .Should().BeEmpty("every topic's stored counts equal its quotes and articles");
        (await db.Statements.Where(s => s.ArticleCount != s.Reports.Select(r => r.ArticleId).Distinct().Count()).Select(s => s.Id).ToListAsync())
            .Should().BeEmpty("every statement's stored count equals the distinct articles that carried it");
        (await db.Statements.CountAsync(s => !s.Reports.Any())).Should().Be(0, "no statement is left without a report");
        (await db.Quotes.CountAsync(q => q.ReportedUtc != (q.Article.PublishedUtc ?? q.Article.AddedUtc)))
            .Should().Be(0, "a quote's date is its article's");
    }
}
