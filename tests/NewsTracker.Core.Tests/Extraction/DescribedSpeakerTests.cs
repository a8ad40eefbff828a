namespace NewsTracker.Core.Tests.Extraction;

// Issue 8: a speaker the text describes instead of naming again — by age ("the 61-year-old") or by a generic word
// for the post with "the" ("the diplomat", "the negotiator", "the top diplomat") — is the person just named, unless
// an unnamed one of that description came between.
public sealed class DescribedSpeakerTests
{
    [Theory]
    [InlineData("the 61-year-old added")]
    [InlineData("the 58-year-old former harbour master told reporters")]
    [InlineData("said the 61-year-old")]
    public void A_person_described_by_age_is_the_one_just_named(string attribution)
    {
        var body = "Port director Ada Quist met union leaders on Tuesday to discuss the strike.\n\n"
            + $"“If a plan has to be explained, it has already failed,” {attribution}.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Ada Quist");
        quote.Rule.Should().EndWith("+age-nearest");
    }

    [Fact]
    public void An_age_with_a_or_without_anyone_named_is_nobody()
    {
        var indefinite = Extractor.Direct("Port director Ada Quist met union leaders.\n\n“The plan has failed,” a 61-year-old docker said.")
            .Should().ContainSingle().Subject;
        var nobodyNamed = Extractor.Direct("The strike entered its third week.\n\n“The plan has failed,” the 61-year-old said.")
            .Should().ContainSingle().Subject;

        indefinite.Speaker.Should().BeNull();
        nobodyNamed.Speaker.Should().BeNull();
    }

    [Fact]
    public void The_top_diplomat_is_the_foreign_minister_named_before()
    {
        var body = "Freedonia's Foreign Minister Ada Quist said on Sunday that the border would stay closed.\n\n"
            + "“We will not reopen it while the shelling goes on,” the top diplomat said.";

        Extractor.Direct(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Ada Quist");
    }

    [Fact]
    public void The_negotiator_and_the_diplomat_are_the_person_just_named_in_another_post()
    {
        var body = "Delegation head Tomas Brandt arrived at the palace at noon. He did not stop for the cameras.\n\n"
            + "Inside, the Freedonian negotiator told reporters: “We came to end this, not to pose for photographs.”\n\n"
            + "Foreign Ministry spokeswoman Ada Quist said later that the talks would resume on Friday.\n\n"
            + "“The responsibility for any delay lies with the other side,” the diplomat stressed.";

        var quotes = Extractor.Direct(body);

        Extractor.Single(quotes, "We came to end this").Speaker!.Name.Should().Be("Tomas Brandt");
        Extractor.Single(quotes, "The responsibility for any delay").Speaker!.Name.Should().Be("Ada Quist");
    }

    [Fact]
    public void The_diplomat_after_one_unnamed_diplomat_is_that_one()
    {
        var body = "Foreign Minister Ada Quist said the talks had made progress.\n\n"
            + "One Western diplomat, speaking on condition of anonymity, said the sides remained far apart. "
            + "“Nobody is walking away, but nobody is moving either,” the diplomat said.";

        Extractor.Single(Extractor.Direct(body), "Nobody is walking away").Speaker.Should().BeNull();
    }

    [Fact]
    public void A_title_that_hides_its_holder_stays_unnamed()
    {
        var body = "Port director Ada Quist met union leaders on Tuesday.\n\n“The strike will end soon,” the official said.";

        Extractor.Direct(body).Should().ContainSingle().Which.Speaker.Should().BeNull();
    }

    [Fact]
    public void The_first_of_two_surnames_is_the_person_of_both()
    {
        var body = "Senator Lilia Garza Treviño of the opposition called the plan a surrender.\n\n"
            + "“We will not support a single foreign boot on our soil,” Garza said.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Lilia Garza Treviño");
    }

    [Fact]
    public void A_spokesperson_named_in_the_next_sentence_is_that_person()
    {
        var body = "A spokesperson for the Harbour Authority told reporters that the quay would reopen “within a fortnight at the latest”. "
            + "The spokesperson, Lotte Vermeer, added that the night ferry would stay suspended.";

        Extractor.Single(Extractor.Direct(body), "within a fortnight").Speaker!.Name.Should().Be("Lotte Vermeer");
    }

    [Fact]
    public void A_spokesman_named_with_his_rank_at_the_start_of_the_next_paragraph_is_that_person()
    {
        var body = "Foreign troops will stay “for as long as the people need them”, a spokesman for the military government said on Tuesday.\n\n"
            + "The spokesman, Colonel Tomas Brandt, said in a televised address that the convoys would run again.";

        Extractor.Single(Extractor.Direct(body), "for as long as").Speaker!.Name.Should().Be("Tomas Brandt");
    }

    [Fact]
    public void A_definite_title_whose_holder_the_next_sentence_introduces_is_that_holder()
    {
        var body = "Harbour master Tomas Brandt said the quay was safe.\n\n"
            + "Freedonia's envoy dismissed the inspection report as “a political document drafted in another capital and pasted into a report”. "
            + "Ada Quist, who has represented Freedonia at the agency since 2023, said the inspectors could return in spring.";

        Extractor.Single(Extractor.Direct(body), "a political document").Speaker!.Name.Should().Be("Ada Quist");
    }

    [Fact]
    public void A_person_the_next_sentence_names_without_a_relative_clause_is_not_taken()
    {
        var body = "Harbour master Tomas Brandt said the quay was safe.\n\n"
            + "Freedonia's envoy dismissed the inspection report as “a political document drafted in another capital and pasted into a report”. "
            + "Ada Quist said the inspectors could return in spring.";

        Extractor.Single(Extractor.Direct(body), "a political document").Speaker?.Name.Should().NotBe("Ada Quist");
    }

    [Fact]
    public void The_age_the_article_gave_finds_its_person_and_a_later_he_follows_it()
    {
        var body = "Defence Minister Tomas Brandt, 58, told parliament on Tuesday that the missiles would not be sent yet.\n\n"
            + "In Oslo, Foreign Ministry spokesman Karl Moe said his country was grateful for every decision.\n\n"
            + "Back in parliament, the 58-year-old ended the session on a defiant note. "
            + "“I will take this decision when it is right for the country, not when it suits a talk show,” he said.";

        Extractor.Single(Extractor.Direct(body), "I will take this decision").Speaker!.Name.Should().Be("Tomas Brandt");
    }

    [Fact]
    public void A_fragment_a_speaker_characterised_before_the_full_stop_is_theirs_not_the_next_sentences()
    {
        var body = "Rep. Anna Visser (R-Pa.) said the bill would pass this week.\n\n"
            + "Rep. Greta Holm (R-Fla.), a member of the Freedom Caucus, called the bill “a trade war dressed up as foreign policy.” "
            + "She said she had told Visser privately that she would vote no.";

        Extractor.Single(Extractor.Direct(body), "a trade war").Speaker!.Name.Should().Be("Greta Holm");
    }

    [Fact]
    public void A_title_before_the_name_with_its_institution_and_a_comma_is_the_persons_role()
    {
        var body = "Washington imposed sanctions on a second Supreme Court justice, Renato Lisboa, over the trial.\n\n"
            + "Lisboa answered from the bench. “I was appointed to judge by the constitution, not by a foreign government,” the justice said.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Renato Lisboa");
        quote.Speaker.Role.Should().Be("Justice");
    }

    [Theory]
    [InlineData("Freedonia's envoy to the IAEA, Ada Quist, walked out of the session before the vote.")]
    [InlineData("She met the European Union's special representative for the South Caucasus, Ada Quist, in the morning.")]
    [InlineData("Ada Quist, the senior adviser for Africa who brokered the accord, is due in the capital on Thursday.")]
    public void A_title_with_its_posting_around_the_name_is_the_persons_role(string first)
    {
        var body = first + "\n\nHarbour master Tomas Brandt said the quay was safe and would reopen on Monday.\n\n"
            + "“Both governments have obligations they signed up to in front of the world,” the envoy said.";

        Extractor.Single(Extractor.Direct(body), "Both governments").Speaker!.Name.Should().Be("Ada Quist");
    }
}
