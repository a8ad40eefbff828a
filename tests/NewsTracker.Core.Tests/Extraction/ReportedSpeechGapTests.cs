using NewsTracker.Core.Extraction.Sieves;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Tests.Extraction;

// Reported speech issue 8 found missing: the content before its attribution, a colon after the speech verb,
// a clause without "that" opened by a pronoun, and two clauses joined by "and that".
public sealed class ReportedSpeechGapTests
{
    private const string Intro = "Anna Varga, the harbour minister, toured the docks on Monday.\n\n";

    [Theory]
    [InlineData("OSLO — Sanctions on the shipping firms will follow within days, the foreign minister has said.", "Sanctions on the shipping firms will follow within days")]
    [InlineData("Talks on the harbour cranes broke down late on Monday, officials said.", "Talks on the harbour cranes broke down late on Monday")]
    [InlineData("The strike at the docks will end next week, Varga has said.", "The strike at the docks will end next week")]
    [InlineData("OSLO, March 17 (NTB) -- The strike at the docks will end next week, Varga said on Monday.", "The strike at the docks will end next week")]
    public void Content_first_is_reported_with_the_attribution_after_it(string sentence, string clause)
    {
        var quote = Extractor.Indirect(Intro + sentence).Should().ContainSingle().Subject;

        quote.Text.Should().Be(clause);
        quote.Rule.Should().StartWith(ClauseSpeakerVerbSieve.Rule + "+");
    }

