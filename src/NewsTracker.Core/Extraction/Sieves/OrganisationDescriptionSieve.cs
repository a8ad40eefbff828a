namespace NewsTracker.Core.Extraction.Sieves;

// "the alliance", "the military alliance", "the bloc": a description the catalogue knows.
internal sealed class OrganisationDescriptionSieve : ISpeakerSieve
{
    public const string Rule = "organisation-description";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        if (!context.IsDescription
            || context.Analysis.Catalogue.FindDescription(context.OrganisationName.Split(' ')[^1]) is not { } catalogued
            || (context.Phrase.Affiliation is not null && context.Phrase.Affiliation != catalogued.Name))
        {
            return null;
        }

        return context.Organisation(new ExtractedSpeaker(catalogued.Name, catalogued.Kind, null, null), Rule);
    }
}
