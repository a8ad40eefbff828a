using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;

namespace NewsTracker.Core.Feeds;

// The feeds an archive follows: registered by editors (page or CLI), listed with their health.
public sealed class FeedService(NewsDbContext db, AuditLog audit, TimeProvider clock, IOptions<FeedOptions> options)
{
    public async Task<FeedChange> AddAsync(string? url, string? outlet, int? pollMinutes, Editor editor, CancellationToken ct)
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

        if (errors.Count > 0)
        {
            return new FeedChange(null, errors);
        }

        if (await db.Feeds.AsNoTracking().FirstOrDefaultAsync(f => f.Url == normalized, ct) is { } existing)
        {
            return new FeedChange(existing.Id, [new FieldError("url", $"This feed is already followed (feed {existing.Id}).")]);
        }

        var feed = new Feed { Url = normalized!, Outlet = name, PollMinutes = minutes, CreatedUtc = clock.GetUtcNow().UtcDateTime };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Feeds.Add(feed);
        await db.SaveChangesAsync(ct);
        audit.Record(editor, "added feed", AuditEntities.Feed, feed.Id, $"Added the feed {feed.Url}", after: new { feed.Url, feed.Outlet, feed.PollMinutes });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new FeedChange(feed.Id, []);
    }

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

    public async Task<IReadOnlyList<FeedRow>> ListAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var limits = options.Value;
        var feeds = await db.Feeds.AsNoTracking().OrderBy(f => f.Outlet ?? f.Url).ThenBy(f => f.Id).ToListAsync(ct);
        return feeds.Select(f => new FeedRow(
            f.Id, f.Url, f.Outlet, f.PollMinutes, f.Enabled, f.LastPolledUtc, f.LastNewItemUtc, f.ItemsAdded, f.ConsecutiveFailures, f.LastError,
            Failing: f.ConsecutiveFailures >= limits.FailuresBeforeFlag,
            Quiet: f.Enabled && (f.LastNewItemUtc ?? f.CreatedUtc) < now - limits.QuietAfter)).ToList();
    }
}

public sealed record FeedChange(int? FeedId, IReadOnlyList<FieldError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

// Failing: the last polls failed in a row; Quiet: nothing new for longer than Feeds:QuietAfter.
public sealed record FeedRow(
    int Id, string Url, string? Outlet, int PollMinutes, bool Enabled, DateTime? LastPolledUtc, DateTime? LastNewItemUtc, int ItemsAdded,
    int ConsecutiveFailures, string? LastError, bool Failing, bool Quiet);
