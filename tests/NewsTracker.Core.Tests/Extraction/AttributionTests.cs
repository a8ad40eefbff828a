namespace NewsTracker.Core.Tests.Extraction;

public sealed class AttributionTests
{
    private const string Intro = "Russian Foreign Minister Sergei Lavrov met reporters in Moscow on Monday.\n\n";

    // "put it bluntly:" introduces what follows the colon as the subject's words.
    [Theory]
    [InlineData("Economist Lena Berg put it bluntly in a reply to the minister: “Ports do not build themselves. Money does.”")]
    [InlineData("Economist Lena Berg puts it this way: “Ports do not build themselves. Money does.”")]
    public void Put_it_with_a_colon_introduces_the_quote(string body)
    {
        Extractor.Direct(body).Should().ContainSingle().Subject.Speaker!.Name.Should().Be("Lena Berg");
    }

    // A characterising verb whose object runs straight into the quote frames it in the subject's words, though the
    // object is longer than a word or two; a clause in between (a comma) or a second speech verb ends the frame.
    [Theory]
    [InlineData("Harbour master Ola Vik hit back on Friday, accusing the port board of “selling the quays to the highest bidder”.", "Ola Vik")]
    [InlineData("Harbour master Ola Vik compared the berth fees the board set in March with “a toll on every fishing family”.", "Ola Vik")]
    [InlineData("Harbour master Ola Vik likened the new ferry timetable to “a puzzle nobody on the islands asked for”.", "Ola Vik")]
    [InlineData("Board chair Eva Moen answered in the council chamber and called his proposal for island ferries “an expensive daydream for the summer”.", "Eva Moen")]
    public void A_characterising_verb_frames_a_fragment_its_object_runs_into(string sentence, string speaker)
    {
        Extractor.Direct(sentence).Should().ContainSingle().Subject.Speaker!.Name.Should().Be(speaker);
    }

    // "The crowd waited for X to announce that …": who is between "for" and "to" speaks.
    [Theory]
    [InlineData("The crowd on the quay waited for Mayor Tom Barlow to announce that the ferry was “back on the timetable from the first of May”.")]
    [InlineData("It was left for Mayor Tom Barlow to say that the levy had been “a fair price for a railway the valley needs”.")]
    public void Who_stands_between_for_and_to_before_a_speech_verb_speaks(string sentence)
    {
        var quote = Extractor.Direct("Board chair Eva Moen spoke at the harbour on Monday.\n\n" + sentence).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Tom Barlow", quote.Rule);
    }

    // Verbs of attack that introduce a quotation after a colon: "sniped at X in a post: “…”".
    [Theory]
    [InlineData("Swedish sailor Anna Berg, a former champion, sniped at the regatta organisers in a late-night post: “Rules that change at midnight are not rules.”")]
    [InlineData("Swedish sailor Anna Berg swiped at the regatta organisers during a radio interview: “Rules that change at midnight are not rules.”")]
    public void A_verb_of_attack_before_a_colon_introduces_the_quote(string sentence)
    {
        Extractor.Direct(sentence).Should().ContainSingle().Subject.Speaker!.Name.Should().Be("Anna Berg");
    }

    // "According to him": the cue's source in object form is the pronoun, resolved as "he" would be.
    [Theory]
    [InlineData("Mayor Tom Barlow spoke to reporters on Monday. According to him, the ferry company has seen the figures, and “the timetable will not survive the winter”.", "Tom Barlow")]
    [InlineData("Mayor Anna Berg spoke to reporters on Monday. “The levy is a tax on the people who can least afford it,” according to her.", "Anna Berg")]
    public void According_to_a_pronoun_in_object_form_is_that_pronouns_speaker(string body, string speaker)
    {
        Extractor.Direct(body).Should().ContainSingle().Subject.Speaker!.Name.Should().Be(speaker);
    }

    [Fact]
    public void A_speech_verb_after_to_without_a_speaker_for_it_reports_nothing()
    {
        var quotes = Extractor.Direct("Mayor Tom Barlow was in Erie.\n\nThe council declined for now to say whether the levy was “a fair price for the railway”.");

        quotes.Should().ContainSingle().Subject.Speaker?.Name.Should().NotBe("now");
    }

    [Fact]
    public void A_clause_between_a_characterising_verb_and_the_quote_ends_its_frame()
    {
        var quote = Extractor.Direct("Mayor Tom Barlow compared the levy to a tax, while the council's leaflet called it “a fair share for a fair ride”.")
            .Should().ContainSingle().Subject;

        quote.Speaker?.Name.Should().NotBe("Tom Barlow");
    }

