namespace NewsTracker.Core.Extraction.Sieves;

// "The minister accused the port board of hiding the cost": an accusation reports what the speaker said the
// accused did, so the object and its charge ("the port board of hiding the cost") are the reported clause. The
// passive ("was accused of fraud") names no speaker and reports nothing; neither does "accused" with no object.
internal sealed class AccusedOfSieve : IReportedSieve
{
    public const string Rule = "speaker-accused-of";

    // The accused: a name, a title with a name, or a noun phrase with a short relative clause.
    private const int MaxObjectTokens = 14;

    private static readonly WordSet Accuse = new("accuse accuses accused accusing");

    private static readonly WordSet PassiveBefore = new("was were is are be been being am");

    public string Name => Rule;

    // Whether the token is a form of "accuse" the finder should try this sieve at.
    public static bool IsAccusation(ArticleAnalysis a, int k) => Accuse.Contains(a.Text, a.Tokens[k]) && !a.InsideQuote(k);

    // An accusation its subject makes ("Varga accused the board"), not one made of the subject ("Varga was accused", "stands
    // accused"): the words quoted after it are the accuser's.
    public static bool AccusesActively(ArticleAnalysis a, int k) =>
        IsAccusation(a, k) && !(k > 0 && (PassiveBefore.Contains(a.Text, a.Tokens[k - 1]) || a.Tokens[k - 1].Is(a.Text, "stands") || a.Tokens[k - 1].Is(a.Text, "stand")));

    public ReportedMatch? Try(ReportedContext context)
    {
        var a = context.Analysis;
        var tokens = a.Tokens;
        int verb = context.Verb, from = verb + 1;
        if (from >= context.Last || tokens[from].Is(a.Text, "of") || tokens[from].Kind == TokenKind.Punct
            || (verb > context.Start && PassiveBefore.Contains(a.Text, tokens[verb - 1])))
        {
            return null;
        }

        // An "of" inside an aside between commas belongs to the aside ("the port board, which runs the
        // docks, of hiding the cost").
        int of = -1, commas = 0;
        for (var k = from + 1; k < context.Last && k - from <= MaxObjectTokens; k++)
        {
            if (a.InsideQuote(k) || tokens[k].Is(a.Text, ';') || tokens[k].Is(a.Text, ':') || a.IsSpeechVerb(k))
            {
                return null;
            }

            commas += tokens[k].Is(a.Text, ',') ? 1 : 0;
            if (tokens[k].Is(a.Text, "of") && commas % 2 == 0)
            {
                of = k;
                break;
            }
        }

        if (of < 0 || of + 1 >= context.Last || SpeakerOf(context) is not { } subject)
        {
            return null;
        }

        var end = ChargeEnd(context, of + 1);
        return new ReportedMatch(from, end, new Attribution(subject, Rule, verb), Math.Max(verb, end - 1));
    }

    // "The ministry said … and accused Manila of …": the speaker of the report just before.
    private static SpeakerPhrase? SpeakerOf(ReportedContext context) =>
        context.Subject
        ?? (context.Analysis.Tokens[context.Verb - 1].Is(context.Analysis.Text, "and") && context.Reported.Count > 0 ? context.Reported[^1].Phrase : null);

    // The charge ends at the first comma or dash outside its quotation ("of dredging, runs the harbour …",
    // "of hiding the cost of the cranes, bought in 2019 …"), at a quotation closed on its comma
    // ("of “hiding the cost,” a charge the board denies"), or where any reported clause ends.
    private static int ChargeEnd(ReportedContext context, int from)
    {
        var a = context.Analysis;
        var end = context.ClauseEnd(from);
        for (var k = from + 1; k < end; k++)
        {
            var token = a.Tokens[k];
            var isBreak = token.Is(a.Text, ',') || token.Is(a.Text, '—') || token.Is(a.Text, '–');
            if (isBreak && !a.InsideQuote(k))
            {
                return k;
            }

            // "… of a fuel embargo and said …": a charge may be shorter than a clause before the speaker acts again.
            if (token.Is(a.Text, "and") && k + 1 < end && !a.InsideQuote(k) && ReportedClause.IsSpeakerAction(a, k + 1))
            {
                return k;
            }

            if (isBreak && k + 2 < end && a.Tokens[k + 1].Kind == TokenKind.Punct && QuoteMarks.IsMark(a.Text[a.Tokens[k + 1].Start]))
            {
                return k + 2;
            }
        }

        return end;
    }
}
