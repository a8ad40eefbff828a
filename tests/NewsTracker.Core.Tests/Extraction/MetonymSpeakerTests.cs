using NewsTracker.Core.Evaluation;

namespace NewsTracker.Core.Tests.Extraction;

// A capital or a seat of government speaking is the state: the catalogue (ReferenceData/actors.json) holds the
// place as the state's alias, so the speaker keeps the place as written and the state as its actor.
public sealed class MetonymSpeakerTests
{
    // Wellington, Colombo and Malé stand for their states as other capitals do (actors.json).
    [Fact]
    public void A_capitals_top_diplomat_is_the_foreign_minister_of_its_state()
    {
        var body = """
            New Zealand's Foreign Minister, Callum Rewa, wrote to Rarotonga on Friday.

            Rewa said the two governments had promised to consult each other on seabed licences.

            "We only ask to hear it from you first," Wellington's top diplomat added.
            """;

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Callum Rewa");
    }

    [Theory]
    [InlineData("“The decision is final and will not be reopened by anyone,” Zhongnanhai said on Tuesday.", "China")]
    [InlineData("“We regret the vote but respect the outcome of the process,” the Quai d'Orsay said.", "France")]
    [InlineData("“The rules are fair to every exporter and every importer,” Whitehall said in a statement.", "United Kingdom")]
    [InlineData("“Nobody will dictate our borders to us,” Bankova said late on Monday.", "Ukraine")]
    [InlineData("“The sanctions are an act of economic aggression,” Moscow said.", "Russia")]
    [InlineData("“Our sovereignty over the port is not negotiable, today or ever,” Asmara said.", "Eritrea")]
    [InlineData("“The strait will stay open to every ship that respects our waters,” Muscat said.", "Oman")]
    [InlineData("“The mission must be led by Haitians and paid for by everyone,” Port-au-Prince said.", "Haiti")]
    [InlineData("“Any new checkpoint on the river is a provocation,” Tiraspol said.", "Transnistria")]
    [InlineData("“The port lease is ours to sign and nobody else's,” Hargeisa said.", "Somaliland")]
    [InlineData("“The fishing zone is ours and will be patrolled as such,” Apia said.", "Samoa")]
    [InlineData("“No court abroad decides where our border runs,” Belmopan said.", "Belize")]
    [InlineData("“The river border is a matter for the judges now,” Guatemala City said.", "Guatemala")]
    [InlineData("“Our troops stay where the accord puts them,” Kinshasa said.", "Democratic Republic of the Congo")]
    [InlineData("“The ferry talks will resume after the holidays,” a No 10 spokeswoman said.", "United Kingdom")]
    [InlineData("“The ferry talks will resume after the holidays,” the Elysée said.", "France")]
    public void A_seat_of_government_speaks_for_its_state(string body, string state)
    {
        var speaker = Extractor.Direct(body).Should().ContainSingle().Subject.Speaker!;

        speaker.Affiliation.Should().Be(state);
        new SpeakerMatcher(Extractor.Catalogue.Source).Matches(state, speaker.Name).Should().BeTrue();
    }

    // A state's authorities speak for the state; the last state named when a region follows its country.
    [Theory]
    [InlineData("The authorities of Moldova said the gas would last until the end of winter.", "Moldova")]
    [InlineData("Moldova's authorities said the gas would last until the end of winter.", "Moldova")]
    [InlineData("The authorities of Moldova's separatist Transnistria region said the gas would last until the end of winter.", "Transnistria")]
    public void A_states_authorities_speak_for_the_state(string body, string state)
    {
        Extractor.Indirect(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be(state);
    }

    [Theory]
    [InlineData("Deputy Mayor Luis Montenegro said the harbour dues would be cut by a tenth next spring.", "Luis Montenegro")]
    [InlineData("Senator Grace Jordan said the harbour dues would be cut by a tenth next spring.", "Grace Jordan")]
    public void A_state_named_right_after_a_first_name_is_the_persons_surname(string body, string speaker)
    {
        var quote = Extractor.Indirect(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be(speaker);
        quote.Actors.Should().BeEmpty("the state is not mentioned");
    }

    // A body named with its seat speaks as the body, not as the capital's state; a diplomatic mission keeps its city.
    [Theory]
    [InlineData("The Harbour Pilots Authority in Oslo said the quay would open to tankers in the spring.", "Harbour Pilots Authority")]
    [InlineData("The Harbour Pilots Authority in Oslo, which licenses the fjord's pilots, said the quay would open to tankers in the spring.",
        "Harbour Pilots Authority")]
    [InlineData("A spokesperson for the Fjord Safety Board in Oslo said the quay would open to tankers in the spring.", "Fjord Safety Board")]
    [InlineData("The Embassy of the Freedonian Republic in Oslo said the quay would open to tankers in the spring.",
        "Embassy of the Freedonian Republic in Oslo")]
    public void A_body_named_with_its_seat_speaks_as_the_body(string body, string speaker)
    {
        var quote = Extractor.Indirect(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be(speaker);
        quote.Speaker.Affiliation.Should().NotBe("Norway");
    }

    // A mission's city may stand after its spokesperson or open the sentence; another body's city stays out of its name.
    [Theory]
    [InlineData("A Freedonian Embassy spokesperson in Oslo said the ships would stay in port.", "Freedonian Embassy in Oslo")]
    [InlineData("In Oslo, the Freedonian Embassy said the ships would stay in port.", "Freedonian Embassy in Oslo")]
    [InlineData("The Freedonian Embassy said the ships would stay in port.", "Freedonian Embassy")]
    [InlineData("A Harbour Pilots Authority spokesperson in Oslo said the ships would stay in port.", "Harbour Pilots Authority")]
    public void A_missions_city_is_part_of_its_name(string body, string speaker)
    {
        Extractor.Indirect(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be(speaker);
    }
}