    // "X, who …, welcomed the deal but said …": the verb after "but" is the sentence subject's, as after "and".
    [Theory]
    [InlineData("Senator Anna Reyes, who chairs a farm panel, welcomed the deal but said it came “far too late to matter for the farmers”.")]
    [InlineData("Rep. Anna Reyes, D-Ore., welcomed the deal but said it came “far too late to matter for the farmers”.")]
    public void The_subject_speaks_again_after_but(string sentence)
    {
        var quote = Extractor.Single(Extractor.Direct(sentence), "far too late");

        quote.Speaker!.Name.Should().Be("Anna Reyes");
    }

    // British style writes institutions in lower case: "the ministry of finance" is an organisation that speaks.
    [Fact]
    public void An_institution_written_in_lower_case_with_what_it_is_of_speaks()
    {
        var quote = Extractor.Direct("“This is a reckless gamble with public money and jobs,” the ministry of finance said.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("ministry of finance");
    }

    // After "saying" comes what was said: the place that opens it is no inverted speaker ("said the minister").
    [Fact]
    public void A_name_after_a_participle_is_what_was_said_not_who_said_it()
    {
        var body = "A memoir by former ambassador Karl Brenner appeared in May.\n\n"
            + "The debate reopened this week, with the author saying Vienna “looked away for a decade”.";

        var quote = Extractor.Single(Extractor.Direct(body), "looked away");

        quote.Speaker?.Name.Should().NotBe("Vienna");
        quote.SpeakerAsWritten.Should().NotBe("Vienna");
    }

    // The place or person after "urged", "warned", "told" and before "to" is who was asked: the quote that follows is
    // still the subject's, also when an earlier quote in the sentence stands between the subject and the verb.
    [Theory]
    [InlineData("urged Copenhagen to")]
    [InlineData("warned Moscow to")]
    [InlineData("urged NATO to")]
    [InlineData("told Anna Berg to")]
    [InlineData("asked Mr Strand to")]
    public void A_name_between_the_verb_and_to_is_not_the_speaker(string request)
    {
        var body = "In Oslo, Defence Minister Lars Holm said the patrol had been “entirely routine and lawful” and "
            + request + " “stop inflating a minor incident at sea”.";

        var quote = Extractor.Single(Extractor.Direct(body), "stop inflating");

        quote.Speaker!.Name.Should().Be("Lars Holm");
    }

    [Theory]
    [InlineData("“The West has chosen confrontation,” said Lavrov.", "quote-verb-speaker")]
    [InlineData("“The West has chosen confrontation,” Lavrov said.", "quote-speaker-verb")]
    [InlineData("Lavrov said: “The West has chosen confrontation.”", "speaker-verb-quote")]
    [InlineData("“The West has chosen confrontation,” Lavrov told reporters.", "quote-speaker-verb")]
    [InlineData("“The West has chosen confrontation,” Lavrov was quoted as saying by the TASS agency.", "quote-speaker-verb")]
    public void Every_common_order_attributes_the_quote(string sentence, string rule)
    {
        var quote = Extractor.Direct(Intro + sentence).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Sergei Lavrov");
        quote.Rule.Should().StartWith(rule);
        quote.Confidence.Should().BeGreaterThan(0.5);
    }

    [Fact]
    public void A_surname_resolves_to_the_full_name_introduced_earlier()
    {
        var quote = Extractor.Direct(Intro + "“We have no illusions,” Lavrov said.").Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Sergei Lavrov");
        quote.Speaker.Role.Should().Be("Foreign Minister");
        quote.Speaker.Affiliation.Should().Be("Russia");
        quote.SpeakerAsWritten.Should().Be("Lavrov");
    }

    [Fact]
    public void A_pronoun_resolves_to_the_latest_person_of_the_right_gender()
    {
        var body = "Sen. Patricia Moreno pressed Mr. Harlan on the possibility of a war in the Taiwan Strait.\n\n"
            + "“I am not going to speculate about hypotheticals,” he said.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Harlan");
        quote.Rule.Should().EndWith("pronoun");
    }

