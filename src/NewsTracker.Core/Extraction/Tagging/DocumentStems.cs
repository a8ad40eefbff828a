using NewsTracker.Core.Common;

namespace NewsTracker.Core.Extraction.Tagging;

// The rules' stem id of each word of an article's body, worked out once for all its quotes: a quote and the sentence
// around it are read from the body's own tokens instead of being tokenised and stemmed again. Not thread-safe: one
// article, one extraction.
internal sealed class DocumentStems(ArticleDocument document, TopicRules rules)
{
    private const int Unknown = int.MinValue;

    // The stem id (-1: no rule uses the word) of each token, Unknown until asked; a token that is no word stays Unknown.
    private readonly int[] _ids = Fill(document.Tokens.Count);

    public TopicRules Rules => rules;

    public string Text => document.Text;

    // The ids of the words in text[start..end], or false when a token runs over either edge: then the range must be
    // tokenised on its own to read as a text of its own reads.
    public bool TryRead(int start, int end, List<int> ids)
    {
        ids.Clear();
        var tokens = document.Tokens;
        var k = document.TokenIndexAt(start);
        if (k > 0 && tokens[k - 1].End > start)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[Stemmer.MaxWordLength];
        for (; k < tokens.Count && tokens[k].Start < end; k++)
        {
            var token = tokens[k];
            if (token.End > end)
            {
                return false;
            }

            if (token.Kind is not (TokenKind.Word or TokenKind.Number))
            {
                continue;
            }

            if (_ids[k] == Unknown)
            {
                var word = token.Span(document.Text);
                _ids[k] = rules.CouldMatch(word) ? rules.StemIdOf(buffer[..Stemmer.Stem(word, buffer)]) : -1;
            }

            ids.Add(_ids[k]);
        }

        return true;
    }

    private static int[] Fill(int count)
    {
        var ids = new int[count];
        Array.Fill(ids, Unknown);
        return ids;
    }
}
