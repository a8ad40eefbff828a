namespace NewsTracker.Core.Extraction.Sieves;

// "The harbour minister said that the cranes…" / "said the cranes would…": the speaker, the verb, then its
// content clause up to where the sentence turns back to the speaker.
internal sealed class SpeakerVerbClauseSieve : IReportedSieve
{
    public const string Rule = "speaker-verb-clause";

    public string Name => Rule;

    public ReportedMatch? Try(ReportedContext context)
    {
        if (context.ClauseStart < 0 || context.Subject is not { } subject || ReportedClause.IsHeadline(context.Analysis, context.Verb))
        {
            return null;
        }

        var a = context.Analysis;
        if (context.ClauseStart > 0 && a.Tokens[context.ClauseStart - 1].Is(a.Text, ',') && CitesSource(a, context.ClauseStart, context.Last))
        {
            // "…, the minister told journalists in Harbourtown, Coastal Radio has learned.": what follows the listener is the outlet
            // citing the report, not its content; the report is the head before the speaker.
            var comma = subject.StartToken - 1;
            return comma - context.Start >= ReportedContext.MinClauseWords && a.Tokens[comma].Is(a.Text, ',') && !a.InsideQuote(context.Start)
                && ReportedClause.CanStart(a, context.Start, comma)
                ? new ReportedMatch(context.Start, comma, new Attribution(subject, ClauseSpeakerVerbSieve.Rule, context.Verb), context.Last - 1)
                : null;
        }

        var end = Math.Min(context.ClauseEnd(context.ClauseStart), CitationComma(a, context.ClauseStart, context.Last));
        var attribution = new Attribution(subject, Rule, context.Verb);
        var resume = Resume(context.Analysis, context.Verb, context.Last);
        if (Interrupts(context, subject, resume) is not (>= 0 and var gap))
        {
            return new ReportedMatch(context.ClauseStart, end, attribution, Math.Max(context.Verb, end - 1));
        }

        // "…, the ministry said, days after the drills ended", "…, it said on Monday, the first rotation since …": the
        // narration goes on after the attribution; the report is the head alone, a clause before its speaker.
        return TimeAfter(a, resume) || ReportedClause.StartsTail(a, resume) || CitesSource(a, resume, context.Last)
            ? new ReportedMatch(context.Start, gap, new Attribution(subject, ClauseSpeakerVerbSieve.Rule, context.Verb), Math.Max(context.Verb, end - 1))
            : new ReportedMatch(context.Start, end, attribution, Math.Max(context.Verb, end - 1), gap, resume);
    }

    // "the agency reported", "BelTA has learned", "Interfax said": a short source and its verb closing the sentence.
    private const int MaxCitingSourceTokens = 4;

    private static readonly WordSet LearnedForms = new("learned learnt understands", indexed: false);

    private static bool CitesSource(ArticleAnalysis a, int k, int last)
    {
        var verb = last - 1;
        if (verb - k < 1 || verb - k > MaxCitingSourceTokens + 1 || !(a.IsSpeechVerb(verb) || LearnedForms.Contains(a.Text, a.Tokens[verb])))
        {
            return false;
        }

        var subjectEnd = ReportedClause.IsAuxiliary(a, verb - 1) ? verb - 1 : verb;
        for (var j = k; j < subjectEnd; j++)
        {
            if (!a.Tokens[j].IsWord || a.IsSpeechVerb(j) || Lexicon.Pronouns.Contains(a.Text, a.Tokens[j]))
            {
                return false;
            }
        }

        return subjectEnd > k;
    }

    // "The minister said the crossings would stay shut, the agency reported.": the comma before a citation closing the
    // sentence ends the clause; `last` when there is none.
    private static int CitationComma(ArticleAnalysis a, int clauseStart, int last)
    {
        for (var comma = last - 2; comma > clauseStart && last - comma <= MaxCitingSourceTokens + 3; comma--)
        {
            if (a.Tokens[comma].Is(a.Text, ','))
            {
                return CitesSource(a, comma + 1, last) ? comma : last;
            }
        }

        return last;
    }

    // Where the sentence goes on after "said," or "said on Thursday,": the token after the comma, or -1.
    private static int Resume(ArticleAnalysis a, int verb, int last)
    {
        var k = verb + 1;
        if (k + 2 < last && a.Tokens[k].Is(a.Text, "on") && SpeakerPhraseParser.Weekdays.Contains(a.Text, a.Tokens[k + 1]))
        {
            k += 2;
        }

        return k + 1 < last && a.Tokens[k].Is(a.Text, ',') ? k + 1 : -1;
    }

    private static readonly WordSet TimeNouns = new("minute minutes hour hours day days week weeks month months year years", indexed: false);

    private static bool TimeAfter(ArticleAnalysis a, int k) =>
        k + 1 < a.Tokens.Count && (TimeNouns.Contains(a.Text, a.Tokens[k]) || (a.Tokens[k].Kind == TokenKind.Number && TimeNouns.Contains(a.Text, a.Tokens[k + 1])))
        || (k + 2 < a.Tokens.Count && Lexicon.Determiners.Contains(a.Text, a.Tokens[k]) && TimeNouns.Contains(a.Text, a.Tokens[k + 1]));

    // "The new ferry, he insists, will be back …": the attribution between two commas inside the sentence's only
    // report, whose head stands before it; the comma opening the attribution, or -1.
    private static int Interrupts(ReportedContext context, SpeakerPhrase subject, int resume)
    {
        var (a, verb, start) = (context.Analysis, context.Verb, context.Start);
        var comma = subject.StartToken - 1;
        // "the Ministry of Ports (MoP) said": a short name in brackets may stand between the subject and its verb.
        // "the deputy prime minister, Ada Quist, said": so may the holder's name in apposition.
        // "…, Ottawa has said, …": an auxiliary may too.
        var named = subject.EndToken == verb || (subject.EndToken == verb - 3 && a.Tokens[verb - 1].Is(a.Text, ')'))
            || (subject.EndToken == verb - 1 && ReportedClause.IsAuxiliary(a, verb - 1))
            || (subject.EndToken < verb && verb - subject.EndToken <= 6 && a.Tokens[verb - 1].Is(a.Text, ','));
        if (context.Reported.Count > 0 || resume < 0 || !named || comma - start < 2 || !a.Tokens[comma].Is(a.Text, ','))
        {
            return -1;
        }

        for (var k = start; k < comma; k++)
        {
            if (a.IsSpeechVerb(k) || a.InsideQuote(k) || a.Tokens[k].Is(a.Text, ',') || a.Tokens[k].Is(a.Text, ':'))
            {
                return -1;
            }
        }

        return comma;
    }
}
