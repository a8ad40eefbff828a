namespace NewsTracker.Core.Extraction.Sieves;

// "The minister says …" in a profile or an interview that never puts the title before the interviewee's name: when no
// one in the article holds the post, "the minister" is the person quoted most so far who holds no post of their own.
internal sealed class TitleMainSpeakerSieve : ISpeakerSieve
{
    public const string Rule = "title-main-speaker";

    // Offices a profile's subject is called by after being named without them.
    private static readonly WordSet Offices = new("minister", indexed: false);

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        var phrase = context.Phrase;
        if (phrase.Form != SpeakerForm.Title || phrase.Role is null || !phrase.AsWritten.StartsWith("the ", StringComparison.OrdinalIgnoreCase)
            || !Offices.Contains(context.TitleHead)
            || context.Analysis.People.People.Any(p => p.Role is { } role && role.EndsWith(context.TitleHead, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return context.Memory.MostQuotedBefore(context.Position, p => p.Confirmed && p.Role is null && p.Name.Contains(' ', StringComparison.Ordinal)) is { } main
            ? SpeakerContext.Found(main, Rule)
            : null;
    }
}
