namespace NewsTracker.Core.Extraction.Sieves;

// "In a statement, the harbour ministry said: the cranes will go by spring.": the speaker, the verb and a colon,
// then the clause without quotation marks. A frame without a speech verb ("The reply was short: …") is no report.
internal sealed class SpeakerVerbColonSieve : IReportedSieve
{
    public const string Rule = "speaker-verb-colon";

    public string Name => Rule;

    public ReportedMatch? Try(ReportedContext context)
    {
        var a = context.Analysis;
        var from = context.Verb + 2;
        if (from >= context.Last || !a.Tokens[context.Verb + 1].Is(a.Text, ':') || a.InsideQuote(from)
            || QuoteContext.IsOpeningMark(a, from) || !ReportedClause.CanStart(a, from, context.Last) || context.Subject is not { } subject)
        {
            return null;
        }

        var end = context.ClauseEnd(from);
        return new ReportedMatch(from, end, new Attribution(subject, Rule, context.Verb), Math.Max(context.Verb, end - 1));
    }
}