    // A "that" after a tail ("brushing aside warnings that …") belongs to the tail's noun; an aside closed by a comma
    // before "that" does not stop the report.
    // A debate report gives a member's party and seat in brackets after the name: the member speaks, not the town.
    [Fact]
    public void A_party_and_seat_in_brackets_after_the_name_leave_the_member_the_speaker()
    {
        var body = Intro + "Ivo Lund-Marsk opened the debate on the harbour treaty.\n\n"
            + "Speaking for the Greens, Ivo Lund-Marsk (Greens, Nordvik East) said his group would back the treaty in the final vote.";

        var quote = Extractor.Indirect(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Ivo Lund-Marsk");
    }

    // "For his part," opens the sentence before its subject; with an apposed name after the subject the phrase is not
    // read as the speaker.
    [Theory]
    [InlineData("For his part, Norway's Minister of Fisheries, Arne Dahl, underlined that the quota would be kept.", "Arne Dahl")]
    [InlineData("For her part, the port's director, Siv Holm, said the quota would be kept.", "Siv Holm")]
    public void An_opening_for_his_part_is_no_speaker(string sentence, string name)
    {
        var quote = Extractor.Indirect(Intro + sentence).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be(name);
    }

    // "in a formal reply that …": "reply" after a document's adjective is the document, not a verb with "a formal" for its subject.
    [Theory]
    [InlineData("The Harbour Ministry said in its written reply that the quay would reopen in March.")]
    [InlineData("The Harbour Ministry said in an emailed response to the port board that the quay would reopen in March.")]
    public void A_speech_noun_after_a_documents_adjective_is_no_verb(string sentence)
    {
        var quote = Extractor.Indirect(Intro + sentence).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Harbour Ministry");
        quote.Text.Should().Be("the quay would reopen in March");
    }

    [Fact]
    public void The_that_of_a_tail_after_the_attribution_is_not_the_speakers_clause()
    {
        var quote = Extractor.Indirect(Intro + "The port will not cancel next month's crane auction, Varga said on Tuesday, "
            + "brushing aside warnings from the union that the sale could cost the town its ferry.").Should().ContainSingle().Subject;

        quote.Text.Should().Be("The port will not cancel next month's crane auction");
    }

    // Any participle opens a tail, not only the speech-like ones: "…, the ministry said, closing a quarrel that …".
    [Fact]
    public void The_that_of_any_participle_tail_is_not_the_speakers_clause()
    {
        var quote = Extractor.Indirect(Intro + "Halden Shipping will pay the town $20 million in back fees, the harbour ministry said on Thursday, "
            + "closing a quarrel over fees that had gone to arbitration.").Should().ContainSingle().Subject;

        quote.Text.Should().Be("Halden Shipping will pay the town $20 million in back fees");
    }

    [Fact]
    public void An_aside_between_the_verb_and_that_leaves_the_clause_reported()
    {
        var quote = Extractor.Indirect(Intro + "The dockers' union declared on Friday, as the talks began, that the strike would go on.")
            .Should().ContainSingle().Subject;

        quote.Text.Should().Be("the strike would go on");
    }

    // The writer's tail after the report is not the speaker's words: a noun in apposition ("a figure …", "a demand …"),
    // or the speaker holding something back ("but gave no date", "but declined to say").
    [Theory]
    [InlineData("Varga said the port had asked for two new cranes, a figure the harbour board has not confirmed.")]
    [InlineData("Varga said the port had asked for two new cranes, a demand aimed at the harbour board.")]
    [InlineData("Varga said the port had asked for two new cranes, but gave no date.")]
    [InlineData("Varga said the port had asked for two new cranes, but declined to say how much they would cost.")]
    public void A_tail_after_the_report_is_left_out_of_it(string sentence)
    {
        Extractor.Indirect(Intro + sentence).Should().ContainSingle().Which.Text.Should().Be("the port had asked for two new cranes");
    }

    // State-media and portal phrasings: "informed (our portal) that", "in its turn noted that", "the press service of X".
    [Theory]
    [InlineData("The harbour office informed our portal that the cranes would be replaced by spring.", "Harbour Office")]
    [InlineData("The Freedonian Embassy in Oslo in its turn noted that the cranes would be replaced by spring.", "Freedonian Embassy in Oslo")]
    [InlineData("Speaking to this newspaper, the press service of the Freedonian Embassy in Oslo informed that the cranes would be replaced by spring.", "Freedonian Embassy in Oslo")]
    public void A_portal_phrasing_reports_the_clause_for_its_institution(string sentence, string speaker)
    {
        var quote = Extractor.Indirect(Intro + sentence).Should().ContainSingle().Subject;

        quote.Text.Should().Be("the cranes would be replaced by spring");
        quote.Speaker!.Name.Should().BeEquivalentTo(speaker);
    }

    // "Varga's verdict is blunter: the levy is “…”": the fragment is the frame's owner's, as the clause is.
    [Fact]
    public void A_fragment_inside_a_noun_frames_clause_is_the_frames_owners()
    {
        var quotes = Extractor.Run(Intro + "Varga's verdict is blunter: the levy is “a toll booth on open water”.").Quotes;

        quotes.Should().HaveCount(2).And.OnlyContain(q => q.Speaker != null && q.Speaker.Name == "Anna Varga");
    }

    // Present tense without "that": the clause shows a finite verb of the present ("matter", "undermines").
    [Theory]
    [InlineData("Varga says the cranes matter less than the rules.", "the cranes matter less than the rules")]
    [InlineData("The union says the new levy undermines the harbour's future.", "the new levy undermines the harbour's future")]
    public void A_present_tense_clause_without_that_is_reported(string sentence, string clause)
    {
        Extractor.Indirect(Intro + sentence).Should().ContainSingle().Which.Text.Should().Be(clause);
    }

    // "Support" in an institution's name is no verb: the speaker's apposition after "said" opens no clause.
    [Fact]
    public void A_long_apposition_naming_an_institution_after_the_verb_leaves_the_content_first()
    {
        var body = Intro + "Some 600 dockers walked off the quay on Sunday while a new shift would come in by Thursday, said Lieutenant Colonel "
            + "Tomas Brandt, spokesman for the Harbour Support and Stabilisation Mission in Freedonia.";

        Extractor.Indirect(body).Should().ContainSingle().Which.Text.Should().StartWith("Some 600 dockers walked off the quay");
    }

    [Fact]
    public void A_quoted_fragment_inside_content_first_leaves_the_clause_reported()
    {
        var quotes = Extractor.Run(Intro + "Sanctions on the shipping firms will follow ‘within days’, the foreign minister has said.").Quotes;

        var reported = quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Indirect).Subject;
        reported.Text.Should().Be("Sanctions on the shipping firms will follow ‘within days’");
        reported.SpeakerAsWritten.Should().Be("the foreign minister");
    }

    [Fact]
    public void A_quotation_that_opens_the_sentence_is_still_only_a_direct_quote()
    {
        var quotes = Extractor.Run(Intro + "“The strike at the docks will end next week,” Varga said.").Quotes;

        quotes.Should().ContainSingle().Which.Kind.Should().Be(QuoteKind.Direct);
    }

