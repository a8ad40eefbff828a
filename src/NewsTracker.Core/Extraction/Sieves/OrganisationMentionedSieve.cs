using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Extraction.Sieves;

// "the ministry" or "the Authority" nobody quoted before, but the article mentioned "the Harbour
// Ministry" or "the Port Authority": the organisation mentioned last.
internal sealed class OrganisationMentionedSieve : ISpeakerSieve
{
    public const string Rule = "organisation-mentioned";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        if (context.Phrase.Form != SpeakerForm.Organisation)
        {
            return null;
        }

        var name = context.OrganisationName;
        if (context.IsBareDescription)
        {
            return context.Analysis.People.LatestOrganisation(context.Position, name.Split(' ')[^1]) is { } mentioned
                ? context.Organisation(new ExtractedSpeaker(mentioned, ActorKind.Organisation, null, null), Rule)
                : null;
        }

        return OrganisationEarlierSieve.IsCommonWord(context, name)
            && context.Analysis.People.LatestOrganisation(context.Position, name, fuller: true) is { } named
            ? context.Organisation(new ExtractedSpeaker(named, context.Phrase.OrganisationKind, null, null), Rule)
            : null;
    }
}
