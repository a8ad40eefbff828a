namespace NewsTracker.Core.Tests.Extraction;

// Issue 8: where a report begins and ends in the frames wire copy uses every day, and who speaks in a passive aside.
public sealed class ReportedClauseEdgeTests
{
    // A sentence that opens with a phrase ("For her part,", "Despite the delay,") still has its subject speak in the
    // participle after the comma, with a quoted fragment in the report.
    [Theory]
    [InlineData("For her part, Mayor Ilse Dorn praised the ferry crews, stressing that the island \"will not be cut off again\".")]
    [InlineData("Despite the delay, Mayor Ilse Dorn praised the ferry crews, stressing that the island \"will not be cut off again\".")]
    public void A_participle_after_an_opening_phrase_speaks_for_the_subject(string body)
    {
        var result = Extractor.Run(body);

        Extractor.Single(Extractor.Indirect(body), "the island").Speaker!.Name.Should().Be("Ilse Dorn");
        result.Quotes.Should().OnlyContain(q => q.Speaker != null && q.Speaker.Name == "Ilse Dorn");
    }

    // Words quoted after an accusation are the accuser's, even after "while" ends the charge; the accused's are not.
    [Theory]
    [InlineData("Opposition MP Ivo Lund accused the harbour board of turning the quay into \"a car park\" while the ferries \"have nowhere left to dock at night\".", "Ivo Lund")]
    [InlineData("Opposition MP Ivo Lund was accused by the board of calling the ferries \"old tubs that should have been scrapped\".", null)]
    public void A_fragment_after_an_accusation_is_the_accusers(string body, string? speaker)
    {
        var quote = Extractor.Direct(body).Should().ContainSingle(q => q.Text.Split(' ').Length > 3).Subject;

        (quote.Speaker?.Name).Should().Be(speaker);
    }

    // "…, but warned that …" is a second report by the same speaker, not the first one running on.
    [Fact]
    public void A_second_report_after_but_is_a_clause_of_its_own()
    {
        var body = "Mayor Ilse Dorn conceded that the new ferry timetable still needed several weeks of work, "
            + "but warned that any further delay would cost the island its summer trade.";

        var clauses = Extractor.Indirect(body);

        clauses.Select(q => q.Text).Should().Equal(
            "the new ferry timetable still needed several weeks of work",
            "any further delay would cost the island its summer trade");
        clauses.Should().OnlyContain(q => q.Speaker != null && q.Speaker.Name == "Ilse Dorn");
    }

    // ", and he promised …": the narration goes on with what the speaker did next, no part of the report.
    [Fact]
    public void A_report_ends_where_the_speaker_speaks_again_in_the_narration()
    {
        var body = "Tomasz Wrona told the mayor that the ministry would send forty generators to the island, and he promised a decision on fuel within days.";

        Extractor.Indirect(body).Should().ContainSingle()
            .Which.Text.Should().Be("the ministry would send forty generators to the island");
    }

    // Without its own "that" the second verb's words stay in the first clause, as before.
    [Fact]
    public void What_the_speaker_did_next_without_a_report_of_its_own_ends_the_clause_as_before()
    {
        var body = "Mayor Ilse Dorn said the new ferry timetable still needed several weeks of work, but gave no date for it.";

        Extractor.Indirect(body).Should().ContainSingle()
            .Which.Text.Should().Be("the new ferry timetable still needed several weeks of work");
    }

    [Theory]
    [InlineData("Harbour master Tomas Veld said building was well under way on the northern pier.", "building was well under way")]
    [InlineData("Harbour master Tomas Veld said dredging would resume once the storm season had passed.", "dredging would resume")]
    public void A_clause_whose_subject_is_an_ing_word_is_reported(string body, string opening)
    {
        var clause = Extractor.Indirect(body).Should().ContainSingle().Subject;

        clause.Text.Should().StartWith(opening);
        clause.Speaker!.Name.Should().Be("Tomas Veld");
    }

