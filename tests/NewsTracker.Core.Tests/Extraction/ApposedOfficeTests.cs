namespace NewsTracker.Core.Tests.Extraction;

// Issue 8: an office apposed before a rank or title ("Freedonia's ambassador, Colonel Ivo Marsh,") is held too, so "the
// envoy" finds him; a second office written as a courtesy title ("the Minister of Ports, Amb. Ana Lind,") is one she once
// held, and "the minister" is still her.
public sealed class ApposedOfficeTests
{
    private const string Meeting =
        "The Freedonian government has agreed to reopen two border posts, the Minister of Trade and Ports, Amb. Ana Lindqvist, has said.\n\n"
        + "The minister spoke on Tuesday in Harbourtown while receiving Sylvania's Ambassador to Freedonia, Colonel Ivo Marsh, at the ministry.\n\n";

    [Fact]
    public void The_office_apposed_before_a_courtesy_title_is_the_one_held()
    {
        var quote = Extractor.Direct(Meeting + "“We can quarrel about tariffs, but we cannot quarrel with the map,” the Minister said.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Ana Lindqvist", quote.Rule);
    }

    [Fact]
    public void The_office_apposed_before_a_rank_finds_its_holder()
    {
        var quote = Extractor.Direct(Meeting + "The envoy said his country had “no wish to punish the families of the border towns”.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Ivo Marsh", quote.Rule);
    }

    [Fact]
    public void The_rank_before_the_name_still_finds_him()
    {
        var quote = Extractor.Direct(Meeting + "“The lorries will cross again from January,” the colonel said.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Ivo Marsh", quote.Rule);
    }

    // "He however said": a sentence adverb between the subject and the verb, as between "He" and "also".
    [Theory]
    [InlineData("however")]
    [InlineData("nevertheless")]
    [InlineData("therefore")]
    public void A_sentence_adverb_between_the_subject_and_the_verb_keeps_the_speaker(string adverb)
    {
        var body = "Colonel Ivo Marsh met reporters at the border post on Monday.\n\n"
            + $"He {adverb} said that some neighbours were “using the tariffs as a weapon against the border towns”.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;
        var reported = Extractor.Indirect(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Ivo Marsh", quote.Rule);
        reported.Speaker!.Name.Should().Be("Ivo Marsh", reported.Rule);
    }

    // "his Norwegian counterpart, Ivo Marsh,": a counterpart holds the office of the one before, so "the Norwegian minister"
    // finds him, not the minister named first.
    [Fact]
    public void A_counterpart_holds_the_office_of_the_one_before()
    {
        var body = "PORTMERE, Nov 30 - The Minister of Ports, Ana Lindqvist, and her Norwegian counterpart, Ivo Marsh, on Monday opened "
            + "a ferry line between the two harbours.\n\n"
            + "\"The crossing halves the trip for every trawler in the fjord,\" the Norwegian minister said.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Ivo Marsh", quote.Rule);
    }

    [Theory]
    [InlineData("the company's chief executive", "The chief executive")]
    [InlineData("the senator's chief of staff", "The chief of staff")]
    public void An_office_after_an_owner_in_lower_case_is_the_holders(string office, string title)
    {
        var body = $"Priya Halloway, {office}, opened the meeting in Tacoma on Monday. Tomas Brecken, a union steward, sat at the back. "
            + $"{title} said the yard would hire three hundred welders next year.";

        Extractor.Single(Extractor.Indirect(body), "the yard would hire").Speaker!.Name.Should().Be("Priya Halloway");
    }

    // "said Labour's campaign spokeswoman, Ada Quist": a role owned by a body's name runs to the comma; the holder speaks.
    [Theory]
    [InlineData("Labour's campaign spokeswoman", "Ada Quist")]
    [InlineData("Reform's press officer", "Ivo Marsh")]
    public void A_role_owned_by_a_bodys_name_before_the_holder_is_the_holders(string role, string holder)
    {
        var body = $"\u201CThe figures were checked twice and they are right,\u201D said {role}, {holder}.";

        Extractor.Single(Extractor.Direct(body), "The figures were checked").Speaker!.Name.Should().Be(holder);
    }

    // "Consul General in Tromsø Ada Quist": a consul posted in a city, the city no part of her name; an attaché is a post,
    // never a person called "Attaché".
    [Fact]
    public void A_consul_posted_in_a_city_is_named_after_the_city_and_an_attache_is_a_post()
    {
        var body = "Ivo Marsh opened the trade fair on Monday. Nordvik's Consul General in Tromsø Ada Quist said that firms from the "
            + "north were keen on joint shipyards.\n\nThe Defence Attaché at the Nordvik embassy said that the navy would send two frigates to the fair.";

        var result = Extractor.Run(body);

        Extractor.Single(result.Quotes, "firms from the").Speaker!.Name.Should().Be("Ada Quist");
        result.People.Should().NotContain(p => p.Name.Contains("Attach", StringComparison.Ordinal) || p.Name.Contains("Tromsø", StringComparison.Ordinal));
    }
}
