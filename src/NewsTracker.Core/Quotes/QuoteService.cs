using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;
using NewsTracker.Core.Search;

namespace NewsTracker.Core.Quotes;

// Quote lists newest first. A speaker, actor or topic filter reads that facet's index range (QuoteFacets),
// driven by whichever chosen facet holds the fewest quotes, and checks the other filters on each row it meets,
// so a page costs about its own length however large the archive; counts stop at Paging.CountCap.
public sealed partial class QuoteService(NewsDbContext db, IDatabaseDialect dialect, FilterNames names)
{
    // A search matching more quotes than this walks the date index until its page is full (sorting tens of
    // thousands of matches by date costs more), and by text alone it is counted from its full-text matches
    // (reports, not statements: a reprint counts twice); narrower searches sort and count their matches exactly.
    private const int BroadSearch = 2_000;

    public async Task<PagedResult<QuoteRow>> SearchAsync(QuoteFilter filter, CancellationToken ct) =>
        (await FindAsync(filter, ct)).Quotes;

    // The page of quotes, with what the search box was read as (a note when its syntax fell back to plain words).
    public async Task<QuoteSearchResult> FindAsync(QuoteFilter filter, CancellationToken ct)
    {
        var pageSize = Paging.ClampPageSize(filter.PageSize);
        var page = Math.Min(Paging.ClampPage(filter.Page), Math.Max(1, Paging.CountCap / pageSize));
        var query = await ReadSearchAsync(filter.Text, ct);
        (var facets, var unknown, filter) = await ResolveAsync(filter, ct);
        if (facets is null)
        {
            return new QuoteSearchResult(new PagedResult<QuoteRow>([], 0, page, pageSize), query) { Unknown = unknown };
        }

        var hits = query.IsEmpty ? 0 : await CountHitsAsync(query, ct);
        var matching = Matching(filter, query, facets, broadText: hits > BroadSearch);
        List<int> ids;
        int counted;
        var cap = Paging.CountCap;
        var countedAhead = false;
        if (filter.Sort == QuoteSort.Relevance && !query.IsEmpty)
        {
            var ranked = await RankedAsync(matching, query, ct);
            counted = ranked.Count;
            ids = ranked.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        }
        else
        {
            // A common word's page walks the date order until it is full, but its count starts from the word's
            // matches: walking the dates to count would read most of the archive when another filter is rare. A word
            // naming a topic matches every quote tagged with it: dense enough to count by walking, where gathering
            // its matches would not be.
            // Counted that way beside another filter, each row of the walk is tested for the word and the tag, and
            // reads its quote: where the two are sparse together, a thousand matches read ten thousand or more
            // quotes from all over the archive. Such a list counts only one quote past the page, enough to offer the
            // next (Paging.WalkedCountCap at most), and counts further as the reader pages on.
            var broad = hits > BroadSearch;
            var onlyText = broad && facets.Count == 0 && filter is { Kind: null, FromUtc: null, ToUtc: null, AfterId: null };
            var walked = broad && !onlyText && query.TaggedTopics.Count > 0;
            if (walked)
            {
                page = Math.Min(page, Math.Max(1, Paging.WalkedCountCap / pageSize));
                cap = Math.Min(Paging.WalkedCountCap, (page * pageSize) + 1);
                countedAhead = cap < Paging.WalkedCountCap;

                // One walk gives the count and the page: the ids up to the cap are a few thousand bytes, and a second
                // walk would gather the word's matches (the engine's set of them) again.
                var walkedIds = await matching.Take(cap + 1).ToListAsync(ct);
                counted = walkedIds.Count;
                ids = walkedIds.Skip((page - 1) * pageSize).Take(pageSize).ToList();
            }
            else
            {
                counted = onlyText
                    ? hits
                    : EveryStatement(filter, query, facets)
                        ? await db.Statements.Take(cap + 1).CountAsync(ct)
                        : await CountAsync(filter, query, facets, broad ? null : matching, cap, ct);
                ids = await matching.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
            }
        }

        var rows = await Project(db.Quotes.AsNoTracking().Where(q => ids.Contains(q.Id))).ToListAsync(ct);
        var items = rows.OrderBy(r => ids.IndexOf(r.Id)).ToList();
        return new QuoteSearchResult(
            new PagedResult<QuoteRow>(items, Math.Min(counted, cap), page, pageSize, counted > cap), query)
        {
            CountedAhead = countedAhead && counted > cap,
        };
    }

