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
            var head = name.Split(' ')[^1];
            var mentioned = context.Analysis.People.LatestOrganisation(context.Position, head);
            return mentioned is null || NearerPaper(context, head, mentioned)
                ? null
                : context.Organisation(new ExtractedSpeaker(mentioned, ActorKind.Organisation, null, null), Rule);
        }

        return OrganisationEarlierSieve.IsCommonWord(context, name)
            && context.Analysis.People.LatestOrganisation(context.Position, name, fuller: true) is { } named
            ? context.Organisation(new ExtractedSpeaker(named, context.Phrase.OrganisationKind, null, null), Rule)
            : null;
    }

    // "The Rhine Chronicle disagreed. … In Tallinn, Kvellsbladet went further. …, the paper wrote": a paper the sentence
    // before opens on, mentioned nowhere since the last paper known, is the nearer one (NewspaperNamedBeforeSieve).
    private static bool NearerPaper(SpeakerContext context, string head, string mentioned)
    {
        var a = context.Analysis;
        if (!Lexicon.NewspaperNouns.Contains(head)
            || NewspaperNamedBeforeSieve.PaperOpeningSentenceBefore(a, context.Phrase.StartToken) is not { } opening
            || string.Equals(opening, mentioned, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var sentenceBefore = a.SentenceStart(a.SentenceStart(context.Phrase.StartToken) - 1);
        return a.People.LatestOrganisation(sentenceBefore, head) == mentioned;
    }
}
