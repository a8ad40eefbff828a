using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Statements;

// Editors mark a statement as a change of its speaker's position, with a note saying what changed; each mark,
// edit of its note and unmarking is audited with it. Analysts list the marks across all speakers.
public sealed class PositionChangeService(NewsDbContext db, FilterNames names, AuditLog audit, TimeProvider clock)
{
    public async Task<PositionChangeResult> MarkAsync(int statementId, string? note, Editor editor, CancellationToken ct)
    {
        var text = note?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return PositionChangeResult.Invalid("Say in a note what changed: the note is what readers of the mark see.");
        }

        if (text.Length > PositionChange.NoteMaxLength)
        {
            return PositionChangeResult.Invalid($"The note can be at most {PositionChange.NoteMaxLength:N0} characters.");
        }

        if (await db.Statements.Include(s => s.PositionChange).Include(s => s.Speaker).FirstOrDefaultAsync(s => s.Id == statementId, ct) is not { } statement)
        {
            return PositionChangeResult.Missing("That statement is no longer in the archive.");
        }

        var before = statement.PositionChange is { } old ? new { note = old.Note, markedBy = old.MarkedBy } : null;
        var mark = statement.PositionChange ??= new PositionChange { Note = text, MarkedBy = Truncate(editor.Label) };
        mark.Note = text;
        mark.MarkedBy = Truncate(editor.Label);
        mark.MarkedByUserId = editor.UserId;
        mark.MarkedUtc = clock.GetUtcNow().UtcDateTime;
        var action = before is null ? "marked change of position" : "edited change of position";
        audit.Record(editor, action, AuditEntities.Statement, statement.Id, $"{Describe(statement)}: {action}", before, new { note = text, markedBy = mark.MarkedBy });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another editor marked it between the read and the save (the key is the statement's).
            return PositionChangeResult.Invalid("Someone else marked this statement at the same moment, so nothing was saved. Look again and retry.");
        }

        return PositionChangeResult.Done;
    }

    public async Task<PositionChangeResult> UnmarkAsync(int statementId, Editor editor, CancellationToken ct)
    {
        if (await db.PositionChanges.Include(c => c.Statement).ThenInclude(s => s.Speaker).FirstOrDefaultAsync(c => c.StatementId == statementId, ct) is not { } mark)
        {
            return PositionChangeResult.Missing("That statement is not marked as a change of position.");
        }

        audit.Record(editor, "unmarked change of position", AuditEntities.Statement, statementId, $"{Describe(mark.Statement)}: unmarked change of position",
            before: new { note = mark.Note, markedBy = mark.MarkedBy });
        db.PositionChanges.Remove(mark);
        await db.SaveChangesAsync(ct);
        return PositionChangeResult.Done;
    }

    // Newest statement first (undated ones last), then the latest marked.
    public async Task<PositionChangeList> ListAsync(PositionChangeQuery query, CancellationToken ct)
    {
        var page = Paging.ClampPage(query.Page);
        var pageSize = query.PageSize < 1 ? PositionChangeQuery.DefaultPageSize : Math.Min(query.PageSize, Paging.MaxPageSize);
        var marked = db.Statements.AsNoTracking().Where(s => s.PositionChange != null);
        var unknown = new List<FieldError>();
        if (Clean(query.Speaker) is { } speaker)
        {
            if (await names.ActorAsync(speaker, asSpeaker: true, ct) is { } found)
            {
                marked = marked.Where(s => s.SpeakerId == found.Id);
            }
            else
            {
                unknown.Add(new FieldError("speaker", $"No speaker called “{speaker}”."));
            }
        }

        if (Clean(query.Topic) is { } topic)
        {
            if (await names.TopicAsync(topic, ct) is { } found)
            {
                marked = marked.Where(s => s.Reports.Any(q => q.Topics.Any(t => t.Id == found.Id)));
            }
            else
            {
                unknown.Add(new FieldError("topic", $"No topic called “{topic}”."));
            }
        }

        if (unknown.Count > 0)
        {
            return new PositionChangeList(new PagedResult<PositionChangeRow>([], 0, page, pageSize), unknown);
        }

        var total = await marked.CountAsync(ct);
        var skip = (long)(page - 1) * pageSize;
        var heads = skip >= total
            ? []
            : await marked
                .OrderBy(s => s.FirstReportedUtc == ReportedDate.Undated).ThenByDescending(s => s.FirstReportedUtc)
                .ThenByDescending(s => s.PositionChange!.MarkedUtc).ThenByDescending(s => s.Id)
                .Skip((int)skip)
                .Take(pageSize)
                .Heads()
                .ToListAsync(ct);
        var firsts = await db.FirstReportsAsync(heads, ct);
        var topics = await TopicsOfAsync(heads.Select(h => h.Id).ToList(), ct);
        var rows = heads.Select(h => new PositionChangeRow(
                h.Id, h.Text, h.Speaker, h.FirstReportedUtc, firsts.GetValueOrDefault(h.FirstQuoteId), h.ArticleCount, h.Change!, topics[h.Id].ToList()))
            .ToList();
        return new PositionChangeList(new PagedResult<PositionChangeRow>(rows, total, page, pageSize), []);
    }

    private async Task<ILookup<int, TopicRef>> TopicsOfAsync(List<int> statementIds, CancellationToken ct)
    {
        var tagged = await db.Quotes.AsNoTracking()
            .Where(q => statementIds.Contains(q.StatementId))
            .SelectMany(q => q.Topics, (q, t) => new { q.StatementId, t.Id, t.Slug, t.Name })
            .Distinct()
            .ToListAsync(ct);
        return tagged.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToLookup(t => t.StatementId, t => new TopicRef(t.Id, t.Slug, t.Name));
    }

    private static string Describe(Statement statement) =>
        $"Statement {statement.Id}" + (statement.Speaker is { } speaker ? $" by “{speaker.Name}”" : string.Empty);

    private static string Truncate(string label) =>
        label.Length <= PositionChange.MarkedByMaxLength ? label : label[..(PositionChange.MarkedByMaxLength - 1)] + "…";

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
