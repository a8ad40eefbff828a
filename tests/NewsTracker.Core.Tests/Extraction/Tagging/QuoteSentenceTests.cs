using NewsTracker.Core.Extraction.Tagging;

namespace NewsTracker.Core.Tests.Extraction.Tagging;

public sealed class QuoteSentenceTests
{
    [Fact]
    public void A_direct_quote_stands_in_its_attribution_sentence_and_not_the_one_before()
    {
        const string Body = "The vote was close. “We won,” Mr. Ortega said as the count ended. Then the hall emptied.";
        var start = Body.IndexOf("We won", StringComparison.Ordinal);

        QuoteSentence.Around(Body, start, start + "We won".Length)
            .Should().Be("“We won,” Mr. Ortega said as the count ended.");
    }

    [Fact]
    public void A_reported_clause_stands_in_the_sentence_that_reports_it()
    {
        const string Body = "Rain fell all day. The port will reopen next week, the U.S. envoy said on Monday.\nShips waited.";
        var start = Body.IndexOf("The port", StringComparison.Ordinal);
        var end = Body.IndexOf(", the U.S.", StringComparison.Ordinal);

        QuoteSentence.Around(Body, start, end).Should().Be("The port will reopen next week, the U.S. envoy said on Monday.");
    }

    [Fact]
    public void A_quote_of_several_sentences_takes_them_all()
    {
        const string Body = "Intro line. “One. Two. Three,” she said. After.";
        var start = Body.IndexOf("One", StringComparison.Ordinal);
        var end = Body.IndexOf("Three", StringComparison.Ordinal) + 5;

        QuoteSentence.Around(Body, start, end).Should().Be("“One. Two. Three,” she said.");
    }

    [Fact]
    public void The_sentence_never_runs_past_a_paragraph_or_the_reach_limit()
    {
        var body = "Before\n" + new string('a', 2_000) + " quoted " + new string('b', 2_000);
        var start = body.IndexOf("quoted", StringComparison.Ordinal);

        var sentence = QuoteSentence.Around(body, start, start + 6);

        sentence.Should().Contain("quoted").And.NotContain("Before");
        sentence.Length.Should().BeLessThanOrEqualTo(2 * QuoteSentence.MaxReach + 6);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-5, 3)]
    [InlineData(3, 500)]
    public void Offsets_out_of_range_are_clamped_rather_than_thrown(int start, int end)
    {
        QuoteSentence.Around("Short text.", start, end).Should().NotBeNull();
    }
}
