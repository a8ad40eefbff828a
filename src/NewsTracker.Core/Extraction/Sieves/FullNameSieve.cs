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

        var gender = FirstNames.Of(name.AsSpan(0, name.IndexOf(' ', StringComparison.Ordinal)));
        var person = context.Analysis.People.AddOrUpdate(name, context.Phrase.Role, context.Phrase.Affiliation, gender);
        return SpeakerContext.Found(person, Rule);
    }
}
