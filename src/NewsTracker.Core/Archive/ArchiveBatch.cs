using NewsTracker.Core.Actors;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Statements;

namespace NewsTracker.Core.Archive;

// Everything one batch adds or changes, linked by object reference: new rows get their ids as the store
// inserts them, in the order that lets each row point at rows stored before it.
public sealed class ArchiveBatch
{
    public List<Actor> NewActors { get; } = [];

    // Existing actors whose name, role or affiliation the batch filled in.
    public HashSet<Actor> ChangedActors { get; } = [];

    public List<ActorAlias> NewAliases { get; } = [];

    public List<Statement> NewStatements { get; } = [];

    public HashSet<Statement> ChangedStatements { get; } = [];

    public List<(Statement Statement, long Hash)> Shingles { get; } = [];

    // Articles with their quotes and topics, in input order.
    public List<Article> Articles { get; } = [];

    // Added to the stored counts: the actor (perhaps new) → quotes it said, quotes naming it.
    public Dictionary<Actor, (int Spoken, int Mentioned)> ActorCounts { get; } = [];

    // Topic id → quotes and articles tagged.
    public Dictionary<int, (int Quotes, int Articles)> TopicCounts { get; } = [];

    public void CountSpoken(Actor actor)
    {
        var (spoken, mentioned) = ActorCounts.GetValueOrDefault(actor);
        ActorCounts[actor] = (spoken + 1, mentioned);
    }

    public void CountMentioned(Actor actor)
    {
        var (spoken, mentioned) = ActorCounts.GetValueOrDefault(actor);
        ActorCounts[actor] = (spoken, mentioned + 1);
    }

    public void CountTopic(int topicId, int quotes, int articles)
    {
        var (q, a) = TopicCounts.GetValueOrDefault(topicId);
        TopicCounts[topicId] = (q + quotes, a + articles);
    }
}
