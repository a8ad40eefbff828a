using System.Text.Json;
using System.Text.Json.Serialization;
using NewsTracker.Core.Evaluation;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Tests.Evaluation;

namespace NewsTracker.Core.Tests.Extraction;

// Extraction may not fall below the scores committed in Evaluation/baseline.json, set by set. The sets are
// development and regression sets (docs/extraction-quality.md); the test prints nothing, and says only which
// score fell, so running it does not put every set's totals in front of whoever tunes the rules.
public sealed class ExtractionQualityTests
{
    // The sets issue 3 set its targets on. Sets added later to find new failures (eval-wide) start below those
    // targets and are held to their own committed baseline, so they may not regress either.
    private static readonly string[] TargetSets = ["eval-set", "eval-holdout", "eval-blind", "eval-unseen"];

    private static readonly Lazy<Baseline> Committed = new(Baseline.Load);

    // Every set with a committed baseline; the test below checks that every eval-* folder has one.
    public static TheoryData<string> BaselineSets => new(Committed.Value.Sets.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(BaselineSets))]
    public void Extraction_stays_at_its_baseline(string folder)
    {
        var baseline = Committed.Value.Sets[folder];
        var tolerance = Committed.Value.Tolerance;
        var set = EvaluationSet.Load(Path.Combine(RepositoryRoot.Path, "tests", folder));
        var report = new Evaluator(new QuoteExtractor(), Extractor.Catalogue).Evaluate(set.Articles);

        var fallen = new List<string>();
        Compare("direct-quote F1", report.Direct.F1, baseline.DirectF1);
        Compare("reported-speech F1", report.Indirect.F1, baseline.IndirectF1);
        Compare("speaker accuracy", report.Speakers.Accuracy ?? 0, baseline.SpeakerAccuracy);
        Compare("reported speaker accuracy", report.ReportedSpeakers.Accuracy ?? 0, baseline.ReportedSpeakerAccuracy);

        fallen.Should().BeEmpty("no score of {0} may fall more than {1} below Evaluation/baseline.json", folder, tolerance);
        report.FurnitureFree.Should().BeTrue("no page furniture may reach a quote");

        void Compare(string score, double now, double committed)
        {
            if (now < committed - tolerance)
            {
                fallen.Add($"{score} fell from {committed:F4} to {now:F4}");
            }
        }
    }

    [Fact]
    public void Every_annotated_set_has_a_baseline_and_the_tolerance_catches_two_points()
    {
        var folders = Directory.GetDirectories(Path.Combine(RepositoryRoot.Path, "tests"), "eval-*").Select(Path.GetFileName);

        Committed.Value.Sets.Keys.Should().BeEquivalentTo(folders);
        Committed.Value.Tolerance.Should().BeInRange(0.005, 0.019);
    }

    [Fact]
    public void The_baseline_of_the_issue_3_sets_never_drops_below_its_targets()
    {
        Committed.Value.Sets.Keys.Should().Contain(TargetSets);
        TargetSets.Select(set => Committed.Value.Sets[set]).Should().OnlyContain(
            s => s.DirectF1 >= 0.97 && s.SpeakerAccuracy >= 0.90 && s.IndirectF1 >= 0.75,
            "the sets issue 3 was measured on stay above its targets");
    }

    [Fact]
    public void The_held_out_set_is_large_enough_to_mean_something()
    {
        var set = EvaluationSet.Load(Path.Combine(RepositoryRoot.Path, "tests", "eval-holdout"));

        set.Articles.Should().HaveCountGreaterThanOrEqualTo(16);
        set.Articles.Sum(a => a.Gold.Count).Should().BeGreaterThan(150);
    }

    private sealed record SetBaseline(
        [property: JsonPropertyName("directF1")] double DirectF1,
        [property: JsonPropertyName("indirectF1")] double IndirectF1,
        [property: JsonPropertyName("speakerAccuracy")] double SpeakerAccuracy,
        [property: JsonPropertyName("reportedSpeakerAccuracy")] double ReportedSpeakerAccuracy);

    private sealed record Baseline(
        [property: JsonPropertyName("tolerance")] double Tolerance,
        [property: JsonPropertyName("sets")] Dictionary<string, SetBaseline> Sets)
    {
        public static Baseline Load()
        {
            var path = Path.Combine(RepositoryRoot.Path, "tests", "NewsTracker.Core.Tests", "Evaluation", "baseline.json");
            var options = new JsonSerializerOptions
            {
                ReadCommentHandling = JsonCommentHandling.Skip,
                UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
                RespectRequiredConstructorParameters = true,
            };
            return JsonSerializer.Deserialize<Baseline>(File.ReadAllText(path), options)!;
        }
    }
}
