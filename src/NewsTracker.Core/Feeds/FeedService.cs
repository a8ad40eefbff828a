using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;

namespace NewsTracker.Core.Feeds;

// The feeds an archive follows: registered by editors (page or CLI), listed with their health.
public sealed class FeedService(NewsDbContext db, AuditLog audit, FeedPollRequests pollRequests, TimeProvider clock, IOptions<FeedOptions> options)
{
    public async Task<FeedChange> AddAsync(string? url, string? outlet, int? pollMinutes, Editor editor, CancellationToken ct)
    {
        var (fields, errors) = Validate(url, outlet, pollMinutes);
        if (errors.Count > 0)
        {
            return new FeedChange(null, errors);
        }

        if (await FollowedAsync(fields.Url, exceptId: null, ct) is { } existing)
        {
            return existing;
        }

        var feed = new Feed { Url = fields.Url, Outlet = fields.Outlet, PollMinutes = fields.PollMinutes, CreatedUtc = clock.GetUtcNow().UtcDateTime };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Feeds.Add(feed);
        await db.SaveChangesAsync(ct);
        audit.Record(editor, "added feed", AuditEntities.Feed, feed.Id, $"Added the feed {feed.Url}", after: new { feed.Url, feed.Outlet, feed.PollMinutes });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new FeedChange(feed.Id, []);
    }

    // The feed as its edit form shows it, or null when there is no such feed.
    public async Task<FeedRow?> FindAsync(int id, CancellationToken ct) =>
        (await RowsAsync(db.Feeds.AsNoTracking().Where(f => f.Id == id), ct)).SingleOrDefault();

    // A new address, outlet or interval, checked as when the feed was added. A new address is a new feed to the poller:
    // the old one's validators (ETag, Last-Modified) no longer apply. Null when there is no such feed.
    public async Task<FeedChange?> UpdateAsync(int id, string? url, string? outlet, int? pollMinutes, Editor editor, CancellationToken ct)
    {
        if (await db.Feeds.FirstOrDefaultAsync(f => f.Id == id, ct) is not { } feed)
        {
            return null;
        }

        var (fields, errors) = Validate(url, outlet, pollMinutes);
        if (errors.Count > 0)
        {
            return new FeedChange(id, errors);
        }

        if (await FollowedAsync(fields.Url, exceptId: id, ct) is { } existing)
        {
            return existing;
        }

        var before = new { feed.Url, feed.Outlet, feed.PollMinutes };
        if (!string.Equals(feed.Url, fields.Url, StringComparison.Ordinal))
        {
            (feed.Url, feed.ETag, feed.LastModified) = (fields.Url, null, null);
        }

        (feed.Outlet, feed.PollMinutes) = (fields.Outlet, fields.PollMinutes);
        if (db.ChangeTracker.HasChanges())
        {
            audit.Record(editor, "edited feed", AuditEntities.Feed, id, $"Edited the feed {feed.Url}", before: before, after: new { feed.Url, feed.Outlet, feed.PollMinutes });
            await db.SaveChangesAsync(ct);
        }

        return new FeedChange(id, []);
    }

    // The one set of rules for a feed's fields, from the page and the CLI alike.
    private (FeedFields Fields, List<FieldError> Errors) Validate(string? url, string? outlet, int? pollMinutes)
    {
        var errors = new List<FieldError>();
        var normalized = ArticleRules.NormalizeUrl(url, out var tooLong);
        if (normalized is null)
        {
            errors.Add(new FieldError("url", tooLong ? ArticleRules.UrlTooLongMessage : "Give the feed's full address, starting with http:// or https://."));
        }

        var name = ArticleRules.Clean(outlet);
        if (name?.Length > Article.OutletMaxLength)
        {
            errors.Add(new FieldError("outlet", $"The outlet is longer than {Article.OutletMaxLength} characters."));
        }

        var minutes = pollMinutes ?? (int)Math.Round(options.Value.PollInterval.TotalMinutes);
        if (minutes is < Feed.MinPollMinutes or > Feed.MaxPollMinutes)
        {
            errors.Add(new FieldError("pollMinutes", $"Poll every {Feed.MinPollMinutes} to {Feed.MaxPollMinutes} minutes."));
        }

        return (new FeedFields(normalized ?? string.Empty, name, minutes), errors);
    }

