using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace NewsTracker.Core.Extraction;

// Every word list the extractor consults, folded into one dictionary from word to a bit per list, so a
// token is looked up once when it is read and every later "is it a title? a speech verb?" is a bit test.
internal static class Vocabulary
{
    private const int MaxLists = 64;

    // The classes that hold word lists as static fields; they are initialised before the index is built.
    private static readonly Type[] Holders =
    [
        typeof(Lexicon), typeof(SpeakerPhraseParser), typeof(ReportedClause), typeof(Names), typeof(ArticlePeople),
        typeof(ArticleAnalysis), typeof(AttributionFinder), typeof(DirectQuoteFinder), typeof(Tokenizer),
    ];

    private static readonly Lock Gate = new();
    private static readonly List<(WordSet Set, ulong Bit)> Lists = [];
    private static Index? _index;

    // A list made after the index was built (or beyond 64) gets no bit and answers by its own lookup.
    public static ulong Register(WordSet set)
    {
        lock (Gate)
        {
            if (_index is not null || Lists.Count >= MaxLists)
            {
                return 0;
            }

            var bit = 1UL << Lists.Count;
            Lists.Add((set, bit));
            return bit;
        }
    }

    public static ulong FlagsOf(ReadOnlySpan<char> word) =>
        (_index ?? Build()).Lookup.TryGetValue(word, out var flags) ? flags : 0;

    private static Index Build()
    {
        foreach (var holder in Holders)
        {
            RuntimeHelpers.RunClassConstructor(holder.TypeHandle);
        }

        lock (Gate)
        {
            if (_index is { } built)
            {
                return built;
            }

            var map = new Dictionary<string, ulong>(StringComparer.OrdinalIgnoreCase);
            foreach (var (set, bit) in Lists)
            {
                foreach (var word in set.Words)
                {
                    map[word] = map.GetValueOrDefault(word) | bit;
                }
            }

            var index = new Index(map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
            _index = index;
            return index;
        }
    }

    private sealed class Index(FrozenDictionary<string, ulong> flags)
    {
        public FrozenDictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; } = flags.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
