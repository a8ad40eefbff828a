using NewsTracker.Core.Extraction;

namespace NewsTracker.Core.Tests.Extraction;

// A command named right after a title ("Supreme Allied Commander Europe") belongs to the title, not to the holder's name.
public sealed class CommandInTitleTests
{
    [Fact]
    public void A_command_after_the_title_is_no_word_of_the_holders_name()
    {
        var body = """
            The alliance will move two more brigades east, Supreme Allied Commander Europe Dale Morrow said on Monday.

            "We are ready for every contingency," Morrow told reporters.
            """;

        var result = Extractor.Run(body);

        result.People.Should().ContainSingle().Which.Should().Match<PersonMention>(
            p => p.Name == "Dale Morrow" && p.Role == "Supreme Allied Commander Europe");
        result.Quotes.Should().HaveCount(2).And.OnlyContain(q => q.Speaker!.Name == "Dale Morrow");
    }

    [Fact]
    public void A_command_after_the_title_in_a_speaker_phrase_after_the_quote()
    {
        var body = """
            "The drills will go on through the winter," said Supreme Allied Commander Transformation Ada Quist.
            """;

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Ada Quist");
        quote.Speaker.Role.Should().Be("Supreme Allied Commander Transformation");
    }
}
