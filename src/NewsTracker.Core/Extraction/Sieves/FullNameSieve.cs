namespace NewsTracker.Core.Extraction.Sieves;

// "Ilse Varga said": a full name is the person, whether or not the article named her before.
internal sealed class FullNameSieve : ISpeakerSieve
{
    public const string Rule = "name";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        if (context.Phrase.Name is not { } name || context.IsSurname)
        {
            return null;
        }

        // "Ní Dhomhnaill said" after "Aoife Ní Dhomhnaill": a surname with its particle is the person named in full.
        var first = name.AsSpan(0, name.IndexOf(' ', StringComparison.Ordinal));
        // So is "Quaresmão d'Alva" after "Venceslau Quaresmão d'Alva".
        if ((Names.OpensWithParticle(first) || Names.IsElidedParticleName(name.AsSpan(name.LastIndexOf(' ') + 1)))
            && name.IndexOf(' ', first.Length + 1) < 0 && context.Analysis.People.FindFullName(name) is null
            && context.Analysis.People.FullNameEndingIn(name) is { } full)
        {
            return SpeakerContext.Found(full, Rule);
        }

        // "Hairul Azman said" after "Hairul Azman Rejab": the first words of a name the article gave in full.
        if (context.Phrase.Role is null && context.Analysis.People.FindFullName(name) is null
            && context.Analysis.People.FullNameOpeningWith(name) is { } longer)
        {
            return SpeakerContext.Found(longer, Rule);
        }

        var gender = FirstNames.Of(first);
        var person = context.Analysis.People.AddOrUpdate(name, context.Phrase.Role, context.Phrase.Affiliation, gender);
        return SpeakerContext.Found(person, Rule);
    }
}
