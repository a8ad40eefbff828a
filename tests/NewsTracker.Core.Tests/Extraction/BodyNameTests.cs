using NewsTracker.Core.Actors;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Tests.Extraction;

// A body's name is read whole, however it is joined, so the registry files it once and never as a person or a
// fragment ("Co", "Mineral Resources", "PM").
public sealed class BodyNameTests
{
    [Fact]
    public void An_ampersand_joins_a_companys_name()
    {
        var quote = Extractor.Indirect("Marvel & Co. said it would sell its shipping arm by the end of the year.").Should().ContainSingle().Subject;

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

    // A country, "International" or an acronym closing a capitalised run ends a body's name: never a person called by its
    // first word ("Harbourwatch"), a name the registry would keep as a junk actor.
    [Theory]
    [InlineData("Harbourwatch Estonia", "Harbourwatch")]
    [InlineData("Tidewatch International", "Tidewatch")]
    [InlineData("Vessmark ANP", "Vessmark")]
    [InlineData("Coastal Affairs Norway", "Coastal Affairs")]
    public void A_run_closed_by_a_country_or_an_acronym_is_a_body(string written, string firstWords)
    {
        var quote = Extractor.Indirect(written + " said the pipeline would open next year.").Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be(written).And.NotBe(firstWords);
        quote.Speaker.Kind.Should().Be(ActorKind.Organisation);
    }

    [Theory]
    [InlineData("Michael Jordan", "Michael Jordan")]
    [InlineData("Karen Israel", "Karen Israel")]
    public void A_person_whose_surname_is_a_country_stays_a_person(string written, string name)
    {
        var quote = Extractor.Indirect(written + " said the pipeline would open next year.").Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be(name);
        quote.Speaker.Kind.Should().Be(ActorKind.Person);
    }

    // A consulate or an office in a city is a body of its own, named with its city: not a person "Consulate", nor the city.
    [Theory]
    [InlineData("The United States Consulate in Tromsø", "United States Consulate in Tromsø")]
    [InlineData("The Governor's Office in Port Lind", "Governor's Office in Port Lind")]
    public void A_post_in_a_city_is_the_body_named_with_its_city(string written, string name)
    {
        var quote = Extractor.Indirect(written + " said the harbour permit had been signed on Friday.").Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be(name);
        quote.Speaker.Kind.Should().Be(ActorKind.Organisation);
    }

    [Fact]
    public void A_bodys_head_noun_later_is_the_whole_name_given_before()
    {
        var body = """
            The Coordination Office for the Return of Displaced Families said it had reopened two shelters.

            The office said it would publish a list of the missing next week.
            """;

        var quote = Extractor.Single(Extractor.Indirect(body), "it would publish");

        quote.Speaker!.Name.Should().Be("Coordination Office for the Return of Displaced Families");
    }

    [Fact]
    public void A_holders_name_of_a_bodys_officer_stays_a_person()
    {
        var body = """
            Chief Inspector Tomas Veld of Harbour District Police said two boats had been stopped at the pier.

            A police spokesman said nobody had been arrested.
            """;

        var first = Extractor.Single(Extractor.Indirect(body), "two boats");

        first.Speaker!.Name.Should().Be("Tomas Veld");
    }

    [Fact]
    public void A_title_abbreviated_alone_is_no_organisation()
    {
        var quote = Extractor.Direct("“This was planned for months,” the Deputy PM told reporters.").Should().ContainSingle().Subject;

        quote.Speaker.Should().BeNull();
    }

    [Fact]
    public void A_title_with_its_posting_names_the_holder_in_apposition()
    {
        var quote = Extractor.Indirect("The Senator representing Halden North, Musa Bako, said the new toll would ruin the market towns.").Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Musa Bako");
    }

    [Fact]
    public void A_posting_closed_by_a_compass_word_is_no_surname()
    {
        var quote = Extractor.Indirect("The Senator representing Halden North said the new toll would ruin the market towns.").Should().ContainSingle().Subject;

        quote.Speaker?.Name.Should().NotBe("Halden");
    }

    [Theory]
    [InlineData("Ravenna's city council")]
    [InlineData("Halden's port authority")]
    public void A_places_body_in_lowercase_words_speaks_as_a_body(string written)
    {
        var quote = Extractor.Indirect(written + " said it would ask the ministry for more night buses.").Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be(written);
        quote.Speaker.Kind.Should().Be(ActorKind.Organisation);
    }

    // A name apposed to a body's common noun is that body's: it speaks as the body and no later "she" goes to it; after
    // "a spokesman for …" the name is the spokesman's.
    [Theory]
    [InlineData("The port workers\u2019 union, Sindikat Luke Harbo, has warned that warships could push out the ferries.", "Sindikat Luke Harbo")]
    [InlineData("A spokesman for the opposition party, Ivo Brandvik, has warned that warships could push out the ferries.", "Ivo Brandvik")]
    public void A_name_apposed_to_a_bodys_noun_is_the_body(string sentence, string speaker)
    {
        var body = $"Minister Ada Quistberg visited the port on Monday.\n\nNot everybody agrees. {sentence}\n\n"
            + "She pauses. \u201CI understand the fear,\u201D she says.";

        var quotes = Extractor.Run(body).Quotes;

        quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Indirect).Which.Speaker!.Name.Should().Be(speaker);
        quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Direct).Which.Speaker!.Name.Should().Be("Ada Quistberg");
    }

    // "Harbour Rights Watch": a watchdog's name ends in "Watch"; it is the body, not a person "Rights".
    [Fact]
    public void A_watchdog_named_watch_is_a_body()
    {
        var speaker = Extractor.Single(Extractor.Indirect("Harbour Rights Watch reported on Friday that at least forty families had been moved from the district."),
            "at least forty families").Speaker!;

        speaker.Name.Should().Be("Harbour Rights Watch");
        speaker.Kind.Should().Be(Core.Actors.ActorKind.Organisation);
    }

    // "the ministry's press service said": a body's press unit speaks for the body.
    [Fact]
    public void A_bodys_press_service_is_the_body()
    {
        var body = "The Harbour Ministry raised port fees for the winter.\n\n"
            + "The regulator would look at the fees again in April, the ministry's press service said.";

        Extractor.Single(Extractor.Indirect(body), "The regulator would look").Speaker!.Name.Should().Be("Harbour Ministry");
    }
}
