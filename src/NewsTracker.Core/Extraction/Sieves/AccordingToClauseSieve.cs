namespace NewsTracker.Core.Extraction.Sieves;

// "According to the port authority, the cranes…": the cue opens the sentence and its source ends at a comma.
internal sealed class AccordingToClauseSieve : IReportedSieve
{
    public const string Rule = "according-to";

    private const int MaxSource = 16;

    public string Name => Rule;

    public ReportedMatch? Try(ReportedContext context)
    {
        var a = context.Analysis;
        var tokens = a.Tokens;
        int start = context.Start, last = context.Last;
        var cue = AttributionCues.LengthAt(a, start, last);
        if (cue == 0)
        {
            return null;
        }

        var comma = start + cue;
        while (comma < last && !tokens[comma].Is(a.Text, ','))
        {
            comma++;
        }

        if (comma >= last || comma == start + cue || comma - start > MaxSource)
        {
            return null;
        }

        var source = SpeakerPhraseParser.Describe(a, start + cue, comma);
        return new ReportedMatch(comma + 1, context.ClauseEnd(comma + 1), new Attribution(source, Rule, start), start);
    }
}