    [Fact]
    public void An_institutions_spokesperson_resolves_to_the_spokesperson_named_earlier_before_a_rank()
    {
        var body = "Harbour Office spokesman Col. Ivo Marsh said the cranes would be replaced by spring.\n\n"
            + "“The port stays open to every ship that pays its dues,” a Harbour Office spokesman said.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Ivo Marsh");
        quote.Speaker.Role.Should().Be("Spokesman");
        quote.Rule.Should().EndWith("organisation-spokesperson");
    }

    [Fact]
    public void A_title_resolves_to_the_person_the_article_ties_it_to()
    {
        var body = "Hours later, Gen. Petro Kovalenko, who commands Ukraine's ground forces, visited the front.\n\n"
            + "“Brigades at the front are holding with people who are 45 and 50 years old,” the general said.";

        Extractor.Direct(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Petro Kovalenko");
    }

    [Fact]
    public void A_title_with_a_name_in_apposition_names_the_speaker()
    {
        var quote = Extractor.Direct("“We are cautiously optimistic,” the ministry’s spokesman, Dr. Khalid Al Kuwari, told a press briefing.").Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Khalid Al Kuwari");
    }

    [Fact]
    public void Two_people_who_share_a_surname_are_told_apart_by_title_and_gender()
    {
        var body = "Foreign Minister Oksana Kovalenko spoke in Berlin.\n\n"
            + "Gen. Petro Kovalenko, who commands the ground forces, spoke on television.\n\n"
            + "“Mobilisation policy is set by parliament, not on television,” Ms. Kovalenko said.\n\n"
            + "“I have described the situation as it is,” Gen. Kovalenko said.";

        var quotes = Extractor.Direct(body);

        Extractor.Single(quotes, "Mobilisation").Speaker!.Name.Should().Be("Oksana Kovalenko");
        Extractor.Single(quotes, "I have described").Speaker!.Name.Should().Be("Petro Kovalenko");
    }

    [Fact]
    public void A_title_the_text_never_ties_to_anyone_leaves_the_speaker_unknown()
    {
        var quote = Extractor.Direct("“We are watching a catastrophe unfold in slow motion,” the official said.").Should().ContainSingle().Subject;

        quote.Speaker.Should().BeNull();
        quote.SpeakerAsWritten.Should().Be("the official");
        quote.Confidence.Should().BeLessThan(0.5);
    }

    [Fact]
    public void An_anonymous_source_is_no_named_speaker()
    {
        var quote = Extractor.Direct("“No captain wants his name in the papers,” a harbour industry source in Harbourtown said.").Should().ContainSingle().Subject;

        quote.Speaker.Should().BeNull();
        quote.SpeakerAsWritten.Should().Be("a harbour industry source in Harbourtown");
    }

    [Fact]
    public void An_institution_speaks_under_its_own_name()
    {
        var quote = Extractor.Direct("“Provocations will be answered,” the Kremlin said in a statement.").Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Kremlin");
    }

    [Theory]
    [InlineData("The military alliance said it would send more troops to the east.", "NATO")]
    [InlineData("“We are ready to act,” the bloc said in a statement.", "European Union")]
    public void A_description_the_catalogue_knows_names_its_actor(string body, string actor)
    {
        Extractor.Run(body).Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be(actor);
    }

    [Theory]
    [InlineData("“The levy ignores how the harbour works,” a spokesperson for the Ministry of Commerce said.", "Ministry of Commerce")]
    [InlineData("“Provocations will be answered,” a Kremlin spokesman told reporters.", "Kremlin")]
    [InlineData("Beijing, which sent a delegate to the forum, said in a written note that China “stands with the coastal states on the fishing rules”.", "Beijing")]
    [InlineData("The Israeli military said it had struck “a depot used to store rockets” near the border fence.", "Israeli military")]
    public void An_institution_speaks_through_its_spokespeople_and_statements(string body, string institution)
    {
        Extractor.Direct(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be(institution);
    }

    [Fact]
    public void A_participle_speaks_for_the_main_clause_not_the_introductory_one()
    {
        var body = "When Mr. Brandt stood up a second time, Deputy Speaker Ilse Varga denied him the floor, saying his bench had already spoken “for longer than the standing orders permit”.";

        Extractor.Direct(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Ilse Varga");
    }

    [Fact]
    public void Party_acronyms_before_a_name_are_not_part_of_it()
    {
        var body = "FHP MNA Ada Quist supported the harbour minister on Monday.\n\nShe said the tolls “belong before the whole assembly, not in a back office”.";

        Extractor.Direct(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Ada Quist");
    }

    [Fact]
    public void Places_are_never_people_a_pronoun_could_mean()
    {
        var body = "Dr. Park Min-jun taught her at Harbour National University, near the Freedonian Gulf coast.\n\n“Every week she brought a draft twice as long,” he said.";

        Extractor.Direct(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Park Min-jun");
    }

    [Fact]
    public void A_paragraph_of_quotation_continues_the_reported_speaker_before_it()
    {
        var body = "Speaking to the BBC, Energy Minister Marta Lindqvist said the strikes were meant to wear people down.\n\n“They pick their targets with care. Those substations keep the clinics warm.”";

        Extractor.Direct(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Marta Lindqvist");
    }

    [Fact]
    public void An_acronym_the_article_defined_speaks_under_its_full_name()
    {
        var body = "Freedonia's Joint Harbour Command (JHC) followed the tanker all night.\n\n“The crossing breaks every rule of the strait,” the JHC said.";

        Extractor.Direct(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Joint Harbour Command");
    }

    [Fact]
    public void An_acronym_defined_across_in_speaks_under_the_whole_name()
    {
        var body = "The Harbour Support Mission in Freedonia (HSMF) moved two ships on Monday.\n\n“The ships will stay until spring,” the HSMF said.";

        Extractor.Direct(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Harbour Support Mission in Freedonia");
    }

    [Fact]
    public void A_new_person_takes_the_role_and_affiliation_the_article_gives()
    {
        var quote = Extractor.Direct("“We will not be intimidated,” Polish Defence Minister Marek Zielinski said.").Should().ContainSingle().Subject;

        quote.Speaker.Should().BeEquivalentTo(new { Name = "Marek Zielinski", Role = "Defence Minister", Affiliation = "Poland" });
    }

    [Fact]
    public void The_seed_quotes_go_to_the_people_the_issue_names()
    {
        var quotes = Extractor.Run(SeedText.Body, SeedText.Title).Quotes;

        Extractor.Single(quotes, "We have no plans to deploy NATO combat troops").Speaker!.Name.Should().Be("Jens Stoltenberg");
        Extractor.Single(quotes, "We are concerned about the energy situation").Speaker!.Name.Should().Be("Jens Stoltenberg");
        Extractor.Single(quotes, "We are now reaching out to Russia").Speaker!.Name.Should().Be("Jens Stoltenberg");
        Extractor.Single(quotes, "NATO's door is open").Speaker!.Name.Should().Contain("Blinken");
    }

    [Fact]
    public void A_title_refers_back_to_someone_named_before_not_to_a_holder_named_later()
    {
        var body = "Chancellor Lucia Ferrer opened the summit in Montevideo on Friday.\n\n"
            + "She said the bloc was ready to sign.\n\n"
            + "“We have waited long enough,” the minister declared.\n\n"
            + "Foreign Minister Tomas Riedel said the text was final.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Lucia Ferrer");
        quote.Rule.Should().EndWith("title-nearest");
    }

    [Fact]
    public void An_official_named_by_title_alone_stays_unnamed()
    {
        var body = "Foreign Minister Tomas Riedel met his counterparts in Vienna.\n\n"
            + "“Nobody expects a deal this week,” the official said.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker.Should().BeNull();
    }
    [Fact]
    public void The_portfolio_after_a_title_and_of_is_no_person_a_pronoun_could_mean()
    {
        var body = "Estonia's Deputy Minister of Rural Affairs, Liisa Tamm, visited the harbour on Friday.\n\n"
            + "“The quotas will not be cut this year,” she said.";

        Extractor.Direct(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Liisa Tamm");
        Extractor.Run(body).People.Select(p => p.Name).Should().NotContain("Rural Affairs");
    }
    [Theory]
    [InlineData("Afterwards she")]
    [InlineData("On her blog she")]
    public void A_pronoun_right_before_the_verb_is_the_speaker_whatever_opens_the_sentence(string opening)
    {
        var body = "Liisa Tamm, the fisheries minister, met the trawler owners on Friday.\n\n"
            + opening + " told reporters the new quotas were “far too low for a fleet of this size”.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Liisa Tamm");
    }
    [Theory]
    [InlineData("The Foreign Secretary, Liisa Tamm, is expected to present the plan on Tuesday.", "the Foreign Secretary")]
    [InlineData("A company spokeswoman, Liisa Tamm, said the yard had hired 40 welders.", "the spokeswoman")]
    public void A_title_before_a_name_and_a_comma_is_the_holder_a_later_title_means(string introduction, string title)
    {
        var body = "“The port is ready for the season,” said Jonas Brandt, the port director.\n\n" + introduction + "\n\n"
            + "“The cranes will be replaced by spring,” " + title + " said.";

        var quote = Extractor.Single(Extractor.Direct(body), "The cranes");

        quote.Speaker!.Name.Should().Be("Liisa Tamm");
    }
}
