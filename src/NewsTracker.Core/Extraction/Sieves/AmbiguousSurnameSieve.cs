namespace NewsTracker.Core.Extraction.Sieves;

// Two people share the surname and neither was mentioned before the quote: the text does not say which.
internal sealed class AmbiguousSurnameSieve : ISpeakerSieve
{
    public const string Rule = "ambiguous-surname";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context) =>
        context.IsSurname && context.Namesakes.Count > 1 ? SpeakerContext.Nobody(Rule) : null;
}
