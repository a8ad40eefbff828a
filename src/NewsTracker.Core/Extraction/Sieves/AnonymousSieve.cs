namespace NewsTracker.Core.Extraction.Sieves;

// "one diplomat said", "residents said": someone spoke, unnamed; never an actor.
internal sealed class AnonymousSieve : ISpeakerSieve
{
    public const string Rule = "anonymous";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context) =>
        context.Phrase.Form == SpeakerForm.Anonymous ? SpeakerContext.Nobody(Rule) : null;
}
