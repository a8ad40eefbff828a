using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Statements;

// A speaker's line on a topic over time: the statements whose reports are tagged with the topic, in the order
// first said, each against the one before. Counts come from the database; only a page of statements is read.
public sealed class PositionService(NewsDbContext db)
{
    public const int DefaultPageSize = 30;

    public Task<SpeakerRef?> SpeakerAsync(string slug, CancellationToken ct) =>
        db.Actors.AsNoTracking()
            .Where(a => a.Slug == slug)
            .Select(a => new SpeakerRef(a.Id, a.Slug, a.Name))
            .FirstOrDefaultAsync(ct);

    // The topics the speaker's statements are tagged with, most statements first.
    public async Task<IReadOnlyList<SpeakerTopic>> TopicsAsync(int speakerId, CancellationToken ct)
    {
        var counts = db.Quotes.AsNoTracking()
            .Where(q => q.Statement.SpeakerId == speakerId)
            .SelectMany(q => q.Topics, (q, t) => new { TopicId = t.Id, q.StatementId })
            .Distinct()
            .GroupBy(x => x.TopicId)
            .Select(g => new { TopicId = g.Key, Count = g.Count() });
        var topics = await counts
            .Join(db.Topics, c => c.TopicId, t => t.Id, (c, t) => new SpeakerTopic(t.Id, t.Slug, t.Name, c.Count))
            .ToListAsync(ct);
        return [.. topics.OrderByDescending(t => t.StatementCount).ThenBy(t => t.Name, StringComparer.OrdinalIgnoreCase)];
    }

    // Null when no topic has that slug. A page after the first also reads the statement before it, so its
    // first statement is still shown against the one before.
    public async Task<PositionTimeline?> TimelineAsync(int speakerId, string topicSlug, int page, int pageSize, CancellationToken ct)
    {
        if (await db.Topics.AsNoTracking().Where(t => t.Slug == topicSlug).Select(t => new TopicRef(t.Id, t.Slug, t.Name)).FirstOrDefaultAsync(ct) is not { } topic)
        {
            return null;
        }

        page = Paging.ClampPage(page);
        pageSize = pageSize < 1 ? DefaultPageSize : Math.Min(pageSize, Paging.MaxPageSize);
        var statements = db.Statements.AsNoTracking()
            .Where(s => s.SpeakerId == speakerId && s.Reports.Any(q => q.Topics.Any(t => t.Id == topic.Id)));
        var total = await statements.CountAsync(ct);
        var skip = (long)(page - 1) * pageSize;
        if (skip >= total)
        {
            return new PositionTimeline(topic, new PagedResult<PositionStatement>([], total, page, pageSize));
        }

        var before = skip > 0 ? 1 : 0;
        var rows = await statements
            .OrderBy(s => s.FirstReportedUtc == ReportedDate.Undated).ThenBy(s => s.FirstReportedUtc).ThenBy(s => s.Id)
            .Skip((int)skip - before)
            .Take(pageSize + before)
            .Heads()
            .ToListAsync(ct);
        var firsts = await db.FirstReportsAsync(rows, ct);

        var items = rows.Skip(before)
            .Select((row, i) => new PositionStatement(
                row.Id,
                row.Text,
                row.FirstReportedUtc,
                row.ArticleCount,
                row.OutletCount,
                firsts.GetValueOrDefault(row.FirstQuoteId),
                row.Change,
                i + before == 0 ? null : WordDiff.Between(rows[i + before - 1].Text, row.Text)))
            .ToList();
        return new PositionTimeline(topic, new PagedResult<PositionStatement>(items, total, page, pageSize));
    }
}
