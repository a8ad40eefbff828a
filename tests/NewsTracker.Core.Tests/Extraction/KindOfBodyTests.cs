namespace NewsTracker.Core.Tests.Extraction;

// Issue 8: a body's name is often followed by a lower-case word for its kind ("the KTU union", "the opposition Vazra
// party"); the actor is the body by its name, not a new one that carries the kind with it.
public sealed class KindOfBodyTests
{
    [Theory]
    [InlineData("The KTU union", "KTU")]
    [InlineData("The Baltic Trade Operations centre", "Baltic Trade Operations")]
    [InlineData("The opposition Vazra party", "Vazra")]
    [InlineData("The Harbourside Grain consortium", "Harbourside Grain")]
    public void A_bodys_kind_after_its_name_is_not_part_of_the_name(string speaker, string body)
    {
        var quote = Extractor.Indirect(speaker + " said the new levy would have to wait until the spring.").Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be(body);
    }

    // "The consortium" names no body of its own: it is left to the sieves that find the one named before.
    [Fact]
    public void A_kind_of_body_alone_is_no_name()
    {
        var quote = Extractor.Indirect("The consortium said the new levy would have to wait until the spring.").Should().ContainSingle().Subject;

        quote.Speaker.Should().BeNull();
    }

    // Translated state-media copy writes "official Tallinn" for the capital's government: the state speaks, as it does
    // for the capital alone.
    [Theory]
    [InlineData("Official Tallinn announced on Friday that ferries would keep sailing.")]
    [InlineData("Earlier, official Tallinn stated that ferries would keep sailing.")]
    public void Official_and_a_capital_is_the_capitals_state(string sentence)
    {
        var bare = Extractor.Indirect("Tallinn announced on Friday that ferries would keep sailing.").Should().ContainSingle().Subject;
        var official = Extractor.Indirect(sentence).Should().ContainSingle().Subject;

        bare.Speaker.Should().NotBeNull();
        official.Speaker.Should().Be(bare.Speaker);
    }
}
