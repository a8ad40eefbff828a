using NewsTracker.Core.Extraction.Sieves;

namespace NewsTracker.Core.Tests.Extraction;

// Issue 8: a council story's lead describes a member by party ("a sitting during which a Green member charged …"); the
// member is the one person named further down beside that party's word.
public sealed class PartyMemberNamedLaterTests
{
    private const string Lead = "NORDVIK – Councillors passed the harbour plan late on Monday, after a heated debate in which "
        + "a Green member accused the ports minister of “spending money the city has not yet earned on ferries”.\n\n"
        + "The minister, Ivo Lund, answered that the new ferries were ordered for 2028.\n\n";

    [Fact]
    public void A_preposition_before_which_opens_a_clause_with_its_own_subject()
    {
        var quote = Extractor.Single(Extractor.Indirect(Lead), "the ports minister");

        quote.SpeakerAsWritten.Should().Be("a Green member");
    }

    [Theory]
    [InlineData("The Green member, Ada Quist, was furious once the votes were counted.")]
    [InlineData("Ada Quist, of the Pirate Party, was furious once the votes were counted.")]
    public void The_member_described_by_party_is_the_one_named_later_beside_that_party(string later)
    {
        var lead = later.Contains("Pirate", StringComparison.Ordinal) ? Lead.Replace("a Green member", "a Pirate member", StringComparison.Ordinal) : Lead;

        var quotes = Extractor.Run(lead + later).Quotes;

        var fragment = Extractor.Single(quotes.Where(q => q.Kind == Core.Quotes.QuoteKind.Direct).ToList(), "spending money the city");
        fragment.Speaker!.Name.Should().Be("Ada Quist");
        fragment.Rule.Should().EndWith(PartyMemberNamedLaterSieve.Rule);
    }

    [Fact]
    public void Two_members_of_that_party_named_later_leave_the_lead_unnamed()
    {
        var body = Lead + "The Green member, Ada Quist, was furious once the votes were counted.\n\n"
            + "Another Green member, Tom Berg, called for the housing fund to be left alone.";

        var fragment = Extractor.Single(Extractor.Direct(body), "spending money the city");

        fragment.Speaker.Should().BeNull();
    }

    [Fact]
    public void A_member_described_by_a_place_is_not_matched_by_that_place()
    {
        var body = "NORDVIK – A Nordvik senator warned harbour staff on Friday that islanders would refuse any new radar "
            + "“on fields our grandmothers were promised in 1961”.\n\n"
            + "Nordvik Governor Ada Quist said the radar would bring jobs.";

        var fragment = Extractor.Single(Extractor.Direct(body), "on fields our grandmothers");

        fragment.Speaker.Should().BeNull();
    }
}
