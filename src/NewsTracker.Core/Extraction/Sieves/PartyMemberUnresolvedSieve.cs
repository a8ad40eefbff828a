namespace NewsTracker.Core.Extraction.Sieves;

// "the Republican senator" when two people the article introduced fit: nobody, not the title sieve's latest senator.
// "the Tennessee Republican" read as a name that fits nobody: nobody, never a new person called "Tennessee Republican".
internal sealed class PartyMemberUnresolvedSieve : ISpeakerSieve
{
    public const string Rule = "party-member-unresolved";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context) =>
        PartyMemberSieve.Descriptor.Read(context.Analysis, context.Phrase) is { } wanted
        && (context.Phrase.Form == SpeakerForm.Name || PartyMemberSieve.Fitting(context, wanted).Count > 1)
            ? SpeakerContext.Nobody(Rule)
            : null;
}
