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

    public async Task<PagedResult<ArticleRow>> ListAsync(int page, int pageSize, CancellationToken ct)
    {
        page = Paging.ClampPage(page);
        pageSize = Paging.ClampPageSize(pageSize);
        var total = await db.Articles.CountAsync(ct);
        var items = await db.Articles.AsNoTracking()
            .OrderByDescending(a => a.ReportedUtc)
            .ThenByDescending(a => a.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(a => new ArticleRow(a.Id, a.Title, a.Outlet, a.Url, a.PublishedUtc, a.AddedUtc, a.QuoteCount))
            .ToListAsync(ct);
        return new PagedResult<ArticleRow>(items, total, page, pageSize);
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
