namespace NewsTracker.Core.Extraction.Sieves;

// "…, according to three officials briefed on the plan.": the clause first, the cue after a comma.
internal sealed class ClauseAccordingToSieve : IReportedSieve
{
    public const string Rule = "clause-according-to";

    public string Name => Rule;

    public ReportedMatch? Try(ReportedContext context)
    {
        var a = context.Analysis;
        var tokens = a.Tokens;
        int start = context.Start, last = context.Last;
        for (var k = start + ReportedContext.MinClauseWords; k + 3 < last; k++)
        {
            if (tokens[k].Is(a.Text, ',') && AttributionCues.LengthAt(a, k + 1, last) is > 0 and var cue)
            {
                var sourceEnd = k + 1 + cue;
                while (sourceEnd < last && !tokens[sourceEnd].Is(a.Text, ','))
                {
                    sourceEnd++;
                }

                if (sourceEnd == k + 1 + cue)
                {
                    // ", according to , …": no source named.
                    continue;
                }

                var source = SpeakerPhraseParser.Describe(a, k + 1 + cue, sourceEnd);
                return new ReportedMatch(start, k, new Attribution(source, Rule, k + 1), k + 1);
            }
        }

        return null;
    }
}
