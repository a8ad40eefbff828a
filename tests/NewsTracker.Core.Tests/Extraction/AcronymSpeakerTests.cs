namespace NewsTracker.Core.Tests.Extraction;

// Issue 8: an organisation's acronym in speaker position speaks as that organisation; capitals that are a
// shouted sentence, a pronoun or a transcript label do not.
public sealed class AcronymSpeakerTests
{
    [Theory]
    [InlineData("“Two drones were shot down over the strait overnight,” KORVAL said in a statement.")]
    [InlineData("“Two drones were shot down over the strait overnight,” said KORVAL.")]
    public void An_acronym_the_catalogue_does_not_know_speaks_as_an_organisation(string sentence)
    {
        var quote = Extractor.Direct(sentence).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("KORVAL");
        quote.Speaker.Kind.Should().Be(NewsTracker.Core.Actors.ActorKind.Organisation);
    }

    [Fact]
    public void An_acronym_the_article_spelled_out_speaks_under_its_full_name()
    {
        var body = "The Coastal Patrol Command (KORVAL) moved two frigates into the strait on Monday.\n\n"
            + "“Two drones were shot down over the strait overnight,” KORVAL said.";

        Extractor.Direct(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Coastal Patrol Command");
    }

    // Words in any language that an acronym of their initials follows name a body, never a person: the quote is the body's.
    [Theory]
    [InlineData("Severna Energetska Druzba (SED) said prices would rise in May.", "Severna Energetska Druzba")]
    [InlineData("Prices will rise in May, according to Zaklad Energetyczny Kolno (ZEK).", "Zaklad Energetyczny Kolno")]
    public void Words_an_acronym_of_their_initials_follows_are_a_body(string body, string name)
    {
        var result = Extractor.Run(body);

        var quote = result.Quotes.Should().ContainSingle().Subject;
        quote.Speaker!.Name.Should().Be(name);
        quote.Speaker.Kind.Should().Be(NewsTracker.Core.Actors.ActorKind.Organisation);
        result.People.Should().NotContain(p => p.Name == name);
    }

    // A bracket after a person's name that does not spell it out (a party, a constituency) leaves the person.
    [Fact]
    public void A_bracket_that_does_not_spell_out_the_name_leaves_a_person()
    {
        var quote = Extractor.Run("Anna Berg (KDP) said prices would rise in May.").Quotes.Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Anna Berg");
        quote.Speaker.Kind.Should().Be(NewsTracker.Core.Actors.ActorKind.Person);
    }

    [Theory]
    [InlineData("“THE PLANT IS SAFE AND THE WORKERS ARE HOME,” THE DIRECTOR SAID.")]
    [InlineData("“We are ready for the inspectors and their questions,” WE said.")]
    public void Capitals_that_are_no_organisation_give_no_speaker(string sentence)
    {
        Extractor.Direct(sentence).Should().OnlyContain(q => q.Speaker == null);
    }
}
