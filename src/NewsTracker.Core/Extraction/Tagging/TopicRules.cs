using System.Runtime.InteropServices;
using NewsTracker.Core.Common;

namespace NewsTracker.Core.Extraction.Tagging;

// The topics' keywords, phrases and exclusions compiled to stem sequences, indexed by their first stem.
// Built once per catalogue; read by TopicTagger from any thread.
public sealed class TopicRules
{
    private readonly Dictionary<string, int> _stemIds = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<Rule>> _byFirstStem = [];
    private readonly HashSet<int> _stemPrefixes = [];

    // The same prefixes when all three are ASCII letters, as bits (32 × 32 × 32): a bit test per word, not a hash.
    private readonly ulong[] _letterPrefixes = new ulong[32 * 32 * 32 / 64];
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _stemLookup;

    private TopicRules(IReadOnlyList<TopicDefinition> topics)
    {
        Topics = [.. topics.Select(t => t.Name)];
        for (var topic = 0; topic < topics.Count; topic++)
        {
            var definition = topics[topic];
            Add(definition.Keywords, topic, RuleKind.Keyword);
            Add(definition.Phrases ?? [], topic, RuleKind.Phrase);
            Add(definition.Exclusions ?? [], topic, RuleKind.Exclusion);
        }

        _stemLookup = _stemIds.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // Topic names in catalogue order: the order tags are reported in.
    public IReadOnlyList<string> Topics { get; }

    public static TopicRules Compile(IReadOnlyList<TopicDefinition> topics) => new(topics);

    // The stems a keyword, phrase or exclusion is matched by, as the tagger reads text.
    public static string[] Stems(string words) =>
        Tokenizer.Tokenize(words, 0, words.Length)
            .Where(t => t.Kind is TokenKind.Word or TokenKind.Number)
            .Select(t => Stemmer.Stem(t.Span(words)))
            .ToArray();

    internal int StemIdOf(ReadOnlySpan<char> stem) => _stemLookup.TryGetValue(stem, out var id) ? id : -1;

    internal ReadOnlySpan<Rule> StartingWith(int stemId) =>
        stemId >= 0 && _byFirstStem.TryGetValue(stemId, out var rules) ? CollectionsMarshal.AsSpan(rules) : [];

    // Stemming only strips endings, so a word can meet a rule only if it starts as the rule's stem does.
    internal bool CouldMatch(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return true;
        }

        var bit = LetterPrefixBit(word);
        return bit >= 0 ? (_letterPrefixes[bit >> 6] & (1UL << bit)) != 0 : _stemPrefixes.Contains(PrefixKey(word));
    }

    private void Add(IEnumerable<string> entries, int topic, RuleKind kind)
    {
        foreach (var entry in entries)
        {
            var stems = Stems(entry).Select(StemId).ToArray();
            if (stems.Length == 0)
            {
                continue;
            }

            if (!_byFirstStem.TryGetValue(stems[0], out var list))
            {
                list = [];
                _byFirstStem[stems[0]] = list;
            }

            list.Add(new Rule(stems, topic, kind));
        }
    }

    private int StemId(string stem)
    {
        if (stem.Length >= 3)
        {
            _stemPrefixes.Add(PrefixKey(stem));
            if (LetterPrefixBit(stem) is var bit and >= 0)
            {
                _letterPrefixes[bit >> 6] |= 1UL << bit;
            }
        }

        if (!_stemIds.TryGetValue(stem, out var id))
        {
            id = _stemIds.Count;
            _stemIds[stem] = id;
        }

        return id;
    }

    // 0–32767 for three ASCII letters (either case), else -1.
    private static int LetterPrefixBit(ReadOnlySpan<char> word)
    {
        int a = (word[0] | 0x20) - 'a', b = (word[1] | 0x20) - 'a', c = (word[2] | 0x20) - 'a';
        return (uint)a < 26 && (uint)b < 26 && (uint)c < 26 ? (a << 10) | (b << 5) | c : -1;
    }

    private static int PrefixKey(ReadOnlySpan<char> word) =>
        (Ascii.ToLower(word[0]) << 16) ^ (Ascii.ToLower(word[1]) << 8) ^ Ascii.ToLower(word[2]);

    internal enum RuleKind : byte
    {
        Keyword,
        Phrase,
        Exclusion,
    }

    internal sealed record Rule(int[] Stems, int Topic, RuleKind Kind);
}
