using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;

namespace NewsTracker.Core.Audit;

// Records changes in the same unit of work as the change itself: the caller's SaveChanges stores both or
// neither. Reads are paged and filtered by entity, id, user and date.
public sealed class AuditLog(NewsDbContext db, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    // Adds the entry to the context; it is written by the caller's next SaveChanges.
    public AuditEntry Record(Editor editor, string action, string entity, object entityId, string summary, object? before = null, object? after = null)
    {
        var entry = new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            User = Truncate(editor.Label, AuditEntry.UserMaxLength),
            UserId = editor.UserId,
            Action = Truncate(action, AuditEntry.ActionMaxLength),
            Entity = entity,
            EntityId = Convert.ToString(entityId, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
            Summary = Truncate(summary, AuditEntry.SummaryMaxLength),
            Before = before is null ? null : JsonSerializer.Serialize(before, Json),
            After = after is null ? null : JsonSerializer.Serialize(after, Json),
        };
        db.Add(entry);
        return entry;
    }

    public async Task<PagedResult<AuditEntryView>> FindAsync(AuditQuery query, CancellationToken ct)
    {
        var entries = db.Set<AuditEntry>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Entity))
        {
            entries = entries.Where(e => e.Entity == query.Entity);
        }

        if (!string.IsNullOrWhiteSpace(query.EntityId))
        {
            entries = entries.Where(e => e.EntityId == query.EntityId);
        }

        if (!string.IsNullOrWhiteSpace(query.User))
        {
            var user = query.User.Trim();
            entries = entries.Where(e => e.User == user || e.UserId == user);
        }

        if (query.FromUtc is { } from)
        {
            entries = entries.Where(e => e.AtUtc >= from);
        }

        if (query.ToUtc is { } to)
        {
            entries = entries.Where(e => e.AtUtc < to);
        }

        var page = Paging.ClampPage(query.Page);
        var pageSize = Paging.ClampPageSize(query.PageSize);
        var total = await entries.CountAsync(ct);
        var items = await entries
            .OrderByDescending(e => e.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(e => new AuditEntryView(e.Id, e.AtUtc, e.User, e.Action, e.Entity, e.EntityId, e.Summary, e.Before, e.After))
            .ToListAsync(ct);
        return new PagedResult<AuditEntryView>(items, total, page, pageSize);
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}

public sealed record AuditQuery(string? Entity = null, string? EntityId = null, string? User = null,
    DateTime? FromUtc = null, DateTime? ToUtc = null, int Page = 1, int PageSize = 50)
{
    // Whole days as people pick them: from the start of `from` to the end of `to`, in UTC.
    public static AuditQuery ForDays(string? entity, string? id, string? user, DateOnly? from, DateOnly? to, int page, int pageSize) => new(
        entity,
        string.IsNullOrWhiteSpace(id) ? null : id.Trim(),
        string.IsNullOrWhiteSpace(user) ? null : user.Trim(),
        from?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        to?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        page,
        pageSize);
}

public sealed record AuditEntryView(long Id, DateTime AtUtc, string User, string Action, string Entity, string EntityId,
    string Summary, string? Before, string? After);
