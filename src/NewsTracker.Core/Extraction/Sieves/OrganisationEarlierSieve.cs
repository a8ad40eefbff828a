namespace NewsTracker.Core.Extraction.Sieves;

// "the ministry" or "the Commission" after the article quoted "the Harbour Ministry" or "the European
// Commission": the words stand for the organisation quoted before.
internal sealed class OrganisationEarlierSieve : ISpeakerSieve
{
    public const string Rule = "organisation-earlier";

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
            return Latest(context, name.Split(' ')[^1]) is { } earlier ? SpeakerContext.Settled(earlier, Rule) : null;
        }

        if (!IsCommonWord(context, name))
        {
            return null;
        }

        return Latest(context, " " + name) is { } named ? SpeakerContext.Settled(named, Rule) : null;
    }

    // "Commission" alone is a common word standing for a name; "Kremlin" is a name of its own.
    public static bool IsCommonWord(SpeakerContext context, string name) =>
        !context.IsBareDescription && !name.Contains(' ', StringComparison.Ordinal)
        && !Actors.ActorNames.IsName(name, context.Phrase.OrganisationKind, context.Analysis.Catalogue.Knows);

    private static ExtractedSpeaker? Latest(SpeakerContext context, string ending)
    {
        var organisations = context.Memory.Organisations;
        for (var i = organisations.Count - 1; i >= 0; i--)
        {
            var (token, speaker) = organisations[i];
            if (token < context.Position && speaker.Name.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return speaker;
            }
        }

        return null;
    }
}
