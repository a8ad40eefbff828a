using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Tests.Extraction;

// Parliamentary copy (an opening participle before the speaker, Irish titles and names) and the varied references news
// copy makes to someone it has just named ("the Hungarian executive", "the commander").
public sealed class ChamberAndNationalityTests
{
    [Fact]
    public void A_capitalised_participle_opening_the_sentence_is_no_speaker()
    {
        var quote = Extractor.Indirect("Opening Question Time, the Leader of the Opposition, Maeve Dunne, said the fleet had two ships at sea.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Maeve Dunne");
    }

    [Fact]
    public void A_participle_opening_the_sentence_is_no_speaker_of_a_second_verb()
    {
        var quote = Extractor.Indirect("Opening the session, Interior Minister Ada Quist welcomed the guests and stated that the border would stay open to traders.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Ada Quist");
    }

    [Fact]
    public void A_place_opening_with_san_in_a_list_of_cities_is_no_person_for_he()
    {
        var body = """
            Tomas Ruiz, a lawyer for the government during the peace talks, has died aged 84.

            Born in 1942, Ruiz taught law and entered the diplomatic service. From 1990 he sat in the government delegation in talks that moved between Geneva, Caracas, San Pedro and Mexico City.

            The last agreement was reached on New Year's Eve. Decades afterwards, he described that night to this paper.

            "We signed at midnight because no delegation would let the year close without a text," he said then.
            """;

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Tomas Ruiz");
    }

