using NewsTracker.Core.Actors;
using NewsTracker.Core.Extraction;

namespace NewsTracker.Core.Tests.Extraction;

public sealed class TaggingTests
{
    [Fact]
    public void Actors_are_found_through_their_aliases_with_case_and_word_boundaries()
    {
        var quote = Extractor.Direct("“The U.S. and Kyiv agree, and Russia’s answer will not divide us,” Harlan said.").Should().ContainSingle().Subject;

        quote.Actors.Should().BeEquivalentTo(["United States", "Ukraine", "Russia"]);
    }

    [Fact]
    public void The_alliance_and_the_full_name_both_mean_NATO()
    {
        var quote = Extractor.Direct("“The alliance stands with the North Atlantic Treaty Organization's partners,” she said.").Should().ContainSingle().Subject;

        quote.Actors.Should().Equal("NATO");
    }

    [Fact]
    public void A_description_with_words_before_its_head_still_means_NATO()
    {
        var quote = Extractor.Run("Stoltenberg said that the intergovernmental military alliance has no plans to deploy troops on the ground.")
            .Quotes.Should().ContainSingle().Subject;

        quote.Actors.Should().Equal("NATO");
    }

    [Fact]
    public void Some_other_alliance_is_not_NATO()
    {
        var quote = Extractor.Direct("“The new alliance between Moscow and Beijing worries every capital,” Harlan said.").Should().ContainSingle().Subject;

        quote.Actors.Should().NotContain("NATO");
    }

    [Fact]
    public void The_speakers_own_we_is_not_a_mention()
    {
        var quote = Extractor.Direct("“We are ready to talk at any time,” Stoltenberg said.").Should().ContainSingle().Subject;

        quote.Actors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("“We will deploy more soldiers,” Zielinski said.", "troop deployment")]
    [InlineData("“The battalion was deployed last year,” Zielinski said.", "troop deployment")]
    [InlineData("“The deployment of combat troops is not on the table,” Zielinski said.", "troop deployment")]
    [InlineData("“Europe depends too much on one supplier of natural gas,” Zielinski said.", "energy")]
    [InlineData("“New sanctions will follow if the attacks continue,” Zielinski said.", "sanctions")]
    [InlineData("“We are reaching out to Moscow to pursue dialogue,” Zielinski said.", "diplomacy")]
    public void Topics_follow_keywords_in_any_inflection(string body, string topic)
    {
        Extractor.Direct(body).Should().ContainSingle().Which.Topics.Should().Contain(topic);
    }

    [Fact]
    public void Keywords_are_data_an_editor_can_change()
    {
        var catalogue = CompiledCatalogue.Compile(new ExtractionCatalogue(
            [new KnownActor("Arctic Council", ActorKind.Organisation, [])],
            [new TopicDefinition("arctic shipping", "arctic-shipping", ["icebreaker", "Northern Sea Route"])]));

        var result = new QuoteExtractor().Extract("“Two more icebreakers will open the Northern Sea Route,” the Arctic Council said.", catalogue);

        result.Quotes.Should().ContainSingle().Which.Topics.Should().Equal("arctic shipping");
        result.Topics.Should().Equal("arctic shipping");
    }

    [Fact]
    public void The_seed_quotes_carry_the_topics_the_issue_names()
    {
        var result = Extractor.Run(SeedText.Body);

        Extractor.Single(result.Quotes, "We are concerned about the energy situation").Topics.Should().Contain("energy");
        Extractor.Single(result.Quotes, "We have no plans to deploy").Topics.Should().Contain("troop deployment");
        result.Topics.Should().Contain(["energy", "troop deployment"]);
    }

    [Fact]
    public void A_lead_quote_with_no_topic_of_its_own_takes_one_from_its_attribution_sentence()
    {
        var result = Extractor.Run("“We are ready, and we have been ready for a long time,” the foreign minister said on Monday as her country's NATO membership bid cleared its last vote.");

        result.Quotes.Should().ContainSingle().Which.Topics.Should().Equal("alliance membership");
    }

    [Fact]
    public void A_reported_clause_takes_a_topic_from_a_phrase_in_its_sentence()
    {
        var result = Extractor.Run("The harbour will stay shut until spring, Harlan said after the peace talks broke up.");

        result.Quotes.Should().ContainSingle().Which.Topics.Should().Equal("diplomacy");
    }
}
