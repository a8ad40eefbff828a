namespace NewsTracker.Core.Tests.Extraction;

// Issue 8: "as X put it" reports X's own words, before or after the quotation.
public sealed class AsPutItTests
{
    private const string Intro = "Port director Ada Quist met the dockers' union on Monday. ";

    [Theory]
    [InlineData("As Quist put it, “the cranes are older than most of the dockers”.", "as-put-it+surname")]
    [InlineData("“The cranes are older than most of the dockers,” as Quist put it.", "as-put-it+surname")]
    [InlineData("As she put it bluntly: “the cranes are older than most of the dockers”.", "as-put-it+pronoun")]
    public void The_words_after_as_X_put_it_are_Xs(string sentence, string rule)
    {
        var quote = Extractor.Direct(Intro + sentence).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Ada Quist");
        quote.Rule.Should().Be(rule);
    }

    // A title before the name belongs to the speaker phrase, in the middle of the sentence or after the quote.
    [Theory]
    [InlineData("The ferry plan, as veteran campaigner Maria Lund put it, is “a timetable written by people who never take the boat”.")]
    [InlineData("As veteran campaigner Maria Lund put it, “the ferry plan was written by people who never take the boat”.")]
    public void A_titled_name_in_as_X_put_it_is_the_speaker(string sentence)
    {
        var quote = Extractor.Direct(Intro + sentence).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Maria Lund");
        quote.Rule.Should().StartWith("as-put-it");
    }

    [Fact]
    public void A_saying_with_as_is_no_speaker()
    {
        var quote = Extractor.Direct(Intro + "The cranes, as the old saying has it, “are older than the dockers who run them”.")
            .Should().ContainSingle().Subject;

        quote.Speaker.Should().BeNull();
    }
}
