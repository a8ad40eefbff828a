namespace NewsTracker.Core.Extraction.Sieves;

// No holder of this title named before: the person the article was just quoting or naming, when the title
// is one the text gave that person in other words ("the chancellor" for a finance minister). A title that
// hides its holder ("the official") stays unnamed.
internal sealed class TitleNearestSieve : ISpeakerSieve
{
    public const string Rule = "title-nearest";

    private const int MaxDistance = 80;

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        if (context.Phrase.Form != SpeakerForm.Title || Lexicon.AnonymousHeads.Contains(context.TitleHead))
        {
            return null;
        }

        return context.Memory.MostRecent(context.Position, p => p.Confirmed && p.Role is not null, preferEarlierSentences: true) is { } nearest
            && context.Position - nearest.LastMention < MaxDistance
            ? SpeakerContext.Found(nearest, Rule)
            : null;
    }
}
