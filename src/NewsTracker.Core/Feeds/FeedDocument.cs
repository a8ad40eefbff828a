using System.Globalization;
using System.Xml;
using CodeHollow.FeedReader;
using NewsTracker.Core.Articles;

namespace NewsTracker.Core.Feeds;

// One item of a feed as the poller needs it: where its page is, and what the feed says about it (used when the
// page itself does not say).
public sealed record FeedEntry(string Link, string? Title, string? Author, DateTime? PublishedUtc);

// RSS 2.0, RSS 1.0 (RDF) and Atom, read by CodeHollow.FeedReader. A document declaring entities is refused before
// parsing: feeds have no need of them, and expanding them is how a hostile feed exhausts memory.
public static class FeedDocument
{
    public static (IReadOnlyList<FeedEntry> Entries, string? Error) Parse(string xml, string feedUrl)
    {
        if (xml.Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase))
        {
            return ([], "The feed declares XML entities, which NewsTracker does not read.");
        }

        CodeHollow.FeedReader.Feed feed;
        try
        {
            feed = FeedReader.ReadFromString(xml);
        }
        catch (Exception ex) when (ex is XmlException or FormatException or InvalidOperationException or ArgumentException
            or CodeHollow.FeedReader.Parser.FeedTypeNotSupportedException)
        {
            return ([], "The address does not hold a readable RSS or Atom feed (the XML is malformed or of another kind).");
        }

        var entries = new List<FeedEntry>();
        foreach (var item in feed.Items ?? [])
        {
            var link = Absolute(item.Link ?? item.Id, feedUrl);
            if (ArticleRules.NormalizeUrl(link) is not { } url)
            {
                continue;
            }

            entries.Add(new FeedEntry(url, Clean(item.Title), Clean(item.Author), Date(item.PublishingDate, item.PublishingDateString)));
        }

        return (entries.DistinctBy(e => e.Link).ToList(), null);
    }

    private static string? Absolute(string? link, string feedUrl) =>
        string.IsNullOrWhiteSpace(link) ? null
        : Uri.TryCreate(new Uri(feedUrl), link.Trim(), out var absolute) ? absolute.AbsoluteUri
        : null;

    private static DateTime? Date(DateTime? parsed, string? text) =>
        parsed is { } date ? DateTime.SpecifyKind(date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : date, DateTimeKind.Utc)
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var offset) ? offset.UtcDateTime
        : null;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
