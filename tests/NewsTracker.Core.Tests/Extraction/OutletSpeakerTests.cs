namespace NewsTracker.Core.Tests.Extraction;

// Issue 8: newspapers speak in press reviews and editorials. A capitalised run ending in an outlet word is the outlet,
// never a person by its first word; "the paper", "the newspaper", "the daily" stand for the outlet named before, and
// name nobody when no outlet was named. Examples written for these tests.
public sealed class OutletSpeakerTests
{
    [Fact]
    public void An_outlet_by_name_speaks_as_an_organisation_not_as_a_person()
    {
        var result = Extractor.Run("The Rhine Chronicle said the harbour levy was long overdue and should stay.");

        result.Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("Rhine Chronicle");
        result.Quotes[0].Speaker!.Kind.Should().Be(Core.Actors.ActorKind.Organisation);
        result.People.Should().NotContain(p => p.Name == "Rhine");
    }

    [Theory]
    [InlineData("“The government has lost its nerve,” the paper wrote in a leader column on Wednesday.")]
    [InlineData("The newspaper said the levy would drive trade to neighbouring ports for years.")]
    [InlineData("“The harbour towns deserve far better than this,” the daily wrote.")]
    public void The_paper_is_the_outlet_named_before(string sentence)
    {
        var body = "The Freedonian Daily Herald took a harder line than its rivals on the levy.\n\n" + sentence;

        Extractor.Run(body).Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("Freedonian Daily Herald");
    }

    // "Global" opens the outlet's name; it is not a capitalised word to drop before "Times".
    [Fact]
    public void The_paper_after_two_outlets_is_the_later_one_and_an_opening_adjective_stays_in_the_name()
    {
        var body = "Freedonia's state-run Global Lantern Times called the levy a betrayal of the harbour towns.\n\n"
            + "The paper added that the levy would drive trade to neighbouring ports for years.\n\n"
            + "An editorial in the Harbour Times argued that the levy was long overdue.\n\n"
            + "The paper said the government should have acted a decade earlier.";

        var quotes = Extractor.Indirect(body);

        Extractor.Single(quotes, "the levy would drive").Speaker!.Name.Should().Be("Global Lantern Times");
        Extractor.Single(quotes, "the government should").Speaker!.Name.Should().Be("Harbour Times");
    }

    [Fact]
    public void The_paper_with_no_outlet_named_before_names_nobody()
    {
        var quote = Extractor.Direct("“The government has lost its nerve,” the paper wrote in a leader column on Wednesday.")
            .Should().ContainSingle().Subject;

        quote.Speaker.Should().BeNull();
    }
}
