namespace NewsTracker.Core.Extraction.Sieves;

// "The message from Oslo was blunt: the border stays closed", "The ministry's position is unchanged: …", "Holm's verdict:
// …", "Prime Minister Anna Holm was blunt: …": a statement framed by a noun or a manner word, then a colon, then what
// was said. The frame must name who spoke ("The answer is simple: …" is the narrator's own voice).
internal sealed class FrameColonSieve : IReportedSieve
{
    public const string Rule = "frame-colon";

    private const int MaxFrame = 20;

    internal static readonly WordSet FrameNouns = new("""
        message position response reply answer verdict view line warning demand argument conclusion stance assessment
        reaction advice explanation justification
        """);

    private static readonly WordSet Manners = new("blunt clear unequivocal emphatic categorical firm direct plain swift unchanged adamant");

    private static readonly WordSet Copulas = new("was is were are remained remains been");

    public string Name => Rule;

    public ReportedMatch? Try(ReportedContext context)
    {
        var a = context.Analysis;
        var (start, last) = (context.Start, context.Last);
        var colon = Colon(a, start, Math.Min(last, start + MaxFrame));
        if (colon < start + 2 || colon + ReportedContext.MinClauseWords >= last || IsMark(a, colon + 1))
        {
            return null;
        }

        var source = NounFrameSource(a, start, colon) ?? MannerFrameSource(a, start, colon);
        if (source is null || (source.Form == SpeakerForm.Anonymous && source.Role is null))
        {
            return null;
        }

        return new ReportedMatch(colon + 1, context.ClauseEnd(colon + 1), new Attribution(source, Rule, colon), colon);
    }

    private static int Colon(ArticleAnalysis a, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (a.InsideQuote(k) || IsMark(a, k))
            {
                return -1;
            }

            if (a.Tokens[k].Is(a.Text, ':'))
            {
                return k;
            }
        }

        return -1;
    }

    private static bool IsMark(ArticleAnalysis a, int k) =>
        k < a.Tokens.Count && a.Tokens[k].Kind == TokenKind.Punct && QuoteMarks.IsMark(a.Text[a.Tokens[k].Start]);

    // "The ministry's position …:", "Holm's verdict:", "Her answer:", "The message from Oslo was blunt:": the owner, or
    // who it came from. Direct quotes after such a frame read it too (FrameColonQuoteSieve).
    internal static SpeakerPhrase? NounFrameSource(ArticleAnalysis a, int start, int colon)
    {
        var (text, tokens) = (a.Text, a.Tokens);
        for (var noun = start; noun < colon && noun <= start + 4; noun++)
        {
            if (!FrameNouns.Contains(text, tokens[noun]))
            {
                continue;
            }

            if (noun - 1 > start && tokens[noun - 1].Kind == TokenKind.Possessive)
            {
                var owner = Lexicon.Determiners.Contains(text, tokens[start]) && noun - 1 > start + 1 ? start + 1 : start;
                return owner < noun - 1 ? SpeakerPhraseParser.Describe(a, owner, noun - 1) : null;
            }

            if (noun - 1 == start && SpeakerPhraseParser.Owner(a, start) is { } pronoun)
            {
                return pronoun;
            }

            if (noun + 2 < colon && (tokens[noun + 1].Is(text, "from") || tokens[noun + 1].Is(text, "of")))
            {
                var end = noun + 2;
                while (end < colon && !Copulas.Contains(text, tokens[end]) && !tokens[end].Is(text, ','))
                {
                    end++;
                }

                return end > noun + 2 ? SpeakerPhraseParser.Describe(a, noun + 2, end) : null;
            }

            return null;
        }

        return null;
    }

    // "Prime Minister Anna Holm was blunt:": the subject of a copula and a manner word right before the colon.
    private static SpeakerPhrase? MannerFrameSource(ArticleAnalysis a, int start, int colon)
    {
        var (text, tokens) = (a.Text, a.Tokens);
        if (!Manners.Contains(text, tokens[colon - 1]))
        {
            return null;
        }

        var copula = colon - 2;
        if (copula > start && !Copulas.Contains(text, tokens[copula]))
        {
            copula--; // "was equally blunt"
        }

        return copula > start && Copulas.Contains(text, tokens[copula]) && !FrameNouns.Contains(text, tokens[copula - 1])
            ? SpeakerPhraseParser.Describe(a, start, copula)
            : null;
    }
}
