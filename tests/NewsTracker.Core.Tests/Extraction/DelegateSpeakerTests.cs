using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Tests.Extraction;

// Issue 8: council coverage names a state through its unnamed delegate ("The representative of Norway said"). The
// delegate named in the next sentence speaks; otherwise the state does, never nobody and never a person "Ruritania".
public sealed class DelegateSpeakerTests
{
    [Theory]
    [InlineData("The representative of Norway said the blockade had cut food deliveries by half.", "Norway")]
    [InlineData("The delegate of Brazil said her country would host a follow-up meeting in May.", "Brazil")]
    [InlineData("The delegation of the United States said the port must reopen before the winter.", "United States")]
    public void An_unnamed_delegate_of_a_state_speaks_for_the_state(string body, string state)
    {
        var speaker = Extractor.Indirect(body).Should().ContainSingle().Subject.Speaker!;

        speaker.Name.Should().Be(state);
        speaker.Kind.Should().Be(ActorKind.Country);
    }

    [Fact]
    public void A_delegation_of_a_state_the_catalogue_does_not_know_is_no_person()
    {
        var result = Extractor.Run("The delegation of Ruritania said the port must reopen before the winter.");

        var speaker = result.Quotes.Should().ContainSingle().Subject.Speaker!;
        speaker.Name.Should().Be("Ruritania");
        speaker.Kind.Should().NotBe(ActorKind.Person);
        result.People.Should().BeEmpty();
    }

    [Fact]
    public void The_delegate_named_in_the_next_sentence_speaks()
    {
        var body = "The representative of Norway said the blockade had cut food deliveries by half. "
            + "Ada Quist, who arrived from Oslo on Sunday, told the council the port had to reopen.";

        Extractor.Single(Extractor.Indirect(body), "the blockade had cut").Speaker!.Name.Should().Be("Ada Quist");
    }

    [Theory]
    [InlineData("The ambassador to NATO said the alliance would keep its ships in the strait.")]
    [InlineData("The administration's nominee for ambassador to the EU said the bloc would keep its tariffs.")]
    [InlineData("The new envoy to the OSCE said the monitors would stay another year.")]
    public void An_envoy_posted_to_a_body_does_not_speak_for_it(string body)
    {
        var speaker = Extractor.Indirect(body).Should().ContainSingle().Subject.Speaker;

        speaker?.Kind.Should().Be(ActorKind.Person);
    }

    [Fact]
    public void An_envoy_posted_to_a_body_is_the_holder_the_article_named()
    {
        var body = "Hester Quarrington, the administration's nominee for ambassador to NATO, met the committee on Tuesday. "
            + "The nominee for ambassador to NATO said the alliance would keep its ships in the strait.";

        Extractor.Single(Extractor.Indirect(body), "the alliance would keep").Speaker!.Name.Should().Be("Hester Quarrington");
    }
}
