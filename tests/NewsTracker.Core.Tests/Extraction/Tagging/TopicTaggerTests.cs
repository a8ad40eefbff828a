using NewsTracker.Core.Data;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Extraction.Tagging;

namespace NewsTracker.Core.Tests.Extraction.Tagging;

// The tagger on the shipped default rules and on rules made here, with sentences written for these tests.
public sealed class TopicTaggerTests
{
    private static readonly TopicRules Defaults = TopicRules.Compile(ReferenceData.Topics);

    [Fact]
    public void Drones_in_an_airspace_incursion_are_not_military_aid()
    {
        var topics = TopicTagger.Tag("Four drones crossed into our airspace before dawn and one came down near a farm.", null, Defaults);

        topics.Should().NotContain("military aid");
    }

    [Fact]
    public void Drones_promised_to_an_ally_are_military_aid()
    {
        TopicTagger.Tag("We will send more drones and artillery before the winter sets in.", null, Defaults)
            .Should().Contain("military aid");
    }

    [Fact]
    public void A_phrase_counts_even_where_an_exclusion_stops_the_keywords()
    {
        TopicTagger.Tag("After the incursion last night we need air defence, not speeches.", null, Defaults)
            .Should().Contain("military aid");
    }

    [Fact]
    public void Member_states_are_not_alliance_membership()
    {
        TopicTagger.Tag("The member states could not agree on a farm budget for the next seven years.", null, Defaults)
            .Should().NotContain("alliance membership");
    }

    [Fact]
    public void Membership_on_its_own_is_alliance_membership()
    {
        TopicTagger.Tag("Membership for our country is a question of when, not if.", null, Defaults)
            .Should().Contain("alliance membership");
    }

    [Fact]
    public void A_loan_guarantee_is_not_a_security_guarantee()
    {
        TopicTagger.Tag("The treasury will give the steelworks a loan guarantee so the furnaces stay lit.", null, Defaults)
            .Should().NotContain("security guarantees");
    }

    [Fact]
    public void A_guarantee_against_invasion_is_a_security_guarantee()
    {
        TopicTagger.Tag("We need a guarantee that nobody will ever cross our border with tanks again.", null, Defaults)
            .Should().Contain("security guarantees");
    }

    [Fact]
    public void A_loan_guarantee_next_to_security_guarantees_still_tags_the_phrase()
    {
        TopicTagger.Tag("A loan guarantee helps the budget, but security guarantees are what keep us alive.", null, Defaults)
            .Should().Contain("security guarantees");
    }

    [Fact]
    public void A_quote_with_no_topic_of_its_own_takes_one_from_a_phrase_in_its_sentence()
    {
        const string Quote = "We are ready, and we have been ready for a long time.";
        var sentence = $"“{Quote},” the foreign minister said as her country's NATO membership bid cleared its last vote.";

        TopicTagger.Tag(Quote, null, Defaults).Should().BeEmpty();
        TopicTagger.Tag(Quote, sentence, Defaults).Should().Equal("alliance membership");
    }

    [Fact]
    public void A_keyword_in_the_sentence_alone_is_too_weak_to_tag_the_quote()
    {
        TopicTagger.Tag("We are ready.", "“We are ready,” she said after the talks on Friday.", Defaults)
            .Should().BeEmpty("\"talks\" is a keyword, and only phrases speak for a quote from its sentence");
    }

    [Fact]
    public void The_sentence_adds_nothing_to_a_quote_that_has_a_topic_of_its_own()
    {
        const string Quote = "Our gas storage is full for the winter.";

        TopicTagger.Tag(Quote, $"“{Quote}” the minister said on the eve of the peace talks.", Defaults)
            .Should().Equal("energy");
    }

    [Fact]
    public void The_sentence_cannot_give_a_topic_that_the_quotes_own_exclusion_rules_out()
    {
        const string Quote = "The loan guarantee is signed.";

        TopicTagger.Tag(Quote, $"“{Quote}” he said, a day after the talks on security guarantees ended.", Defaults)
            .Should().BeEmpty();
    }

    [Fact]
    public void Phrases_match_words_in_sequence_in_any_inflection()
    {
        var rules = TopicRules.Compile([new TopicDefinition("ports", "ports", [], Phrases: ["deep water port"])]);

        TopicTagger.Tag("They are building two deep water ports in the north.", null, rules).Should().Equal("ports");
        TopicTagger.Tag("The water in the deep port is cold.", null, rules).Should().BeEmpty();
    }

    [Fact]
    public void Tags_come_in_the_order_of_the_rules_whatever_the_order_of_the_words()
    {
        TopicTagger.Tag("New sanctions on oil exports start on Monday.", null, Defaults).Should().Equal("energy", "sanctions");
    }

    [Fact]
    public void Rules_without_topics_tag_nothing()
    {
        TopicTagger.Tag("Anything at all.", "Anything at all, she said.", TopicRules.Compile([])).Should().BeEmpty();
    }
}
