using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;

namespace NewsTracker.Core.Imports;

// An upload from the import page: every file imported (one bad file refuses only itself), the report stored
// server-side for its page, and an audit entry for each article it added.
public sealed class ImportService(ArticleImporter importer, NewsDbContext db, AuditLog audit, TimeProvider clock)
{
    public const int LinesPerPage = 100;

    // The report row is written first; each batch then adds its lines, audit entries and counts in the transaction
    // that stores its articles, so whatever was stored is in the report, even if the upload stops half way.
    public async Task<int> ImportAsync(IEnumerable<ImportSource> sources, Editor editor, CancellationToken ct)
    {
        var files = sources.ToList();
        var record = new ImportRecord
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            User = Truncate(editor.Label, ImportRecord.UserMaxLength)!,
            UserId = editor.UserId,
            Files = files.Count,
        };
        db.Imports.Add(record);
        await db.SaveChangesAsync(ct);

        var position = 0;
        await importer.ImportJournaledAsync(
            files,
            async (outcomes, services, token) =>
            {
                var batchDb = services.GetRequiredService<NewsDbContext>();
                var batchAudit = services.GetRequiredService<AuditLog>();
                foreach (var outcome in outcomes)
                {
                    batchDb.Add(Line(record.Id, outcome, position++));
                    if (outcome is { Status: AddArticleStatus.Added, ArticleId: { } articleId })
                    {
                        batchAudit.Record(editor, "imported", AuditEntities.Article, articleId, $"Imported “{outcome.Title}” from {outcome.Source}",
                            after: new { outcome.Title, File = outcome.Source, Quotes = outcome.QuoteCount, outcome.Warnings });
                    }
                }

                await batchDb.SaveChangesAsync(token);
                int added = outcomes.Count(o => o.Status == AddArticleStatus.Added), duplicates = outcomes.Count(o => o.Status == AddArticleStatus.Duplicate),
                    refused = outcomes.Count(o => o.Status == AddArticleStatus.Invalid), quotes = outcomes.Sum(o => o.QuoteCount);
                await batchDb.Imports.Where(i => i.Id == record.Id).ExecuteUpdateAsync(
                    i => i.SetProperty(r => r.Added, r => r.Added + added)
                        .SetProperty(r => r.Duplicates, r => r.Duplicates + duplicates)
                        .SetProperty(r => r.Refused, r => r.Refused + refused)
                        .SetProperty(r => r.Quotes, r => r.Quotes + quotes),
                    token);
            },
            ct);
        return record.Id;
    }

    // A command-line import can hold a hundred thousand articles: one entry for the run (who ran it, what it read,
    // what it added) instead of one per article, which would double what a bulk import writes.
    public async Task RecordCommandLineRunAsync(ImportReport report, IReadOnlyList<string> paths, Editor editor, CancellationToken ct)
    {
        var refused = report.Outcomes.Count(o => o.Status == AddArticleStatus.Invalid);
        audit.Record(editor, "imported", AuditEntities.Article, "import",
            $"Imported {report.ArticlesAdded} articles from {report.FilesRead} files on the command line ({report.Duplicates} duplicates, {refused} refused)" +
            (report.Stopped ? "; stopped before the end" : string.Empty),
            after: new
            {
                Paths = paths,
                report.Stopped,
                report.FilesRead,
                Added = report.ArticlesAdded,
                report.Duplicates,
                Refused = refused,
                Quotes = report.QuotesAdded,
                FirstArticleIds = report.Outcomes.Where(o => o.ArticleId is not null).Select(o => o.ArticleId).Take(1_000).ToList(),
            });
        await db.SaveChangesAsync(ct);
    }

    public async Task<ImportReportView?> GetAsync(int id, int page, CancellationToken ct)
    {
        var header = await db.Imports.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new { i.Id, i.AtUtc, i.User, i.Files, i.Added, i.Duplicates, i.Refused, i.Quotes, Lines = i.Lines.Count })
            .FirstOrDefaultAsync(ct);
        if (header is null)
        {
            return null;
        }

        page = Math.Clamp(page, 1, Math.Max(1, (header.Lines + LinesPerPage - 1) / LinesPerPage));
        var rows = await db.Set<ImportRecordLine>().AsNoTracking()
            .Where(l => l.ImportId == id)
            .OrderBy(l => l.Position)
            .Skip((page - 1) * LinesPerPage)
            .Take(LinesPerPage)
            .Select(l => new { l.Position, l.Source, l.Title, l.Outcome, l.ArticleId, l.Quotes, l.Messages })
            .ToListAsync(ct);
        var withWarnings = await db.Set<ImportRecordLine>().CountAsync(l => l.ImportId == id && l.Outcome == ImportLineOutcome.AddedWithWarnings, ct);
        var lines = rows.Select(l => new ImportLineView(l.Position + 1, l.Source, l.Title, l.Outcome, l.ArticleId, l.Quotes,
            l.Messages?.Split('\n') ?? [])).ToList();
        return new ImportReportView(header.Id, header.AtUtc, header.User, header.Files, header.Added, withWarnings, header.Duplicates,
            header.Refused, header.Quotes, new PagedResult<ImportLineView>(lines, header.Lines, page, LinesPerPage));
    }

    private static ImportRecordLine Line(int importId, ImportOutcome outcome, int position)
    {
        var (kind, messages) = outcome.Status switch
        {
            AddArticleStatus.Added when outcome.Warnings.Count > 0 => (ImportLineOutcome.AddedWithWarnings, outcome.Warnings),
            AddArticleStatus.Added => (ImportLineOutcome.Added, []),
            AddArticleStatus.Duplicate => (ImportLineOutcome.Duplicate, [$"Already tracked: it has {outcome.DuplicateReason} as article {outcome.DuplicateOfId}."]),
            _ => (ImportLineOutcome.Refused, outcome.Errors.Concat(outcome.Warnings).ToList()),
        };
        return new ImportRecordLine
        {
            ImportId = importId,
            Position = position,
            Source = Truncate(outcome.Source, ImportRecordLine.SourceMaxLength)!,
            Title = Truncate(outcome.Title, ImportRecordLine.TitleMaxLength),
            Outcome = kind,
            ArticleId = outcome.ArticleId ?? outcome.DuplicateOfId,
            Quotes = outcome.QuoteCount,
            Messages = messages.Count == 0 ? null : Truncate(string.Join('\n', messages.Select(m => m.ReplaceLineEndings(" "))), ImportRecordLine.MessagesMaxLength),
        };
    }

    private static string? Truncate(string? text, int max) => text is null || text.Length <= max ? text : text[..(max - 1)] + "…";
}

public sealed record ImportReportView(
    int Id,
    DateTime AtUtc,
    string User,
    int Files,
    int Added,
    int AddedWithWarnings,
    int Duplicates,
    int Refused,
    int Quotes,
    PagedResult<ImportLineView> Lines);

public sealed record ImportLineView(int Number, string Source, string? Title, ImportLineOutcome Outcome, int? ArticleId, int Quotes, IReadOnlyList<string> Messages);
