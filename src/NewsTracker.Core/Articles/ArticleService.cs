using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Articles;

public sealed class ArticleService(
    NewsDbContext db,
    QuoteExtractor extractor,
    CatalogueCache catalogue,
    QuoteLinker linker,
    TimeProvider clock,
    ILogger<ArticleService> logger)
{
    public async Task<AddArticleResult> AddAsync(NewArticle input, CancellationToken ct)
    {
        var errors = ArticleRules.Validate(input);
        if (errors.Count > 0)
        {
            return new AddArticleResult(AddArticleStatus.Invalid, Errors: errors);
        }

        var url = ArticleRules.NormalizeUrl(input.Url);
        // The title as well as the body, as the evaluator and the CLI run it and as re-tagging runs it again.
        var extraction = extractor.Extract(input.Body, await catalogue.GetAsync(db, ct), input.Title);
        if (string.IsNullOrWhiteSpace(extraction.CleanBody))
        {
            return AddArticleResult.Invalid("The body has no text left once page furniture is removed.");
        }

        var hash = TextFingerprint.Hash(extraction.CleanBody);
        if (await FindExistingAsync(url, hash, ct) is { } duplicate)
        {
            return duplicate;
        }

        var article = new Article
        {
            Title = input.Title.Trim(),
            Outlet = ArticleRules.Clean(input.Outlet),
            Url = url,
            Author = ArticleRules.Clean(input.Author),
            PublishedUtc = input.PublishedUtc is { } published ? DateTime.SpecifyKind(published, DateTimeKind.Utc) : null,
            AddedUtc = clock.GetUtcNow().UtcDateTime,
            RawBody = input.Body,
            CleanBody = extraction.CleanBody,
            ContentHash = hash,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await linker.LinkAsync(article, extraction, ct);
        db.Articles.Add(article);
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException ex)
        {
            // The unique indexes are the backstop when two editors save the same story at once.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            logger.LogWarning(ex, "Saving article {Title} failed; checking for a concurrent duplicate", article.Title);
            return await FindExistingAsync(url, hash, ct) ?? throw new InvalidOperationException("The article could not be saved.", ex);
        }
        finally
        {
            if (linker.CreatedActors)
            {
                catalogue.Invalidate();
            }
        }

        logger.LogInformation("Added article {ArticleId} {Title} with {QuoteCount} quotes", article.Id, article.Title, article.Quotes.Count);
        return new AddArticleResult(AddArticleStatus.Added, article.Id, QuoteCount: article.Quotes.Count);
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
                    // Articles, not quotes: one article can report a statement twice (a fragment and its reported clause).
                    q.Statement.Reports.Select(r => r.ArticleId).Distinct().Count(),
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
            .OrderByDescending(a => a.PublishedUtc ?? a.AddedUtc)
            .ThenByDescending(a => a.Id)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(a => new ArticleRow(a.Id, a.Title, a.Outlet, a.Url, a.PublishedUtc, a.AddedUtc, a.Quotes.Count))
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
