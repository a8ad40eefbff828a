namespace NewsTracker.Core.Extraction.Sieves;

// "the Harbour Ministry said", "Freedonia said": the organisation or country as named.
internal sealed class OrganisationSieve : ISpeakerSieve
{
    public const string Rule = "organisation";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context) => Named(context) is { } speaker ? context.Organisation(speaker, Rule) : null;

    // The organisation the phrase names, or null for another form or a bare description ("the ministry").
    internal static ExtractedSpeaker? Named(SpeakerContext context)
    {
        if (context.Phrase.Form != SpeakerForm.Organisation || context.IsBareDescription)
        {
            return null;
        }

        var name = context.OrganisationName;
        var affiliation = context.Phrase.Affiliation;
        return new ExtractedSpeaker(name, context.Phrase.OrganisationKind, null, affiliation == name ? null : affiliation);
    }
}
