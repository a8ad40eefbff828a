using DiffPlex;

namespace NewsTracker.Core.Common;

public enum DiffChange
{
    Kept,
    Removed,
    Added,
}

// One run of a word diff: words both texts share, words only the older one had, or words only the newer one has.
public sealed record DiffPiece(string Text, DiffChange Change);

// Word-level differences between two texts, as the pages show them (<del>, <ins>). Words and punctuation are
// compared, never the spaces between them (matching spaces would pair unrelated words), and each change reads as
// its removed words, then its added words: "no plans to deploy" → "ready to deploy" is one removal, one addition.
public static class WordDiff
{
    public static IReadOnlyList<DiffPiece> Between(string older, string newer)
    {
        var before = WordTokens.Of(older);
        var after = WordTokens.Of(newer);
        var diff = Differ.Instance.CreateDiffs(older, newer, ignoreWhiteSpace: false, ignoreCase: false, new WordTokens());
        var pieces = new List<DiffPiece>();
        var (a, b) = (0, 0);
        foreach (var block in diff.DiffBlocks)
        {
            for (; a < block.DeleteStartA; a++, b++)
            {
                Kept(pieces, before[a], after[b]);
            }

            Change(pieces, before.Skip(a).Take(block.DeleteCountA), after.Skip(b).Take(block.InsertCountB));
            a += block.DeleteCountA;
            b += block.InsertCountB;
        }

        for (; a < before.Count; a++, b++)
        {
            Kept(pieces, before[a], after[b]);
        }

        return pieces;
    }

    public static bool Same(string older, string newer) => string.Equals(older, newer, StringComparison.Ordinal);

    // True when the texts share no word at all (only punctuation in common).
    public static bool NothingShared(IReadOnlyList<DiffPiece> pieces) =>
        !pieces.Any(p => p.Change == DiffChange.Kept && p.Text.Any(char.IsLetterOrDigit));

    // A word both have; the space before it too when both have the same.
    private static void Kept(List<DiffPiece> pieces, WordToken older, WordToken newer)
    {
        if (older.Space != newer.Space)
        {
            Append(pieces, new DiffPiece(older.Space, DiffChange.Removed));
            Append(pieces, new DiffPiece(newer.Space, DiffChange.Added));
            Append(pieces, new DiffPiece(older.Word, DiffChange.Kept));
            return;
        }

        Append(pieces, new DiffPiece(older.Space + older.Word, DiffChange.Kept));
    }

    // Removed words, then added ones; a space both sides open with stays outside the change.
    private static void Change(List<DiffPiece> pieces, IEnumerable<WordToken> removedWords, IEnumerable<WordToken> addedWords)
    {
        var removed = string.Concat(removedWords.Select(t => t.Space + t.Word));
        var added = string.Concat(addedWords.Select(t => t.Space + t.Word));
        if (removed.Length > 0 && added.Length > 0)
        {
            var shared = 0;
            while (shared < removed.Length && shared < added.Length && char.IsWhiteSpace(removed[shared]) && removed[shared] == added[shared])
            {
                shared++;
            }

            Append(pieces, new DiffPiece(removed[..shared], DiffChange.Kept));
            removed = removed[shared..];
            added = added[shared..];
        }

        Append(pieces, new DiffPiece(removed, DiffChange.Removed));
        Append(pieces, new DiffPiece(added, DiffChange.Added));
    }

    private static void Append(List<DiffPiece> pieces, DiffPiece piece)
    {
        if (piece.Text.Length == 0)
        {
            return;
        }

        if (pieces.Count > 0 && pieces[^1].Change == piece.Change)
        {
            pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + piece.Text };
        }
        else
        {
            pieces.Add(piece);
        }
    }

    // A word or a punctuation mark, with the spaces before it. Text ending in spaces ends with an empty word.
    private readonly record struct WordToken(string Space, string Word);

    // Splits text into words (letters and digits, joined by an inner apostrophe or hyphen) and single other
    // marks; DiffPlex compares the words, the spaces are put back around them.
    private sealed class WordTokens : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => [.. Of(text).Select(t => t.Word)];

        public static List<WordToken> Of(string text)
        {
            var tokens = new List<WordToken>();
            var i = 0;
            while (i < text.Length)
            {
                var start = i;
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                var space = text[start..i];
                if (i == text.Length)
                {
                    tokens.Add(new WordToken(space, string.Empty));
                    break;
                }

                var wordStart = i;
                i = WordEnd(text, i);
                tokens.Add(new WordToken(space, text[wordStart..i]));
            }

            return tokens;
        }

        private static int WordEnd(string text, int i)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                return char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? i + 2 : i + 1;
            }

            i++;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
            {
                i++;
            }

            return i;
        }

        private static bool IsJoiner(char c) => c is '\'' or '’' or '-';
    }
}
