using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NewsTracker.Cli.Evaluation;
using NewsTracker.Core.Data;
using NewsTracker.Core.Evaluation;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Quotes;
using Spectre.Console;

namespace NewsTracker.Cli.Commands;

// eval PATH: scores the extractor with the reference catalogue against an annotated set. Needs no database.
internal static class EvalCommand
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<string>("PATH") { Description = "A folder of NNN-slug.txt articles with NNN-slug.gold.json beside them, or one such .txt file." };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List each article's missed quotes, false positives and wrong speakers, and each sieve's speaker precision." };
        var minDirect = new Option<double?>("--min-direct-f1") { Description = "Exit 1 when direct-quote F1 is below this." };
        var minIndirect = new Option<double?>("--min-indirect-f1") { Description = "Exit 1 when indirect-quote F1 is below this." };
        var minSpeaker = new Option<double?>("--min-speaker") { Description = "Exit 1 when speaker accuracy on found direct quotes is below this. Any --min-* option also makes page furniture in a quote fail." };
        var minReportedSpeaker = new Option<double?>("--min-reported-speaker") { Description = "Exit 1 when speaker accuracy on found reported quotes is below this." };
        var history = new Option<string?>("--history") { Description = "Append this run (UTC date, commit, set, counts, F1 and speaker accuracy on direct and on reported quotes) to a Markdown table in FILE, creating it when missing." };

        var command = new Command("eval", "Score extraction against an annotated evaluation set (precision, recall, F1, speaker accuracy).")
        {
            path, json, verbose, minDirect, minIndirect, minSpeaker, minReportedSpeaker, history,
        };
        command.SetAction(async (result, ct) =>
        {
            if (result.GetValue(history) is { } named && string.IsNullOrWhiteSpace(named))
            {
                await context.Error.WriteLineAsync("--history needs the name of a file to append to.");
                return ExitCodes.Usage;
            }

            LoadedEvaluationSet set;
            try
            {
                set = EvaluationSet.Load(result.GetValue(path)!);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await context.Error.WriteLineAsync(ex.Message);
                return ExitCodes.Usage;
            }
            catch (Exception ex) when (ex is JsonException or FormatException)
            {
                await context.Error.WriteLineAsync("Invalid gold file: " + ex.Message);
                return ExitCodes.Usage;
            }

            foreach (var file in set.WithoutGold)
            {
                await context.Error.WriteLineAsync($"Skipped {file}: no {EvaluationSet.GoldSuffix} beside it.");
            }

            if (set.Articles.Count == 0)
            {
                await context.Error.WriteLineAsync("No annotated articles found.");
                return ExitCodes.Usage;
            }

            var evaluator = new Evaluator(new QuoteExtractor(), CompiledCatalogue.Compile(ReferenceData.Catalogue));
            var report = evaluator.Evaluate(set.Articles);
            var gate = new Gate(result.GetValue(minDirect), result.GetValue(minIndirect), result.GetValue(minSpeaker), result.GetValue(minReportedSpeaker), report);

            if (result.GetValue(json))
            {
                await context.Output.WriteLineAsync(CliJson.Serialize(ToJson(report, gate, result.GetValue(verbose))));
            }
            else
            {
                Render(context.Output, context.CreateConsole(context.Output), result.GetValue(path)!, report, gate, result.GetValue(verbose));
            }

            if (result.GetValue(history) is { } historyFile)
            {
                var entry = await HistoryEntryAsync(context, result.GetValue(path)!, report, ct);
                try
                {
                    await EvalHistory.AppendAsync(historyFile, entry, ct);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
                {
                    await context.Error.WriteLineAsync($"Could not append to the history file {historyFile}: {ex.Message}");
                    return ExitCodes.Usage;
                }

                await context.Error.WriteLineAsync($"Appended this run to {historyFile}.");
            }

            ct.ThrowIfCancellationRequested();
            return gate.Passed ? ExitCodes.Ok : ExitCodes.Failure;
        });
        return command;
    }

    private static async Task<EvalHistoryEntry> HistoryEntryAsync(CliContext context, string path, EvaluationReport report, CancellationToken ct) => new(
        context.Clock.GetUtcNow().UtcDateTime,
        await context.ReadCommit(ct),
        SetName(path),
        report.Articles.Count,
        report.Direct.Gold + report.Indirect.Gold,
        report.Direct.F1,
        report.Indirect.F1,
        report.Speakers.Accuracy,
        report.ReportedSpeakers.Accuracy);

    // The folder scored ("heldout" for tests/heldout/), or the article file when one was scored alone.
    internal static string SetName(string path) => Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)));

    private static void Render(TextWriter output, IAnsiConsole console, string path, EvaluationReport report, Gate gate, bool verbose)
    {
        if (verbose)
        {
            foreach (var article in report.Articles.Where(HasErrors))
            {
                RenderArticle(output, article);
            }
        }

        output.WriteLine($"Evaluation of {report.Articles.Count} articles in {path}");
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[] { "Kind", "Gold", "Found (TP)", "Missed (FN)", "Predicted", "Right", "Wrong (FP)", "Precision", "Recall", "F1" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        table.Columns[0].LeftAligned();
        foreach (var score in new[] { report.Direct, report.Indirect })
        {
            table.AddRow(
                KindName(score.Kind),
                Int(score.Gold),
                Int(score.Found),
                Int(score.Missed),
                Int(score.Predicted),
                Int(score.Right),
                Int(score.Wrong),
                Ratio(score.Precision),
                Ratio(score.Recall),
                Ratio(score.F1));
        }

        console.Write(table);
        output.WriteLine($"Speaker attribution on found direct quotes: {Accuracy(report.Speakers)}");
        output.WriteLine($"Speaker attribution on found reported quotes: {Accuracy(report.ReportedSpeakers)}");
        output.WriteLine($"No page furniture in any quote: {(report.FurnitureFree ? "PASS" : $"FAIL ({report.Furniture.Count} quotes)")}");
        foreach (var hit in report.Furniture)
        {
            output.WriteLine($"  \"{hit.Furniture}\" in {KindName(hit.Kind)} quote: {hit.Text}");
        }

        if (verbose)
        {
            RenderSieves(output, console, "direct", report.Sieves);
            RenderSieves(output, console, "reported", report.ReportedSieves);
        }

        foreach (var check in gate.Checks)
        {
            output.WriteLine($"Gate {check.Name}: {Ratio(check.Actual)} vs minimum {Ratio(check.Minimum)}: {(check.Passed ? "PASS" : "FAIL")}");
        }
    }

    private static string Accuracy(SpeakerScore speakers) =>
        $"{speakers.Correct}/{speakers.Total} = {(speakers.Accuracy is { } a ? Ratio(a) : "n/a")}";

    // Per-sieve precision: of the found quotes of one kind a sieve helped attribute, how many have the gold speaker.
    private static void RenderSieves(TextWriter output, IAnsiConsole console, string kind, IReadOnlyList<SieveScore> sieves)
    {
        output.WriteLine($"Speaker precision by sieve (found {kind} quotes):");
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[] { "Stage", "Sieve", "Attributed", "Right speaker", "Precision" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        table.Columns[0].LeftAligned();
        table.Columns[1].LeftAligned();
        foreach (var sieve in sieves)
        {
            table.AddRow(StageName(sieve.Stage), Markup.Escape(sieve.Sieve), Int(sieve.Attributed), Int(sieve.Correct), Ratio(sieve.Precision));
        }

        console.Write(table);
    }

    internal static string StageName(SieveStage stage) => stage.ToString().ToLowerInvariant();

    private static void RenderArticle(TextWriter output, ArticleScore article)
    {
        output.WriteLine($"== {article.Name}");
        foreach (var missed in article.Missed)
        {
            output.WriteLine($"  MISSED {KindName(missed.Kind)} ({Percent(missed.Coverage)} covered; speaker {missed.Speaker ?? "none"}): {missed.Text}");
        }

        foreach (var wrong in article.FalsePositives)
        {
            output.WriteLine($"  FALSE POSITIVE {KindName(wrong.Kind)} ({Percent(wrong.Coverage)} in gold; speaker {wrong.Speaker ?? "none"}): {wrong.Text}");
        }

        foreach (var speaker in article.WrongSpeakers)
        {
            output.WriteLine(
                $"  WRONG {(speaker.Kind == QuoteKind.Direct ? "" : "REPORTED ")}SPEAKER gold {speaker.GoldSpeaker ?? "none"}, predicted {speaker.PredictedSpeaker ?? "none"} (as written \"{speaker.PredictedAsWritten}\", rule {speaker.PredictedRule}): {speaker.Text}");
        }

        foreach (var hit in article.Furniture)
        {
            output.WriteLine($"  FURNITURE \"{hit.Furniture}\" in {KindName(hit.Kind)} quote: {hit.Text}");
        }
    }

    private static bool HasErrors(ArticleScore article) =>
        article.Missed.Count + article.FalsePositives.Count + article.WrongSpeakers.Count + article.Furniture.Count > 0;

    private static object ToJson(EvaluationReport report, Gate gate, bool verbose) => new
    {
        articles = report.Articles.Count,
        direct = KindJson(report.Direct),
        indirect = KindJson(report.Indirect),
        speaker = SpeakerJson(report.Speakers),
        reportedSpeaker = SpeakerJson(report.ReportedSpeakers),
        furniture = new
        {
            pass = report.FurnitureFree,
            hits = report.Furniture.Select(h => new { text = h.Text, kind = KindName(h.Kind), furniture = h.Furniture }),
        },
        gate = new
        {
            passed = gate.Passed,
            checks = gate.Checks.Select(c => new { name = c.Name, actual = c.Actual, minimum = c.Minimum, passed = c.Passed }),
        },
        sieves = verbose ? SievesJson(report.Sieves) : null,
        reportedSieves = verbose ? SievesJson(report.ReportedSieves) : null,
        details = verbose
            ? report.Articles.Where(HasErrors).Select(a => new
            {
                article = a.Name,
                missed = a.Missed.Select(m => new { text = m.Text, kind = KindName(m.Kind), speaker = m.Speaker, coverage = Math.Round(m.Coverage, 3) }),
                falsePositives = a.FalsePositives.Select(f => new { text = f.Text, kind = KindName(f.Kind), speaker = f.Speaker, coverage = Math.Round(f.Coverage, 3) }),
                wrongSpeakers = a.WrongSpeakers.Select(w => new
                {
                    text = w.Text,
                    gold = w.GoldSpeaker,
                    predicted = w.PredictedSpeaker,
                    predictedAsWritten = w.PredictedAsWritten,
                    rule = w.PredictedRule,
                    kind = KindName(w.Kind),
                }),
                furniture = a.Furniture.Select(h => new { text = h.Text, kind = KindName(h.Kind), furniture = h.Furniture }),
            })
            : null,
    };

    private static object SpeakerJson(SpeakerScore speakers) =>
        new { correct = speakers.Correct, total = speakers.Total, accuracy = speakers.Accuracy };

    private static IEnumerable<object> SievesJson(IReadOnlyList<SieveScore> sieves) => sieves.Select(s => new
    {
        stage = StageName(s.Stage),
        sieve = s.Sieve,
        attributed = s.Attributed,
        correct = s.Correct,
        precision = Math.Round(s.Precision, 4),
    });

    private static object KindJson(KindScore score) => new
    {
        gold = score.Gold,
        found = score.Found,
        missed = score.Missed,
        predicted = score.Predicted,
        right = score.Right,
        wrong = score.Wrong,
        precision = Math.Round(score.Precision, 4),
        recall = Math.Round(score.Recall, 4),
        f1 = Math.Round(score.F1, 4),
    };

    internal static string KindName(QuoteKind kind) => kind == QuoteKind.Direct ? "direct" : "indirect";

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Ratio(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Percent(double value) => value.ToString("0%", CultureInfo.InvariantCulture);

    private sealed record GateCheck(string Name, double Actual, double Minimum)
    {
        public bool Passed => Actual >= Minimum;
    }

    private sealed class Gate
    {
        public Gate(double? minDirect, double? minIndirect, double? minSpeaker, double? minReportedSpeaker, EvaluationReport report)
        {
            var checks = new List<GateCheck>();
            if (minDirect is { } direct)
            {
                checks.Add(new GateCheck("direct F1", report.Direct.F1, direct));
            }

            if (minIndirect is { } indirect)
            {
                checks.Add(new GateCheck("indirect F1", report.Indirect.F1, indirect));
            }

            if (minSpeaker is { } speaker)
            {
                // No found direct quote means nothing to attribute: vacuously right.
                checks.Add(new GateCheck("speaker accuracy", report.Speakers.Accuracy ?? 1.0, speaker));
            }

            if (minReportedSpeaker is { } reportedSpeaker)
            {
                checks.Add(new GateCheck("reported speaker accuracy", report.ReportedSpeakers.Accuracy ?? 1.0, reportedSpeaker));
            }

            if (checks.Count > 0)
            {
                checks.Add(new GateCheck("no page furniture", report.FurnitureFree ? 1 : 0, 1));
            }

            Checks = checks;
        }

        public IReadOnlyList<GateCheck> Checks { get; }

        public bool Passed => Checks.All(c => c.Passed);
    }
}
