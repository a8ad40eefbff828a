using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;
using NewsTracker.Core.Search;

namespace NewsTracker.Core.Quotes;

public sealed class QuoteService(NewsDbContext db, IDatabaseDialect dialect)
{
    public async Task<PagedResult<QuoteRow>> SearchAsync(QuoteFilter filter, CancellationToken ct)
    {
        var page = Paging.ClampPage(filter.Page);
        var pageSize = Paging.ClampPageSize(filter.PageSize);
        var query = Filter(db.Quotes.AsNoTracking(), filter);

        var total = await query.CountAsync(ct);
        var items = await Project(query
                .OrderByDescending(q => q.Article.PublishedUtc ?? q.Article.AddedUtc)
                .ThenByDescending(q => q.Id)
                .Skip((page - 1) * pageSize)
                .Take(pageSize))
            .ToListAsync(ct);
        return new PagedResult<QuoteRow>(items, total, page, pageSize);
    }

    // The home page: the newest statements, each once however many articles carried it.
    public Task<List<QuoteRow>> LatestAsync(int take, CancellationToken ct) =>
        Project(OnePerStatement(db.Quotes.AsNoTracking())
                .OrderByDescending(q => q.Article.PublishedUtc ?? q.Article.AddedUtc)
                .ThenByDescending(q => q.Id)
                .Take(Math.Clamp(take, 1, Paging.MaxPageSize)))
            .ToListAsync(ct);

    public Task<QuoteRow?> GetAsync(int id, CancellationToken ct) =>
        Project(db.Quotes.AsNoTracking().Where(q => q.Id == id)).FirstOrDefaultAsync(ct);

    private IQueryable<Quote> Filter(IQueryable<Quote> query, QuoteFilter filter)
    {
        if (Clean(filter.Speaker) is { } speaker)
        {
            query = int.TryParse(speaker, out var speakerId)
                ? query.Where(q => q.SpeakerId == speakerId)
                : query.Where(q => q.Speaker != null && q.Speaker.Slug == speaker);
        }

        if (Clean(filter.Actor) is { } actor)
        {
            // An actor's quotes are the ones that name it, that it said, or that its people said.
            query = int.TryParse(actor, out var actorId)
                ? query.Where(q => q.Actors.Any(a => a.Id == actorId) || q.SpeakerId == actorId || (q.Speaker != null && q.Speaker.AffiliationId == actorId))
                : query.Where(q => q.Actors.Any(a => a.Slug == actor)
                    || (q.Speaker != null && (q.Speaker.Slug == actor || (q.Speaker.Affiliation != null && q.Speaker.Affiliation.Slug == actor))));
        }

        if (Clean(filter.Topic) is { } topic)
        {
            query = int.TryParse(topic, out var topicId)
                ? query.Where(q => q.Topics.Any(t => t.Id == topicId))
                : query.Where(q => q.Topics.Any(t => t.Slug == topic));
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(q => q.Kind == kind);
        }

        if (filter.FromUtc is { } from)
        {
            query = query.Where(q => (q.Article.PublishedUtc ?? q.Article.AddedUtc) >= from);
        }

        if (filter.ToUtc is { } to)
        {
            query = query.Where(q => (q.Article.PublishedUtc ?? q.Article.AddedUtc) < to);
        }

        var terms = SearchTerms.Parse(filter.Text);
        if (!terms.IsEmpty)
        {
            var ids = dialect.MatchingQuoteIds(db, terms);
            query = query.Where(q => ids.Contains(q.Id));
        }

        return filter.OnePerStatement ? OnePerStatement(query) : query;
    }

    // The most recently stored report of each statement among the quotes that passed the filters, so a filter that
    // matches only an excerpt still lists the statement.
    private static IQueryable<Quote> OnePerStatement(IQueryable<Quote> query)
    {
        var latestReports = query.GroupBy(q => q.StatementId).Select(g => g.Max(q => q.Id));
        return query.Where(q => latestReports.Contains(q.Id));
    }

    private static IQueryable<QuoteRow> Project(IQueryable<Quote> query) =>
        query.Select(q => new QuoteRow(
                q.Id,
                q.Text,
                q.Kind,
                q.Speaker == null ? null : new SpeakerRef(q.Speaker.Id, q.Speaker.Slug, q.Speaker.Name),
                q.SpeakerAsWritten,
                q.Confidence,
                new ArticleRef(q.Article.Id, q.Article.Title, q.Article.Outlet, q.Article.Url, q.Article.PublishedUtc),
                q.StatementId,
                q.Actors.OrderBy(a => a.Name).ThenBy(a => a.Id).Select(a => new ActorLink(a.Id, a.Slug, a.Name)).ToList(),
                q.Topics.OrderBy(t => t.Name).Select(t => new TopicRef(t.Id, t.Slug, t.Name)).ToList(),
                q.Statement.Reports.Count,
                q.Statement.FirstReportedUtc))
            .AsSplitQuery();

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
