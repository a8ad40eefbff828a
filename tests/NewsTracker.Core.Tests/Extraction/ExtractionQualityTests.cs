using NewsTracker.Core.Evaluation;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Tests.Evaluation;

namespace NewsTracker.Core.Tests.Extraction;

// The quality targets of the extraction issue, checked on all three annotated sets: the development set
// the rules were built on, and the held-out and blind sets written separately (see docs/extraction-quality.md).
public sealed class ExtractionQualityTests
{
    [Theory]
    [InlineData("eval-set")]
    [InlineData("eval-holdout")]
    [InlineData("eval-blind")]
    [InlineData("eval-unseen")]
    public void Extraction_meets_the_quality_targets(string folder)
    {
        var set = EvaluationSet.Load(Path.Combine(RepositoryRoot.Path, "tests", folder));
        var report = new Evaluator(new QuoteExtractor(), Extractor.Catalogue).Evaluate(set.Articles);

        report.Direct.F1.Should().BeGreaterThanOrEqualTo(0.97, "direct quotes F1 is a target");
        report.Indirect.F1.Should().BeGreaterThanOrEqualTo(0.75, "indirect quotes F1 is a target");
        report.Speakers.Accuracy.Should().BeGreaterThanOrEqualTo(0.90, "speaker attribution on found direct quotes is a target");
        report.FurnitureFree.Should().BeTrue("no page furniture may reach a quote");
    }

    [Fact]
    public void The_held_out_set_is_large_enough_to_mean_something()
    {
        var set = EvaluationSet.Load(Path.Combine(RepositoryRoot.Path, "tests", "eval-holdout"));

        set.Articles.Should().HaveCountGreaterThanOrEqualTo(16);
        set.Articles.Sum(a => a.Gold.Count).Should().BeGreaterThan(150);
    }
}
