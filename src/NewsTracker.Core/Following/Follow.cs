using NewsTracker.Core.Actors;
using NewsTracker.Core.Topics;

namespace NewsTracker.Core.Following;

// A reader following a speaker (what they say), an actor (quotes that involve it) or a topic, for the watchlist on
// the home page. LastSeenQuoteId is the reader's high-water mark: quote ids only grow, so a matching quote with a
// greater id is new to them. Exactly one of ActorId and TopicId is set, as Kind says.
public sealed class Follow
{
    // The watchlist counts every follow on each visit to the home page: a bound keeps that page quick.
    public const int MaxPerReader = 50;

    public int Id { get; set; }

    public required string UserId { get; set; }

    public FollowKind Kind { get; set; }

    public int? ActorId { get; set; }

    public Actor? Actor { get; set; }

    public int? TopicId { get; set; }

    public Topic? Topic { get; set; }

    public int LastSeenQuoteId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime LastSeenUtc { get; set; }
}

public enum FollowKind
{
    // Quotes the actor said (the speaker page).
    Speaker = 1,

    // Quotes that involve the actor: said by it or its people, or naming it (the actor page).
    Actor = 2,

    Topic = 3,
}
