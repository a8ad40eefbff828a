using System.Collections.Frozen;

namespace NewsTracker.Core.Extraction;

// A case-insensitive word list looked up by span, so the hot path never allocates a string per token.
internal sealed class WordSet
{
    private readonly FrozenSet<string> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words)
    {
        _words = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public WordSet(string spaceSeparated)
        : this(spaceSeparated.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
    {
    }

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    public bool Contains(string text, Token token) => token.Kind == TokenKind.Word && _lookup.Contains(token.Span(text));
}