    // The search box read as a query, a topic's name or keyword also matching the quotes tagged with that topic.
    public async Task<SearchQuery> ReadSearchAsync(string? text, CancellationToken ct)
    {
        var query = SearchQuery.Parse(text);
        if (query.IsEmpty)
        {
            return query;
        }

        var topics = await db.Topics.AsNoTracking().Select(t => new { t.Id, t.Name, t.Keywords, t.Phrases }).ToListAsync(ct);
        var named = topics
            .SelectMany(t => t.Keywords.Concat(t.Phrases).Append(t.Name).Select(k => (Key: string.Join(' ', SearchQuery.Words(k)), t.Id)))
            .Where(k => k.Key.Length > 0)
            .ToLookup(k => k.Key, k => k.Id, StringComparer.Ordinal);
        return query.WithTopics(text => named[text].Distinct().ToList());
    }

    // The home page: the newest statements, each once however many articles carried it.
    public async Task<List<QuoteRow>> LatestAsync(int take, CancellationToken ct)
    {
        var ids = await Matching(new QuoteFilter(OnePerStatement: true), SearchQuery.Empty, [], broadText: false)
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
        if (!HasDates(filter))
        {
            return 0;
        }

        (var facets, _, filter) = await ResolveAsync(filter, ct);
        if (facets is null)
        {
            return 0;
        }

        var undated = filter with { FromUtc = null, ToUtc = null, Page = 1 };
        var query = await ReadSearchAsync(filter.Text, ct);
        var quotes = WithOnePerStatement(Narrow(db.Quotes.AsNoTracking(), undated, query, facets, broadText: false), undated, facets);
        return await quotes.Where(q => q.ReportedUtc == ReportedDate.Undated).Take(Paging.CountCap).CountAsync(ct);
    }

    // The filters that name nothing in the archive ("No speaker called “X”."): checked before an export starts,
    // which cannot answer 400 once its first row is out.
    public async Task<IReadOnlyList<FieldError>> UnknownFiltersAsync(QuoteFilter filter, CancellationToken ct) =>
        (await ResolveAsync(filter, ct)).Unknown;

    // The search's matches up to the cap. A search naming a topic matches at least the quotes tagged with it, and
    // their count is stored: a common topic is known to be over the cap without gathering every match.
    private async Task<int> CountHitsAsync(SearchQuery query, CancellationToken ct)
    {
        var topics = query.TaggedTopics;
        if (topics.Count > 0 && await db.Topics.AnyAsync(t => topics.Contains(t.Id) && t.QuoteCount > Paging.CountCap, ct))
        {
            return Paging.CountCap + 1;
        }

        return await dialect.MatchingQuoteIds(db, query).Take(Paging.CountCap + 1).CountAsync(ct);
    }

    // The matches up to the cap. Through a facet, one quote per statement, the rows whose statement was reported once
    // always count and are read from the facet index alone: a speaker with thousands of them is past the cap before
    // any row's later reports are looked up (each such lookup reads the quotes table at random).
    private async Task<int> CountAsync(
        QuoteFilter filter, SearchQuery query, IReadOnlyList<FacetFilter> facets, IQueryable<int>? matching, int cap, CancellationToken ct)
    {
        if (filter.OnePerStatement && facets.Count > 0)
        {
            var reportedOnce = await Matching(filter, query, facets, broadText: false, ordered: false, reportedOnce: true)
                .Take(cap + 1).CountAsync(ct);
            if (reportedOnce > cap)
            {
                return reportedOnce;
            }
        }

        return await (matching ?? Matching(filter, query, facets, broadText: false, ordered: false)).Take(cap + 1).CountAsync(ct);
    }

    public Task<QuoteRow?> GetAsync(int id, CancellationToken ct) =>
        Project(db.Quotes.AsNoTracking().Where(q => q.Id == id)).FirstOrDefaultAsync(ct);

