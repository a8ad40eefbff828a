using DiffPlex.Chunkers;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace NewsTracker.Web.Pages.Articles;

// One run of a word diff between the stored text and the one being saved: kept, only in theirs, only in yours.
public sealed record DiffRun(string Text, ChangeType Change);

public static class WordDiff
{
    public static IReadOnlyList<DiffRun> Between(string theirs, string yours)
    {
        var diff = InlineDiffBuilder.Diff(theirs, yours, ignoreWhiteSpace: false, ignoreCase: false, new WordChunker());
        var runs = new List<DiffRun>();
        foreach (var piece in diff.Lines)
        {
            if (runs.Count > 0 && runs[^1].Change == piece.Type)
            {
                runs[^1] = runs[^1] with { Text = runs[^1].Text + piece.Text };
            }
            else
            {
                runs.Add(new DiffRun(piece.Text ?? string.Empty, piece.Type));
            }
        }

        return runs;
    }

    public static bool Same(string theirs, string yours) => string.Equals(theirs, yours, StringComparison.Ordinal);
}
