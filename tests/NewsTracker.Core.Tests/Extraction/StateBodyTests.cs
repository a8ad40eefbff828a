using NewsTracker.Core.Extraction;

namespace NewsTracker.Core.Tests.Extraction;

// A state's institution named without its state takes the state the text gives it: its owner ("Norway's Foreign
// Ministry"), the fuller name given earlier, or the dateline's; so two states' foreign ministries are never one actor.
public sealed class StateBodyTests
{
    [Fact]
    public void The_ministry_of_a_state_named_as_its_owner_keeps_the_state()
    {
        var body = "Norway's Foreign Ministry summoned the trawler's owners on Monday. The ministry said the catch logs"
            + " were \"simply wrong.\"\n\n\"We will publish our own count,\" the Foreign Ministry said.";

        var quotes = Extractor.Run(body).Quotes;

        quotes.Should().HaveCount(2).And.OnlyContain(q => q.Speaker != null && q.Speaker.Name == "Norwegian Foreign Ministry");
    }

    [Fact]
    public void A_bare_ministry_under_a_dateline_is_the_dateline_state_s()
    {
        var body = "HELSINKI, May 4 (Wire) — Finland will extend controls on its eastern border for another month.\n\n"
            + "\"The situation has not changed,\" the interior ministry said in a statement.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        (quote.Speaker?.Name).Should().Be("Finnish Interior Ministry");
    }

    [Fact]
    public void A_state_without_an_adjective_is_named_as_the_owner()
    {
        var body = "THE HAGUE (Wire) — The government will send two more frigates to the Baltic.\n\n"
            + "\"The ships sail in June,\" the Ministry of Defence said.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        (quote.Speaker?.Name).Should().Be("Netherlands' Ministry of Defence");
    }

    [Theory]
    // No dateline, no owner: the text does not say whose.
    [InlineData("The government will send two more frigates to the Baltic.\n\n\"The ships sail in June,\" the Ministry of Defence said.", "Ministry of Defence")]
    // "the Justice Department" is American usage, whatever the dateline.
    [InlineData("OSLO (Wire) — A court heard the case on Monday.\n\n\"We will appeal,\" the Justice Department said.", "Justice Department")]
    public void A_body_the_text_does_not_place_stays_as_written(string body, string speaker)
    {
        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        (quote.Speaker?.Name).Should().Be(speaker);
    }

    [Theory]
    [InlineData("Foreign Ministry", true)]
    [InlineData("the interior ministry", true)]
    [InlineData("Ministry of Defence", true)]
    [InlineData("Department of Foreign Affairs", true)]
    [InlineData("presidential office", true)]
    [InlineData("Presidency", true)]
    [InlineData("Ministry", false)]
    [InlineData("State Department", false)]
    [InlineData("Harbour Ministry", false)]
    [InlineData("Estonian Foreign Ministry", false)]
    public void A_bare_institution_has_only_portfolio_and_institution_words(string name, bool bare)
    {
        StateBodies.IsBareInstitution(name).Should().Be(bare);
    }
}
