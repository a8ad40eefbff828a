using System.Text;
using DiffPlex.Chunkers;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace NewsTracker.Core.Common;

public enum DiffChange
{
    Kept,
    Removed,
    Added,
}

// One run of a word diff: words both texts share, words only the older one had, or words only the newer one has.
public sealed record DiffPiece(string Text, DiffChange Change);

// Word-level differences between two texts, as the pages show them (<del>, <ins>): a shift of line such as
// "no plans to deploy" → "ready to deploy" reads as one removal and one addition, not a word-by-word patchwork.
public static class WordDiff
{
    public static IReadOnlyList<DiffPiece> Between(string older, string newer)
    {
        var diff = InlineDiffBuilder.Diff(older, newer, ignoreWhiteSpace: false, ignoreCase: false, new WordChunker());
        var pieces = diff.Lines.Select(line => new DiffPiece(line.Text ?? string.Empty, ChangeOf(line.Type))).ToList();
        return Joined(pieces);
    }

    public static bool Same(string older, string newer) => string.Equals(older, newer, StringComparison.Ordinal);

    // True when the texts share no word at all (only spaces or punctuation in common).
    public static bool NothingShared(IReadOnlyList<DiffPiece> pieces) =>
        !pieces.Any(p => p.Change == DiffChange.Kept && p.Text.Any(char.IsLetterOrDigit));

    private static DiffChange ChangeOf(ChangeType type) => type switch
    {
        ChangeType.Deleted => DiffChange.Removed,
        ChangeType.Inserted => DiffChange.Added,
        _ => DiffChange.Kept,
    };

    // A change block runs from one changed word to the last, taking in the spaces kept between them: each block
    // becomes its removed words, then its added words. Spaces both sides end with are kept after the block.
    private static List<DiffPiece> Joined(List<DiffPiece> pieces)
    {
        var joined = new List<DiffPiece>();
        var block = new Block();
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            if (piece.Change == DiffChange.Kept && !(block.Open && SpaceBeforeMoreChanges(pieces, i)))
            {
                block.FlushInto(joined);
                Append(joined, piece);
                continue;
            }

            block.Add(piece);
        }

        block.FlushInto(joined);
        return joined;
    }

    private static bool SpaceBeforeMoreChanges(List<DiffPiece> pieces, int index) =>
        string.IsNullOrWhiteSpace(pieces[index].Text)
        && pieces.Skip(index + 1)
            .TakeWhile(p => p.Change != DiffChange.Kept || string.IsNullOrWhiteSpace(p.Text))
            .Any(p => p.Change != DiffChange.Kept);

    // The removed and added sides of one change block; a space kept inside it belongs to both. A block that
    // only removes or only adds is left as it came (its kept spaces stay unmarked).
    private sealed class Block
    {
        private readonly List<DiffPiece> _pieces = [];

        public bool Open => _pieces.Count > 0;

        public void Add(DiffPiece piece) => _pieces.Add(piece);

        public void FlushInto(List<DiffPiece> joined)
        {
            if (_pieces.Any(p => p.Change == DiffChange.Removed) && _pieces.Any(p => p.Change == DiffChange.Added))
            {
                var removed = new StringBuilder(string.Concat(_pieces.Where(p => p.Change != DiffChange.Added).Select(p => p.Text)));
                var added = new StringBuilder(string.Concat(_pieces.Where(p => p.Change != DiffChange.Removed).Select(p => p.Text)));
                var trailing = CommonTrailingSpace(removed, added);
                Append(joined, new DiffPiece(removed.ToString(), DiffChange.Removed));
                Append(joined, new DiffPiece(added.ToString(), DiffChange.Added));
                Append(joined, new DiffPiece(trailing, DiffChange.Kept));
            }
            else
            {
                _pieces.ForEach(p => Append(joined, p));
            }

            _pieces.Clear();
        }
    }

    // Spaces a block's removed and added sides both end with: shared, so they are shown once, unmarked.
    private static string CommonTrailingSpace(StringBuilder removed, StringBuilder added)
    {
        var length = 0;
        while (length < removed.Length && length < added.Length
            && char.IsWhiteSpace(removed[removed.Length - 1 - length])
            && removed[removed.Length - 1 - length] == added[added.Length - 1 - length])
        {
            length++;
        }

        var trailing = removed.ToString(removed.Length - length, length);
        removed.Length -= length;
        added.Length -= length;
        return trailing;
    }

    private static void Append(List<DiffPiece> joined, DiffPiece piece)
    {
        if (piece.Text.Length == 0)
        {
            return;
        }

        if (joined.Count > 0 && joined[^1].Change == piece.Change)
        {
            joined[^1] = joined[^1] with { Text = joined[^1].Text + piece.Text };
        }
        else
        {
            joined.Add(piece);
        }
    }
}
