namespace NewsTracker.Core.Extraction.Sieves;

// "the 61-year-old added", "the 47-year-old former prosecutor told the crowd": a person described by age is the one the
// article gave that age ("Oskarsson, 63,"), else the one it gave the phrase's title ("the 58-year-old mayor"), else
// the one it was just naming or quoting, whatever title the text gave them, of the phrase's gender when it gives one.
internal sealed class AgeDescriptionSieve : ISpeakerSieve
{
    public const string Rule = "age-nearest";

    private const int MaxDistance = 120;

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        var phrase = context.Phrase;
        if (phrase.Form != SpeakerForm.Title || phrase.Age == 0)
        {
            return null;
        }

        // "Oskarsson, 63, …" earlier: the person of that age, however far back.
        if (context.Memory.MostRecent(context.Position, p => p.Age == phrase.Age) is { } ofThatAge)
        {
            return SpeakerContext.Found(ofThatAge, Rule);
        }

        // "the 58-year-old mayor": the one the article gave that title, before whoever was named last (the first
        // title of the phrase: an appositive's "a former governor" comes after it).
        if (phrase.Role is { } role && role != "year-old")
        {
            foreach (var title in role.Split(' ').Where(TitleLexicon.IsTitle))
            {
                if (context.Memory.MostRecent(context.Position, p => p.HasRoleWord(title)) is { } titled)
                {
                    return SpeakerContext.Found(titled, Rule);
                }
            }
        }

        var opposite = Genders.Opposite(phrase.Gender);
        return context.Memory.MostRecent(context.Position, p => p.Confirmed && (phrase.Gender == Gender.Unknown || p.Gender != opposite),
                preferEarlierSentences: true) is { } nearest
            && context.Memory.LastMentionBefore(nearest, context.Position) is var last and >= 0 && context.Position - last < MaxDistance
            ? SpeakerContext.Found(nearest, Rule)
            : null;
    }
}
