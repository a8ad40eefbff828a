using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Tests.Extraction;

// A body's name is read whole, however it is joined, so the registry files it once and never as a person or a
// fragment ("Co", "Mineral Resources", "PM").
public sealed class BodyNameTests
{
    [Fact]
    public void An_ampersand_joins_a_companys_name()
    {
        var quote = Extractor.Indirect("Marvel & Co. said it would keep its stake in the terminal for another year.").Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Marvel & Co");
        quote.Speaker.Kind.Should().Be(ActorKind.Organisation);
    }

    [Theory]
    [InlineData("The Ministry of Energy and Mineral Resources", "Ministry of Energy and Mineral Resources")]
    [InlineData("The Department of Harbour Works and Coastal Defence", "Department of Harbour Works and Coastal Defence")]
    public void And_inside_a_bodys_subject_keeps_the_name_whole(string written, string name)
    {
        var quote = Extractor.Indirect(written + " said the pipeline would open next year.").Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be(name);
        quote.Speaker.Kind.Should().Be(ActorKind.Organisation);
    }

    [Fact]
    public void A_bodys_head_noun_later_is_the_whole_name_given_before()
    {
        var body = """
            The Coordination Office for the Return of Displaced Families said 40 families had written.

            The office said more than 1,800 families had contacted it since January.
            """;

        var quote = Extractor.Single(Extractor.Indirect(body), "more than 1,800");

        quote.Speaker!.Name.Should().Be("Coordination Office for the Return of Displaced Families");
    }

    [Fact]
    public void A_holders_name_of_a_bodys_officer_stays_a_person()
    {
        var body = """
            Chief Inspector Tomas Veld of Harbour District Police said four drones had been seen.

            A police spokesman said no drone had been recovered.
            """;

        var first = Extractor.Single(Extractor.Indirect(body), "four drones");

        first.Speaker!.Name.Should().Be("Tomas Veld");
    }

    [Fact]
    public void A_title_abbreviated_alone_is_no_organisation()
    {
        var quote = Extractor.Direct("“We know where this came from,” the Deputy PM told reporters.").Should().ContainSingle().Subject;

        quote.Speaker.Should().BeNull();
    }

    [Fact]
    public void A_title_with_its_posting_names_the_holder_in_apposition()
    {
        var quote = Extractor.Indirect("The Senator representing Halden East, Musa Bako, said the closure had hurt border towns.").Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Musa Bako");
    }

    [Fact]
    public void A_posting_closed_by_a_compass_word_is_no_surname()
    {
        var quote = Extractor.Indirect("The Senator representing Halden East said the closure had hurt border towns.").Should().ContainSingle().Subject;

        quote.Speaker?.Name.Should().NotBe("Halden");
    }

    [Theory]
    [InlineData("Ravenna's city council")]
    [InlineData("Halden's port authority")]
    public void A_places_body_in_lowercase_words_speaks_as_a_body(string written)
    {
        var quote = Extractor.Indirect(written + " said its neighbours heard the same sirens every night.").Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be(written);
        quote.Speaker.Kind.Should().Be(ActorKind.Organisation);
    }
}
