namespace NewsTracker.Core.Extraction.Sieves;

// "The cranes will go by spring, said the harbour minister.": the clause first, then the verb and its
// speaker after it. Only the sentence's first report, and never "told" (its object is the listener), nor a
// participle: "The council welcomed the plan, saying it …" is the council's narration, not a clause "it" said.
internal sealed class ClauseVerbSpeakerSieve : IReportedSieve
{
    public const string Rule = "clause-verb-speaker";

    public string Name => Rule;

    public ReportedMatch? Try(ReportedContext context)
    {
        var a = context.Analysis;
        var tokens = a.Tokens;
        int start = context.Start, last = context.Last, k = context.Verb;
        if (context.Reported.Count > 0 || context.ClauseStart >= 0 || !tokens[k - 1].Is(a.Text, ',')
            || k - 1 - start < ReportedContext.MinClauseWords || ReportedContext.IsTell(a, k) || a.IsPresentParticiple(k)
            || context.ContainsQuotation(start, k - 1) || !ReportedClause.CanStart(a, start, k - 1) || ReportedClause.IsHeadline(a, k))
        {
            return null;
        }

        return SpeakerPhraseParser.After(a, k + 1, last) is { Form: not SpeakerForm.Anonymous } inverted
            ? new ReportedMatch(start, k - 1, new Attribution(inverted, Rule, k), k)
            : null;
    }
}
