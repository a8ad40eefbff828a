namespace NewsTracker.Core.Extraction.Sieves;

// The words that introduce a person at one mention: the capitalised titles and institution before the name
// ("European Commission President Ana Lindqvist", "The president of the Commission, Dr. Ana Lindqvist"), and an
// appositive or bracket after it ("Tom Berrow, a Republican from Tennessee,", "Tom Berrow (R-Tenn.)", "Tom Berrow of Ohio").
internal static class IntroductionWindow
{
    private const int MaxWindow = 10;

    // An appositive or relative clause after the name: "Jon Berg, who wrote a paper on ports with Ada Quist at the
    // Institute in Oslo,".
    private const int MaxAppositive = 20;

    public static (int From, int To) Of(ArticleAnalysis a, MentionOfPerson mention)
    {
        var (text, tokens) = (a.Text, a.Tokens);
        var sentence = mention.Sentence;
        var from = mention.TokenIndex;
        while (from - 1 >= 0 && mention.TokenIndex - from < MaxWindow && a.SentenceOf(from - 1) == sentence)
        {
            if (IsOfficeWord(a, from - 1) || IsApposedOffice(a, from - 1))
            {
                from--;
            }
            else if (PortfolioTitle(a, from - 1) is >= 0 and var title)
            {
                from = title;
            }
            else
            {
                break;
            }
        }

        var to = mention.TokenIndex;
        while (to < tokens.Count && tokens[to].IsCapitalized(text))
        {
            to++;
        }

        if (to + 1 < tokens.Count && tokens[to].Is(text, "of") && tokens[to + 1].IsCapitalized(text))
        {
            to++;
            while (to < tokens.Count && tokens[to].IsCapitalized(text))
            {
                to++;
            }
        }

        if (to < tokens.Count && (tokens[to].Is(text, ',') || tokens[to].Is(text, '(')))
        {
            // A bracket runs to its close, full stops of "(D-N.Y.)" included; an appositive to its comma or full stop.
            var bracket = tokens[to].Is(text, '(');
            var close = to + 1;
            while (close < tokens.Count && close - to <= MaxAppositive
                && !(bracket ? tokens[close].Is(text, ')') : IsClauseEnd(text, tokens[close]) || a.SentenceOf(close) != sentence))
            {
                close++;
            }

            to = close;
        }

        return (from, Math.Min(to, tokens.Count));
    }

    private static bool IsOfficeWord(ArticleAnalysis a, int k) =>
        a.Tokens[k].IsCapitalized(a.Text) || OfficeHolderSieve.Office.IsTitle(a, k) || a.Tokens[k].Kind == TokenKind.Possessive
        || a.Tokens[k].Is(a.Text, "of") || a.Tokens[k].Is(a.Text, "the")
        || (a.Tokens[k].Is(a.Text, '.') && k > 0 && Lexicon.Abbreviations.Contains(a.Text, a.Tokens[k - 1]));

    // "The president of the European Commission, Dr. Ana Lindqvist,": the office stands before the comma.
    private static bool IsApposedOffice(ArticleAnalysis a, int k) =>
        a.Tokens[k].Is(a.Text, ',') && k > 0
        && (OfficeHolderSieve.Office.IsTitle(a, k - 1) || Lexicon.OrganisationWords.Contains(a.Text, a.Tokens[k - 1]) || PortfolioTitle(a, k - 1) >= 0);

    // "Halden's head of lithium, Ana Lindqvist,": lowercase words of a portfolio after a title and "of"; where the title
    // stands, or -1.
    private static int PortfolioTitle(ArticleAnalysis a, int k)
    {
        var of = k;
        while (of > k - 3 && of > 0 && a.Tokens[of].Kind == TokenKind.Word && !a.Tokens[of].IsCapitalized(a.Text) && !a.Tokens[of].Is(a.Text, "of"))
        {
            of--;
        }

        return of < k && of > 0 && a.Tokens[of].Is(a.Text, "of") && OfficeHolderSieve.Office.IsTitle(a, of - 1) ? of - 1 : -1;
    }

    private static bool IsClauseEnd(string text, Token token) =>
        token.Is(text, ',') || token.Is(text, ')') || token.Is(text, ';') || token.Is(text, '.');
}
