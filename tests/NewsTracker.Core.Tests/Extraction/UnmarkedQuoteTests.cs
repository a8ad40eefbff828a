using NewsTracker.Core.Extraction;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Tests.Extraction;

// Direct quotes without quotation marks (UnmarkedQuoteFinder): a block after "X said:" and a "– said X" line.
public sealed class UnmarkedQuoteTests
{
    private const string Intro = "Ilse Varga, the harbour minister, visited the port of Gdynia on Monday.\n\n";

    [Fact]
    public void A_paragraph_after_an_introduction_ending_in_a_colon_is_a_block_quote()
    {
        var quote = Extractor.Direct(Intro + "Varga told the dock workers:\n\nThe cranes will be replaced by spring, and nobody here will lose a job because of it.")
            .Should().ContainSingle().Subject;

        quote.Text.Should().Be("The cranes will be replaced by spring, and nobody here will lose a job because of it.");
        quote.Speaker!.Name.Should().Be("Ilse Varga");
        quote.Rule.Should().StartWith(UnmarkedQuoteFinder.BlockQuoteRule + "+");
    }

    [Fact]
    public void The_introducing_verb_may_stand_further_back_in_the_sentence()
    {
        var quote = Extractor.Direct(Intro + "Varga added that the ministry would put the plan to the cabinet on Thursday:\n\nWe want the money in the budget before the summer, not after it.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Ilse Varga");
    }

    [Fact]
    public void A_noun_for_what_was_said_frames_a_block_quote()
    {
        var quote = Extractor.Direct(Intro + "Varga later put out a short statement on social media. The key passage:\n\nThe port is open, the ferries are running and the cranes will follow.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Ilse Varga");
    }

    [Fact]
    public void A_colon_without_a_speech_verb_or_noun_introduces_no_quote()
    {
        Extractor.Run(Intro + "The timetable for the works is as follows:\n\nThe first crane goes in March, the second in May and the third in the autumn.")
            .Quotes.Where(q => q.Kind == QuoteKind.Direct).Should().BeEmpty();
    }

    [Fact]
    public void A_paragraph_with_quotation_marks_is_left_to_the_marks()
    {
        var quote = Extractor.Direct(Intro + "Varga told the dock workers:\n\n“The cranes will be replaced by spring,” she said, “and the ferries will follow.”")
            .Should().ContainSingle().Subject;

        quote.Text.Should().StartWith("The cranes will be replaced by spring,");
        quote.Rule.Should().NotStartWith(UnmarkedQuoteFinder.BlockQuoteRule);
    }

    [Theory]
    [InlineData("The cranes will be replaced by spring, and nobody will lose a job – said Varga after the meeting.")]
    [InlineData("The cranes will be replaced by spring, and nobody will lose a job — said Ilse Varga.")]
    [InlineData("The cranes will be replaced by spring, and nobody will lose a job – Varga said.")]
    public void Words_before_a_dash_and_said_are_a_direct_quote(string line)
    {
        var quote = Extractor.Direct(Intro + line).Should().ContainSingle().Subject;

        quote.Text.Should().Be("The cranes will be replaced by spring, and nobody will lose a job");
        quote.Speaker!.Name.Should().Be("Ilse Varga");
        quote.Rule.Should().StartWith(UnmarkedQuoteFinder.DashSaidRule + "+");
        Extractor.Indirect(Intro + line).Should().BeEmpty("the words are a quotation, not reported speech");
    }

    [Theory]
    [InlineData("GDYNIA – Harbour Minister Ilse Varga said on Monday that the cranes would be replaced by spring.")]
    [InlineData("The cranes, which date from the 1970s – officials said the oldest is from 1968 – will be replaced by spring.")]
    [InlineData("The cranes will be replaced by spring – Varga said the money was already in the budget.")]
    public void A_dash_that_does_not_close_the_words_with_an_attribution_is_no_quote(string line)
    {
        Extractor.Direct(Intro + line).Should().BeEmpty();
    }

    // The attribution on a line of its own under the words (the cleaner makes each line a paragraph).
    [Theory]
    [InlineData("The cranes will be replaced by spring, and nobody will lose a job.\n– said Varga in a statement")]
    [InlineData("The cranes will be replaced by spring, and nobody will lose a job.\n\n— Varga said.")]
    public void Words_above_a_dash_line_with_the_attribution_are_the_speakers(string lines)
    {
        var quote = Extractor.Direct(Intro + lines).Should().ContainSingle().Subject;

        quote.Text.Should().Be("The cranes will be replaced by spring, and nobody will lose a job.");
        quote.Speaker!.Name.Should().Be("Ilse Varga");
        quote.Rule.Should().StartWith(UnmarkedQuoteFinder.DashSaidRule + "+");
    }

    // A bullet that reports something ("- Varga says the cranes will go") is no attribution line for the words above.
    [Fact]
    public void A_bullet_with_a_speech_verb_is_no_attribution_line()
    {
        var lines = "The harbour board met for three hours on Monday.\n- Varga says the cranes will go\n- Dockers walk out";

        Extractor.Direct(Intro + lines).Should().BeEmpty();
    }
}
