namespace NewsTracker.Core.Search;

// A piece of a quote's text, marked when it is what the search matched. Pages encode each piece and wrap the
// marked ones in <mark>, so no markup is ever built from the quote's text.
public sealed record HighlightedText(string Text, bool IsMatch);

// Marks the words a search matched the way the index matched them: a word or its prefix, the word's root
// ("deployment" marks "deploying"), diacritics folded, and a phrase only where its words stand in order.
public static class SearchHighlighter
{
    public static IReadOnlyList<HighlightedText> Highlight(string text, SearchQuery query)
    {
        if (query.IsEmpty || string.IsNullOrEmpty(text))
        {
            return [new HighlightedText(text, false)];
        }

        var tokens = Tokens(text);
        var marked = new bool[tokens.Count];
        foreach (var term in query.Highlighted)
        {
            if (term.IsPhrase)
            {
                MarkPhrase(tokens, marked, term.Words.Select(Needle.Of).ToList());
            }
            else
            {
                foreach (var needle in term.Words.Select(Needle.Of))
                {
                    for (var t = 0; t < tokens.Count; t++)
                    {
                        marked[t] |= needle.Matches(tokens[t].Folded);
                    }
                }
            }
        }

        return Pieces(text, tokens, marked);
    }

    private static void MarkPhrase(List<Token> tokens, bool[] marked, List<Needle> words)
    {
        for (var start = 0; start + words.Count <= tokens.Count; start++)
        {
            if (Enumerable.Range(0, words.Count).All(w => words[w].Matches(tokens[start + w].Folded)))
            {
                for (var w = 0; w < words.Count; w++)
                {
                    marked[start + w] = true;
                }
            }
        }
    }

    private static List<HighlightedText> Pieces(string text, List<Token> tokens, bool[] marked)
    {
        var pieces = new List<HighlightedText>();
        var position = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (!marked[t])
            {
                continue;
            }

            // A run of marked words joined only by spaces is one mark ("door is open").
            var end = t;
            while (end + 1 < tokens.Count && marked[end + 1] && text.AsSpan(tokens[end].End, tokens[end + 1].Start - tokens[end].End).IsWhiteSpace())
            {
                end++;
            }

            if (tokens[t].Start > position)
            {
                pieces.Add(new HighlightedText(text[position..tokens[t].Start], false));
            }

            pieces.Add(new HighlightedText(text[tokens[t].Start..tokens[end].End], true));
            position = tokens[end].End;
            t = end;
        }

        if (position < text.Length)
        {
            pieces.Add(new HighlightedText(text[position..], false));
        }

        return pieces;
    }

    private static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            tokens.Add(new Token(start, i, SearchText.Fold(text[start..i].ToLowerInvariant())));
        }

        return tokens;
    }

    private sealed record Token(int Start, int End, string Folded);

    // A searched word as the index matches it: the word as a prefix, or its root of four letters or more.
    private sealed record Needle(string Word, string? Root)
    {
        public static Needle Of(string word)
        {
            var folded = SearchText.Fold(word);
            var root = SearchText.Root(folded);
            return new Needle(folded, root.Length >= 4 && root != folded ? root : null);
        }

        public bool Matches(string token) =>
            token.StartsWith(Word, StringComparison.Ordinal) || (Root is { } root && token.StartsWith(root, StringComparison.Ordinal));
    }
}
