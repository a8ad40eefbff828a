namespace NewsTracker.Core.Tests.Extraction;

// Issue 8: a live page puts its newest entry first, so a surname ("Lund-Berg", or the first part of a double-barrelled one,
// "Lund") can come before the oldest entry that names the person in full. It is that person, not a second one.
public sealed class NamedLaterTests
{
    private const string LivePage = """
        Harbour drills at Portmere – live

        - 16:10 Lund: “We are hosts here, not spectators”

        Reporters put it to Lund that the navy only lends the quay to larger allies. “We are hosts here, not spectators,” she said.

        - 09:30 Drills open

        Harbour Minister Ada Lund-Berg opened the drills at the quay this morning, saying six navies were taking part.
        """;

    [Fact]
    public void A_surname_before_the_full_name_is_the_person_named_later()
    {
        var result = Extractor.Run(LivePage);

        result.People.Should().NotContain(p => p.Name == "Lund");
        Extractor.Single(result.Quotes, "We are hosts here").Speaker!.Name.Should().Be("Ada Lund-Berg");
    }

    // Lusophone and French names join an elided particle to the surname ("Quintas d'Alvor"): the whole name is one person, and
    // the surname with its particle names them again.
    [Fact]
    public void A_surname_with_an_elided_particle_is_the_whole_name()
    {
        var body = "Harbour director Ilídio Quintas d'Alvor said the dredger had been hired for the winter.\n\n"
            + "\"The channel will be open to the tankers before the rains,\" Quintas d'Alvor said.";

        var result = Extractor.Run(body);

        Extractor.Single(result.Quotes, "the dredger had been hired").Speaker!.Name.Should().Be("Ilídio Quintas d'Alvor");
        Extractor.Single(result.Quotes, "The channel will be open").Speaker!.Name.Should().Be("Ilídio Quintas d'Alvor");
    }
}