    private async Task<FeedChange?> FollowedAsync(string url, int? exceptId, CancellationToken ct) =>
        await db.Feeds.AsNoTracking().Where(f => f.Url == url && f.Id != exceptId).Select(f => (int?)f.Id).FirstOrDefaultAsync(ct) is { } other
            ? new FeedChange(other, [new FieldError("url", $"This feed is already followed (feed {other}).")])
            : null;

    private sealed record FeedFields(string Url, string? Outlet, int PollMinutes);

    public async Task<bool> SetEnabledAsync(int id, bool enabled, Editor editor, CancellationToken ct)
    {
        if (await db.Feeds.FirstOrDefaultAsync(f => f.Id == id, ct) is not { } feed)
        {
            return false;
        }

        if (feed.Enabled != enabled)
        {
            feed.Enabled = enabled;
            audit.Record(editor, enabled ? "enabled feed" : "disabled feed", AuditEntities.Feed, id, $"{(enabled ? "Enabled" : "Disabled")} the feed {feed.Url}");
            await db.SaveChangesAsync(ct);
        }

        return true;
    }

    // "Poll now": the background poller of this instance wakes and polls the feed, due or not. A paused feed is not polled.
    public async Task<FeedPollRequest> RequestPollAsync(int id, CancellationToken ct)
    {
        var enabled = await db.Feeds.AsNoTracking().Where(f => f.Id == id).Select(f => (bool?)f.Enabled).FirstOrDefaultAsync(ct);
        if (enabled is not true)
        {
            return enabled is null ? FeedPollRequest.NoSuchFeed : FeedPollRequest.Paused;
        }

        pollRequests.Request(id);
        return FeedPollRequest.Requested;
    }

    // The feed and its list of settled items go; the articles it brought in stay.
    public async Task<bool> DeleteAsync(int id, Editor editor, CancellationToken ct)
    {
        if (await db.Feeds.FirstOrDefaultAsync(f => f.Id == id, ct) is not { } feed)
        {
            return false;
        }

        db.Feeds.Remove(feed);
        audit.Record(editor, "deleted feed", AuditEntities.Feed, id, $"Deleted the feed {feed.Url}", before: new { feed.Url, feed.Outlet, feed.ItemsAdded });
        await db.SaveChangesAsync(ct);
        return true;
    }

    public Task<IReadOnlyList<FeedRow>> ListAsync(CancellationToken ct) =>
        RowsAsync(db.Feeds.AsNoTracking().OrderBy(f => f.Outlet ?? f.Url).ThenBy(f => f.Id), ct);

    private async Task<IReadOnlyList<FeedRow>> RowsAsync(IQueryable<Feed> query, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var limits = options.Value;
        var feeds = await query.ToListAsync(ct);
        return feeds.Select(f => new FeedRow(
            f.Id, f.Url, f.Outlet, f.PollMinutes, f.Enabled, f.LastPolledUtc, f.LastNewItemUtc, f.ItemsAdded, f.ConsecutiveFailures, f.LastError,
            Failing: f.ConsecutiveFailures >= limits.FailuresBeforeFlag,
            Quiet: f.Enabled && (f.LastNewItemUtc ?? f.CreatedUtc) < now - limits.QuietAfter)).ToList();
    }
}

public enum FeedPollRequest
{
    Requested,
    Paused,
    NoSuchFeed,
}

public sealed record FeedChange(int? FeedId, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

// Failing: the last polls failed in a row; Quiet: nothing new for longer than Feeds:QuietAfter.
public sealed record FeedRow(
    int Id, string Url, string? Outlet, int PollMinutes, bool Enabled, DateTime? LastPolledUtc, DateTime? LastNewItemUtc, int ItemsAdded,
    int ConsecutiveFailures, string? LastError, bool Failing, bool Quiet);
