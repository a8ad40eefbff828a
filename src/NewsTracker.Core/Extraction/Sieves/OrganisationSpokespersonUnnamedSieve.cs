namespace NewsTracker.Core.Extraction.Sieves;

// "the ministry's spokeswoman said" when the article never named that ministry's spokesperson: an unnamed
// source of the institution (its affiliation), never an actor called "spokeswoman" nor the ministry itself.
internal sealed class OrganisationSpokespersonUnnamedSieve : ISpeakerSieve
{
    public const string Rule = "organisation-spokesperson-unnamed";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        var phrase = context.Phrase;
        return phrase.Form == SpeakerForm.Organisation && context.IsDescription
            && phrase.Role is { } role && role.Contains("spokes", StringComparison.OrdinalIgnoreCase)
            ? SpeakerContext.Nobody(Rule)
            : null;
    }
}
