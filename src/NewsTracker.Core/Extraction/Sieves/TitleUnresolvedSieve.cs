namespace NewsTracker.Core.Extraction.Sieves;

// A title no earlier sieve could tie to a person: the text does not say who.
internal sealed class TitleUnresolvedSieve : ISpeakerSieve
{
    public const string Rule = "title-unresolved";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context) =>
        context.Phrase.Form == SpeakerForm.Title ? SpeakerContext.Nobody(Rule) : null;
}
