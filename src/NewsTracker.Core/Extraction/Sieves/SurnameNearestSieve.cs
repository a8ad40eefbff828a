namespace NewsTracker.Core.Extraction.Sieves;

// Two people share the surname and nothing else tells them apart: the one mentioned last.
internal sealed class SurnameNearestSieve : ISpeakerSieve
{
    public const string Rule = "surname-nearest";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        if (!context.IsSurname || context.Namesakes.Count < 2)
        {
            return null;
        }

        var namesakes = context.Namesakes;
        var recent = context.Memory.MostRecent(context.Position, p => namesakes.Contains(p));
        return recent is null ? null : SpeakerContext.Found(recent, Rule);
    }
}
