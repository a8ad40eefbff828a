using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Data;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Statements;

// What the position pages show of a statement, projected in one query: outlets counted and the first report
// chosen in the database (dated reports before undated ones), the report itself read afterwards by id.
internal sealed record StatementHead(
    int Id,
    string Text,
    SpeakerRef? Speaker,
    DateTime FirstReportedUtc,
    int ArticleCount,
    int OutletCount,
    int FirstQuoteId,
    PositionMark? Change);

internal static class StatementHeads
{
    // Ordered before this projection: EF cannot order by a record's members.
    public static IQueryable<StatementHead> Heads(this IQueryable<Statement> statements) =>
        statements.Select(s => new StatementHead(
            s.Id,
            s.Text,
            s.Speaker == null ? null : new SpeakerRef(s.Speaker.Id, s.Speaker.Slug, s.Speaker.Name),
            s.FirstReportedUtc,
            s.ArticleCount,
            s.Reports.Where(q => q.Article.Outlet != null).Select(q => q.Article.Outlet).Distinct().Count(),
            s.Reports.OrderBy(q => q.ReportedUtc == ReportedDate.Undated).ThenBy(q => q.ReportedUtc).ThenBy(q => q.Id).Select(q => q.Id).FirstOrDefault(),
            s.PositionChange == null ? null : new PositionMark(s.PositionChange.Note, s.PositionChange.MarkedBy, s.PositionChange.MarkedUtc)));

    public static async Task<Dictionary<int, ReportRef>> FirstReportsAsync(this NewsDbContext db, IEnumerable<StatementHead> heads, CancellationToken ct)
    {
        var ids = heads.Select(h => h.FirstQuoteId).Where(id => id != 0).Distinct().ToList();
        return await db.Quotes.AsNoTracking()
            .Where(q => ids.Contains(q.Id))
            .Select(q => new ReportRef(
                q.Id,
                new ArticleRef(q.Article.Id, q.Article.Title, q.Article.Outlet, q.Article.Url, q.Article.PublishedUtc),
                q.ReportedUtc))
            .ToDictionaryAsync(r => r.QuoteId, ct);
    }
}
