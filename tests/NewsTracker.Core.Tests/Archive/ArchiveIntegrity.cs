using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Data;
using NewsTracker.Core.Quotes;

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
        // Dates compared here, not in SQL: SQLite stores a quote's date as a Julian day, the others' as text.
        var published = await db.Articles.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.PublishedUtc);
        var quoteDates = await db.Quotes.AsNoTracking().Select(q => new { q.ArticleId, q.StatementId, q.ReportedUtc }).ToListAsync();
        quoteDates.Count(q => q.ReportedUtc != ReportedDate.Of(published[q.ArticleId]))
            .Should().Be(0, "a quote's date is its article's, and an undated article's quotes are undated, never given the added date");
        (await db.Articles.CountAsync(a => a.ReportedUtc != (a.PublishedUtc ?? ReportedDate.Undated)))
            .Should().Be(0, "an article reports on its published date or is undated");
        var firstReports = quoteDates
            .GroupBy(q => q.StatementId)
            .ToDictionary(g => g.Key, g => g.Select(q => q.ReportedUtc).Where(d => !ReportedDate.IsUndated(d)).DefaultIfEmpty(ReportedDate.Undated).Min());
        (await db.Statements.AsNoTracking().Select(s => new { s.Id, s.FirstReportedUtc }).ToListAsync())
            .Count(s => s.FirstReportedUtc != firstReports.GetValueOrDefault(s.Id, ReportedDate.Undated))
            .Should().Be(0, "a statement is first reported on its earliest dated report, undated only when none has a date");
        (await db.Quotes.CountAsync(q => q.Topics.Count != db.QuoteFacets.Count(f => f.QuoteId == q.Id && f.Kind == QuoteFacetKind.Topic)))
            .Should().Be(0, "every topic link has its row in the filter index, and no other");
        (await db.Quotes.CountAsync(q => (q.SpeakerId == null ? 0 : 1) != db.QuoteFacets.Count(f => f.QuoteId == q.Id && f.Kind == QuoteFacetKind.Speaker)))
            .Should().Be(0, "every speaker has its row in the filter index");
        (await db.Quotes.CountAsync(q => q.Actors.Any(a => !db.QuoteFacets.Any(f => f.QuoteId == q.Id && f.Kind == QuoteFacetKind.Actor && f.FacetId == a.Id))))
            .Should().Be(0, "every actor a quote names has its row in the filter index");
        (await db.QuoteFacets.CountAsync(f => f.ReportedUtc != db.Quotes.Where(q => q.Id == f.QuoteId).Select(q => q.ReportedUtc).First()))
            .Should().Be(0, "the filter index dates each row as its quote");
        (await db.QuoteFacets.CountAsync(f => f.StatementId != db.Quotes.Where(q => q.Id == f.QuoteId).Select(q => q.StatementId).First()))
            .Should().Be(0, "the filter index gives each row its quote's statement");
        // Compared here, not in SQL: the quote stores its kind as text, the row as a number.
        var kinds = await db.Quotes.AsNoTracking().ToDictionaryAsync(q => q.Id, q => q.Kind);
        (await db.QuoteFacets.AsNoTracking().Select(f => new { f.QuoteId, f.QuoteKind }).ToListAsync())
            .Where(f => f.QuoteKind != kinds[f.QuoteId]).Should().BeEmpty("the filter index gives each row its quote's kind");
        (await db.QuoteFacets.CountAsync(f => f.Repeated != db.Quotes.Any(o => o.StatementId == f.StatementId && o.Id != f.QuoteId)))
            .Should().Be(0, "a filter row says whether its quote's statement has another report");
        (await StoredMonthlyCountsAsync(db)).Should().BeEquivalentTo(await CountedMonthlyCountsAsync(db), "every stored monthly count equals the quotes it counts");
    }

    public static async Task<List<string>> StoredMonthlyCountsAsync(NewsDbContext db) =>
        (await db.MonthlyCounts.AsNoTracking().ToListAsync())
            .Where(c => c.Direct != 0 || c.Reported != 0 || c.Untagged != 0)
            .Select(c => Line(c.Kind, c.FacetId, c.MonthUtc, c.TopicId, c.Direct, c.Reported, c.Untagged))
            .ToList();

    // The counts made afresh from the quotes and their filter rows: per subject and month (every quote, and those with
    // no topic), and per subject, month and topic.
    public static async Task<List<string>> CountedMonthlyCountsAsync(NewsDbContext db)
    {
        var kinds = await db.Quotes.AsNoTracking().ToDictionaryAsync(q => q.Id, q => q.Kind);
        var facets = await db.QuoteFacets.AsNoTracking().ToListAsync();
        var topicsOf = facets.Where(f => f.Kind == QuoteFacetKind.Topic).ToLookup(f => f.QuoteId, f => f.FacetId);
        var rows = facets.SelectMany(f => topicsOf[f.QuoteId].Select(t => (Facet: f, Topic: t)).Prepend((Facet: f, Topic: 0)));
        return rows
            .GroupBy(r => (r.Facet.Kind, r.Facet.FacetId, Month: Month(r.Facet.ReportedUtc), r.Topic))
            .Select(g => Line(
                g.Key.Kind,
                g.Key.FacetId,
                g.Key.Month,
                g.Key.Topic,
                g.Count(r => kinds[r.Facet.QuoteId] == QuoteKind.Direct),
                g.Count(r => kinds[r.Facet.QuoteId] == QuoteKind.Indirect),
                g.Key.Topic == 0 ? g.Count(r => !topicsOf[r.Facet.QuoteId].Any()) : 0))
            .ToList();
    }

    private static DateTime Month(DateTime reportedUtc) =>
        reportedUtc == ReportedDate.Undated ? reportedUtc : new DateTime(reportedUtc.Year, reportedUtc.Month, 1, 0, 0, 0, DateTimeKind.Utc);

    private static string Line(QuoteFacetKind kind, int facetId, DateTime month, int topicId, int direct, int reported, int untagged) =>
        $"{kind} {facetId} {month:yyyy-MM} topic {topicId}: {direct} direct, {reported} reported, {untagged} untagged";
}
