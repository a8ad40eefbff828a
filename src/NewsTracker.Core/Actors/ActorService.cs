using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;

namespace NewsTracker.Core.Actors;

public sealed class ActorService(NewsDbContext db)
{
    // Most quoted first, ties newest first: the order of the (QuoteCount, Id) index, so a page reads only its own rows.
    public Task<PagedResult<SpeakerRow>> ListSpeakersAsync(SpeakerQuery query, CancellationToken ct) =>
        PageAsync(
            Matching(db.Actors.AsNoTracking().Where(a => a.QuoteCount > 0), query.Q),
            speakers => speakers.OrderByDescending(a => a.QuoteCount).ThenByDescending(a => a.Id),
            a => new SpeakerRow(
                a.Id,
                a.Slug,
                a.Name,
                a.Role,
                a.Affiliation == null ? null : a.Affiliation.Name,
                a.QuoteCount),
            query.Page,
            query.PageSize,
            ct);

    // No index serves the sum; SQLite keeps only the rows up to the page while it sorts, cheap at thousands of actors.
    public Task<PagedResult<ActorRow>> ListAsync(ActorQuery query, CancellationToken ct)
    {
        var actors = Matching(db.Actors.AsNoTracking(), query.Q);
        if (query.Kind is { } kind)
        {
            actors = actors.Where(a => a.Kind == kind);
        }

        return PageAsync(
            actors,
            matching => matching.OrderByDescending(a => a.QuoteCount + a.MentionCount).ThenBy(a => a.Name).ThenBy(a => a.Id),
            a => new ActorRow(
                a.Id,
                a.Slug,
                a.Name,
                a.Kind,
                a.Role,
                a.Affiliation == null ? null : a.Affiliation.Name,
                a.QuoteCount,
                a.MentionCount),
            query.Page,
            query.PageSize,
            ct);
    }

    public Task<ActorDetails?> GetAsync(string idOrSlug, CancellationToken ct)
    {
        return db.Actors.AsNoTracking().ByIdOrSlug(idOrSlug)
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
                a.QuotesSpoken.Where(q => q.ReportedUtc >= ReportedDate.EarliestDated).Min(q => (DateTime?)q.ReportedUtc),
                a.QuotesSpoken.Where(q => q.ReportedUtc >= ReportedDate.EarliestDated).Max(q => (DateTime?)q.ReportedUtc),
                a.Roles.OrderBy(r => r.From).ThenBy(r => r.Id)
                    .Select(r => new ActorRoleView(r.Id, r.Title, r.Affiliation == null ? null : new ActorLink(r.Affiliation.Id, r.Affiliation.Slug, r.Affiliation.Name), r.From, r.To))
                    .ToList()))
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct);
    }

    // The current slug of the actor that had this one before a rename or a merge, so old links still arrive.
    public Task<string?> CurrentSlugAsync(string formerSlug, CancellationToken ct) =>
        db.ActorFormerSlugs.AsNoTracking()
            .Where(s => s.Slug == formerSlug)
            .Join(db.Actors, s => s.ActorId, a => a.Id, (s, a) => a.Slug)
            .FirstOrDefaultAsync(ct);

    // Counting stops at Paging.CountCap, and so do the pages (as for quotes): a page past the end is empty without
    // asking the database for it. Ordered before the projection: EF cannot translate ordering by a record's members.
    private static async Task<PagedResult<TRow>> PageAsync<TRow>(
        IQueryable<Actor> matching,
        Func<IQueryable<Actor>, IOrderedQueryable<Actor>> order,
        Expression<Func<Actor, TRow>> row,
        int page,
        int pageSize,
        CancellationToken ct)
    {
        page = Paging.ClampPage(page);
        pageSize = pageSize < 1 ? ActorQuery.DefaultPageSize : Math.Min(pageSize, Paging.MaxPageSize);
        var counted = await matching.Take(Paging.CountCap + 1).CountAsync(ct);
        var total = Math.Min(counted, Paging.CountCap);
        var skip = (page - 1) * pageSize;
        List<TRow> items = skip >= total
            ? []
            : await order(matching).Skip(skip).Take(Math.Min(pageSize, total - skip)).Select(row).ToListAsync(ct);
        return new PagedResult<TRow>(items, total, page, pageSize, counted > Paging.CountCap);
    }

    // The start of the name, of any word in it, or of any alias or a word in one: "% stolt%" against " " + the
    // name. Hyphens and apostrophes part words on both sides, so "yves" finds "Jean-Yves" and "brien" "O'Brien".
    // SQLite's LIKE folds case for ASCII letters only: "élysée" finds "Élysée" only when typed with the capital.
    // Names almost always start with an ASCII capital, so lower-case typing works; a Unicode fold would need a
    // collation of our own (or a stored folded column).
    private static IQueryable<Actor> Matching(IQueryable<Actor> actors, string? q)
    {
        if (WordPrefix.Pattern(q, '-', '\'') is not { } pattern)
        {
            return actors;
        }

        return actors.Where(a =>
            EF.Functions.Like((" " + a.Name).Replace("-", " ").Replace("'", " "), pattern, WordPrefix.Escape)
            || a.Aliases.Any(x => EF.Functions.Like((" " + x.Text).Replace("-", " ").Replace("'", " "), pattern, WordPrefix.Escape)));
    }
}
