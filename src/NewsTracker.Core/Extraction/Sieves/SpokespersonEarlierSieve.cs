namespace NewsTracker.Core.Extraction.Sieves;

// "A Gazprom spokesman said … “…,” the spokesman said": the institution an unnamed spokesperson spoke for before, when
// nobody the article named holds the title (the title sieves that find a named holder go first).
internal sealed class SpokespersonEarlierSieve : ISpeakerSieve
{
    public const string Rule = "spokesperson-earlier";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        var phrase = context.Phrase;
        if (phrase.Form != SpeakerForm.Title || phrase.IsIndefinite || phrase.Affiliation is not null
            || !OrganisationSpokespersonSieve.IsSpokesperson(phrase.Role))
        {
            return null;
        }

        var spoken = context.Memory.SpokenThrough;
        for (var i = spoken.Count - 1; i >= 0; i--)
        {
            if (spoken[i].Token < context.Position)
            {
                return SpeakerContext.Settled(spoken[i].Speaker, Rule);
            }
        }

        return null;
    }
}
