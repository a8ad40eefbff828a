namespace NewsTracker.Core.Tests.Extraction;

// Issue 8: what news copy puts between a speaker's name and the speech verb — a party bracket with a dotted state, a
// bare party letter, a bracket followed by an appositive, the day — is read past, not taken for the speaker.
public sealed class BetweenNameAndVerbTests
{
    [Theory]
    [InlineData("Senate Majority Leader Roy Tolliver (R-S.D.) said on the floor that the strikes were lawful and limited.", "Roy Tolliver")]
    [InlineData("Ohio Gov. Helen Marchetti (R) said the plan was a campaign stunt and not a strategy.", "Helen Marchetti")]
    [InlineData("Rep. Brenda Kohler (R-Pa.), the lead sponsor, said the bill would go after the customers at last.", "Brenda Kohler")]
    [InlineData("External Affairs Minister Ramesh Iyengar on Wednesday said that the purchases would be decided by price alone.", "Ramesh Iyengar")]
    [InlineData("Rep. Sam Whitlow (D-Mich.), who is expected to run, said the governor was auditioning for a war nobody wants.", "Sam Whitlow")]
    [InlineData("Forty miles away in Concord, Gov. Helen Marchetti, who is weighing a run, said the plan was a stunt and not a strategy.", "Helen Marchetti")]
    [InlineData("Two days later, Gov. Helen Marchetti said the plan was a stunt and not a strategy.", "Helen Marchetti")]
    [InlineData("The letter was organized by Gov. Maura Kinsella, a Democrat, who told reporters that families were paying too much.", "Maura Kinsella")]
    public void The_speaker_is_the_name_before_the_tag(string body, string speaker)
    {
        Extractor.Indirect(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be(speaker);
    }

    [Fact]
    public void A_dotted_state_inside_a_bracket_does_not_end_the_sentence()
    {
        var quote = Extractor.Direct("“The strikes were lawful, limited and working,” Sen. Roy Tolliver (R-S.D.) said on the floor.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Roy Tolliver");
    }
}
