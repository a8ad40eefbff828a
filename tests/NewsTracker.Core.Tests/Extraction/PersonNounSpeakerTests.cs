namespace NewsTracker.Core.Tests.Extraction;

// A noun for a person after the speech verb is the speaker's phrase ("said fisherman Ivo Holm", "said the woman"), as a
// title is; "the woman" is the one person the text has just named, when her gender allows.
public sealed class PersonNounSpeakerTests
{
    [Theory]
    [InlineData("said fisherman Ivo Holm, 58.")]
    [InlineData("said local farmer Ivo Holm.")]
    [InlineData("declared engineer Ivo Holm.")]
    public void A_person_noun_before_the_name_after_the_verb_attributes_the_quote(string attribution)
    {
        var quote = Extractor.Direct($"“The boats come by day now,” {attribution}").Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Ivo Holm");
        quote.Rule.Should().StartWith("quote-verb-speaker+");
    }

    [Theory]
    [InlineData("Ada Quist, 64, has sold fish at the quay for forty years.", "the woman", "Ada Quist")]
    [InlineData("Ada Quist, 64, has sold fish at the quay for forty years.", "the trader", "Ada Quist")]
    [InlineData("Ivo Holm, 64, has sold fish at the quay for forty years.", "the woman", null)]
    [InlineData("The quay has sold fish for forty years.", "the woman", null)]
    [InlineData("Ada Quist, 64, has sold fish at the quay for forty years.", "a farmer", null)]
    public void A_definite_person_noun_after_the_verb_is_the_person_just_named(string before, string noun, string? speaker)
    {
        var body = $"{before}\n\n“The boats come by day now,” said {noun}.";

        var quote = Extractor.Single(Extractor.Direct(body), "The boats come by day");

        (quote.Speaker?.Name).Should().Be(speaker);
        quote.Rule.Should().StartWith("quote-verb-speaker+");
    }

    // The paragraph before names the official; the quote's own paragraph names one fisherman, after a village that opens
    // the sentence with "In", which is where he lives, not a second person.
    [Fact]
    public void The_fisherman_is_the_one_person_his_own_paragraph_names()
    {
        var body = """
            The director of the coastguard, Commissioner Tomas Brandt, said the patrols would start in April.

            Not everyone is convinced. In Porto Velha Nova, the fisherman Ivo Holm-Castelo, 63, remembers the last patrols. “They always leave after a month,” said the fisherman.
            """;

        var quote = Extractor.Single(Extractor.Direct(body), "They always leave");

        quote.Speaker!.Name.Should().Be("Ivo Holm-Castelo");
    }
}
