namespace NewsTracker.Core.Extraction.Sieves;

// A third-person pronoun no earlier sieve could resolve: the text does not say who.
internal sealed class PronounUnresolvedSieve : ISpeakerSieve
{
    public const string Rule = "pronoun-unresolved";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context) =>
        context.Phrase.Pronoun is "he" or "she" or "they" or "it" ? SpeakerContext.Nobody(Rule) : null;
}
