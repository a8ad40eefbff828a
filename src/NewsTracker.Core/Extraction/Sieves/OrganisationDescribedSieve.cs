using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Extraction.Sieves;

// "the presidential office", "the defence ministry" that matches nothing earlier: specific enough to
// stand as a name. A company's common noun never is ("the shipping company", "the ship's operator"): it names a
// company only through CompanyEarlierSieve.
internal sealed class OrganisationDescribedSieve : ISpeakerSieve
{
    public const string Rule = "organisation-described";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context) =>
        context.IsBareDescription && context.OrganisationName.Contains(' ', StringComparison.Ordinal)
            && !CompanyLexicon.IsReference(context.OrganisationName.Split(' ')[^1])
            ? context.Organisation(new ExtractedSpeaker(context.OrganisationName, ActorKind.Organisation, null, null), Rule)
            : null;
}