    [Theory]
    [InlineData("The press office chief, Maya Lindgren, said the governor \"looks forward to signing the ferry bill\".", "the governor \"looks forward to signing the ferry bill\"")]
    [InlineData("The press office chief, Maya Lindgren, said the governor looks forward to signing the ferry bill.", "the governor looks forward to signing the ferry bill")]
    [InlineData("The press office chief, Maya Lindgren, has said the levies only push ferries to other ports.", "the levies only push ferries to other ports")]
    [InlineData("The press office chief, Maya Lindgren, said its cranes lift the heaviest containers in the port.", "its cranes lift the heaviest containers in the port")]
    [InlineData("The press office chief, Maya Lindgren, fumed that the board had \"sold the harbour to the lowest bidder\".", "the board had \"sold the harbour to the lowest bidder\"")]
    [InlineData("The press office chief, Maya Lindgren, said in Nordvik the vote showed \"the harbour still has friends\".", "the vote showed \"the harbour still has friends\"")]
    public void A_clause_in_the_present_tense_after_its_subject_is_no_inverted_speaker(string body, string clause)
    {
        var report = Extractor.Indirect(body).Should().ContainSingle().Subject;

        report.Text.Should().Be(clause);
        report.Speaker!.Name.Should().Be("Maya Lindgren");
    }

    // "no." ends a sentence unless a number follows ("No. 10"): a report must not run on into the next one's quotation.
    [Fact]
    public void A_sentence_ending_in_no_ends_there()
    {
        var body = "Councillor Mark Hollis, 71, said he would vote no. \"I have voted against every harbour levy,\" he said.\n\n"
            + "A No. 10 spokesman said the ferry levy was under review.";

        var result = Extractor.Run(body);

        Extractor.Single(result.Quotes, "he would vote no").Text.Should().Be("he would vote no");
        Extractor.Single(result.Quotes, "I have voted").Speaker!.Name.Should().Be("Mark Hollis");
        Extractor.Single(result.Quotes, "the ferry levy").Text.Should().Be("the ferry levy was under review");
    }

    // "In his words," is a source like "according to him": the clause and the quotation inside it are his.
    [Fact]
    public void The_owner_of_the_words_opening_a_sentence_speaks_it()
    {
        var body = "Harbour master Tomas Veld toured the new berths on Monday.\n\n"
            + "In his words, the council \"has never once set foot on the quay\".";

        var result = Extractor.Run(body);

        Extractor.Single(result.Quotes, "the council").Speaker!.Name.Should().Be("Tomas Veld");
        Extractor.Single(result.Quotes, "has never once").Speaker!.Name.Should().Be("Tomas Veld");
    }

    // "In her view,", "In his opinion," name the owner of a stated view as "In his words," does; "In its judgment, the
    // board said …" reports with a verb of its own, and its subject speaks.
    [Theory]
    [InlineData("In his view, the council")]
    [InlineData("In his opinion, the council")]
    public void The_owner_of_a_view_opening_a_sentence_speaks_it(string opening)
    {
        var body = "Harbour master Tomas Veld toured the new berths on Monday.\n\n"
            + opening + " has \"never once set foot on the quay\".";

        var result = Extractor.Run(body);

        Extractor.Single(result.Quotes, "the council").Speaker!.Name.Should().Be("Tomas Veld");
        Extractor.Single(result.Quotes, "never once").Speaker!.Name.Should().Be("Tomas Veld");
    }

    [Fact]
    public void A_view_with_a_speech_verb_of_its_own_is_its_subjects_report()
    {
        var body = "Harbour master Tomas Veld toured the new berths on Monday.\n\n"
            + "In its judgment, the harbour board said the berths had been built without a permit.";

        var report = Extractor.Indirect(body).Should().ContainSingle().Subject;

        report.Text.Should().Be("the berths had been built without a permit");
        report.Rule.Should().StartWith("speaker-verb-clause");
    }

