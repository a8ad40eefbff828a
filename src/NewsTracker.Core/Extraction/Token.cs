namespace NewsTracker.Core.Extraction;

internal enum TokenKind : byte
{
    Word,
    Number,
    Punct,
    Possessive,
}

// A token is a slice of the cleaned body; its text is read back only when needed.
internal readonly record struct Token(int Start, int End, TokenKind Kind, ulong Flags = 0)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> Span(string text) => text.AsSpan(Start, End - Start);

    public string Text(string text) => text.Substring(Start, End - Start);

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized(string text) => Kind == TokenKind.Word && char.IsUpper(text[Start]);

    public bool Is(string text, char c) => Kind == TokenKind.Punct && text[Start] == c;

    public bool Is(string text, string word) =>
        Kind == TokenKind.Word && Span(text).Equals(word, StringComparison.OrdinalIgnoreCase);
}
