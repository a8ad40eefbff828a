using System.Globalization;
using System.Text;

namespace NewsTracker.Cli.Evaluation;

// One scored run of `eval --history`: what was scored, by which build, with which result.
internal sealed record EvalHistoryEntry(
    DateTime RunUtc,
    string Commit,
    string Set,
    int Articles,
    int GoldQuotes,
    double DirectF1,
    double IndirectF1,
    double? SpeakerAccuracy,
    double? ReportedSpeakerAccuracy);

// Appends runs to a Markdown table. The table is the end of the file: a file without the header (new, empty,
// or only an introduction) gets the header first, so the intro in docs/eval-history.md stays above it.
internal static class EvalHistory
{
    public const string Header = "| date (UTC) | commit | set | articles | gold quotes | direct F1 | reported F1 | speaker accuracy (direct) | speaker accuracy (reported) |";

    public const string Separator = "|---|---|---|---:|---:|---:|---:|---:|---:|";

    public static async Task AppendAsync(string path, EvalHistoryEntry entry, CancellationToken ct)
    {
        var existing = File.Exists(path) ? await File.ReadAllTextAsync(path, ct) : string.Empty;
        var text = new StringBuilder();
        if (existing.Length > 0 && !existing.EndsWith('\n'))
        {
            text.Append('\n');
        }

        if (!existing.Split('\n').Any(line => line.TrimEnd('\r') == Header))
        {
            if (existing.Length > 0)
            {
                text.Append('\n');
            }

            text.Append(Header).Append('\n').Append(Separator).Append('\n');
        }

        text.Append(Row(entry)).Append('\n');
        await File.AppendAllTextAsync(path, text.ToString(), ct);
    }

    public static string Row(EvalHistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        string[] cells =
        [
            entry.RunUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Cell(entry.Commit),
            Cell(entry.Set),
            entry.Articles.ToString(CultureInfo.InvariantCulture),
            entry.GoldQuotes.ToString(CultureInfo.InvariantCulture),
            Ratio(entry.DirectF1),
            Ratio(entry.IndirectF1),
            entry.SpeakerAccuracy is { } accuracy ? Ratio(accuracy) : "n/a",
            entry.ReportedSpeakerAccuracy is { } reported ? Ratio(reported) : "n/a",
        ];
        return "| " + string.Join(" | ", cells) + " |";
    }

    // A folder name may hold a pipe or a line break; either would break the table row.
    private static string Cell(string value) =>
        value.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);

    private static string Ratio(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
