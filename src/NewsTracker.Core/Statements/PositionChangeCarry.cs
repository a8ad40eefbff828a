using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Data;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Statements;

// Re-extracting an article (an edit, a correction) deletes the statements only it reported and matches its
// quotes afresh. An editor's change-of-position mark on such a statement moves to the statement the same
// quote text now belongs to, so fixing a typo in an article does not lose the newsroom's judgement.
internal static class PositionChangeCarry
{
    public sealed record Carried(int StatementId, IReadOnlyList<string> QuoteTexts, string Note, string MarkedBy, string? MarkedByUserId, DateTime MarkedUtc);

    public static async Task<IReadOnlyList<Carried>> CaptureAsync(NewsDbContext db, int articleId, CancellationToken ct)
    {
        var marks = await db.PositionChanges.AsNoTracking()
            .Where(c => c.Statement.Reports.Any(q => q.ArticleId == articleId))
            .Select(c => new
            {
                c.StatementId,
                Texts = c.Statement.Reports.Where(q => q.ArticleId == articleId).Select(q => q.Text).ToList(),
                c.Note,
                c.MarkedBy,
                c.MarkedByUserId,
                c.MarkedUtc,
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        return [.. marks.Select(m => new Carried(m.StatementId, m.Texts, m.Note, m.MarkedBy, m.MarkedByUserId, m.MarkedUtc))];
    }

    // After the new quotes are stored (their StatementId set): marks whose statement is gone go to the new one.
    public static async Task RestoreAsync(NewsDbContext db, IReadOnlyList<Carried> marks, IEnumerable<Quote> quotes, CancellationToken ct)
    {
        foreach (var mark in marks)
        {
            if (await db.Statements.AnyAsync(s => s.Id == mark.StatementId, ct)
                || quotes.FirstOrDefault(q => mark.QuoteTexts.Contains(q.Text, StringComparer.Ordinal)) is not { } quote)
            {
                continue;
            }

            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO "PositionChanges" ("StatementId", "Note", "MarkedBy", "MarkedByUserId", "MarkedUtc")
                SELECT {quote.StatementId}, {mark.Note}, {mark.MarkedBy}, {mark.MarkedByUserId}, {mark.MarkedUtc}
                WHERE NOT EXISTS (SELECT 1 FROM "PositionChanges" WHERE "StatementId" = {quote.StatementId})
                """,
                ct);
        }
    }
}
