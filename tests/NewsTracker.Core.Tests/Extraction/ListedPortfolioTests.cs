using NewsTracker.Core.Actors;
using NewsTracker.Core.Extraction;

namespace NewsTracker.Core.Tests.Extraction;

// A portfolio written as a list of names, a member of parliament by title, a pronoun whose antecedent is a title that a
// live page's older entry names, "the minister" who is not the speaker of the chamber, and a title opening the sentence.
public sealed class ListedPortfolioTests
{
    [Fact]
    public void A_portfolio_listed_with_commas_still_gives_the_holder_the_title()
    {
        var body = """
            The Minister of Mines, Energy and Water, Dr Tomasina Vaka-Loloma, opened the debate on Tuesday.

            The bill sets the royalty at six per cent.

            The minister said the first licences would be issued in March.
            """;

        var quote = Extractor.Single(Extractor.Indirect(body), "the first licences");

        quote.Speaker!.Name.Should().Be("Tomasina Vaka-Loloma");
        quote.Speaker.Role.Should().Be("Minister");
    }

    [Theory]
    [InlineData("The Ministry of Fisheries, Ports and Inland Waterways said", "Ministry of Fisheries, Ports and Inland Waterways")]
    [InlineData("Freedonia's Department for Roads, Rail and Coastal Shipping said", "Freedonia's Department for Roads, Rail and Coastal Shipping")]
    public void A_body_whose_name_lists_its_portfolios_speaks_under_its_whole_name(string attribution, string body)
    {
        var quote = Extractor.Indirect($"{attribution} the night ferries to the outer islands would resume in April.").Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be(body);
        quote.Speaker.Kind.Should().Be(ActorKind.Organisation);
    }

    [Fact]
    public void A_bureau_named_for_its_task_is_a_body()
    {
        var quote = Extractor.Indirect("The Bureau for Coastal Resettlement said 40 families had moved inland since the spring floods.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Bureau for Coastal Resettlement");
        quote.Speaker.Kind.Should().Be(ActorKind.Organisation);
    }

    [Fact]
    public void It_after_a_body_whose_name_lists_its_portfolios_is_the_whole_body()
    {
        var body = """
            Freedonia's Ministry of Ports, Fisheries and Coastal Affairs was more cautious. It said the harbour utilities were still studying the offer.
            """;

        Extractor.Single(Extractor.Indirect(body), "the harbour utilities").Speaker!.Name.Should().Be("Ministry of Ports, Fisheries and Coastal Affairs");
    }

    [Fact]
    public void A_state_before_people_listed_with_a_comma_names_no_portfolios()
    {
        var result = Extractor.Run("Her guests are Freedonia's envoy to the Republic of Nordvik, Sato Hiroshi, and Ada Quist, a lawmaker of the opposition.");

        result.People.Should().Contain(p => p.Name == "Sato Hiroshi");
    }

    [Fact]
    public void A_territory_s_representation_speaks_as_a_body()
    {
        var quote = Extractor.Indirect("The Freedonia Representation in Brussels said the island would decide its own future.").Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Freedonia Representation");
        quote.Speaker.Kind.Should().Be(ActorKind.Organisation);
    }

    [Fact]
    public void People_listed_before_a_speech_verb_are_no_body()
    {
        var quote = Extractor.Indirect("The Ministry of Defence, Ivo Lindqvist and Mara Olsson said the pier would reopen once the divers had finished.")
            .Should().ContainSingle().Subject;

        quote.Speaker.Should().NotBeNull();
        quote.Speaker!.Kind.Should().Be(ActorKind.Person);
    }

    [Fact]
    public void A_comma_before_a_clause_is_no_listed_portfolio()
    {
        var result = Extractor.Run("The minister of mines, who spoke last, and Tomasina Vaka-Loloma, the envoy, left early.");

        result.People.Should().ContainSingle(p => p.Name == "Tomasina Vaka-Loloma").Which.Role.Should().Be("Envoy");
    }

    // The capital that opens the sentence belongs to the title, and "the CEO" is the chief executive named before.
    [Fact]
    public void A_title_opening_the_sentence_is_no_body_and_its_initials_name_its_holder()
    {
        var body = """
            Chief executive Ilona Varga-Reet said exports to the islands had doubled since the cable opened.

            According to the CEO, the second cable would be laid next summer.
            """;

        var result = Extractor.Run(body);

        result.People.Should().ContainSingle(p => p.Name == "Ilona Varga-Reet").Which.Should().Match<PersonMention>(
            p => p.Role == "Chief Executive" && p.Affiliation == null);
        Extractor.Single(result.Quotes, "the second cable").Speaker!.Name.Should().Be("Ilona Varga-Reet");
    }

    [Fact]
    public void A_member_of_parliament_named_with_the_title_is_a_person()
    {
        var body = """
            By the evening, opposition Member of Parliament Sefo Lautaimi Kauvaka had posted the pictures. “Trucks are one thing,” he wrote.
            """;

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Sefo Lautaimi Kauvaka");
        quote.Speaker.Role.Should().Be("Member of Parliament");
    }

    [Fact]
    public void The_minister_is_not_the_speaker_of_parliament_named_just_before()
    {
        var body = """
            The bill has passed. Speaker of Parliament Manase Folau-Tapueluelu read out the result to applause.

            The minister told reporters minutes later that the first trainers would land before Christmas.
            """;

        var quote = Extractor.Indirect(body).Should().ContainSingle().Subject;

        quote.Speaker.Should().BeNull();
    }

    [Fact]
    public void On_a_live_page_she_after_the_minister_is_the_holder_an_older_entry_below_names()
    {
        var body = """
            17:55 Minister speaks

            The minister has left the talks for the airport. She said lorries could cross again from Monday.

            “One crossing first,” she said.

            16:20 Operator's statement

            The pipeline operator has issued a short statement.

            09:15 Talks resume

            Niger's oil minister, Hadiza Garba-Issoufou, flew in overnight for the last round.
            """;

        var result = Extractor.Run(body);

        Extractor.Single(result.Quotes, "One crossing first").Speaker!.Name.Should().Be("Hadiza Garba-Issoufou");
        Extractor.Single(result.Quotes, "lorries could cross again").Speaker!.Name.Should().Be("Hadiza Garba-Issoufou");
    }

    // A body's portfolio after its "of" ("the Ministry of Trade") is no word of the holder's title, though "trade" is one
    // in "trade minister"; a title's own portfolio stays in it.
    [Theory]
    [InlineData("Ivo Holm, director of the Ministry of Trade, said", "Director")]
    [InlineData("Ivo Holm, head of the Ministry of Trade and Industry, said", "Head")]
    [InlineData("Minister of Trade Ivo Holm said", "Minister of Trade")]
    public void A_bodys_portfolio_is_no_part_of_the_holders_title(string speaker, string role)
    {
        var result = Extractor.Run($"{speaker} that the ferries would run all winter.");

        result.People.Should().ContainSingle().Which.Role.Should().Be(role);
    }
}
