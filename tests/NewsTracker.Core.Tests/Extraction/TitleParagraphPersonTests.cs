namespace NewsTracker.Core.Tests.Extraction;

// Issue 8: "Lund said he would meet them. “…,” the minister said." A short title with "the" that no earlier holder
// answers to stands for the one person its paragraph (or, when the quotation opens its paragraph, the one before)
// named; never for a person the article gave another post, nor through a title that hides its holder.
public sealed class TitleParagraphPersonTests
{
    private const string Lead = "The harbour and fisheries minister of the island promised the council on Monday a new quay by spring.\n\n";

    [Theory]
    [InlineData("Tiva Rask-Ormond, 52, said she would meet the net menders herself. “I will listen to them, and then I will tell them what the quay costs,” the minister said.", "Tiva Rask-Ormond")]
    [InlineData("Asked whether the quay would be finished on time, Tiva Rask-Ormond did not hesitate.\n\n“The cranes arrive in March and the concrete is already poured,” the minister said.", "Tiva Rask-Ormond")]
    [InlineData("Eino Vasko-Lahti, who has studied the fishing grounds for twenty years, doubts the numbers. “Somebody downstream pays for this quay,” the researcher said.", "Eino Vasko-Lahti")]
    public void A_short_title_stands_for_the_one_person_its_paragraph_named(string paragraph, string speaker)
    {
        var quote = Extractor.Direct(Lead + paragraph).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be(speaker);
    }

    [Fact]
    public void A_person_with_another_post_is_not_the_title()
    {
        var body = Lead + "Economist Tiva Rask-Ormond showed reporters the channel. “The cranes arrive in March and the concrete is already poured,” the minister said.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker?.Name.Should().NotBe("Tiva Rask-Ormond");
    }

    [Fact]
    public void A_title_that_hides_its_holder_stays_unnamed()
    {
        var body = Lead + "Tiva Rask-Ormond, 52, said she would meet the net menders herself. “Nobody has seen the final bill for the quay,” the official said.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker.Should().BeNull();
    }

    // "The former Coast Guard captain" after the paragraph that quoted the port's director: what the person once was, with
    // the body they served, describes the one person named before, whatever their present post; it is no body speaking.
    [Fact]
    public void A_former_post_with_its_body_stands_for_the_person_named_before()
    {
        var body = "Oriel Vantongeren, the marina's general manager, told the board the moorings were booked until May.\n\n"
            + "The former Coast Guard captain, in charge since the spring, said the new pontoons would pay for themselves.";

        var quote = Extractor.Single(Extractor.Indirect(body), "the new pontoons would");

        quote.Speaker!.Name.Should().Be("Oriel Vantongeren");
    }
}
