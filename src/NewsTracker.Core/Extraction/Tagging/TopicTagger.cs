using System.Buffers;
using System.Runtime.InteropServices;
using NewsTracker.Core.Common;

namespace NewsTracker.Core.Extraction.Tagging;

// A quote's topics as a pure function of its text, the sentence it stands in, and the topic rules, so that
// re-tagging stored quotes gives what extraction gave. The rules (docs/decisions/0009-topic-rules.md):
// - a keyword counts in the quote's own text, unless one of the topic's exclusions appears in that text
//   ("loan guarantee" says "guarantee" is not meant as a security guarantee);
// - a phrase counts in the quote's text whatever else it holds: several words in sequence are not ambiguous;
// - only when the quote's text gives no topic at all does its sentence count, and then only through phrases,
//   and not for a topic whose exclusion the quote's own text holds. A sentence says more than the quote, so
//   a single word there is too weak a sign; a phrase is not.
public static class TopicTagger
{
    // What a text holds of each topic, one byte per topic.
    private const byte Keyword = 1;
    private const byte Phrase = 2;
    private const byte Exclusion = 4;

    // Tags per text are few; past this many topics the flags go to the heap.
    private const int StackTopics = 256;

    // Tokens of the text being matched, reused by each thread: tagging runs once per quote and must not allocate.
    [ThreadStatic]
    private static List<Token>? _scratchTokens;

    [ThreadStatic]
    private static List<int>? _scratchIds;

    public static IReadOnlyList<string> Tag(string quoteText, string? sentenceContext, TopicRules rules)
    {
        ArgumentNullException.ThrowIfNull(quoteText);
        ArgumentNullException.ThrowIfNull(rules);
        var sentence = new TextRange(0, sentenceContext?.Length ?? 0);
        return Tag(quoteText, sentenceContext ?? string.Empty, sentence, 0, 0, rules, null, null);
    }

    // Extraction's form: the quote's sentence is found in the cleaned body (QuoteSentence) only when the quote's
    // own text names no topic, and read in place.
    internal static IReadOnlyList<string> Tag(string quoteText, string cleanBody, int start, int end, TopicRules rules) =>
        Tag(quoteText, cleanBody, null, start, end, rules, null, null);

    // As above, with the body's words already stemmed (DocumentStems); `quoteRange` is where the quote's text lies in the
    // body when it is one passage, or null for a quote joined from several.
    internal static IReadOnlyList<string> Tag(string quoteText, TextRange? quoteRange, int start, int end, DocumentStems stems) =>
        Tag(quoteText, stems.Text, null, start, end, stems.Rules, stems, quoteRange);

    // `sentence` is where the context lies in sentenceText, or null to find it around start..end.
    private static List<string> Tag(
        string quoteText, string sentenceText, TextRange? sentence, int start, int end, TopicRules rules, DocumentStems? stems, TextRange? quoteRange)
    {
        var tagged = new List<string>();
        var topics = rules.Topics.Count;
        if (topics == 0)
        {
            return tagged;
        }

        Span<byte> quote = topics <= StackTopics ? stackalloc byte[topics] : new byte[topics];
        quote.Clear();
        Match(quoteText, 0, quoteText.Length, rules, quote, stems, quoteRange);
        for (var topic = 0; topic < topics; topic++)
        {
            if ((quote[topic] & Phrase) != 0 || (quote[topic] & (Keyword | Exclusion)) == Keyword)
            {
                tagged.Add(rules.Topics[topic]);
            }
        }

        if (tagged.Count > 0)
        {
            return tagged;
        }

        var context = sentence ?? QuoteSentence.Range(sentenceText, start, end);
        if (IsBlank(sentenceText, context))
        {
            return tagged;
        }

        Span<byte> around = topics <= StackTopics ? stackalloc byte[topics] : new byte[topics];
        around.Clear();
        Match(sentenceText, context.Start, context.End, rules, around, stems, context);
        for (var topic = 0; topic < topics; topic++)
        {
            if ((around[topic] & Phrase) != 0 && (quote[topic] & Exclusion) == 0)
            {
                tagged.Add(rules.Topics[topic]);
            }
        }

        return tagged;
    }

    private static bool IsBlank(string text, TextRange range)
    {
        for (var i = range.Start; i < range.End; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    // Marks which topics' keywords, phrases and exclusions occur in text[start..end], matched stem by stem: from the
    // body's stems when the text lies in the body (`range`), else tokenised here.
    private static void Match(string text, int start, int end, TopicRules rules, Span<byte> seen, DocumentStems? stems, TextRange? range)
    {
        var read = _scratchIds ??= new List<int>(256);
        if (stems is not null && range is { } inBody && stems.TryRead(inBody.Start, inBody.End, read))
        {
            Match(CollectionsMarshal.AsSpan(read), rules, seen);
        }
        else
        {
            var tokens = _scratchTokens ??= new List<Token>(256);
            tokens.Clear();
            Tokenizer.Tokenize(text, start, end, tokens, flags: false);
            var rented = tokens.Count > 256 ? ArrayPool<int>.Shared.Rent(tokens.Count) : null;
            Span<int> buffer = rented ?? stackalloc int[256];
            Match(buffer[..StemIds(text, tokens, rules, buffer)], rules, seen);
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }

        // A long text's tokens are not worth keeping for the next quote.
        if (_scratchTokens is { Capacity: > 4096 } || read.Capacity > 4096)
        {
            _scratchTokens = null;
            _scratchIds = null;
        }
    }

    private static void Match(ReadOnlySpan<int> ids, TopicRules rules, Span<byte> seen)
    {
        for (var i = 0; i < ids.Length; i++)
        {
            foreach (var rule in rules.StartingWith(ids[i]))
            {
                if (i + rule.Stems.Length <= ids.Length && ids.Slice(i, rule.Stems.Length).SequenceEqual(rule.Stems))
                {
                    seen[rule.Topic] |= rule.Kind switch
                    {
                        TopicRules.RuleKind.Keyword => Keyword,
                        TopicRules.RuleKind.Phrase => Phrase,
                        _ => Exclusion,
                    };
                }
            }
        }
    }

    // Each word's stem id, or -1 for a word no rule uses: a phrase matches only words in sequence.
    private static int StemIds(string text, List<Token> tokens, TopicRules rules, Span<int> ids)
    {
        var count = 0;
        Span<char> buffer = stackalloc char[Stemmer.MaxWordLength];
        foreach (var token in tokens)
        {
            if (token.Kind is not (TokenKind.Word or TokenKind.Number))
            {
                continue;
            }

            var word = token.Span(text);
            if (!rules.CouldMatch(word))
            {
                ids[count++] = -1;
                continue;
            }

            var length = Stemmer.Stem(word, buffer);
            ids[count++] = rules.StemIdOf(buffer[..length]);
        }

        return count;
    }
}
