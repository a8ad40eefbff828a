namespace NewsTracker.Core.Extraction;

internal enum TokenKind : byte
{
    Word,
    Number,
    Punct,
    Possessive,
}

// A token is a slice of the cleaned body; its text is read back only when needed. Kind shares a word with
// the vocabulary flags (Vocabulary gives out at most 62 bits), so a token is 16 bytes: an article's tokens
// are read over and over by every stage.
internal readonly record struct Token
{
    private const int KindShift = 62;
    private const ulong FlagMask = (1UL << KindShift) - 1;

    private readonly ulong _kindAndFlags;

    public Token(int start, int end, TokenKind kind, ulong flags = 0)
    {
        Start = start;
        End = end;
        _kindAndFlags = (flags & FlagMask) | ((ulong)kind << KindShift);
    }

    public int Start { get; }

    public int End { get; }

    public TokenKind Kind => (TokenKind)(_kindAndFlags >> KindShift);

    public ulong Flags => _kindAndFlags & FlagMask;

    public int Length => End - Start;

    public ReadOnlySpan<char> Span(string text) => text.AsSpan(Start, End - Start);

    public string Text(string text) => text.Substring(Start, End - Start);

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized(string text) => Kind == TokenKind.Word && char.IsUpper(text[Start]);

    public bool Is(string text, char c) => Kind == TokenKind.Punct && text[Start] == c;

    public bool Is(string text, string word) =>
        Kind == TokenKind.Word && Span(text).Equals(word, StringComparison.OrdinalIgnoreCase);
}
