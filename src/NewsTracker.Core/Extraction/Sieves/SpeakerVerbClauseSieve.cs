namespace NewsTracker.Core.Extraction.Sieves;

// "The harbour minister said that the cranes…" / "said the cranes would…": the speaker, the verb, then its
// content clause up to where the sentence turns back to the speaker.
internal sealed class SpeakerVerbClauseSieve : IReportedSieve
{
    public const string Rule = "speaker-verb-clause";

    public string Name => Rule;

    public ReportedMatch? Try(ReportedContext context)
    {
        if (context.ClauseStart < 0 || context.Subject is not { } subject)
        {
            return null;
        }

        var end = context.ClauseEnd(context.ClauseStart);
        return new ReportedMatch(context.ClauseStart, end, new Attribution(subject, Rule, context.Verb), Math.Max(context.Verb, end - 1));
    }
}
