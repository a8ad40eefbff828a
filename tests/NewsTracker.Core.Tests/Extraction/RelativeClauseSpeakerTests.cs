namespace NewsTracker.Core.Tests.Extraction;

// A relative clause between the speaker and the speech verb describes the speaker: the noun phrase before
// "who" speaks, never a person named inside the clause.
public sealed class RelativeClauseSpeakerTests
{
    private const string Intro = "Harbour master Lena Ostrova opened the new quay in Tromsø on Friday.\n\n";

    [Theory]
    [InlineData("A fisheries inspector who toured the quay said the concrete had cracked twice.", "A fisheries inspector")]
    [InlineData("A fisheries inspector who met Lena Ostrova said the concrete had cracked twice.", "A fisheries inspector")]
    [InlineData("Two engineers who worked on the pier said the concrete had cracked twice.", "Two engineers")]
    [InlineData("The officials that signed off the works said the concrete had cracked twice.", "The officials")]
    public void Reported_speech_belongs_to_the_head_of_the_relative_clause(string sentence, string description)
    {
        var quote = Extractor.Indirect(Intro + sentence).Should().ContainSingle().Subject;

        quote.Speaker.Should().BeNull("an unnamed source speaks, not the harbour master");
        quote.SpeakerAsWritten.Should().Be(description);
    }

    [Fact]
    public void A_direct_quote_belongs_to_the_head_of_the_relative_clause()
    {
        var quote = Extractor.Direct(Intro + "“The cracks were there from the start,” a diver who inspected Ostrova's quay said.")
            .Should().ContainSingle().Subject;

        quote.Speaker.Should().BeNull();
        quote.SpeakerAsWritten.Should().Be("a diver");
    }

    [Fact]
    public void A_named_speaker_keeps_the_name_before_the_relative_clause()
    {
        var body = Intro + "Port engineer Tomas Vik, who oversaw the works for Ostrova, said the concrete had cracked twice.\n\n"
            + "Deputy mayor Ivar Haug who built the pier said the design was to blame.";

        var quotes = Extractor.Indirect(body);

        Extractor.Single(quotes, "the concrete").Speaker!.Name.Should().Be("Tomas Vik");
        Extractor.Single(quotes, "the design").Speaker!.Name.Should().Be("Ivar Haug");
    }

    [Fact]
    public void A_reported_clause_opened_by_that_is_no_relative_clause()
    {
        var quote = Extractor.Indirect(Intro + "Ostrova said that the divers had found nothing.").Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Lena Ostrova");
    }
}