    // "liked to say that", "used to say that": what the speaker said again and again is reported; "would like to say"
    // reports nothing.
    [Theory]
    [InlineData("She liked to say that", true)]
    [InlineData("She used to say that", true)]
    [InlineData("Berg loved to say that", true)]
    [InlineData("She would like to say that", false)]
    public void A_habit_of_saying_reports_the_clause(string frame, bool reported)
    {
        var body = "Ingrid Berg ran the harbour for thirty years.\n\n" + frame + " the tides kept better time than the council.";

        var reports = Extractor.Indirect(body);

        if (reported)
        {
            var report = reports.Should().ContainSingle().Subject;
            report.Text.Should().Be("the tides kept better time than the council");
            report.Speaker!.Name.Should().Be("Ingrid Berg");
        }
        else
        {
            reports.Should().BeEmpty();
        }
    }

    // ", a line the board still uses", ", a phrase first heard in 1990": the writer's aside about the words closes the report.
    [Theory]
    [InlineData("a line the board still uses")]
    [InlineData("a phrase first heard at the launch")]
    public void A_writers_aside_about_the_words_closes_the_report(string aside)
    {
        var body = "Ingrid Berg ran the harbour for thirty years.\n\nShe said the harbour was 'a door, not a fence', " + aside + ".";

        var report = Extractor.Indirect(body).Should().ContainSingle().Subject;

        report.Text.Should().Be("the harbour was 'a door, not a fence'");
    }

    // "said by phone …", "said by email …": how the words came stands between the verb and a clause without "that".
    [Theory]
    [InlineData("by phone")]
    [InlineData("by telephone")]
    [InlineData("by email")]
    public void How_the_words_came_stands_between_the_verb_and_its_clause(string means)
    {
        var body = "Harbour master Tomas Veld toured the new berths on Monday.\n\nVeld said " + means + " the ferries would run again by March.";

        var report = Extractor.Indirect(body).Should().ContainSingle().Subject;

        report.Text.Should().Be("the ferries would run again by March");
        report.Speaker!.Name.Should().Be("Tomas Veld");
    }

    // "The new ferry, the council has said, will be back …": an attribution with an auxiliary set in the middle of the
    // report leaves it in two parts, joined, as one without.
    [Fact]
    public void A_report_interrupted_by_an_attribution_with_an_auxiliary_is_one_report()
    {
        var body = "The new ferry, the Harbour Council has said, will be back in service once the storm has passed.";

        var report = Extractor.Indirect(body).Should().ContainSingle().Subject;

        report.Text.Should().Be("The new ferry will be back in service once the storm has passed");
        report.Speaker!.Name.Should().Be("Harbour Council");
    }

    // ", which drew laughter", ", which prompted a walkout": how the room took the words is no part of them.
    [Theory]
    [InlineData("which drew laughter from the gallery")]
    [InlineData("which prompted a walkout by the opposition")]
    public void How_the_room_took_the_words_closes_the_report(string reaction)
    {
        var body = "Harbour master Tomas Veld spoke to the council on Monday.\n\nVeld said the ferries would run on time, " + reaction + ".";

        Extractor.Indirect(body).Should().ContainSingle().Subject.Text.Should().Be("the ferries would run on time");
    }

    // "X, she argued, Y": an attribution set in the middle of the report leaves it in two parts, joined.
    [Fact]
    public void A_report_interrupted_by_its_attribution_is_one_report_without_it()
    {
        var body = "Harbour master Tomas Veld toured the quay.\n\nThe new ferry, he insists, will be back in service once the storm has passed.";

        var report = Extractor.Indirect(body).Should().ContainSingle().Subject;

        report.Text.Should().Be("The new ferry will be back in service once the storm has passed");
        report.Speaker!.Name.Should().Be("Tomas Veld");
    }

    // "…, the navy said, days after …": the narration goes on after the attribution; the report is the head alone.
    [Fact]
    public void Narration_of_time_after_the_attribution_is_no_part_of_the_report()
    {
        var body = "The drills off the coast were the largest in a decade, the navy said, days after the border talks broke down.";

        Extractor.Indirect(body).Should().ContainSingle()
            .Which.Text.Should().Be("The drills off the coast were the largest in a decade");
    }

