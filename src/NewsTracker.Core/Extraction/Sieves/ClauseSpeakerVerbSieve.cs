namespace NewsTracker.Core.Extraction.Sieves;

// "The cranes will go by spring, the harbour minister said.": the clause first, then a comma, the speaker and
// a verb without a clause of its own. Only the sentence's first report. A quoted fragment may stand inside the
// clause ("Sanctions will come ‘within days’, the minister said"); a clause opening with a quotation is that quote's.
internal sealed class ClauseSpeakerVerbSieve : IReportedSieve
{
    public const string Rule = "clause-speaker-verb";

    public string Name => Rule;

    public ReportedMatch? Try(ReportedContext context)
    {
        var a = context.Analysis;
        var start = context.Start;
        if (context.ClauseStart >= 0 || context.Reported.Count > 0
            || !context.HasComma(start + ReportedContext.MinClauseWords, context.Verb) || context.Subject is not { } subject)
        {
            return null;
        }

        var comma = subject.StartToken - 1;
        if (comma - start < ReportedContext.MinClauseWords || !a.Tokens[comma].Is(a.Text, ',')
            || a.InsideQuote(start) || !ReportedClause.CanStart(a, start, comma) || IsRebuttal(a, subject))
        {
            return null;
        }

        return new ReportedMatch(start, comma, new Attribution(subject, Rule, context.Verb), context.Verb);
    }

    // "…, a charge the Kremlin has denied", "…, something Minsk rejects": the narration's own claim, which the
    // speaker answers; not the speaker's words.
    private static readonly WordSet RebuttalHeads = new("""
        charge charges claim claims accusation accusations allegation allegations assertion assertions suggestion
        suggestions version account characterisation characterization something which
        """);

    public static bool IsRebuttal(ArticleAnalysis a, SpeakerPhrase subject)
    {
        var k = subject.StartToken;
        if (k < a.Tokens.Count && Lexicon.Determiners.Contains(a.Text, a.Tokens[k]))
        {
            k++;
        }

        return k + 1 < subject.EndToken && RebuttalHeads.Contains(a.Text, a.Tokens[k]);
    }
}
