using Microsoft.AspNetCore.Http.HttpResults;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Topics;

namespace NewsTracker.Web.Api;

// Names as an analyst types them into a filter: the most quoted speakers, actors or topics whose name, a word of
// it, or an alias starts with what was typed. The filter boxes work without it; suggest.js fills their lists.
public static class SuggestEndpoints
{
    public const int MaxSuggestions = 8;

    public static async Task<Results<Ok<IReadOnlyList<NameSuggestion>>, ValidationProblem>> SuggestAsync(
        string? kind, string? q, ActorService actors, TopicService topics, CancellationToken ct)
    {
        var text = q?.Trim() ?? string.Empty;
        if (text.Length > 100)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = ["q can be at most 100 characters."] });
        }

        IReadOnlyList<NameSuggestion> names = (kind?.Trim().ToUpperInvariant()) switch
        {
            "SPEAKER" => text.Length == 0 ? [] : (await actors.ListSpeakersAsync(new SpeakerQuery(text, 1, MaxSuggestions), ct)).Items
                .Select(s => new NameSuggestion(s.Id, s.Slug, s.Name)).ToList(),
            "ACTOR" => text.Length == 0 ? [] : (await actors.ListAsync(new ActorQuery(text, null, 1, MaxSuggestions), ct)).Items
                .Select(a => new NameSuggestion(a.Id, a.Slug, a.Name)).ToList(),
            "TOPIC" => (await topics.PageAsync(text, 1, MaxSuggestions, ct)).Items.Select(t => new NameSuggestion(t.Id, t.Slug, t.Name)).ToList(),
            _ => null!,
        };
        return names is null
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["kind"] = ["kind must be \"speaker\", \"actor\" or \"topic\"."] })
            : TypedResults.Ok(names);
    }
}

public sealed record NameSuggestion(int Id, string Slug, string Name);
