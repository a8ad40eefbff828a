namespace NewsTracker.Core.Extraction.Sieves;

// "I said", "we told them": the speaker is inside the quotation, not named by the attribution.
internal sealed class PronounFirstPersonSieve : ISpeakerSieve
{
    public const string Rule = "pronoun-first-person";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context) =>
        context.Phrase.Form == SpeakerForm.Pronoun && context.Phrase.Pronoun is not ("he" or "she" or "they" or "it")
            ? SpeakerContext.Nobody(Rule)
            : null;
}
