namespace NewsTracker.Core.Actors;

public enum ActorKind
{
    Person = 0,
    Organisation = 1,
    Country = 2,
    Government = 3,
}
