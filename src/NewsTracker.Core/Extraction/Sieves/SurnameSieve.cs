namespace NewsTracker.Core.Extraction.Sieves;

// "Varga said" after "Ilse Varga": the one person of the article with that surname.
internal sealed class SurnameSieve : ISpeakerSieve
{
    public const string Rule = "surname";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context) =>
        context.IsSurname && context.Namesakes.Count == 1 ? SpeakerContext.Found(context.Namesakes[0], Rule) : null;
}
