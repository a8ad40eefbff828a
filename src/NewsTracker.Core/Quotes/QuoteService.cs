using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;
using NewsTracker.Core.Search;

namespace NewsTracker.Core.Quotes;

public sealed class QuoteService(NewsDbContext db, IDatabaseDialect dialect)
{
    public async Task<PagedResult<QuoteRow>> SearchAsync(QuoteFilter filter, CancellationToken ct)
    {
        var pageSize = Paging.ClampPageSize(filter.PageSize);
        var page = Math.Min(Paging.ClampPage(filter.Page), Math.Max(1, Paging.CountCap / pageSize));
        var query = Filter(db.Quotes.AsNoTracking(), filter);

        var counted = await query.Take(Paging.CountCap + 1).CountAsync(ct);
        var items = await Project(NewestFirst(query)
                .Skip((page - 1) * pageSize)
                .Take(pageSize))
            .ToListAsync(ct);
        return new PagedResult<QuoteRow>(items, Math.Min(counted, Paging.CountCap), page, pageSize, counted > Paging.CountCap);
    }

    // The home page: the newest statements, each once however many articles carried it.
    public Task<List<QuoteRow>> LatestAsync(int take, CancellationToken ct) =>
        Project(NewestFirst(OnePerStatement(db.Quotes.AsNoTracking(), db.Quotes))
                .Take(Math.Clamp(take, 1, Paging.MaxPageSize)))
            .ToListAsync(ct);

    public Task<QuoteRow?> GetAsync(int id, CancellationToken ct) =>
        Project(db.Quotes.AsNoTracking().Where(q => q.Id == id)).FirstOrDefaultAsync(ct);

    private static IOrderedQueryable<Quote> NewestFirst(IQueryable<Quote> query) =>
        query.OrderByDescending(q => q.ReportedUtc).ThenByDescending(q => q.Id);

    private IQueryable<Quote> Filter(IQueryable<Quote> query, QuoteFilter filter)
    {
        var filtered = Narrow(query, filter);
        return filter.OnePerStatement ? OnePerStatement(filtered, Narrow(db.Quotes, filter)) : filtered;
    }

    private IQueryable<Quote> Narrow(IQueryable<Quote> query, QuoteFilter filter)
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
            query = query.Where(q => q.ReportedUtc >= from);
        }

        if (filter.ToUtc is { } to)
        {
            query = query.Where(q => q.ReportedUtc < to);
        }

        var terms = SearchTerms.Parse(filter.Text);
        if (!terms.IsEmpty)
        {
            var ids = dialect.MatchingQuoteIds(db, terms);
            query = query.Where(q => ids.Contains(q.Id));
        }

        return query;
    }

    // The most recently stored report of each statement among the quotes that passed the filters, so a filter that
    // matches only an excerpt still lists the statement: a quote stays unless a later report of its statement also
    // passes. Each row costs one probe of the (StatementId, Id) index, however large the archive.
    private static IQueryable<Quote> OnePerStatement(IQueryable<Quote> query, IQueryable<Quote> passing) =>
        query.Where(q => !passing.Any(later => later.StatementId == q.StatementId && later.Id > q.Id));

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
                q.Statement.ArticleCount,
                q.Statement.FirstReportedUtc))
            .AsSplitQuery();

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
