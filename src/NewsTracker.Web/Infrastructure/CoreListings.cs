using System.Globalization;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Common;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Topics;

namespace NewsTracker.Web.Infrastructure;

// TEMPORARY, until Core fixes item 1 of docs/notes/web-needs-core.md: ActorService.ListSpeakersAsync,
// ActorService.ListAsync and TopicService.ListAsync order after projecting into a record, which EF Core
// cannot translate, so they throw. Every list goes through here: the Core method first, and only when it
// fails, the same list rebuilt from Core methods that work (GetAsync, SearchAsync). Delete this class and
// call the services directly once the Core methods list again.
public sealed class CoreListings(ActorService actors, TopicService topics, QuoteService quotes, ILogger<CoreListings> logger)
{
    // Ids are dense (nothing is ever deleted), so a run of misses means the end of the table.
    private const int MissesBeforeEnd = 5;

    public async Task<IReadOnlyList<SpeakerRow>> SpeakersAsync(CancellationToken ct)
    {
        try
        {
            return await actors.ListSpeakersAsync(ct);
        }
        catch (InvalidOperationException ex)
        {
            logger.LogWarning(ex, "ActorService.ListSpeakersAsync failed; rebuilding the speaker list from quotes");
        }

        var speakerIds = new HashSet<int>();
        for (var page = 1; ; page++)
        {
            var result = await quotes.SearchAsync(new QuoteFilter(Page: page, PageSize: Paging.MaxPageSize), ct);
            speakerIds.UnionWith(result.Items.Where(q => q.Speaker is not null).Select(q => q.Speaker!.Id));
            if (!result.HasNext)
            {
                break;
            }
        }

        var rows = new List<SpeakerRow>();
        foreach (var id in speakerIds)
        {
            if (await actors.GetAsync(id.ToString(CultureInfo.InvariantCulture), ct) is { } a)
            {
                rows.Add(new SpeakerRow(a.Id, a.Slug, a.Name, a.Role, a.Affiliation?.Name, a.QuoteCount));
            }
        }

        return rows.OrderByDescending(s => s.QuoteCount).ThenBy(s => s.Name, StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyList<ActorRow>> ActorsAsync(ActorKind? kind, CancellationToken ct)
    {
        try
        {
            return await actors.ListAsync(kind, ct);
        }
        catch (InvalidOperationException ex)
        {
            logger.LogWarning(ex, "ActorService.ListAsync failed; rebuilding the actor list one actor at a time");
        }

        var rows = new List<ActorRow>();
        await foreach (var a in ProbeAsync(id => actors.GetAsync(id, ct)))
        {
            if (kind is null || a.Kind == kind)
            {
                rows.Add(new ActorRow(a.Id, a.Slug, a.Name, a.Kind, a.Role, a.Affiliation?.Name, a.QuoteCount, a.MentionCount));
            }
        }

        return rows.OrderByDescending(a => a.QuoteCount + a.MentionCount).ThenBy(a => a.Name, StringComparer.Ordinal).ToList();
    }

    public async Task<IReadOnlyList<TopicRow>> TopicsAsync(CancellationToken ct)
    {
        try
        {
            return await topics.ListAsync(ct);
        }
        catch (InvalidOperationException ex)
        {
            logger.LogWarning(ex, "TopicService.ListAsync failed; rebuilding the topic list one topic at a time");
        }

        var rows = new List<TopicRow>();
        await foreach (var topic in ProbeAsync(id => topics.GetAsync(id, ct)))
        {
            rows.Add(topic);
        }

        return rows.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
    }

    private static async IAsyncEnumerable<T> ProbeAsync<T>(Func<string, Task<T?>> get)
        where T : class
    {
        for (int id = 1, misses = 0; misses < MissesBeforeEnd; id++)
        {
            if (await get(id.ToString(CultureInfo.InvariantCulture)) is { } row)
            {
                misses = 0;
                yield return row;
            }
            else
            {
                misses++;
            }
        }
    }
}
