using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Data;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Statements;

public sealed record StatementReport(int QuoteId, string Text, QuoteKind Kind, ArticleRef Article, DateTime ReportedUtc);

public sealed record StatementDetails(int Id, string Text, SpeakerRef? Speaker, DateTime FirstReportedUtc, IReadOnlyList<StatementReport> Reports);

public sealed class StatementService(NewsDbContext db)
{
    public Task<StatementDetails?> GetAsync(int id, CancellationToken ct) =>
        db.Statements.AsNoTracking()
            .Where(s => s.Id == id)
            .Select(s => new StatementDetails(
                s.Id,
                s.Text,
                s.Speaker == null ? null : new SpeakerRef(s.Speaker.Id, s.Speaker.Slug, s.Speaker.Name),
                s.FirstReportedUtc,
                s.Reports
                    .OrderBy(q => q.ReportedUtc == ReportedDate.Undated).ThenBy(q => q.ReportedUtc).ThenBy(q => q.Id)
                    .Select(q => new StatementReport(
                        q.Id,
                        q.Text,
                        q.Kind,
                        new ArticleRef(q.Article.Id, q.Article.Title, q.Article.Outlet, q.Article.Url, q.Article.PublishedUtc),
                        q.ReportedUtc))
                    .ToList()))
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct);
}
