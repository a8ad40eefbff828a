using System.Runtime.InteropServices;

namespace NewsTracker.Core.Extraction.Tagging;

// The topics' keywords, phrases and exclusions compiled to stem sequences, indexed by their first stem.
// Built once per catalogue; read by TopicTagger from any thread.
public sealed class TopicRules
{
    private readonly Dictionary<string, int> _stemIds = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<Rule>> _byFirstStem = [];
    private readonly HashSet<int> _stemPrefixes = [];
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
    internal bool CouldMatch(ReadOnlySpan<char> word) =>
        word.Length < 3 || _stemPrefixes.Contains(PrefixKey(word));

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
        }

        if (!_stemIds.TryGetValue(stem, out var id))
        {
            id = _stemIds.Count;
            _stemIds[stem] = id;
        }

        return id;
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
