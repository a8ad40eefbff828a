namespace NewsTracker.Core.Extraction.Sieves;

// "the general said": the latest person holding that title (or leading the phrase's country or body),
// else the first the article named with it.
internal sealed class TitleHolderSieve : ISpeakerSieve
{
    public const string Rule = "title";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        if (context.Phrase.Form != SpeakerForm.Title)
        {
            return null;
        }

        var phrase = context.Phrase;
        var head = context.TitleHead;
        bool Fits(ArticlePerson p) =>
            (SpeakerContext.Matches(p.Role, head) || (IsLeaderWord(head) && p.Affiliation is not null && p.Affiliation == phrase.Affiliation && p.Role is not null))
            && (phrase.Affiliation is null || p.Affiliation is null || p.Affiliation == phrase.Affiliation);

        var person = context.Memory.MostRecent(context.Position, Fits) ?? context.Memory.FirstNamedBefore(context.Position, Fits);
        return person is null ? null : SpeakerContext.Found(person, Rule);
    }

    private static bool IsLeaderWord(string word) => word.ToLowerInvariant() is "chief" or "head" or "leader" or "boss";
}