    // "…”, said the council had …": words after "said" that a finite verb follows open a clause; they are no inverted speaker.
    [Fact]
    public void A_clause_after_said_is_no_inverted_speaker_of_the_quotation_before()
    {
        var body = "Harbour master Tomas Veld spoke at the quay.\n\n"
            + "Veld, who once described the island as \"a rock with a ferry timetable\", said the council had \"no plan whatsoever\".";

        var quote = Extractor.Single(Extractor.Run(body, "x").Quotes, "a rock with");
        quote.SpeakerAsWritten.Should().NotContain("council");
        (quote.Speaker?.Name).Should().Be("Tomas Veld");
    }

    // "when asked", "after being pressed": whoever was asked is the subject of the clause, not the words before "when".
    [Fact]
    public void The_subject_of_a_clause_answers_when_asked()
    {
        var body = "Harbour master Tomas Veld talked about the berths for an hour.\n\n"
            + "Veld deflected with a joke when asked about the costs: \"Ask the accountants, not the sailors.\"";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Tomas Veld");
    }

    // The writer counting after the report (", the third such summons this year") is no part of it.
    [Fact]
    public void An_ordinal_aside_after_the_report_is_no_part_of_it()
    {
        var report = Extractor.Indirect("Harbour Minister Ilse Marr said the port would close the north quay for repairs, the third such closure this year.")
            .Should().ContainSingle().Subject;

        report.Text.Should().Be("the port would close the north quay for repairs");
    }

    // ", the second order of its kind after Marovia's" running to the sentence's end, ", reversing …": the writer's aside.
    [Theory]
    [InlineData("Harbour Minister Ilse Marr said the port had bought two new cranes, the second order of its kind after Nordvik's.", "the port had bought two new cranes")]
    [InlineData("Harbour Minister Ilse Marr said the ferries would keep their winter timetable, reversing a plan to cut the night crossing.", "the ferries would keep their winter timetable")]
    public void The_writers_aside_after_the_report_is_no_part_of_it(string body, string report)
    {
        Extractor.Indirect(body).Should().ContainSingle().Which.Text.Should().Be(report);
    }

    // Content-first leads: a describing participle opens the clause ("Renewed …"), a short name in brackets may follow
    // the speaker, and narration after "said on Thursday," is no part of the report.
    [Theory]
    [InlineData("Renewed shelling near the two river towns has put the truce at risk, the harbour envoy Ada Quist told the council.", "Renewed shelling near the two river towns has put the truce at risk")]
    [InlineData("Freedonia will keep the night ferry running until March, the Ministry of Ports (MoP) said on Thursday, days before the crews would have been laid off.", "Freedonia will keep the night ferry running until March")]
    [InlineData("Freedonia has ordered two new ferries for the island route, the ports ministry said on Monday, the first order of its kind since 1998.", "Freedonia has ordered two new ferries for the island route")]
    [InlineData("The ferry line will reach the islands by 2027, Freedonia's deputy minister for transport, Ilse Marr, said on Thursday, 18 months later than planned.", "The ferry line will reach the islands by 2027")]
    public void A_content_first_lead_is_reported_up_to_its_speaker(string body, string report)
    {
        Extractor.Indirect(body).Should().ContainSingle().Which.Text.Should().Be(report);
    }

    // Someone described by who they are to a person ("His widow", "the family", "neighbours") reports, unnamed; a clause
    // may open on a pronoun and a short past tense ("said he died …").
    [Theory]
    [InlineData("His widow said that the harbour master had died at home on Sunday.", "the harbour master had died at home on Sunday")]
    [InlineData("The family said he died of a stroke on Sunday at the port hospital.", "he died of a stroke on Sunday at the port hospital")]
    [InlineData("On Sunday, neighbours said the ferry had not run for a week before the storm.", "the ferry had not run for a week before the storm")]
    public void A_person_described_by_a_persons_noun_reports_unnamed(string body, string report)
    {
        var quote = Extractor.Indirect(body).Should().ContainSingle().Subject;

        quote.Text.Should().Be(report);
        quote.Speaker.Should().BeNull();
    }

    // "Let us recall that …" in state-media copy is the writer's reminder, nobody's report.
    [Fact]
    public void Let_us_recall_reports_nothing()
    {
        Extractor.Indirect("Let us recall that the ferry company was founded in 1921 by three fishing families from the islands.").Should().BeEmpty();
    }
}
