using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using NewsTracker.Cli.Commands;
using NewsTracker.Cli.Evaluation;

namespace NewsTracker.Core.Tests.Cli;

public sealed class EvalHistoryTests : IDisposable
{
    private static readonly DateTimeOffset RunTime = new(2026, 3, 5, 22, 40, 0, TimeSpan.Zero);

    private readonly string _folder = Directory.CreateTempSubdirectory("newstracker-eval-history-").FullName;

    public EvalHistoryTests()
    {
        // A one-article set written for this test: one direct quote, one reported clause.
        var set = Directory.CreateDirectory(Path.Combine(_folder, "tiny-set")).FullName;
        File.WriteAllText(Path.Combine(set, "001-harbour-talks.txt"), """
            Harbour talks resume in Valletta

            VALLETTA — Talks on the new ferry line resumed on Monday.

            "We want the first ships sailing before the summer season begins," the port director, Marisa Vella, told reporters.

            Vella said the two governments had agreed on the timetable for the crossing.
            """);
        File.WriteAllText(Path.Combine(set, "001-harbour-talks.gold.json"), """
            { "quotes": [
              { "text": "We want the first ships sailing before the summer season begins,", "kind": "direct", "speaker": "Marisa Vella", "actors": [], "topics": [] },
              { "text": "the two governments had agreed on the timetable for the crossing", "kind": "indirect", "speaker": "Marisa Vella", "actors": [], "topics": [] }
            ] }
            """);
    }

    private string Set => Path.Combine(_folder, "tiny-set");

    private string HistoryFile => Path.Combine(_folder, "eval-history.md");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Eval_with_history_creates_the_table_and_records_the_date_commit_set_and_scores_it_printed()
    {
        var result = await RunAsync(["eval", Set, "--json", "--history", HistoryFile], "abc1234");

        result.ExitCode.Should().Be(0, result.Error);
        using var scores = JsonDocument.Parse(result.Output);
        var root = scores.RootElement;
        var expectedRow = string.Join(" | ",
            "| 2026-03-05",
            "abc1234",
            "tiny-set",
            "1",
            (root.GetProperty("direct").GetProperty("gold").GetInt32() + root.GetProperty("indirect").GetProperty("gold").GetInt32()).ToString(CultureInfo.InvariantCulture),
            Ratio(root.GetProperty("direct").GetProperty("f1").GetDouble()),
            Ratio(root.GetProperty("indirect").GetProperty("f1").GetDouble()),
            Ratio(root.GetProperty("speaker").GetProperty("accuracy").GetDouble()),
            Ratio(root.GetProperty("reportedSpeaker").GetProperty("accuracy").GetDouble()) + " |");
        (await File.ReadAllLinesAsync(HistoryFile)).Should().Equal(EvalHistory.Header, EvalHistory.Separator, expectedRow);
        expectedRow.Should().StartWith("| 2026-03-05 | abc1234 | tiny-set | 1 | 2 |").And.EndWith("| 1.000 | 1.000 |");
        result.Error.Should().Contain("Appended this run to");
    }

    [Fact]
    public async Task Later_runs_add_rows_under_one_header_and_keep_the_introduction_above_the_table()
    {
        await File.WriteAllTextAsync(HistoryFile, "# Evaluation history\n\nScored rarely.");

        (await RunAsync(["eval", Set, "--history", HistoryFile], "abc1234")).ExitCode.Should().Be(0);
        (await RunAsync(["eval", Set, "--history", HistoryFile], "def5678")).ExitCode.Should().Be(0);

        var lines = await File.ReadAllLinesAsync(HistoryFile);
        lines.Take(4).Should().Equal("# Evaluation history", string.Empty, "Scored rarely.", string.Empty);
        lines.Count(l => l == EvalHistory.Header).Should().Be(1);
        lines.Skip(4).Should().HaveCount(4);
        lines[6].Should().StartWith("| 2026-03-05 | abc1234 | tiny-set |");
        lines[7].Should().StartWith("| 2026-03-05 | def5678 | tiny-set |");
    }

    [Fact]
    public async Task Without_history_no_file_is_written()
    {
        var result = await RunAsync(["eval", Set], "abc1234");

        result.ExitCode.Should().Be(0, result.Error);
        File.Exists(HistoryFile).Should().BeFalse();
    }

    [Fact]
    public async Task A_history_file_in_a_missing_folder_exits_2_with_a_clear_message()
    {
        var missing = Path.Combine(_folder, "no-such-folder", "history.md");

        var result = await RunAsync(["eval", Set, "--history", missing], "abc1234");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("Could not append to the history file").And.Contain(missing);
    }

    [Fact]
    public async Task An_empty_history_file_name_is_refused_before_scoring()
    {
        var result = await RunAsync(["eval", Set, "--history", " "], "abc1234");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--history needs the name of a file");
        result.Output.Should().BeEmpty();
    }

    [Fact]
    public void A_row_escapes_pipes_in_the_set_name_and_writes_n_a_when_no_speaker_was_scored()
    {
        var row = EvalHistory.Row(new EvalHistoryEntry(RunTime.UtcDateTime, "unknown", "odd|name", 3, 0, 1.0, 0.5, null, 0.75));

        row.Should().Be("| 2026-03-05 | unknown | odd\\|name | 3 | 0 | 1.000 | 0.500 | n/a | 0.750 |");
    }

    [Theory]
    [InlineData("3f2a9c1\n", "3f2a9c1")]
    [InlineData("fatal: not a git repository (or any of the parent directories): .git", "unknown")]
    [InlineData("", "unknown")]
    [InlineData("abc | def", "unknown")]
    public void Only_a_hex_hash_from_git_is_taken_as_the_commit(string output, string commit)
    {
        GitRevision.Parse(output).Should().Be(commit);
    }

    [Fact]
    public async Task A_folder_outside_any_repository_has_an_unknown_commit()
    {
        (await GitRevision.ReadShortHashAsync(_folder, default)).Should().Be(GitRevision.Unknown);
    }

    [Fact]
    public void The_set_name_is_the_folder_scored_with_or_without_a_trailing_slash()
    {
        EvalCommand.SetName(Set + Path.DirectorySeparatorChar).Should().Be("tiny-set");
        EvalCommand.SetName(Set).Should().Be("tiny-set");
    }

    private static string Ratio(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static Task<CliOutcome> RunAsync(string[] args, string commit) =>
        CliRun.RunAsync(args, context => context with
        {
            Clock = new FakeTimeProvider(RunTime),
            ReadCommit = _ => Task.FromResult(commit),
        });
}
