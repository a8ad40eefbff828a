namespace NewsTracker.Core.Feeds;

// The "Feeds" configuration section.
public sealed class FeedOptions
{
    public const string Section = "Feeds";

    // How often the background poller wakes up, and the poll interval a new feed gets unless it says otherwise.
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(15);

    // A feed with no new item for this long is flagged as quiet on /Feeds.
    public TimeSpan QuietAfter { get; set; } = TimeSpan.FromDays(2);

    // Polls failing in a row before a feed is flagged as failing.
    public int FailuresBeforeFlag { get; set; } = 3;

    // The pause between two page fetches from one host, so a feed's site is not hammered.
    public TimeSpan PerHostDelay { get; set; } = TimeSpan.FromSeconds(1);

    public int MaxItemsPerPoll { get; set; } = 30;

    public long MaxFeedBytes { get; set; } = 5 * 1024 * 1024;

    public int TimeoutSeconds { get; set; } = 20;

    public bool RunInBackground { get; set; } = true;
}
