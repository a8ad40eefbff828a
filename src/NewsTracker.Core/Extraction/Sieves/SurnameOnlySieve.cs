namespace NewsTracker.Core.Extraction.Sieves;

// A surname no one in the article has: the speaker is known by that name alone.
internal sealed class SurnameOnlySieve : ISpeakerSieve
{
    public const string Rule = "surname-only";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        if (!context.IsSurname || context.Namesakes.Count > 0)
        {
            return null;
        }

        var phrase = context.Phrase;
        var single = context.Analysis.People.AddOrUpdate(phrase.Name!, phrase.Role, phrase.Affiliation, Gender.Unknown);
        return SpeakerContext.Found(single, Rule);
    }
}
