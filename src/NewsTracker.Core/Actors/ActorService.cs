using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Data;

namespace NewsTracker.Core.Actors;

public sealed class ActorService(NewsDbContext db)
{
    public const string NoTopic = "(no topic)";

    public Task<List<SpeakerRow>> ListSpeakersAsync(CancellationToken ct) =>
        db.Actors.AsNoTracking()
            .Where(a => a.QuoteCount > 0)
            .OrderByDescending(a => a.QuoteCount)
            .ThenBy(a => a.Name)
            .Select(a => new SpeakerRow(
                a.Id,
                a.Slug,
                a.Name,
                a.Role,
                a.Affiliation == null ? null : a.Affiliation.Name,
                a.QuoteCount))
            .ToListAsync(ct);

    public Task<List<ActorRow>> ListAsync(ActorKind? kind, CancellationToken ct)
    {
        var query = db.Actors.AsNoTracking();
        if (kind is { } k)
        {
            query = query.Where(a => a.Kind == k);
        }

        // Ordered before the projection: EF cannot translate ordering by a record's members.
        return query
            .OrderByDescending(a => a.QuoteCount + a.MentionCount)
            .ThenBy(a => a.Name)
            .Select(a => new ActorRow(
                a.Id,
                a.Slug,
                a.Name,
                a.Kind,
                a.Role,
                a.Affiliation == null ? null : a.Affiliation.Name,
                a.QuoteCount,
                a.MentionCount))
            .ToListAsync(ct);
    }

    public Task<ActorDetails?> GetAsync(string idOrSlug, CancellationToken ct)
    {
        var query = db.Actors.AsNoTracking();
        query = int.TryParse(idOrSlug, out var id) ? query.Where(a => a.Id == id) : query.Where(a => a.Slug == idOrSlug);
        return query
            .Select(a => new ActorDetails(
                a.Id,
                a.Slug,
                a.Name,
                a.Kind,
                a.Role,
                a.Affiliation == null ? null : new ActorLink(a.Affiliation.Id, a.Affiliation.Slug, a.Affiliation.Name),
                a.Aliases.OrderBy(x => x.Text).Select(x => x.Text).ToList(),
                db.Actors.Where(m => m.AffiliationId == a.Id).OrderBy(m => m.Name).Select(m => new ActorLink(m.Id, m.Slug, m.Name)).ToList(),
                a.QuoteCount,
                a.MentionCount,
                a.QuotesSpoken.Min(q => (DateTime?)q.ReportedUtc),
                a.QuotesSpoken.Max(q => (DateTime?)q.ReportedUtc)))
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct);
    }

    public async Task<IReadOnlyList<TimelinePoint>> TimelineAsync(int actorId, CancellationToken ct)
    {
        var rows = await db.Quotes.AsNoTracking()
            .Where(q => q.SpeakerId == actorId)
            .Select(q => new
            {
                Date = q.ReportedUtc,
                Topics = q.Topics.Select(t => t.Name).ToList(),
            })
            .ToListAsync(ct);

        return rows
            .SelectMany(r => (r.Topics.Count == 0 ? [NoTopic] : r.Topics).Select(t => (r.Date.Year, r.Date.Month, Topic: t)))
            .GroupBy(x => x)
            .Select(g => new TimelinePoint(g.Key.Year, g.Key.Month, g.Key.Topic, g.Count()))
            .OrderBy(p => p.Year).ThenBy(p => p.Month).ThenBy(p => p.Topic, StringComparer.Ordinal)
            .ToList();
    }
}