    // Ranked among the newest Paging.CountCap matches: the engine's bm25, ties (and quotes matched only by a word's
    // stem or a topic's tag) newest first.
    private async Task<List<int>> RankedAsync(IQueryable<int> matching, SearchQuery query, CancellationToken ct)
    {
        var candidates = await matching.Take(Paging.CountCap).ToListAsync(ct);
        var ranks = await dialect.RanksAsync(db, query, candidates, ct);
        return candidates.Select((id, order) => (id, order))
            .OrderBy(c => ranks.TryGetValue(c.id, out var rank) ? rank : double.MaxValue).ThenBy(c => c.order)
            .Select(c => c.id).ToList();
    }

    // Ids of the matching quotes, newest first (in no order, for a count); through a facet, only those whose statement
    // was reported once when asked (see CountAsync).
    private IQueryable<int> Matching(
        QuoteFilter filter, SearchQuery query, IReadOnlyList<FacetFilter> facets, bool broadText, bool ordered = true, bool reportedOnce = false)
    {
        if (facets.Count == 0)
        {
            var matches = WithOnePerStatement(Narrow(db.Quotes.AsNoTracking(), filter, query, [], broadText), filter, facets);
            return ordered
                ? matches.OrderByDescending(q => q.ReportedUtc).ThenByDescending(q => q.Id).Select(q => q.Id)
                : matches.Select(q => q.Id);
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

        if (filter.AfterId is { } afterId)
        {
            range = range.Where(f => f.QuoteId > afterId);
        }

        if (filter.Kind is { } quoteKind)
        {
            range = range.Where(f => f.QuoteKind == quoteKind);
        }

        // The words are checked on the facet row itself, so only its matches read their quote; a topic the words
        // name is one probe of the filter index per row (see Narrow).
        if (!query.IsEmpty && broadText)
        {
            range = range.Where(dialect.BroadMatch(db, query).On<QuoteFacet>(f => f.QuoteId));
        }
        else if (!query.IsEmpty)
        {
            var ids = dialect.MatchingQuoteIds(db, query);
            range = range.Where(f => ids.Contains(f.QuoteId));
        }

        // The row's quote is read only for a filter the row cannot answer (dates, kind and the cursor are on it already).
        var rows = range;
        if (facets.Count > 1 || filter is not { AffiliationId: null, MinConfidence: null } || Clean(filter.Outlet) is not null)
        {
            var quotes = Narrow(db.Quotes, filter with { Kind = null }, SearchQuery.Empty, facets.Skip(1), broadText: false);
            rows = rows.Where(f => quotes.Any(q => q.Id == f.QuoteId));
        }

        // One per statement, tested on the row's own copy of its statement: one probe of the statement's later reports,
        // made only for a row whose statement was reported more than once.
        if (reportedOnce)
        {
            rows = rows.Where(f => !f.Repeated);
        }
        else if (filter.OnePerStatement)
        {
            var passing = Narrow(db.Quotes, filter, SearchQuery.Empty, facets, broadText: false);
            rows = rows.Where(f => !f.Repeated || !passing.Any(later => later.StatementId == f.StatementId && later.Id > f.QuoteId));
        }

        return ordered
            ? rows.OrderByDescending(f => f.ReportedUtc).ThenByDescending(f => f.QuoteId).Select(f => f.QuoteId)
            : rows.Select(f => f.QuoteId);
    }

    // A quote stays unless a later report of its statement also passes the filters (text aside: reports of one
    // statement share their words), so a filter that matches only an excerpt still lists the statement.
    private IQueryable<Quote> WithOnePerStatement(IQueryable<Quote> quotes, QuoteFilter filter, IReadOnlyList<FacetFilter> facets)
    {
        if (!filter.OnePerStatement)
        {
            return quotes;
        }

        var passing = Narrow(db.Quotes, filter, SearchQuery.Empty, facets, broadText: false);
        return quotes.Where(q => !passing.Any(later => later.StatementId == q.StatementId && later.Id > q.Id));
    }

    private IQueryable<Quote> Narrow(IQueryable<Quote> query, QuoteFilter filter, SearchQuery search, IEnumerable<FacetFilter> facets, bool broadText)
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

        if (Clean(filter.Outlet) is { } outlet)
        {
            var lower = outlet.ToLowerInvariant();
            query = query.Where(q => q.Article.Outlet != null && q.Article.Outlet.ToLower() == lower);
        }

        // Anyone speaking for the actor, and the actor itself as a speaker ("Washington said").
        if (filter.AffiliationId is { } affiliation)
        {
            query = query.Where(q => q.SpeakerId == affiliation || q.Speaker!.AffiliationId == affiliation);
        }

        if (filter.MinConfidence is { } confidence)
        {
            query = query.Where(q => q.Confidence >= confidence);
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

        if (filter.AfterId is { } afterId)
        {
            query = query.Where(q => q.Id > afterId);
        }

        // Walking the dates, each row is tested on its own (see IDatabaseDialect.BroadMatch).
        if (!search.IsEmpty && broadText)
        {
            query = query.Where(dialect.BroadMatch(db, search).On<Quote>(q => q.Id));
        }
        else if (!search.IsEmpty)
        {
            var ids = dialect.MatchingQuoteIds(db, search);
            query = query.Where(q => ids.Contains(q.Id));
        }

        return query;
    }

    // The speaker, actor and topic of the filter as facet rows, fewest quotes first; null, with what was not
    // found, when one names nothing.
    // The filter comes back with its affiliation resolved to an actor id.
    private async Task<(IReadOnlyList<FacetFilter>? Facets, IReadOnlyList<FieldError> Unknown, QuoteFilter Filter)> ResolveAsync(
        QuoteFilter filter, CancellationToken ct)
    {
        var facets = new List<FacetFilter>();
        var unknown = new List<FieldError>();
        if (Clean(filter.Speaker) is { } speaker)
        {
            if (await names.ActorAsync(speaker, asSpeaker: true, ct) is { } found)
            {
                facets.Add(new FacetFilter(QuoteFacetKind.Speaker, found.Id, found.QuoteCount));
            }
            else
            {
                unknown.Add(new FieldError("speaker", $"No speaker called “{speaker}”."));
            }
        }

        if (Clean(filter.Actor) is { } actor)
        {
            // Quotes the actor said or was named in, and its people's: its own counts are a floor of that.
            if (await names.ActorAsync(actor, asSpeaker: false, ct) is { } found)
            {
                facets.Add(new FacetFilter(QuoteFacetKind.Actor, found.Id, found.QuoteCount + found.MentionCount));
            }
            else
            {
                unknown.Add(new FieldError("actor", $"No actor called “{actor}”."));
            }
        }

        if (Clean(filter.Topic) is { } topic)
        {
            if (await names.TopicAsync(topic, ct) is { } found)
            {
                facets.Add(new FacetFilter(QuoteFacetKind.Topic, found.Id, found.QuoteCount));
            }
            else
            {
                unknown.Add(new FieldError("topic", $"No topic called “{topic}”."));
            }
        }

        if (Clean(filter.Affiliation) is { } affiliation)
        {
            if (await names.ActorAsync(affiliation, asSpeaker: false, ct) is { } found)
            {
                filter = filter with { AffiliationId = found.Id };
            }
            else
            {
                unknown.Add(new FieldError("affiliation", $"No actor called “{affiliation}”."));
            }
        }

        return unknown.Count > 0 ? (null, unknown, filter) : (facets.OrderBy(f => f.Size).ToList(), [], filter);
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
                q.Statement.ArticleCount,
                q.Statement.FirstReportedUtc,
                q.Speaker == null && q.SourceDescription != null ? new QuoteSource(q.SourceDescription, q.SourceAffiliation) : null))
            .AsSplitQuery();

    private static bool HasDates(QuoteFilter filter) => filter.FromUtc is not null || filter.ToUtc is not null;

    // The whole archive, one quote per statement: as many as there are statements (none is kept without a report),
    // counted from their key instead of walking the quotes and testing each for a later report.
    private static bool EveryStatement(QuoteFilter filter, SearchQuery query, IReadOnlyList<FacetFilter> facets) =>
        facets.Count == 0 && query.IsEmpty && Clean(filter.Outlet) is null
        && filter is { OnePerStatement: true, Kind: null, FromUtc: null, ToUtc: null, AffiliationId: null, MinConfidence: null, AfterId: null };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private sealed record FacetFilter(QuoteFacetKind Kind, int Id, int Size);
}
