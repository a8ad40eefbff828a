using NewsTracker.Core.Common;
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

    // Issue 8's development sets: eval-wide (62 articles) and eval-fresh (1020), each article with 8 to 15 gold quotes.
    [Theory]
    [InlineData("eval-wide", 60)]
    [InlineData("eval-fresh", 1020)]
    public void A_development_set_has_its_articles_and_their_gold_quotes_are_in_their_text(string folder, int articles)
    {
        var set = EvaluationSet.Load(Path.Combine(RepositoryRoot.Path, "tests", folder));

        set.Articles.Should().HaveCountGreaterThanOrEqualTo(articles);
        set.WithoutGold.Should().BeEmpty();
        set.Articles.Should().OnlyContain(a => a.Gold.Count >= 8 && a.Gold.Count <= 15);
        set.Articles
            .SelectMany(a => a.Gold.Select((g, i) => (a.Name, Index: i + 1, Found: AppearsIn(g.Text, a.Body))))
            .Where(q => !q.Found)
            .Select(q => $"{q.Name} quote {q.Index}")
            .Should().BeEmpty("every gold quote is taken from its article's text");
    }

    [Fact]
    public void A_quote_split_by_its_attribution_appears_in_the_text_and_a_reworded_one_does_not()
    {
        const string Body = "“We are ready,” the minister said on Monday, “but not at any price.” Talks resume next week.";

        AppearsIn("We are ready, but not at any price.", Body).Should().BeTrue();
        AppearsIn("talks resume next week", Body).Should().BeTrue();
        AppearsIn("We are prepared, but not at any price.", Body).Should().BeFalse();
        AppearsIn("next week talks resume", Body).Should().BeFalse();
    }

    // The quote's words in order in the body, spread over at most 40 extra words: room for the attribution that
    // splits a quote, none for words gathered from all over the article.
    private static bool AppearsIn(string quote, string body)
    {
        var words = TextFingerprint.Words(quote);
        var text = TextFingerprint.Words(body);
        for (var start = 0; start < text.Count; start++)
        {
            if (text[start] != words[0])
            {
                continue;
            }

            var matched = 1;
            var position = start + 1;
            while (matched < words.Count && position < text.Count && position - start <= words.Count + 40)
            {
                if (text[position] == words[matched])
                {
                    matched++;
                }

                position++;
            }

            if (matched == words.Count && position - start <= words.Count + 40)
            {
                return true;
            }
        }

        return false;
    }
}
