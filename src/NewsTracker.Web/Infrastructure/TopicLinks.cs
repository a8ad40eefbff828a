using NewsTracker.Core.Topics;

namespace NewsTracker.Web.Infrastructure;

// Quote rows carry topic names only; chips need the slug, which stays fixed when a topic is renamed,
// so it cannot be derived from the name. Loaded once per request (the topic table is small).
public sealed class TopicLinks(TopicService topics)
{
    private Dictionary<string, string>? _slugs;

    public async Task<string?> SlugAsync(string name, CancellationToken ct = default)
    {
        if (_slugs is null)
        {
            _slugs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var topic in await topics.ListAsync(ct))
            {
                _slugs.TryAdd(topic.Name, topic.Slug);
            }
        }

        return _slugs.GetValueOrDefault(name);
    }
}
