namespace NewsTracker.Core.Extraction;

// Askers who name themselves, and callers known by a first name.
internal static partial class TranscriptTurnFinder
{
    private const int MaxIntroducedNameWords = 4;

    private static readonly WordSet Greetings = new("thanks thank you hi hello yes sure good morning afternoon evening", indexed: false);

    private static readonly WordSet OutletLinks = new("from with of at", indexed: false);

    // "Q: Hi, it's Ada Quist with Harbour Radio. …", "Q: Thanks, Jon. Ada Quist, Harbour Radio. …": a reporter at a
    // briefing opens the question with their name and outlet; the name, or null.
    private static string? SelfIntroduced(ArticleAnalysis a, int turnStart)
    {
        var tokens = a.Tokens;
        var k = a.Document.TokenIndexAt(turnStart);
        var sentence = k < tokens.Count ? a.SentenceOf(k) : -1;
        if (sentence < 0)
        {
            return null;
        }

        // The greeting, and the name of whoever gave the floor after it ("Thanks, Dorothea.").
        var greeted = false;
        while (k < tokens.Count && (Greetings.Contains(a.Text, tokens[k]) || (greeted && tokens[k].Kind == TokenKind.Punct && !tokens[k].Is(a.Text, '?'))))
        {
            greeted = true;
            k++;
        }

        if (greeted && k + 1 < tokens.Count && tokens[k].IsCapitalized(a.Text) && tokens[k + 1].Is(a.Text, '.') && k > 0 && tokens[k - 1].Is(a.Text, ','))
        {
            k += 2;
        }

        if (k < tokens.Count && (tokens[k].Is(a.Text, "it's") || tokens[k].Is(a.Text, "it’s")))
        {
            k++;
        }
        else if (k + 1 < tokens.Count && tokens[k].Is(a.Text, "this") && tokens[k + 1].Is(a.Text, "is"))
        {
            k += 2;
        }

        var start = k;
        while (k < tokens.Count && k - start < MaxIntroducedNameWords && tokens[k].Kind == TokenKind.Word && tokens[k].IsCapitalized(a.Text)
            && !Lexicon.TitleWords.Contains(a.Text, tokens[k]) && !Lexicon.Determiners.Contains(a.Text, tokens[k]))
        {
            k++;
        }

        var named = k - start >= 2 && k + 1 < tokens.Count && a.SentenceOf(k) <= sentence + 2
            && (tokens[k].Is(a.Text, ',') || OutletLinks.Contains(a.Text, tokens[k])) && tokens[k + 1].IsCapitalized(a.Text);
        return named ? a.Text[tokens[start].Start..tokens[k - 1].End] : null;
    }

    // "BEV:" after "Bev from the harbour, go ahead": three capitals the text writes as a word are a name, not initials.
    private static bool WrittenAsWord(ArticleAnalysis a, string label)
    {
        var word = TitleCase(label);
        foreach (var token in a.Tokens)
        {
            if (token.Kind == TokenKind.Word && token.Length == word.Length && a.Text.AsSpan(token.Start, token.Length).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }
}
