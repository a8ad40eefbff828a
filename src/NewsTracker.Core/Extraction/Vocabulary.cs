using System.Collections.Frozen;
using System.Numerics;
using System.Runtime.CompilerServices;
using NewsTracker.Core.Common;

namespace NewsTracker.Core.Extraction;

// Every word list the extractor consults, folded into one dictionary from word to a bit per list, so a
// token is looked up once when it is read and every later "is it a title? a speech verb?" is a bit test.
internal static class Vocabulary
{
    // Token keeps its kind in the top two bits of the flags word.
    private const int MaxLists = 62;

    // The classes that hold word lists as static fields; they are initialised before the index is built.
    private static readonly Type[] Holders =
    [
        typeof(Lexicon), typeof(SpeakerPhraseParser), typeof(ReportedClause), typeof(Names), typeof(ArticlePeople),
        typeof(ArticleAnalysis), typeof(Sieves.NameColonSieve), typeof(DirectQuoteFinder), typeof(Tokenizer),
    ];

    private static readonly Lock Gate = new();
    private static readonly List<(WordSet Set, ulong Bit)> Lists = [];
    private static Index? _index;

    // A list made after the index was built (or beyond MaxLists) gets no bit and answers by its own lookup.
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

    public static ulong FlagsOf(ReadOnlySpan<char> word) => (_index ?? Build()).FlagsOf(word);

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

    // An open-addressing table over lower-cased ASCII words, hashed while lower-casing: the tokenizer asks it
    // once per word, so it must be cheaper than a general case-insensitive dictionary. Words with other
    // characters go to the dictionary.
    private sealed class Index
    {
        private readonly FrozenDictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> _other;
        private readonly string?[] _keys;
        private readonly ulong[] _flags;
        private readonly int _mask;

        public Index(FrozenDictionary<string, ulong> flags)
        {
            _other = flags.GetAlternateLookup<ReadOnlySpan<char>>();
            var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, flags.Count * 4));
            _keys = new string?[size];
            _flags = new ulong[size];
            _mask = size - 1;
            foreach (var (word, bits) in flags)
            {
                if (!Ascii.IsAsciiWord(word))
                {
                    continue;
                }

                var lower = word.ToLowerInvariant();
                var slot = (int)(Hash(lower) & (uint)_mask);
                while (_keys[slot] is { } taken && taken != lower)
                {
                    slot = (slot + 1) & _mask;
                }

                _keys[slot] = lower;
                _flags[slot] |= bits;
            }
        }

        public ulong FlagsOf(ReadOnlySpan<char> word)
        {
            if (word.Length > 32)
            {
                return 0;
            }

            uint hash = 2166136261;
            foreach (var c in word)
            {
                if (c > 0x7F)
                {
                    return _other.TryGetValue(word, out var flags) ? flags : 0;
                }

                hash = (hash ^ (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c)) * 16777619;
            }

            for (var slot = (int)(hash & (uint)_mask); _keys[slot] is { } key; slot = (slot + 1) & _mask)
            {
                if (key.Length == word.Length && EqualsLowerAscii(word, key))
                {
                    return _flags[slot];
                }
            }

            return 0;
        }

        // The word is known to be ASCII here and the key is lower case.
        private static bool EqualsLowerAscii(ReadOnlySpan<char> word, string key)
        {
            for (var i = 0; i < word.Length; i++)
            {
                var c = word[i];
                if ((c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c) != key[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static uint Hash(string lower)
        {
            uint hash = 2166136261;
            foreach (var c in lower)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }
}
