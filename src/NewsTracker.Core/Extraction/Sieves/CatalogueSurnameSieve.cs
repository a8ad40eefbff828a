namespace NewsTracker.Core.Extraction.Sieves;

// A surname the article never gave in full, but the catalogue knows one person by.
internal sealed class CatalogueSurnameSieve : ISpeakerSieve
{
    public const string Rule = "catalogue-surname";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        if (!context.IsSurname || context.Namesakes.Count > 0)
        {
            return null;
        }

        var known = context.Analysis.Catalogue.PeopleWithSurname(context.Phrase.Name!);
        if (known.Count != 1)
        {
            return null;
        }

        var person = context.Analysis.People.AddOrUpdate(known[0].Name, known[0].Role, known[0].Affiliation, Gender.Unknown, fromCatalogue: true);
        return SpeakerContext.Found(person, Rule);
    }
}
