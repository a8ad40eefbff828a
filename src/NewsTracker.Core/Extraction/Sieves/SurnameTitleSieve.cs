namespace NewsTracker.Core.Extraction.Sieves;

// "the minister Varga" when two Vargas are named: the one whose title (or country) the phrase gives.
internal sealed class SurnameTitleSieve : ISpeakerSieve
{
    public const string Rule = "surname+title";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        var phrase = context.Phrase;
        if (!context.IsSurname || context.Namesakes.Count < 2 || (phrase.Role is null && phrase.Affiliation is null))
        {
            return null;
        }

        var byRole = context.Namesakes
            .Where(p => SpeakerContext.Matches(p.Role, phrase.Role) && (phrase.Affiliation is null || p.Affiliation == phrase.Affiliation))
            .ToList();
        return byRole.Count == 1 ? SpeakerContext.Found(byRole[0], Rule) : null;
    }
}