    [Fact]
    public void A_colon_after_a_speech_verb_introduces_a_reported_clause()
    {
        var quote = Extractor.Indirect(Intro + "In a statement, the harbour ministry said: the strike must end before the tanker season begins.")
            .Should().ContainSingle().Subject;

        quote.Text.Should().Be("the strike must end before the tanker season begins");
        quote.Rule.Should().StartWith(SpeakerVerbColonSieve.Rule + "+");
        quote.SpeakerAsWritten.Should().Be("the harbour ministry");
    }

    // Issue 8 lists "a colon after a noun frame" among the reports missed: the frame's owner said the clause (FrameColonTests).
    [Theory]
    [InlineData("The ministry's message to the dockers was blunt: the strike must end before the tanker season begins.", "the strike must end")]
    [InlineData("Varga's reply was short: the cranes would stay where they are.", "the cranes would stay")]
    public void A_colon_after_a_noun_frame_reports_its_owners_words(string sentence, string clause)
    {
        Extractor.Indirect(Intro + sentence).Should().ContainSingle().Which.Text.Should().StartWith(clause);
    }

    [Theory]
    [InlineData("Norway announced it would close the northern terminal before the winter.", "it would close the northern terminal before the winter")]
    [InlineData("Varga declared she had signed the order for new cranes.", "she had signed the order for new cranes")]
    public void A_pronoun_and_an_auxiliary_open_a_clause_without_that(string sentence, string clause)
    {
        Extractor.Indirect(Intro + sentence).Should().ContainSingle().Which.Text.Should().Be(clause);
    }

    [Theory]
    [InlineData("The ministry announced it a success for the northern ports.")]
    [InlineData("Varga told them she would think about the cranes.")]
    public void A_pronoun_without_a_clause_of_its_own_reports_nothing_new(string sentence)
    {
        Extractor.Indirect(Intro + sentence).Should().NotContain(q => q.Text.StartsWith("it a success", StringComparison.Ordinal) || q.Text.StartsWith("them", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_clauses_joined_by_and_that_are_one_report_from_the_verb()
    {
        var quote = Extractor.Indirect(Intro + "Varga said the cranes had been repaired on Monday and that the strike would end within a week.")
            .Should().ContainSingle().Subject;

        quote.Text.Should().Be("the cranes had been repaired on Monday and that the strike would end within a week");
    }

    [Fact]
    public void A_that_after_a_noun_is_not_a_second_clause()
    {
        var quote = Extractor.Indirect(Intro + "Varga said the ministry and the union had signed a deal that would end the strike.")
            .Should().ContainSingle().Subject;

        quote.Text.Should().Be("the ministry and the union had signed a deal that would end the strike");
    }

    // An outlet citing the report closes the sentence after the speaker: the report is the content before the speaker,
    // or the clause after the verb, never the citation.
    [Theory]
    [InlineData("The ferries will not sail before March, Anna Varga told reporters on Monday, the agency reported.", "The ferries will not sail before March")]
    [InlineData("The ferries will not sail before March, Anna Varga said on Monday, Harbour Radio has learned.", "The ferries will not sail before March")]
    [InlineData("Anna Varga said the ferries would not sail before March, the agency reported.", "the ferries would not sail before March")]
    public void An_outlet_citing_the_report_is_no_part_of_it(string sentence, string clause)
    {
        var quote = Extractor.Indirect(Intro + sentence).Should().ContainSingle().Subject;

        quote.Text.Should().Be(clause);
        quote.Speaker!.Name.Should().Be("Anna Varga");
    }

    // "tell" takes its listener before the clause in every form, as "told" does.
    [Theory]
    [InlineData("She will tell them the ferries are staying in port until March.")]
    [InlineData("She was telling reporters the ferries are staying in port until March.")]
    public void The_listener_of_tell_in_any_form_is_no_part_of_the_clause(string sentence)
    {
        var quote = Extractor.Indirect(Intro + sentence).Should().ContainSingle().Subject;

        quote.Text.Should().Be("the ferries are staying in port until March");
        quote.Speaker!.Name.Should().Be("Anna Varga");
    }
}
