using System.Collections.Frozen;

namespace NewsTracker.Core.Extraction;

// A case-insensitive word list looked up by span, so the hot path never allocates a string per token.
internal sealed class WordSet
{
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly ulong _bit;

    // indexed: false for a list asked rarely (once a phrase, not once a token), so it leaves the vocabulary's few bits
    // to the lists every token is tested against.
    public WordSet(IEnumerable<string> words, bool indexed = true)
    {
        _words = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _bit = indexed ? Vocabulary.Register(this) : 0;
    }

    public WordSet(string spaceSeparated, bool indexed = true)
        : this(spaceSeparated.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), indexed)
    {
    }

    public IEnumerable<string> Words => _words;

    // Whether tokens carry this list's bit (the vocabulary has room for 62 lists), or it answers by its own lookup.
    public bool IsIndexed => _bit != 0;

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    // A token carries the bits of every list it is in (Vocabulary); only unindexed lists look it up.
    public bool Contains(string text, Token token) =>
        token.Kind == TokenKind.Word && (_bit != 0 ? (token.Flags & _bit) != 0 : _lookup.Contains(token.Span(text)));
}
