using System.Text.Json;
using NewsTracker.Cli;

namespace NewsTracker.Core.Tests.Cli;

public sealed class EvalCommandTests
{
    private static string EvalSet => Path.Combine(CliRun.RepositoryRoot, "tests", "eval-set");

    [Fact]
    public async Task Eval_prints_the_score_table_for_the_evaluation_set()
    {
        var result = await CliRun.RunAsync(["eval", EvalSet]);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("direct").And.Contain("indirect").And.Contain("F1")
            .And.Contain("Speaker attribution on found direct quotes").And.Contain("No page furniture in any quote");
    }

    [Fact]
    public async Task Eval_json_has_counts_and_ratios_per_kind()
    {
        var result = await CliRun.RunAsync(["eval", EvalSet, "--json", "--verbose"]);

        result.ExitCode.Should().Be(0, result.Error);
        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        root.GetProperty("articles").GetInt32().Should().BeGreaterThanOrEqualTo(40);
        foreach (var kind in new[] { "direct", "indirect" })
        {
            var score = root.GetProperty(kind);
            score.GetProperty("gold").GetInt32().Should().BePositive();
            (score.GetProperty("found").GetInt32() + score.GetProperty("missed").GetInt32()).Should().Be(score.GetProperty("gold").GetInt32());
            score.GetProperty("f1").GetDouble().Should().BeInRange(0, 1);
        }

        root.GetProperty("speaker").GetProperty("total").GetInt32().Should().Be(root.GetProperty("direct").GetProperty("found").GetInt32());
        root.GetProperty("reportedSpeaker").GetProperty("total").GetInt32().Should().Be(root.GetProperty("indirect").GetProperty("found").GetInt32());
        root.GetProperty("reportedSpeaker").GetProperty("accuracy").GetDouble().Should().BeInRange(0, 1);
        root.GetProperty("furniture").GetProperty("pass").ValueKind.Should().BeOneOf(JsonValueKind.True, JsonValueKind.False);
        root.GetProperty("details").ValueKind.Should().Be(JsonValueKind.Array);
    }

    [Fact]
    public async Task Eval_verbose_json_gives_each_sieve_its_precision_over_the_found_direct_quotes()
    {
        var result = await CliRun.RunAsync(["eval", EvalSet, "--json", "--verbose"]);

        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        var sieves = root.GetProperty("sieves").EnumerateArray().ToList();
        sieves.Should().Contain(s => s.GetProperty("sieve").GetString() == "quote-speaker-verb" && s.GetProperty("stage").GetString() == "attribution");
        sieves.Should().Contain(s => s.GetProperty("sieve").GetString() == "name" && s.GetProperty("stage").GetString() == "resolution");
        foreach (var sieve in sieves)
        {
            sieve.GetProperty("correct").GetInt32().Should().BeInRange(0, sieve.GetProperty("attributed").GetInt32());
            sieve.GetProperty("precision").GetDouble().Should().BeInRange(0, 1);
        }

        // Every found direct quote has exactly one attribution sieve (or "unattributed").
        sieves.Where(s => s.GetProperty("stage").GetString() == "attribution").Sum(s => s.GetProperty("attributed").GetInt32())
            .Should().Be(root.GetProperty("speaker").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Eval_verbose_json_gives_the_reported_quotes_sieves_and_the_kind_of_each_wrong_speaker()
    {
        var result = await CliRun.RunAsync(["eval", EvalSet, "--json", "--verbose"]);

        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        var sieves = root.GetProperty("reportedSieves").EnumerateArray().ToList();
        sieves.Should().Contain(s => s.GetProperty("sieve").GetString() == "speaker-verb-clause" && s.GetProperty("stage").GetString() == "attribution");
        sieves.Where(s => s.GetProperty("stage").GetString() == "attribution").Sum(s => s.GetProperty("attributed").GetInt32())
            .Should().Be(root.GetProperty("reportedSpeaker").GetProperty("total").GetInt32());
        var wrong = root.GetProperty("details").EnumerateArray().SelectMany(a => a.GetProperty("wrongSpeakers").EnumerateArray()).ToList();
        wrong.Select(w => w.GetProperty("kind").GetString()).Should().OnlyContain(k => k == "direct" || k == "indirect");
        wrong.Count(w => w.GetProperty("kind").GetString() == "indirect").Should().Be(
            root.GetProperty("reportedSpeaker").GetProperty("total").GetInt32() - root.GetProperty("reportedSpeaker").GetProperty("correct").GetInt32());
    }

    [Fact]
    public async Task Eval_prints_the_reported_speakers_line_and_gates_on_it()
    {
        var result = await CliRun.RunAsync(["eval", EvalSet, "--min-reported-speaker", "1.01"]);

        result.ExitCode.Should().Be(1);
        result.Output.Should().Contain("Speaker attribution on found reported quotes: ")
            .And.Contain("Gate reported speaker accuracy").And.Contain("FAIL");
    }

    [Fact]
    public async Task Eval_verbose_prints_the_sieve_table_and_plain_eval_does_not()
    {
        var verbose = await CliRun.RunAsync(["eval", EvalSet, "--verbose"]);
        var plain = await CliRun.RunAsync(["eval", EvalSet]);

        verbose.Output.Should().Contain("Speaker precision by sieve (found direct quotes)").And.Contain("quote-speaker-verb").And.Contain("Right speaker")
            .And.Contain("Speaker precision by sieve (found reported quotes)");
        plain.Output.Should().NotContain("Speaker precision by sieve");
    }

    [Fact]
    public async Task Eval_exits_1_when_a_minimum_is_not_met()
    {
        var result = await CliRun.RunAsync(["eval", EvalSet, "--min-direct-f1", "1.01"]);

        result.ExitCode.Should().Be(1);
        result.Output.Should().Contain("Gate direct F1").And.Contain("FAIL");
    }

    [Fact]
    public async Task Eval_scores_a_single_article_file()
    {
        var article = Directory.GetFiles(EvalSet, "001-*.txt").Single();

        var result = await CliRun.RunAsync(["eval", article, "--min-direct-f1", "0", "--min-indirect-f1", "0", "--min-speaker", "0"]);

        result.Output.Should().Contain("Evaluation of 1 articles");
        result.ExitCode.Should().BeOneOf([0, 1], "only page furniture could fail a zero gate");
    }

    [Fact]
    public async Task Eval_of_a_missing_path_exits_2()
    {
        var result = await CliRun.RunAsync(["eval", Path.Combine(EvalSet, "no-such-folder")]);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("No such file or folder");
    }

    [Fact]
    public void Configuration_overrides_are_taken_out_of_the_command_line()
    {
        var (command, configuration) = CliApp.SplitConfigurationArgs(
            ["import", "seeds", "--ConnectionStrings:NewsTracker=Data Source=x.db", "--Serilog:MinimumLevel:Default", "Debug", "--connection", "y"]);

        command.Should().Equal("import", "seeds", "--connection", "y");
        configuration.Should().Equal("--ConnectionStrings:NewsTracker=Data Source=x.db", "--Serilog:MinimumLevel:Default=Debug");
    }
}
