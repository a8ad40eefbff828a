using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Statements;

// How a statement travelled: the reports in order (dated first, oldest first; undated last), and the wordings
// they used. The fullest wording is the longest report's; a statement whose longest report was deleted keeps
// its stored text, so the fullest is taken from the reports there are now.
public sealed class ProvenanceService(NewsDbContext db)
{
    public async Task<StatementProvenance?> GetAsync(int id, CancellationToken ct)
    {
        if (await db.Statements.AsNoTracking().Where(s => s.Id == id).Heads().FirstOrDefaultAsync(ct) is not { } head)
        {
            return null;
        }

        var reports = await db.Quotes.AsNoTracking()
            .Where(q => q.StatementId == id)
            .OrderBy(q => q.ReportedUtc == ReportedDate.Undated).ThenBy(q => q.ReportedUtc).ThenBy(q => q.Id)
            .Select(q => new
            {
                q.Id,
                q.Text,
                q.Kind,
                Article = new ArticleRef(q.Article.Id, q.Article.Title, q.Article.Outlet, q.Article.Url, q.Article.PublishedUtc),
                q.ReportedUtc,
            })
            .ToListAsync(ct);

        var fullest = reports.Select(r => r.Text).Where(t => t.Length > 0).OrderByDescending(t => t.Length).FirstOrDefault() ?? head.Text;
        var others = reports.Select(r => r.Text).Where(t => !WordDiff.Same(t, fullest)).Distinct(StringComparer.Ordinal).ToList();
        var numbers = others.Select((text, i) => (text, i)).ToDictionary(x => x.text, x => x.i + 1, StringComparer.Ordinal);
        var ordered = reports
            .Select(r => new ProvenanceReport(r.Id, r.Text, r.Kind, r.Article, r.ReportedUtc, numbers.GetValueOrDefault(r.Text)))
            .ToList();
        var wordings = others
            .Select((text, i) => new WordingVariant(i + 1, text, WordDiff.Between(fullest, text), ordered.Count(r => r.Wording == i + 1)))
            .ToList();

        return new StatementProvenance(
            head.Id,
            fullest,
            head.Speaker,
            head.FirstReportedUtc,
            head.ArticleCount,
            head.OutletCount,
            head.Change,
            ordered.FirstOrDefault(),
            ordered.Skip(1).ToList(),
            wordings);
    }
}
