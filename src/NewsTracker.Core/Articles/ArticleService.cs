using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsTracker.Core.Archive;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Articles;

public sealed class ArticleService(
    NewsDbContext db,
    QuoteExtractor extractor,
    CatalogueCache catalogue,
    ArchiveWriter writer,
    ILogger<ArticleService> logger)
{
    public async Task<AddArticleResult> AddAsync(NewArticle input, CancellationToken ct)
    {
        var prepared = PreparedArticle.Prepare(input, extractor, await catalogue.GetAsync(db, ct));
        if (prepared.Refused is { } refused)
        {
            return refused;
        }

        WriteResult written;
        try
        {
            written = await writer.WriteAsync([prepared], ct);
        }
        catch (DbException ex)
        {
            // The unique indexes are the backstop when another process saves the same story at once.
            logger.LogWarning(ex, "Saving article {Title} failed; checking for a concurrent duplicate", LogText.Clean(input.Title));
            return await FindExistingAsync(prepared.Url, prepared.ContentHash!, ct)
                ?? throw new InvalidOperationException("The article could not be saved.", ex);
        }

        if (written.CreatedActors)
        {
            catalogue.Invalidate();
        }

        var result = written.Results[0];
        if (result.Status == AddArticleStatus.Added)
        {
            logger.LogInformation("Added article {ArticleId} {Title} with {QuoteCount} quotes", result.ArticleId, LogText.Clean(input.Title), result.QuoteCount);
        }

        return result;
    }

    public async Task<ArticleDuplicate?> FindDuplicateAsync(string? url, string body, CancellationToken ct)
    {
        var normalizedUrl = ArticleRules.NormalizeUrl(url);
        var extraction = extractor.Extract(body, await catalogue.GetAsync(db, ct));
        var result = await FindExistingAsync(normalizedUrl, TextFingerprint.Hash(extraction.CleanBody), ct);
        return result is null ? null : new ArticleDuplicate(result.DuplicateOfId!.Value, result.DuplicateReason!);
    }

    public Task<ArticleDetails?> GetAsync(int id, CancellationToken ct) =>
        db.Articles.AsNoTracking()
            .Where(a => a.Id == id)
            .Select(a => new ArticleDetails(
                a.Id,
                a.Title,
                a.Outlet,
                a.Url,
                a.Author,
                a.PublishedUtc,
                a.AddedUtc,
                a.CleanBody,
                a.Topics.OrderBy(t => t.Name).Select(t => new TopicRef(t.Id, t.Slug, t.Name)).ToList(),
                a.Quotes.OrderBy(q => q.StartOffset).Select(q => new ArticleQuote(
                    q.Id,
                    q.Text,
                    q.Kind,
                    q.Speaker == null ? null : new SpeakerRef(q.Speaker.Id, q.Speaker.Slug, q.Speaker.Name),
                    q.SpeakerAsWritten,
                    q.StartOffset,
                    q.EndOffset,
                    q.Confidence,
                    q.AttributionRule,
                    q.StatementId,
                    q.Statement.ArticleCount,
                    q.Actors.OrderBy(x => x.Name).ThenBy(x => x.Id).Select(x => new ActorLink(x.Id, x.Slug, x.Name)).ToList(),
                    q.Topics.OrderBy(t => t.Name).Select(t => new TopicRef(t.Id, t.Slug, t.Name)).ToList())).ToList()))
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct);

    // Newest first, the order of the (ReportedUtc, Id) index: an unfiltered page reads only its own rows. Counting
    // stops at Paging.CountCap and so do the pages (as for quotes); a page past the end is not asked for.
    // Q matches the start of any word of the title or the outlet: "% q%" against " " + the text, with hyphens and
    // quotation marks parting words on both sides (“We… starts a word). SQLite's LIKE folds case for ASCII letters
    // only: "élysée" does not find "Élysée". A leading wildcard can use no index, so a search reads every article's
    // title and outlet once, collecting the matching ids; a few matches are then fetched by id, while many are dense
    // enough that walking the date index meets a page of them soon.
    public async Task<PagedResult<ArticleRow>> ListAsync(ArticleQuery query, CancellationToken ct)
    {
        const int FewMatches = 1_000;
        var page = Paging.ClampPage(query.Page);
        var pageSize = query.PageSize < 1 ? ArticleQuery.DefaultPageSize : Math.Min(query.PageSize, Paging.MaxPageSize);
        var articles = db.Articles.AsNoTracking();
        int counted;
        if (WordPrefix.Pattern(query.Q, '-', '\'', '"', '“', '‘') is { } pattern)
        {
            var matching = articles.Where(a =>
                EF.Functions.Like((" " + a.Title).Replace("-", " ").Replace("'", " ").Replace("\"", " ").Replace("“", " ").Replace("‘", " "), pattern, WordPrefix.Escape)
                || EF.Functions.Like(" " + a.Outlet, pattern, WordPrefix.Escape));
            var ids = await matching.Select(a => a.Id).Take(Paging.CountCap + 1).ToListAsync(ct);
            counted = ids.Count;
            articles = counted <= FewMatches ? articles.Where(a => ids.Contains(a.Id)) : matching;
        }
        else
        {
            counted = await articles.Take(Paging.CountCap + 1).CountAsync(ct);
        }

        var total = Math.Min(counted, Paging.CountCap);
        var skip = (page - 1) * pageSize;
        List<ArticleRow> items = skip >= total
            ? []
            : await articles
                .OrderByDescending(a => a.ReportedUtc)
                .ThenByDescending(a => a.Id)
                .Skip(skip)
                .Take(Math.Min(pageSize, total - skip))
                .Select(a => new ArticleRow(a.Id, a.Title, a.Outlet, a.Url, a.PublishedUtc, a.AddedUtc, a.QuoteCount))
                .ToListAsync(ct);
        return new PagedResult<ArticleRow>(items, total, page, pageSize, counted > Paging.CountCap);
    }

    private async Task<AddArticleResult?> FindExistingAsync(string? url, string hash, CancellationToken ct)
    {
        if (url is not null)
        {
            var byUrl = await db.Articles.AsNoTracking().Where(a => a.Url == url).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
            if (byUrl is { } urlId)
            {
                return new AddArticleResult(AddArticleStatus.Duplicate, DuplicateOfId: urlId, DuplicateReason: "the same URL");
            }
        }

        var byText = await db.Articles.AsNoTracking().Where(a => a.ContentHash == hash).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
        return byText is { } textId
            ? new AddArticleResult(AddArticleStatus.Duplicate, DuplicateOfId: textId, DuplicateReason: "the same text")
            : null;
    }
}
