using NewsTracker.Core.Evaluation;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Tests.Evaluation;

public sealed class EvaluationSetTests
{
    [Fact]
    public void Gold_files_give_text_kind_and_speaker()
    {
        var gold = EvaluationSet.ParseGold("""
            { "quotes": [
              { "text": "We are ready", "kind": "direct", "speaker": "Anna Berg", "actors": [], "topics": [] },
              { "text": "talks would resume", "kind": "indirect", "speaker": null }
            ] }
            """);

        gold.Should().Equal(
            new GoldQuote("We are ready", QuoteKind.Direct, "Anna Berg"),
            new GoldQuote("talks would resume", QuoteKind.Indirect, null));
    }

    [Fact]
    public void An_unknown_kind_is_refused()
    {
        var parse = () => EvaluationSet.ParseGold("""{ "quotes": [ { "text": "x", "kind": "mixed" } ] }""");

        parse.Should().Throw<FormatException>();
    }

    [Fact]
    public void The_committed_evaluation_set_loads_every_article_with_its_gold()
    {
        var set = EvaluationSet.Load(Path.Combine(RepositoryRoot.Path, "tests", "eval-set"));

        set.Articles.Should().HaveCountGreaterThanOrEqualTo(40);
        set.WithoutGold.Should().BeEmpty();
        set.Articles.Should().OnlyContain(a => a.Title.Length > 0 && a.Body.Length > 0 && a.Gold.Count > 0);
    }
}
