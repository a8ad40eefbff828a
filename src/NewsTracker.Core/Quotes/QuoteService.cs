using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;
using NewsTracker.Core.Search;

namespace NewsTracker.Core.Quotes;

// Quote lists newest first. A speaker, actor or topic filter reads that facet's index range (QuoteFacets),
// driven by whichever chosen facet holds the fewest quotes, and checks the other filters on each row it meets,
// so a page costs about its own length however large the archive; counts stop at Paging.CountCap.
public sealed class QuoteService(NewsDbContext db, IDatabaseDialect dialect)
{
    // A search matching more quotes than this walks the date index until its page is full (sorting tens of
    // thousands of matches by date costs more), and by text alone it is counted from its full-text matches
    // (reports, not statements: a reprint counts twice); narrower searches sort and count their matches exactly.
    private const int BroadSearch = 2_000;

    public async Task<PagedResult<QuoteRow>> SearchAsync(QuoteFilter filter, CancellationToken ct)
    {
        var pageSize = Paging.ClampPageSize(filter.PageSize);
        var page = Math.Min(Paging.ClampPage(filter.Page), Math.Max(1, Paging.CountCap / pageSize));
        var facets = await ResolveAsync(filter, ct);
        if (facets is null)
        {
            return new PagedResult<QuoteRow>([], 0, page, pageSize);
        }

        var terms = SearchTerms.Parse(filter.Text);
        var hits = terms.IsEmpty ? 0 : await dialect.MatchingQuoteIds(db, terms).Take(Paging.CountCap + 1).CountAsync(ct);
        var matching = Matching(filter, facets, broadText: hits > BroadSearch);
        var counted = hits > BroadSearch && facets.Count == 0 && filter is { Kind: null, FromUtc: null, ToUtc: null }
            ? hits
            : await matching.Take(Paging.CountCap + 1).CountAsync(ct);
        var ids = await matching.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        var rows = await Project(db.Quotes.AsNoTracking().Where(q => ids.Contains(q.Id))).ToListAsync(ct);
        var items = rows.OrderBy(r => ids.IndexOf(r.Id)).ToList();
        return new PagedResult<QuoteRow>(items, Math.Min(counted, Paging.CountCap), page, pageSize, counted > Paging.CountCap);
    }

    // The home page: the newest statements, each once however many articles carried it.
    public async Task<List<QuoteRow>> LatestAsync(int take, CancellationToken ct)
    {
        var ids = await Matching(new QuoteFilter(OnePerStatement: true), [], broadText: false)
            .Take(Math.Clamp(take, 1, Paging.MaxPageSize))
            .ToListAsync(ct);
        var rows = await Project(db.Quotes.AsNoTracking().Where(q => ids.Contains(q.Id))).ToListAsync(ct);
        return rows.OrderBy(r => ids.IndexOf(r.Id)).ToList();
    }

    // The undated quotes a date range leaves out: those passing every other filter, counted up to Paging.CountCap.
    // Undated rows share one ReportedUtc value, so this is one equality range of the index the list itself reads
    // ((ReportedUtc, Id) unfiltered, (Kind, FacetId, ReportedUtc) with a facet), never a scan of the dated rows.
    public async Task<int> CountUndatedLeftOutAsync(QuoteFilter filter, CancellationToken ct)
    {
        if (!HasDates(filter) || await ResolveAsync(filter, ct) is not { } facets)
        {
            return 0;
        }

        var undated = filter with { FromUtc = null, ToUtc = null, Page = 1 };
        var quotes = WithOnePerStatement(Narrow(db.Quotes.AsNoTracking(), undated, facets, broadText: false), undated, facets);
        return await quotes.Where(q => q.ReportedUtc == ReportedDate.Undated).Take(Paging.CountCap).CountAsync(ct);
    }

    public Task<QuoteRow?> GetAsync(int id, CancellationToken ct) =>
        Project(db.Quotes.AsNoTracking().Where(q => q.Id == id)).FirstOrDefaultAsync(ct);

    // Ids of the matching quotes, newest first.
    // Ids of the matching quotes, newest first.
    // A common word matches tens of thousands of quotes; counting them one statement at a time through the date
    // order costs more than the page itself, so a search by text alone counts its full-text matches (reports, not
    // statements: a reprint counts twice), and only narrow searches are counted exactly.
    private async Task<int> CountAsync(QuoteFilter filter, IReadOnlyList<FacetFilter> facets, IQueryable<int> matching, CancellationToken ct)
    {
        var terms = SearchTerms.Parse(filter.Text);
        if (!terms.IsEmpty && facets.Count == 0 && filter is { Kind: null, FromUtc: null, ToUtc: null })
        {
            var hits = await dialect.MatchingQuoteIds(db, terms).Take(Paging.CountCap + 1).CountAsync(ct);
            if (hits > BroadSearch)
            {
                return hits;
            }
        }

        return await matching.Take(Paging.CountCap + 1).CountAsync(ct);
    }

