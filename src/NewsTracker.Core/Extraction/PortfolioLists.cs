namespace NewsTracker.Core.Extraction;

// "Ports, Fisheries and Coastal Affairs" after the comma in a body's name ("the Ministry of Economy, Ports and Fisheries"):
// capitalised words that are no first name, commas between them, closed by one "and" and the last portfolio's words.
// ", and" lists people or states, not portfolios. Shared by the article's bodies and the speaker phrase.
internal static class PortfolioLists
{
    // How many tokens the list starting at `from` runs, stopping before `limit`; 0 when none starts there.
    public static int Length(string text, List<Token> tokens, int from, int limit)
    {
        var k = from;
        var closed = false;
        while (k < limit && (tokens[k].Is(text, ',') || tokens[k].Is(text, "and")
            || (tokens[k].IsCapitalized(text) && FirstNames.Of(tokens[k].Span(text)) == Gender.Unknown)))
        {
            if (tokens[k].Is(text, "and"))
            {
                if (closed || k == from || tokens[k - 1].Is(text, ',') || !(k + 1 < limit && tokens[k + 1].IsCapitalized(text)))
                {
                    return 0;
                }

                closed = true;
            }
            else if (closed && tokens[k].Is(text, ','))
            {
                break;
            }

            k++;
        }

        return closed ? k - from : 0;
    }
}
