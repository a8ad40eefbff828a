using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Articles.FromUrl;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;

namespace NewsTracker.Core.Feeds;

// What one poll of one feed did: items added, skipped (seen before, already in the archive, refused), and failed
// (a page that did not answer: tried again next time), with a line for each thing worth saying.
public sealed record FeedPollReport(int FeedId, string Url, bool NotModified, int Added, int Skipped, int Failed, string? Error, IReadOnlyList<string> Lines);

// Polls due feeds: a conditional GET of the feed, then each new item's page fetched (a pause between pages of one
// host), read with SmartReader, and saved through the same validation, duplicate checks and audit as the form.
public sealed class FeedPoller(
    NewsDbContext db,
    FeedFetcher feeds,
    ArticlePageFetcher pages,
    ArticleReviewService articles,
    TimeProvider clock,
    IOptions<FeedOptions> options,
    ILogger<FeedPoller> logger)
{
    // Every enabled feed that is due, and those asked for now (`requested`) whenever they were last polled.
    public async Task<IReadOnlyList<FeedPollReport>> PollDueAsync(IReadOnlyCollection<int> requested, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = (await db.Feeds.AsNoTracking().Where(f => f.Enabled).ToListAsync(ct))
            .Where(f => f.IsDue(now) || requested.Contains(f.Id)).Select(f => f.Id).ToList();
        var reports = new List<FeedPollReport>();
        foreach (var id in due)
        {
            reports.Add((await PollAsync(id, ct))!);
        }

        return reports;
    }

    public async Task<FeedPollReport?> PollAsync(int feedId, CancellationToken ct)
    {
        if (await db.Feeds.FirstOrDefaultAsync(f => f.Id == feedId, ct) is not { } feed)
        {
            return null;
        }

        var fetched = await feeds.FetchAsync(feed, ct);
        feed.LastPolledUtc = clock.GetUtcNow().UtcDateTime;
        if (fetched.NotModified)
        {
            feed.ConsecutiveFailures = 0;
            feed.LastError = null;
            await db.SaveChangesAsync(ct);
            return new FeedPollReport(feed.Id, feed.Url, true, 0, 0, 0, null, ["Not modified since the last poll."]);
        }

        var (entries, parseError) = fetched.Xml is { } xml ? FeedDocument.Parse(xml, feed.Url) : ([], fetched.Error);
        if (parseError is not null)
        {
            feed.ConsecutiveFailures++;
            feed.LastError = Truncate(parseError, Feed.ErrorMaxLength);
            await db.SaveChangesAsync(ct);
            logger.LogWarning("Feed {FeedId} failed: {Reason}", feed.Id, LogText.Clean(parseError));
            return new FeedPollReport(feed.Id, feed.Url, false, 0, 0, 0, parseError, [parseError]);
        }

        var report = await ImportAsync(feed, entries, ct);
        feed.ETag = Truncate(fetched.ETag, Feed.ValidatorMaxLength);
        feed.LastModified = Truncate(fetched.LastModified, Feed.ValidatorMaxLength);
        feed.ConsecutiveFailures = 0;
        feed.LastError = null;
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Polled feed {FeedId}: {Added} added, {Skipped} skipped, {Failed} failed", feed.Id, report.Added, report.Skipped, report.Failed);
        return report;
    }

    private async Task<FeedPollReport> ImportAsync(Feed feed, IReadOnlyList<FeedEntry> entries, CancellationToken ct)
    {
        var links = entries.Select(e => e.Link).ToList();
        var settled = await db.FeedItems.AsNoTracking().Where(i => i.FeedId == feed.Id && links.Contains(i.Link)).Select(i => i.Link).ToListAsync(ct);
        var stored = await db.Articles.AsNoTracking().Where(a => a.Url != null && links.Contains(a.Url)).Select(a => new { a.Url, a.Id }).ToListAsync(ct);
        var storedIds = stored.ToDictionary(a => a.Url!, a => a.Id, StringComparer.Ordinal);
        var editor = new Editor(null, Truncate($"feed {feed.Outlet ?? feed.Url}", 200)!);
        int added = 0, skipped = 0, failed = 0;
        var lines = new List<string>();
        var lastFetch = new Dictionary<string, DateTime>(StringComparer.OrdinalIgnoreCase);

        // Oldest first, so the archive takes them in the order they were published.
        foreach (var entry in entries.Where(e => !settled.Contains(e.Link)).Reverse().Take(options.Value.MaxItemsPerPoll))
        {
            if (storedIds.TryGetValue(entry.Link, out var existing))
            {
                Settle(feed, entry.Link, FeedItemOutcome.Duplicate, existing, "Already in the archive.");
                skipped++;
                continue;
            }

            await PauseForHostAsync(entry.Link, lastFetch, ct);
            var page = await pages.FetchAsync(entry.Link, ct);
            if (page.Draft is not { } draft)
            {
                lines.Add($"{entry.Link}: {page.Error}");
                if (page.Passing)
                {
                    failed++;
                }
                else
                {
                    Settle(feed, entry.Link, FeedItemOutcome.Refused, null, page.Error);
                    skipped++;
                }

                continue;
            }

            var article = new NewArticle(
                draft.Title ?? entry.Title ?? string.Empty, draft.Body, feed.Outlet ?? draft.Outlet, entry.Link, draft.Author ?? entry.Author,
                draft.PublishedUtc ?? entry.PublishedUtc);
            var result = await articles.SaveAsync(article, [], editor, ct);
            switch (result.Status)
            {
                case AddArticleStatus.Added:
                    Settle(feed, entry.Link, FeedItemOutcome.Added, result.ArticleId, null);
                    added++;
                    feed.ItemsAdded++;
                    feed.LastNewItemUtc = clock.GetUtcNow().UtcDateTime;
                    lines.Add($"{entry.Link}: added as article {result.ArticleId} ({result.QuoteCount} quotes).");
                    break;
                case AddArticleStatus.Duplicate:
                    Settle(feed, entry.Link, FeedItemOutcome.Duplicate, result.DuplicateOfId, $"Already tracked: {result.DuplicateReason}.");
                    skipped++;
                    break;
                default:
                    var reason = string.Join(" ", result.Errors ?? []);
                    Settle(feed, entry.Link, FeedItemOutcome.Refused, null, reason);
                    lines.Add($"{entry.Link}: refused: {reason}");
                    skipped++;
                    break;
            }

            await db.SaveChangesAsync(ct);
        }

        skipped += entries.Count(e => settled.Contains(e.Link));
        return new FeedPollReport(feed.Id, feed.Url, false, added, skipped, failed, null, lines);
    }

    private void Settle(Feed feed, string link, FeedItemOutcome outcome, int? articleId, string? message) =>
        db.FeedItems.Add(new FeedItem
        {
            FeedId = feed.Id,
            Link = link,
            SeenUtc = clock.GetUtcNow().UtcDateTime,
            Outcome = outcome,
            ArticleId = articleId,
            Message = Truncate(message, FeedItem.MessageMaxLength),
        });

    // Feeds:PerHostDelay between two pages of one site, measured on the injected clock.
    private async Task PauseForHostAsync(string link, Dictionary<string, DateTime> lastFetch, CancellationToken ct)
    {
        var host = new Uri(link).Host;
        var now = clock.GetUtcNow().UtcDateTime;
        if (lastFetch.TryGetValue(host, out var last) && last + options.Value.PerHostDelay > now)
        {
            await Task.Delay(last + options.Value.PerHostDelay - now, clock, ct);
        }

        lastFetch[host] = clock.GetUtcNow().UtcDateTime;
    }

    private static string? Truncate(string? text, int max) => text is null || text.Length <= max ? text : text[..(max - 1)] + "…";
}
