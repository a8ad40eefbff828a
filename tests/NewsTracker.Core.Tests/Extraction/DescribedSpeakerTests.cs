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
            + $"“A harbour that closes at dusk is no harbour at all,” {attribution}.";

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

    [Theory]
    [InlineData("columnist")]
    [InlineData("historian")]
    [InlineData("commentator")]
    public void A_profession_before_a_name_after_the_quote_is_that_person(string profession)
    {
        var body = "The harbour review was published on Monday.\n\n"
            + $"“Nobody here wants to own a harbour, and yet everybody wants the ferries to run,” wrote {profession} Ada Quist in the Tallinn Courier.";

        Extractor.Direct(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Ada Quist");
    }

    [Fact]
    public void The_academic_is_the_economist_named_before_not_the_minister_quoted_since()
    {
        var body = "The economist Tomas Brandt, of the Institute of Harbour Studies, argued that the impact would be modest.\n\n"
            + "Ports Minister Ada Quist said the terminal would open in May.\n\n"
            + "“One small terminal will not alter the balance sheet of a whole coast,” the academic told the newspaper.";

        Extractor.Direct(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Tomas Brandt");
    }

    [Fact]
    public void The_researcher_is_the_research_fellow_named_before_not_the_minister_quoted_since()
    {
        var body = "Ivo Lund, senior research fellow with the Institute of Harbour Studies, argues that the pact made sense years ago.\n\n"
            + "Ports Minister Ada Quist said the terminal would open in May.\n\n"
            + "“Now there is a fleet on either shore and a hole in the middle of the strait,” the researcher said.";

        Extractor.Direct(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Ivo Lund");
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
        var body = "Delegation head Tomas Brandt reached the villa before dawn and walked past the waiting crews.\n\n"
            + "Later, the Freedonian negotiator told reporters: “We came to end this, not to pose for photographs.”\n\n"
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
            + "One Nordic diplomat, who asked not to be named, said the two sides were still a long way apart. "
            + "“Both delegations are still at the table, and neither has moved an inch,” the diplomat said.";

        Extractor.Single(Extractor.Direct(body), "Both delegations are still").Speaker.Should().BeNull();
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
        var body = "Senator Elena Ruiz Castell of the opposition called the port deal a giveaway.\n\n"
            + "“We will not sign away a single berth of our harbour,” Ruiz said.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Elena Ruiz Castell");
    }

    [Fact]
    public void A_spokesperson_named_in_the_next_sentence_is_that_person()
    {
        var body = "A spokesperson for the Harbour Authority told reporters that the quay would reopen “within a fortnight at the latest”. "
            + "The spokesperson, Hanne Solberg, added that the night ferry would stay suspended.";

        Extractor.Single(Extractor.Direct(body), "within a fortnight").Speaker!.Name.Should().Be("Hanne Solberg");
    }

    [Fact]
    public void A_spokesman_named_with_his_rank_at_the_start_of_the_next_paragraph_is_that_person()
    {
        var body = "The navy will keep its frigates in the bay “until every fishing crew is home safe”, a spokesman for the coastal authority said on Tuesday.\n\n"
            + "The spokesman, Commander Tomas Brandt, said in a radio interview that the patrols would be doubled.";

        Extractor.Single(Extractor.Direct(body), "until every fishing crew").Speaker!.Name.Should().Be("Tomas Brandt");
    }

    // "The 39-year-old, once a pilot who joined … from Nordvik Shipping," is a person, whatever bodies the appositive names.
    [Fact]
    public void An_age_described_speaker_with_a_long_appositive_is_the_person_just_named()
    {
        var body = "Ada Quist, deputy director of the port authority, said the cranes would be replaced by spring.\n\n"
            + "The 39-year-old, once a pilot who joined the authority from Nordvik Shipping in 2020, said the quays would reopen in May.";

        var reported = Extractor.Indirect(body).Single(q => q.Text.StartsWith("the quays would reopen", StringComparison.Ordinal));

        reported.Speaker!.Name.Should().Be("Ada Quist");
        reported.Rule.Should().EndWith("+" + NewsTracker.Core.Extraction.Sieves.AgeDescriptionSieve.Rule);
    }

    // Features name civilians by a first name alone: "a grandmother named Liv" is a woman a later "she" can be.
    [Fact]
    public void A_person_introduced_by_a_first_name_after_named_takes_the_pronoun_of_her_paragraph()
    {
        var body = "\u201CThe water came in the night,\u201D said Ada Quist, who runs the shelter in the old school.\n\n"
            + "Beside her sat a grandmother named Liv, whose house on the quay was lost in the storm.\n\n"
            + "Liv was not waiting for help. She had found a cousin in the next valley. \u201CWe will walk there on Sunday,\u201D she said.";

        var quote = Extractor.Single(Extractor.Direct(body), "We will walk there");

        quote.Speaker!.Name.Should().Be("Liv");
    }

    // A relative named after the one they belong to ("her son Tomek") is a person of the noun's gender.
    [Fact]
    public void A_relative_named_after_an_owner_takes_the_pronoun_of_the_noun()
    {
        var body = "Ida Marsh keeps a bakery by the harbour with her son Tomek. She opens it at five every morning.\n\n"
            + "\u201CThe ferry brings us half our customers,\u201D Marsh says.\n\n"
            + "Tomek drives the bread van along the coast twice a week.\n\n"
            + "\u201CWithout the ferry the van is all we have,\u201D he says.";

        Extractor.Single(Extractor.Direct(body), "Without the ferry").Speaker!.Name.Should().Be("Tomek");
    }

    // The relative may stand in commas ("Her son, Tomek,"); the byline's writer is no one's "he" or "she".
    [Fact]
    public void A_relative_in_commas_is_the_pronoun_and_the_byline_writer_is_not()
    {
        var body = "By Ailsa Marwick | Nordvik | Saturday 16 May 2026\n\n"
            + "Ida Marsh keeps a bakery by the harbour. Her son, Tomek, is a sergeant in the coastal battalion. He says the new "
            + "barriers will slow the lorries down.\n\n"
            + "\u201CAn hour is a long time on this road,\u201D he says.";

        var result = Extractor.Run(body);

        Extractor.Single(result.Quotes, "An hour is").Speaker!.Name.Should().Be("Tomek");
        result.People.Should().NotContain(p => p.Name == "Ailsa Marwick");
    }

    // Features name residents by a known first name alone: described as a person right after it, named after the one
    // they are to someone, or the subject of their sentence's verb, the name is "he" or "she" for the quote after it.
    [Theory]
    [InlineData("At the pump, Ostap, a retired mechanic, fills four cans for his street.")]
    [InlineData("Ostap, a pensioner who keeps bees behind the depot, does not want a new pipe.")]
    [InlineData("Her neighbour Ostap waits by the pump with four cans.")]
    [InlineData("Ostap pushes a cart of firewood past the pump every morning.")]
    [InlineData("At the depot, Ostap has a queue of cans to fill before noon.")]
    public void A_resident_named_by_a_first_name_alone_is_the_pronoun_after_him(string introduction)
    {
        var body = "Mayor Ivo Marsh visited the district on Monday and promised new pipes by winter. His deputy Ada Quist came too.\n\n"
            + introduction + "\n\n"
            + "\u201CThe pipes froze again last night and nobody came,\u201D he says.";

        Extractor.Single(Extractor.Direct(body), "The pipes froze").Speaker!.Name.Should().Be("Ostap");
    }

    // "built by State Grid": a word that only qualifies a title ("State", "Senior") before one word makes nobody.
    [Fact]
    public void A_qualifier_of_a_title_before_one_word_names_no_person()
    {
        var body = "Crews from State Grid are to lay the new line, the ministry said on Friday.\n\n"
            + "\u201CWe expect the first towers in spring,\u201D the ministry's spokesman said.";

        Extractor.Run(body).People.Should().NotContain(p => p.Name == "Grid" || p.Name == "State Grid");
    }

    // "Hosts Ada Quist and Ben Holm talk to …": the plural opening the sentence is part of nobody's name; a preposition
    // opening one ("Near the end of the show, she …") is no one's surname.
    [Fact]
    public void A_plural_or_a_preposition_opening_a_sentence_is_no_part_of_a_name()
    {
        var body = "Hosts Ada Quist and Ben Holm talk to Ivo Marsh about the harbour.\n\n"
            + "Near the end of the show, she reads a listener's letter. \u201CThe cranes are older than I am,\u201D she says.";

        var result = Extractor.Run(body);

        result.People.Should().Contain(p => p.Name == "Ada Quist").And.NotContain(p => p.Name.StartsWith("Hosts", StringComparison.Ordinal) || p.Name == "Near");
        Extractor.Single(result.Quotes, "The cranes are older").Speaker!.Name.Should().Be("Ada Quist");
    }

    // A sentence adverb before the speaker's description ("Separately, the head of …, Ada Quist, told") is no speaker;
    // a school named in full is a body, not a person "School".
    [Fact]
    public void A_sentence_adverb_is_no_speaker_and_a_school_is_a_body()
    {
        var body = "Separately, the head of the port's crane division, Ada Quist, told the radio that the cranes would be late.\n\n"
            + "Exports fell to a record low in May, according to the Nordvik School of Economics.";

        var quotes = Extractor.Indirect(body);

        Extractor.Single(quotes, "the cranes would be late").Speaker!.Name.Should().Be("Ada Quist");
        Extractor.Single(quotes, "Exports fell").Speaker!.Name.Should().Be("Nordvik School of Economics");
    }

    // "the Harbourtown city council": a place before lowercase words ending in a body's word is that body.
    [Theory]
    [InlineData("the Harbourtown city council said", "Harbourtown city council")]
    [InlineData("according to the Harbourtown city military administration", "Harbourtown city military administration")]
    public void A_place_before_a_body_in_lowercase_names_the_body(string attribution, string speaker)
    {
        var quote = Extractor.Single(Extractor.Indirect($"The town has lost a third of its people, {attribution}."), "The town has lost");

        quote.Speaker!.Name.Should().Be(speaker);
    }

    // Feature copy calls a person by the first name alone ("Ilse is not moving"): with one person of that first name it is
    // her, and the "She" after it too, not someone of unknown gender named in between.
    [Fact]
    public void A_first_name_alone_is_the_one_person_who_has_it()
    {
        var body = "The ferry stopped calling at Ilse Varga's village in March.\n\n"
            + "Oddny Halvorsen kept the harbour café open for thirty years and closed it last winter.\n\n"
            + "Ilse is not moving. She looks out at the empty pier and shrugs.\n\n"
            + "\u201CThe gulls still come every morning. Why should I leave?\u201D";

        Extractor.Single(Extractor.Direct(body), "The gulls").Speaker!.Name.Should().Be("Ilse Varga");
    }

    // An age says a single name is a person: "Tomas, a 41-year-old teacher" is who the next "He" is.
    [Theory]
    [InlineData("Tomas, a 41-year-old teacher who moved to the town in 2015, listened from the back of the hall.")]
    [InlineData("Tomas, 41, listened from the back of the hall.")]
    public void A_single_name_given_an_age_is_a_person_a_later_pronoun_can_be(string sentence)
    {
        var body = "Harbour Minister Ilse Varga opened the debate on the quay.\n\n" + sentence
            + " He spoke to reporters afterwards:\n\n\u201CNobody asked us what we wanted.\u201D";

        var quote = Extractor.Single(Extractor.Direct(body), "Nobody asked us");

        quote.Speaker!.Name.Should().Be("Tomas");
    }

    [Fact]
    public void A_place_introduced_after_named_is_no_person()
    {
        var body = "The storm reached a village named Holm on Sunday, the mayor said.";

        Extractor.Run(body).People.Should().NotContain(p => p.Name == "Holm");
    }

    // "Unlike X, who …, Y sees …, calling it “…”": the sentence's subject is Y, not the person Y is compared with.
    [Theory]
    [InlineData("Unlike Ada Quist, who concedes that a new quay may one day be needed, Ivo Marsh sees no case for it at all, calling the plan \u201Ca harbour built for ships that will never come.\u201D")]
    [InlineData("Like Ada Quist, Ivo Marsh sees no case for the new quay, calling the plan \u201Ca harbour built for ships that will never come.\u201D")]
    public void The_person_a_sentence_compares_its_subject_with_is_not_the_speaker(string sentence)
    {
        var body = "The council debates the quay on Monday.\n\n" + sentence + "\n\n\u201CThe town cannot pay for it,\u201D he writes.";

        var quotes = Extractor.Direct(body);

        Extractor.Single(quotes, "a harbour built for ships").Speaker!.Name.Should().Be("Ivo Marsh");
        Extractor.Single(quotes, "The town cannot pay").Speaker!.Name.Should().Be("Ivo Marsh");
    }

    // The quote goes on for a sentence after its attribution; the description repeated with the name comes after it.
    [Fact]
    public void A_spokesman_named_after_the_rest_of_the_quote_is_that_person()
    {
        var body = "The north quay will reopen in May, a spokesman for the port authority said on Friday.\n\n"
            + "\u2018The cranes are ready and the crews are trained,\u2019 the spokesman told a news conference. \u2018We are waiting only for the dredgers.\u2019\n\n"
            + "The spokesman, Ivo Marsh, said the ferries would run on the old timetable until then.";

        var quotes = Extractor.Direct(body);

        Extractor.Single(quotes, "The cranes are ready").Speaker!.Name.Should().Be("Ivo Marsh");
        Extractor.Single(quotes, "We are waiting only").Speaker!.Name.Should().Be("Ivo Marsh");
    }

    [Fact]
    public void A_definite_title_whose_holder_the_next_sentence_introduces_is_that_holder()
    {
        var body = "Harbour master Tomas Brandt said the quay was safe.\n\n"
            + "Freedonia's envoy called the audit “a verdict written before the first ledger was ever opened by anyone”. "
            + "Ada Quist, who has represented Freedonia on the board since 2021, said the auditors could come back in spring.";

        Extractor.Single(Extractor.Direct(body), "a verdict written").Speaker!.Name.Should().Be("Ada Quist");
    }

    // The next sentence opens on the new name where the words were said: "spoke to …", "was speaking at …", "made the
    // demand at …", or a participle in apposition before the speech verb; someone else was named before.
    [Theory]
    [InlineData("Ada Quist spoke to journalists at the ferry terminal in Nordvik.")]
    [InlineData("Ada Quist was speaking after the last session of the harbour conference.")]
    [InlineData("Ada Quist made the demand during talks with the harbour board in Nordvik on Monday.")]
    [InlineData("Ada Quist, speaking on regional radio, said the board would meet again in March.")]
    public void A_definite_title_whose_holder_the_next_sentence_shows_speaking_is_that_holder(string next)
    {
        var body = "Harbour master Tomas Brandt said the quay was safe.\n\n"
            + "Freedonia's ports minister said the board should keep more of the fees from the new container quay. "
            + next;

        Extractor.Single(Extractor.Indirect(body), "the board should keep").Speaker!.Name.Should().Be("Ada Quist");
    }

    // Once the text settled a title on a person it names without one, a later "the minister" is that person; a title of
    // another post with the same head word ("the interior minister" after "the home minister") is not.
    [Fact]
    public void A_title_the_text_settled_on_a_person_holds_for_later_quotes()
    {
        var body = "Freedonia's ports minister said on Monday that the board should keep more of the fees from the new quay. "
            + "Ada Quist spoke to journalists at the ferry terminal in Nordvik.\n\n"
            + "Harbour master Tomas Brandt said the quay was safe and the cranes were new.\n\n"
            + "The minister said the fees would be reviewed every second year.";

        Extractor.Single(Extractor.Indirect(body), "the fees would be reviewed").Speaker!.Name.Should().Be("Ada Quist");
    }

    [Fact]
    public void A_title_settled_on_a_person_is_no_other_post_with_the_same_head()
    {
        var body = "NORDVIK: Guards from abroad may protect the new quay, the region's home minister announced on Monday. "
            + "Ivo Lund spoke to reporters after the sitting.\n\n"
            + "Lund, who saw federal Interior Minister Ada Quist last week, said his region had been asked for its view.\n\n"
            + "In the capital, the interior minister said the guards would stay for a year at most.";

        Extractor.Single(Extractor.Indirect(body), "the guards would stay").Speaker!.Name.Should().Be("Ada Quist");
    }

    [Fact]
    public void A_definite_title_whose_holder_the_next_sentence_names_with_rank_and_apposition_before_speaking_is_that_holder()
    {
        var body = "A harbour subcommittee voted 6 to 3 on Wednesday for the ferry bill.\n\n"
            + "“Every ferry we keep is a town we keep,” the panel’s chairwoman said as the session began. "
            + "Representative Ada Quist, a Freedonian Liberal who drafted the levy, said the ferries would cost little.";

        Extractor.Single(Extractor.Direct(body), "Every ferry we keep").Speaker!.Name.Should().Be("Ada Quist");
    }

    // Someone named before holds another post (the chairman), so the ranking member is the one the next sentence of the
    // paragraph names, after a rank and a party tag.
    [Fact]
    public void A_title_nobody_named_before_holds_is_the_holder_the_same_paragraph_names_next_with_a_party_tag()
    {
        var body = "“The harbour bill is overdue,” said Sen. Tom Berrow (R-Idaho), the committee's chairman.\n\n"
            + "The bill “puts a deadline on promises the port already made,” the committee's ranking member said as the hearing opened. "
            + "Sen. Ada Quist (D-Ill.) said the delays had become a signal to every shipper.";

        Extractor.Single(Extractor.Direct(body), "puts a deadline").Speaker!.Name.Should().Be("Ada Quist");
    }

    // "the head of the board's crew at the quay said": the place after the crew belongs to the phrase, whose head is
    // "head"; the next sentence names the holder.
    [Fact]
    public void A_title_with_its_team_and_place_after_the_quote_is_one_phrase_whose_holder_is_named_next()
    {
        var body = "The plant's reactors are in cold shutdown.\n\n"
            + "“The pumps are running, but nobody built them for a month of this,” the head of the board's crew at the quay said in a statement. "
            + "Ada Quist said the crew had heard thunder on Sunday night.";

        var quote = Extractor.Single(Extractor.Direct(body), "The pumps are running");

        quote.SpeakerAsWritten.Should().Be("the head of the board's crew at the quay");
        quote.Speaker!.Name.Should().Be("Ada Quist");
    }

    // A lead's title whose holder the next sentence names: after an opening clause of time or place, or with the title written
    // before the name, long portfolio and all, even when the holder does something else than speak there.
    [Theory]
    [InlineData("Speaking at the harbour on Wednesday, Arne Dahl said the fleet had agreed to the closure.", "Arne Dahl")]
    [InlineData("Minister of Fisheries and Coastal Affairs Arne Dahl told the trawler crews at the harbour that the study would take a year.", "Arne Dahl")]
    [InlineData("Fisheries Minister Liv Holm signed the renewal in the capital with her counterpart.", "Liv Holm")]
    public void A_leads_title_is_held_by_the_person_the_next_sentence_names(string next, string holder)
    {
        var body = "Sorland will keep its trawler fleet out of the northern grounds until 2030, the country's fisheries minister said on Tuesday.\n\n" + next;

        var quote = Extractor.Single(Extractor.Indirect(body), "Sorland will keep");

        quote.Speaker!.Name.Should().Be(holder);
    }

    [Fact]
    public void Another_post_written_before_the_next_name_is_not_the_leads_title()
    {
        var body = "Sorland will keep its trawler fleet out of the northern grounds until 2030, the country's fisheries minister said on Tuesday.\n\n"
            + "Deputy Trade Minister Liv Holm signed the renewal in the capital with her counterpart.";

        Extractor.Single(Extractor.Indirect(body), "Sorland will keep").Speaker.Should().BeNull();
    }

    // An appositive post with its body after "of" gives the role, and the first body named the affiliation.
    [Theory]
    [InlineData("Tomas Brandt, a deputy head of the fisheries directorate, opened the talks.", "Deputy Head", null)]
    [InlineData("Tomas Brandt, deputy chairman of Norway's Security Council, opened the talks.", "Deputy Chairman", "Norway")]
    public void An_appositive_post_with_its_body_gives_the_role_and_the_first_body_named(string body, string role, string? affiliation)
    {
        var person = Extractor.Run(body).People.Should().ContainSingle().Subject;

        person.Role.Should().Be(role);
        person.Affiliation.Should().Be(affiliation);
    }

    [Fact]
    public void The_negotiator_is_the_deputy_head_who_led_the_delegation()
    {
        var body = "The Norwegian delegation was led by Tomas Brandt, a deputy head of the fisheries directorate. He said Oslo was ready to discuss quotas.\n\n"
            + "The Norwegian negotiator accused the other side of “wanting to gain by talking what it could not gain at sea”.";

        Extractor.Single(Extractor.Direct(body), "wanting to gain").Speaker!.Name.Should().Be("Tomas Brandt");
    }

    [Fact]
    public void A_person_the_next_sentence_names_with_another_post_in_apposition_is_not_the_title_holder()
    {
        var body = "The ministry spokesman said the ferry talks would resume next week. "
            + "Ivar Lundqvist, a member of the Storting's transport committee, told reporters that the islands needed a date.";

        Extractor.Single(Extractor.Indirect(body), "the ferry talks").Speaker.Should().BeNull();
    }

    // "a member of the … committee" is a post "the lawmaker" stands for, like senator or congresswoman.
    [Fact]
    public void The_lawmaker_is_the_member_of_a_parliamentary_committee_named_before()
    {
        var body = "The ministry spokesman said the ferry talks would resume next week.\n\n"
            + "Ivar Lundqvist, a member of the Storting's transport committee, told reporters that the islands needed a date.\n\n"
            + "“If the ferries stop, the islands will empty within a year,” the lawmaker said.";

        var quote = Extractor.Single(Extractor.Direct(body), "If the ferries stop");

        quote.Speaker!.Name.Should().Be("Ivar Lundqvist");
        quote.Speaker.Role.Should().Be("Member");
    }

    [Fact]
    public void A_person_the_next_sentence_names_who_neither_speaks_nor_is_described_is_not_taken()
    {
        var body = "Harbour master Tomas Brandt said the quay was safe.\n\n"
            + "Freedonia's envoy called the audit “a verdict written before the first ledger was ever opened by anyone”. "
            + "Ada Quist chairs the audit board this year.";

        Extractor.Single(Extractor.Direct(body), "a verdict written").Speaker?.Name.Should().NotBe("Ada Quist");
    }

    [Fact]
    public void The_age_the_article_gave_finds_its_person_and_a_later_he_follows_it()
    {
        var body = "Transport Minister Tomas Brandt, 63, told parliament on Tuesday that the bridge tolls would stay.\n\n"
            + "In Bergen, harbour spokesman Karl Moe said the city would accept any decision.\n\n"
            + "Back in the chamber, the 63-year-old left the podium to jeers. "
            + "“Tolls pay for bridges, and bridges do not build themselves,” he said.";

        Extractor.Single(Extractor.Direct(body), "Tolls pay for bridges").Speaker!.Name.Should().Be("Tomas Brandt");
    }

    [Fact]
    public void A_fragment_a_speaker_characterised_before_the_full_stop_is_theirs_not_the_next_sentences()
    {
        var body = "Rep. Anna Visser (D-Vt.) said the levy would pass this week.\n\n"
            + "Rep. Greta Holm (D-Ore.), who sits on the harbour panel, called the levy “a toll booth built in the middle of the sea.” "
            + "She said she had warned Visser in a letter that she would oppose it.";

        Extractor.Single(Extractor.Direct(body), "a toll booth").Speaker!.Name.Should().Be("Greta Holm");
    }

    [Fact]
    public void A_title_before_the_name_with_its_institution_and_a_comma_is_the_persons_role()
    {
        var body = "The council censured a third Constitutional Court judge, Marta Lisboa, over the ruling.\n\n"
            + "Lisboa replied in writing. “I answer to the constitution and to nobody in this council,” the judge said.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Marta Lisboa");
        quote.Speaker.Role.Should().Be("Judge");
    }

    [Theory]
    [InlineData("Freedonia's envoy to the WTO, Ada Quist, left the hall before the tally was read.")]
    [InlineData("He lunched with the bloc's special representative for the Western Balkans, Ada Quist, on Monday.")]
    [InlineData("Ada Quist, the chief adviser for the Sahel who drafted the truce, lands in the capital on Friday.")]
    public void A_title_with_its_posting_around_the_name_is_the_persons_role(string first)
    {
        var body = first + "\n\nHarbour master Tomas Brandt said the quay was safe and would reopen on Monday.\n\n"
            + "“Each side gave its word in public, and each side will be held to it,” the envoy said.";

        Extractor.Single(Extractor.Direct(body), "Each side gave its word").Speaker!.Name.Should().Be("Ada Quist");
    }

    // An office in lowercase words with its posting after the name ("the harbour director at the Office of Ports and
    // Canals (OPC),") is the person's role, so "the harbour director" later is that person, not the one quoted last.
    [Theory]
    [InlineData("the harbour director at the Port Authority")]
    [InlineData("the harbour director at the Office of Ports and Canals (OPC)")]
    [InlineData("the deputy harbour director")]
    public void An_office_in_lowercase_words_after_the_name_is_the_persons_role(string appositive)
    {
        var body = "“We have the ships,” said Anton Weller, chief executive of Nordvik Shipping, who led the delegation.\n\n"
            + $"Weller, who was accompanied by Karl Venn, {appositive}, said the first berth was ready.\n\n"
            + "“The berths are finished, and now the cranes must follow,” the harbour director told reporters.";

        Extractor.Single(Extractor.Direct(body), "The berths are finished").Speaker!.Name.Should().Be("Karl Venn");
    }

    // A rank before the name is the role; the office in the appositive is held too, and "the commander" finds its holder
    // rather than the colonel quoted nearer.
    [Fact]
    public void An_office_in_apposition_to_a_ranked_name_finds_its_holder()
    {
        var body = "“The coast is no stranger to us,” said Colonel Ada Roth, who met Gen. Piet Smit, the fleet commander, on Monday.\n\n"
            + "“Our sailors have done this before,” the commander said.";

        Extractor.Single(Extractor.Direct(body), "Our sailors").Speaker!.Name.Should().Be("Piet Smit");
    }

    // Lowercase words that run into the role after an owner's possessive belong to the role; the name after it speaks.
    [Theory]
    [InlineData("Buyers were offered the widest discounts in a year, Nordvik's lead crude analyst Ada Quist said.")]
    [InlineData("Buyers were offered the widest discounts in a year, said Nordvik's lead crude analyst Ada Quist.")]
    [InlineData("Nordvik's chief oil market analyst Ada Quist said buyers were offered the widest discounts in a year.")]
    public void Lowercase_words_running_into_a_role_after_a_possessive_leave_the_name_to_speak(string body)
    {
        var result = Extractor.Run(body);

        result.Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be("Ada Quist");
        result.People.Select(p => p.Name).Should().Equal("Ada Quist");
    }

    // A live blog's time stamp opens the entry; it is no part of the speaker.
    [Theory]
    [InlineData("12:50 Harbour Minister Ada Quist says talks will continue into the evening.", "Ada Quist")]
    [InlineData("12:50 The Harbour Ministry says talks will continue into the evening.", "Harbour Ministry")]
    public void A_time_stamp_before_the_speaker_is_no_part_of_the_phrase(string body, string speaker)
    {
        var quote = Extractor.Indirect(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be(speaker);
        quote.SpeakerAsWritten.Should().NotStartWith("50");
    }

    // Council minutes write a delegate with the state in brackets: the bracket describes the name before it.
    [Theory]
    [InlineData("Ada Quist (Norway) said the harbour promises had been broken again.")]
    [InlineData("Ada Quist (Norway), who called the session, said the harbour promises had been broken again.")]
    [InlineData("Ada Quist (United States), whose government called the session, said the harbour promises had been broken again.")]
    public void A_state_in_brackets_after_a_delegates_name_describes_the_name(string body)
    {
        Extractor.Indirect(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Ada Quist");
    }

    // "The 58-year-old mayor, a former harbour master of Eastport,": the mayor, whoever was named last, and never the
    // place in the appositive.
    [Fact]
    public void An_age_with_a_title_is_the_titles_holder_and_the_appositives_place_is_no_name()
    {
        var body = "\"The levy stays where it is,\" Mayor Jon Berg told the town hall on Monday.\n\n"
            + "Port Director Ada Quist said the dockers would meet the council again in the spring.\n\n"
            + "The 58-year-old mayor, a former harbour master of Eastport who was elected in May, later told a local"
            + " paper he would not cut the levy \"for any shipowner, however loudly they ask\".";

        var quotes = Extractor.Run(body).Quotes;

        quotes.Where(q => q.SpeakerAsWritten == "The 58-year-old mayor").Should().HaveCount(2)
            .And.OnlyContain(q => q.Speaker != null && q.Speaker.Name == "Jon Berg");
    }

    // A definite title whose holder the next sentence names for the first time and who speaks on at once.
    [Fact]
    public void A_title_is_the_person_named_first_in_the_next_sentence_who_speaks_on()
    {
        var body = "“The line went quiet before dawn,” the head of communications at Halden Gas, the state pipeline company, told reporters. "
            + "Ilse Marr said the other lines were running normally.";

        Extractor.Single(Extractor.Direct(body), "The line went quiet").Speaker!.Name.Should().Be("Ilse Marr");
    }

    // An institution described, then named by its acronym in apposition: the acronym speaks.
    [Fact]
    public void A_described_institution_named_by_its_acronym_in_apposition_is_that_institution()
    {
        var quote = Extractor.Indirect("Norway's main trade union federation, the NTUF, said the strike would go on until Friday.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("NTUF");
    }

    // "the head of communications at Halden Gas" is one phrase with its head "head", not a speaker "Halden Gas".
    [Fact]
    public void A_title_with_its_portfolio_and_company_is_read_whole()
    {
        var quote = Extractor.Direct("“The line stopped at dawn,” the head of communications at Halden Gas told reporters.")
            .Should().ContainSingle().Subject;

        quote.SpeakerAsWritten.Should().Be("the head of communications at Halden Gas");
        quote.Speaker.Should().BeNull();
    }

    // A name no first name opens, in apposition to an institution noun, is that institution, not a person refused.
    [Fact]
    public void A_name_in_apposition_to_an_institution_noun_is_an_institution()
    {
        var quote = Extractor.Indirect("In Harbourtown, Coastal Public Relations, the navy's media wing, said the patrols would go on.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Coastal Public Relations");
        quote.Speaker.Kind.Should().Be(Core.Actors.ActorKind.Organisation);
    }

    // A person the article named with a role stays a person before "of the … Party".
    [Fact]
    public void A_named_challenger_of_a_party_is_the_person_not_the_party()
    {
        var body = "His main challenger, Ilse Varga of the Harbour Party, said the deal would leave the islands open to every trawler.";

        Extractor.Indirect(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Ilse Varga");
    }

    // "Back on the dock," opens a sentence; it is nobody, so the pronoun after it finds the man named next.
    [Fact]
    public void A_sentence_opening_adverb_is_no_person()
    {
        var body = "Minister Ada Quist praised the patrols.\n\n"
            + "Back on the dock, Jon Berg, who has fished the reef for 30 years, says the boat keeps the trawlers away. "
            + "“While our cutter is in port, the trawlers creep closer,” he says.";

        var result = Extractor.Run(body);

        result.People.Should().NotContain(p => p.Name == "Back");
        Extractor.Single(result.Quotes, "While our cutter").Speaker!.Name.Should().Be("Jon Berg");
    }

    // A role "of" a place, party or body, with the person named after it: the person speaks, not the place or party.
    [Theory]
    [InlineData("The mayoress of Eastport, Ana Ruiz Lobo, told reporters that the quay would reopen in June.", "Ana Ruiz Lobo")]
    [InlineData("The deputy of Verdes for Westshire, Rocío Marín Soto, has indicated that the levy would hurt the fleet.", "Rocío Marín Soto")]
    public void A_role_of_a_place_or_party_with_the_name_after_it_is_that_person(string body, string name)
    {
        var speaker = Extractor.Indirect(body).Should().ContainSingle().Which.Speaker!;

        speaker.Name.Should().Be(name);
        speaker.Kind.Should().Be(Core.Actors.ActorKind.Person);
    }
}