    [Theory]
    [InlineData("Orlaith Ní Bhraonáin", "Ní Bhraonáin")]
    [InlineData("Tariq bin Saleh Al Nuaimi", "Al Nuaimi")]
    [InlineData("Noura El Fassi", "El Fassi")]
    public void A_surname_with_its_particle_is_the_person_named_in_full(string fullName, string surname)
    {
        var body = $"""
            {fullName} chaired the committee's first session on the harbour bill on Tuesday.

            {surname}, who had argued for a longer hearing, said the bill would return in March.
            """;

        var quote = Extractor.Indirect(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be(fullName);
    }

    [Fact]
    public void An_irish_surnames_mutated_letter_stays_in_the_name()
    {
        var body = """
            The Ceann Comhairle, Séamus Ó hAodha, asked the deputy to withdraw the word.

            “Deputy, the House will not hear that word again,” he said.
            """;

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Séamus Ó hAodha");
        quote.Speaker.Kind.Should().Be(ActorKind.Person);
    }

    [Fact]
    public void A_states_adjective_and_a_post_nobody_holds_is_the_person_named_just_before()
    {
        var body = """
            Lena Varga, Korvex's head of drilling, said output would rise by a fifth next year.

            “We drill where others wait,” the Hungarian executive said.
            """;

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Lena Varga");
    }

    [Fact]
    public void A_states_adjective_with_two_people_named_just_before_is_left_open()
    {
        var body = """
            Lena Varga, Korvex's head of drilling, met Tamas Kiss of Halden Oil on Monday.

            “We drill where others wait,” the Hungarian executive said.
            """;

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker.Should().BeNull();
    }

    [Fact]
    public void A_states_adjective_and_a_post_is_the_one_person_whose_appositive_names_the_states_capital()
    {
        var body = """
            Ines Marrow, a researcher at Oslo's Nansen Institute, spoke after Piet Dorn, who runs a shipping consultancy in Rotterdam.

            Dorn said the insurers would follow the ships wherever the ice allowed.

            The Norwegian expert argued that the northern route "will not carry bulk cargo before the next decade".
            """;

        var quote = Extractor.Indirect(body).Should().Contain(q => q.Text.StartsWith("the northern route", StringComparison.Ordinal)).Subject;

        quote.Speaker!.Name.Should().Be("Ines Marrow");
    }

    [Fact]
    public void A_states_adjective_and_a_post_is_the_one_person_a_sentence_about_that_state_names()
    {
        var body = """
            The Finnish delegation was led by Aarne Pellonpää, who advises the prime minister on the Baltic. He said the talks could last a week.

            The Finnish negotiator accused Stockholm of "counting boats while we count days".
            """;

        var quote = Extractor.Single(Extractor.Direct(body), "counting boats");

        quote.Speaker!.Name.Should().Be("Aarne Pellonpää");
    }

    [Fact]
    public void A_state_named_after_a_person_in_the_sentence_is_what_they_spoke_of_and_a_title_with_its_abbreviation_ties_the_other()
    {
        var body = """
            Minister of Fisheries Dr. Ola Brekke said on Monday that the cod stocks belong to Norway and Iceland alone.

            He spoke beside Icelandic Deputy Minister of Fisheries Dr. Jon Sveinsson. Brekke said the quotas would be set in March.

            “We have fished these waters together for a thousand years,” the Icelandic official said.
            """;

        var quote = Extractor.Single(Extractor.Direct(body), "We have fished");

        quote.Speaker!.Name.Should().Be("Jon Sveinsson");
    }

    [Fact]
    public void A_states_adjective_and_a_post_with_two_people_tied_to_the_state_is_left_open()
    {
        var body = """
            Ines Marrow, a researcher at Oslo's Nansen Institute, spoke after Karl Brun, who advises shipowners in Oslo.

            Piet Dorn said the insurers would follow the ships wherever the ice allowed.

            The Norwegian expert argued that the northern route "will not carry bulk cargo before the next decade".
            """;

        var quote = Extractor.Indirect(body).Should().Contain(q => q.Text.StartsWith("the northern route", StringComparison.Ordinal)).Subject;

        quote.Speaker.Should().BeNull();
    }

    [Fact]
    public void A_title_of_common_words_is_the_one_person_the_paragraph_before_names()
    {
        var body = """
            Jon Berg, the federation's chief negotiator, met the fisheries minister in Tromsø last spring and has since chaired the harbour committee.

            Ada Quist has led the coastal fishermen's union since 2009. She praised the text on Tuesday.

            "For thirty winters we have waited for a quota we could plan around," the veteran union leader said in Vardø.
            """;

        var quote = Extractor.Single(Extractor.Direct(body), "For thirty winters");

        quote.Speaker!.Name.Should().Be("Ada Quist");
    }

    [Fact]
    public void A_title_that_hides_its_holder_is_not_the_person_the_paragraph_before_names()
    {
        var body = """
            Ada Quist has led the coastal fishermen's union since 2009. She praised the text on Tuesday.

            "Nobody here has seen the quota tables yet," the senior official said.
            """;

        var quote = Extractor.Single(Extractor.Direct(body), "Nobody here");

        quote.Speaker.Should().BeNull();
    }

    [Fact]
    public void The_commander_is_the_general_named_before_not_the_person_named_nearer()
    {
        var body = """
            Brigadier General Tomas Birk, who leads the island force, appeared before the committee on Monday.

            Opposition member Jan Ekholm said the force was too small for the coast it guards.

            “We will stay as long as we are needed,” the commander said.
            """;

        var quote = Extractor.Single(Extractor.Direct(body), "We will stay");

        quote.Speaker!.Name.Should().Be("Tomas Birk");
    }

    [Fact]
    public void A_trade_with_the_is_the_one_person_named_since_the_paragraph_before()
    {
        var body = """
            In the hills above the river, Mitko Radev, 71, has kept bees for fifty years. He said the summers were getting shorter.

            “The bees know it before we do,” the farmer said.
            """;

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Mitko Radev");
    }

    [Fact]
    public void A_trade_with_two_people_named_before_stays_unnamed()
    {
        var body = """
            Mitko Radev, 71, and his neighbour Stoyan Iliev have kept bees for fifty years.

            “The bees know it before we do,” the farmer said.
            """;

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker.Should().BeNull();
    }

    [Fact]
    public void A_bills_sponsor_reports_speech()
    {
        var quote = Extractor.Indirect("The bill’s sponsor told reporters the change would shut the last loophole in the sanctions law.").Should().ContainSingle().Subject;

        quote.Text.Should().Be("the change would shut the last loophole in the sanctions law");
        quote.SpeakerAsWritten.Should().Be("The bill’s sponsor");
    }

    [Fact]
    public void Indicated_that_reports_a_ministers_speech()
    {
        var quote = Extractor.Indirect("For his part, the Freedonian minister indicated that his country would withdraw its guards before September.")
            .Should().ContainSingle().Subject;

        quote.Text.Should().Be("his country would withdraw its guards before September");
    }

    // Ireland's "TD" is a member's title like "MP": "the Nordvik East TD" is the member the debate named so, and a member's
    // letters after an apposed name close it ("…'s defence spokesperson, Aine Lund TD, said").
    [Fact]
    public void A_td_is_a_members_title_before_and_after_the_name()
    {
        var body = "The Dáil debated the harbour bill on Wednesday.\n\nIndependent TD Aine Lund opened for the opposition.\n\n"
            + "“The bill hands the harbour to people who have never seen it,” the Independent TD said.\n\n"
            + "Labour's harbour spokesperson, Ivo Marsh TD, said the party would vote against the second stage.";

        Extractor.Single(Extractor.Direct(body), "The bill hands").Speaker!.Name.Should().Be("Aine Lund");
        Extractor.Single(Extractor.Indirect(body), "the party would vote").Speaker!.Name.Should().Be("Ivo Marsh");
    }
}
