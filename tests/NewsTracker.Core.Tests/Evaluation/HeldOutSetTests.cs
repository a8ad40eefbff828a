using NewsTracker.Core.Evaluation;

namespace NewsTracker.Core.Tests.Evaluation;

// The frozen held-out set (tests/heldout) is scored only by `eval --history`, never here: this test
// counts its files and gold quotes and runs no extraction on them.
public sealed class HeldOutSetTests
{
    [Fact]
    public void The_frozen_held_out_set_has_at_least_30_articles_and_300_gold_quotes()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "tests", "heldout");

        var set = EvaluationSet.Load(folder);

        set.WithoutGold.Should().BeEmpty();
        set.Articles.Should().HaveCountGreaterThanOrEqualTo(30);
        set.Articles.Sum(a => a.Gold.Count).Should().BeGreaterThanOrEqualTo(300);
        Path.GetFileName(folder).Should().NotStartWith("eval-", "dotnet test scores every tests/eval-* folder");
    }
}
