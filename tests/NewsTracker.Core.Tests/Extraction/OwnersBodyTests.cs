using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Tests.Extraction;

// Issue 8: the bodies that speak for one person ("his office", "her delegation", "Brand's campaign") speak for that
// person, as "Zelensky's office" does; never an actor "Brand's office".
public sealed class OwnersBodyTests
{
    [Theory]
    [InlineData("Governor Ivo Brand cancelled his trip to the capital.", "His office said the governor would stay to oversee the flood response.", "Ivo Brand")]
    [InlineData("Senator Ada Quist arrived in Geneva on Monday.", "Her delegation said the draft text was unacceptable in its current form.", "Ada Quist")]
    [InlineData("Mayor Ada Quist is running for a third term.", "Her campaign said she had raised more money than any rival.", "Ada Quist")]
    [InlineData("Governor Ivo Brand cancelled his trip to the capital.", "Brand's office said the governor would stay to oversee the flood response.", "Ivo Brand")]
    public void A_persons_own_body_speaks_for_the_person(string first, string second, string speaker)
    {
        var quote = Extractor.Indirect(first + "\n\n" + second).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be(speaker);
        quote.Speaker.Kind.Should().Be(ActorKind.Person);
    }

    [Fact]
    public void A_states_delegation_is_no_person()
    {
        var quote = Extractor.Indirect("Norway's delegation said the draft text was unacceptable in its current form.").Should().ContainSingle().Subject;

        quote.Speaker?.Kind.Should().NotBe(ActorKind.Person);
    }
}
