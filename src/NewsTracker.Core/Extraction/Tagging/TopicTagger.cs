using System.Runtime.InteropServices;

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
    public static IReadOnlyList<string> Tag(string quoteText, string? sentenceContext, TopicRules rules)
    {
        ArgumentNullException.ThrowIfNull(quoteText);
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.Topics.Count == 0)
        {
            return [];
        }

        var quote = Matches.In(quoteText, rules);
        var tagged = new List<string>();
        for (var topic = 0; topic < rules.Topics.Count; topic++)
        {
            if (quote.Phrase[topic] || (quote.Keyword[topic] && !quote.Exclusion[topic]))
            {
                tagged.Add(rules.Topics[topic]);
            }
        }

        if (tagged.Count > 0 || string.IsNullOrWhiteSpace(sentenceContext))
        {
            return tagged;
        }

        var sentence = Matches.In(sentenceContext, rules);
        for (var topic = 0; topic < rules.Topics.Count; topic++)
        {
            if (sentence.Phrase[topic] && !quote.Exclusion[topic])
            {
                tagged.Add(rules.Topics[topic]);
            }
        }

        return tagged;
    }

    // Which topics' keywords, phrases and exclusions occur in a text, matched stem by stem.
    private sealed class Matches
    {
        private Matches(int topics)
        {
            Keyword = new bool[topics];
            Phrase = new bool[topics];
            Exclusion = new bool[topics];
        }

        public bool[] Keyword { get; }

        public bool[] Phrase { get; }

        public bool[] Exclusion { get; }

        public static Matches In(string text, TopicRules rules)
        {
            var matches = new Matches(rules.Topics.Count);
            var stems = StemIds(text, rules);
            var ids = CollectionsMarshal.AsSpan(stems);
            for (var i = 0; i < ids.Length; i++)
            {
                foreach (var rule in rules.StartingWith(ids[i]))
                {
                    if (i + rule.Stems.Length <= ids.Length && ids.Slice(i, rule.Stems.Length).SequenceEqual(rule.Stems))
                    {
                        var seen = rule.Kind switch
                        {
                            TopicRules.RuleKind.Keyword => matches.Keyword,
                            TopicRules.RuleKind.Phrase => matches.Phrase,
                            _ => matches.Exclusion,
                        };
                        seen[rule.Topic] = true;
                    }
                }
            }

            return matches;
        }

        // Each word's stem id, or -1 for a word no rule uses: a phrase matches only words in sequence.
        private static List<int> StemIds(string text, TopicRules rules)
        {
            var tokens = Tokenizer.Tokenize(text, 0, text.Length);
            var ids = new List<int>(tokens.Count);
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
                    ids.Add(-1);
                    continue;
                }

                var length = Stemmer.Stem(word, buffer);
                ids.Add(rules.StemIdOf(buffer[..length]));
            }

            return ids;
        }
    }
}
