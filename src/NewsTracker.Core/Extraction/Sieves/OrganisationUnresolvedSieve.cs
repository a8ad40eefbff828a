namespace NewsTracker.Core.Extraction.Sieves;

// A one-word description ("the ministry") or a company by its common noun ("the Italian company") that matches
// nothing earlier: the text does not say which.
internal sealed class OrganisationUnresolvedSieve : ISpeakerSieve
{
    public const string Rule = "organisation-unresolved";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context) =>
        context.IsBareDescription || CompanyEarlierSieve.IsCompanyReference(context) ? SpeakerContext.Nobody(Rule) : null;
}