    // Ids of the matching quotes, newest first.
    private IQueryable<int> Matching(QuoteFilter filter, IReadOnlyList<FacetFilter> facets, bool broadText)
    {
        if (facets.Count == 0)
        {
            return WithOnePerStatement(Narrow(db.Quotes.AsNoTracking(), filter, [], broadText), filter, facets)
                .OrderByDescending(q => q.ReportedUtc).ThenByDescending(q => q.Id).Select(q => q.Id);
        }

        var driver = facets[0];
        var range = db.QuoteFacets.AsNoTracking().Where(f => f.Kind == driver.Kind && f.FacetId == driver.Id);
        if (HasDates(filter))
        {
            var from = ReportedDate.RangeStart(filter.FromUtc);
            range = range.Where(f => f.ReportedUtc >= from);
        }

        if (filter.ToUtc is { } to)
        {
            range = range.Where(f => f.ReportedUtc < to);
        }

        // The words are checked on the facet row itself, so only its matches read their quote.
        var terms = SearchTerms.Parse(filter.Text);
        if (!terms.IsEmpty)
        {
            var ids = dialect.MatchingQuoteIds(db, terms);
            range = broadText ? range.Where(f => ids.Contains(f.QuoteId + 0)) : range.Where(f => ids.Contains(f.QuoteId));
        }

        var quotes = WithOnePerStatement(Narrow(db.Quotes, filter with { Text = null }, facets.Skip(1), broadText: false), filter, facets);
        return range
            .Where(f => quotes.Any(q => q.Id == f.QuoteId))
            .OrderByDescending(f => f.ReportedUtc)
            .ThenByDescending(f => f.QuoteId)
            .Select(f => f.QuoteId);
    }

    // A quote stays unless a later report of its statement also passes the filters (text aside: reports of one
    // statement share their words), so a filter that matches only an excerpt still lists the statement.
    private IQueryable<Quote> WithOnePerStatement(IQueryable<Quote> quotes, QuoteFilter filter, IReadOnlyList<FacetFilter> facets)
    {
        if (!filter.OnePerStatement)
        {
            return quotes;
        }

        var passing = Narrow(db.Quotes, filter with { Text = null }, facets, broadText: false);
        return quotes.Where(q => !passing.Any(later => later.StatementId == q.StatementId && later.Id > q.Id));
    }

    private IQueryable<Quote> Narrow(IQueryable<Quote> query, QuoteFilter filter, IEnumerable<FacetFilter> facets, bool broadText)
    {
        foreach (var facet in facets)
        {
            var (kind, id) = (facet.Kind, facet.Id);
            query = query.Where(q => db.QuoteFacets.Any(f => f.QuoteId == q.Id && f.Kind == kind && f.FacetId == id));
        }

        if (filter.Kind is { } quoteKind)
        {
            query = query.Where(q => q.Kind == quoteKind);
        }

        if (HasDates(filter))
        {
            var from = ReportedDate.RangeStart(filter.FromUtc);
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

            // "Id + 0" is not the row id, so SQLite keeps to the date order instead of starting from the matches.
            query = broadText ? query.Where(q => ids.Contains(q.Id + 0)) : query.Where(q => ids.Contains(q.Id));
        }

        return query;
    }

    // The speaker, actor and topic of the filter as facet rows, fewest quotes first; null when one names nothing.
    private async Task<IReadOnlyList<FacetFilter>?> ResolveAsync(QuoteFilter filter, CancellationToken ct)
    {
        var facets = new List<FacetFilter>();
        if (Clean(filter.Speaker) is { } speaker)
        {
            var found = await Actors(speaker).Select(a => new FacetFilter(QuoteFacetKind.Speaker, a.Id, a.QuoteCount)).FirstOrDefaultAsync(ct);
            if (found is null)
            {
                return null;
            }

            facets.Add(found);
        }

        if (Clean(filter.Actor) is { } actor)
        {
            // Quotes the actor said or was named in, and its people's: its own counts are a floor of that.
            var found = await Actors(actor).Select(a => new FacetFilter(QuoteFacetKind.Actor, a.Id, a.QuoteCount + a.MentionCount)).FirstOrDefaultAsync(ct);
            if (found is null)
            {
                return null;
            }

            facets.Add(found);
        }

        if (Clean(filter.Topic) is { } topic)
        {
            var topics = int.TryParse(topic, out var topicId) ? db.Topics.Where(t => t.Id == topicId) : db.Topics.Where(t => t.Slug == topic);
            var found = await topics.Select(t => new FacetFilter(QuoteFacetKind.Topic, t.Id, t.QuoteCount)).FirstOrDefaultAsync(ct);
            if (found is null)
            {
                return null;
            }

            facets.Add(found);
        }

        return facets.OrderBy(f => f.Size).ToList();
    }

    private IQueryable<Actors.Actor> Actors(string idOrSlug) =>
        int.TryParse(idOrSlug, out var id) ? db.Actors.AsNoTracking().Where(a => a.Id == id) : db.Actors.AsNoTracking().Where(a => a.Slug == idOrSlug);

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
                q.Statement.FirstReportedUtc,
                q.Speaker == null && q.SourceDescription != null ? new QuoteSource(q.SourceDescription, q.SourceAffiliation) : null))
            .AsSplitQuery();

    private static bool HasDates(QuoteFilter filter) => filter.FromUtc is not null || filter.ToUtc is not null;

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private sealed record FacetFilter(QuoteFacetKind Kind, int Id, int Size);
}
