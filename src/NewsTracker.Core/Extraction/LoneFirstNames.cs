namespace NewsTracker.Core.Extraction;

// A speaker named by a first name alone ("Ursula said") is the person of the article with that first name when
// the article gives one; a first name alone never becomes an actor (SpeakerRegistry, ActorNames.IsFirstNameAlone).
internal static class LoneFirstNames
{
    public static ExtractedSpeaker? Resolve(ExtractedSpeaker? speaker, ArticleAnalysis analysis)
    {
        if (speaker is not { Kind: Actors.ActorKind.Person } || speaker.Name.Contains(' ', StringComparison.Ordinal)
            || FirstNames.Of(speaker.Name) == Gender.Unknown || analysis.Catalogue.Knows(speaker.Name))
        {
            return speaker;
        }

        // Someone the article only ever calls by a first name ("Svetlana, a pensioner") stays the speaker as written;
        // the registry makes no actor of it. A first name two people of the article share settles nothing.
        var people = analysis.People.FindFirstName(speaker.Name).Where(p => p.Confirmed).ToList();
        if (people.Count != 1)
        {
            return people.Count == 0 ? speaker : null;
        }

        var person = people[0];
        return new ExtractedSpeaker(person.Name, Actors.ActorKind.Person, person.Role ?? speaker.Role, person.Affiliation ?? speaker.Affiliation);
    }
}
