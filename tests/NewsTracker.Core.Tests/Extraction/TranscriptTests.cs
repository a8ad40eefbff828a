using NewsTracker.Core.Extraction;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Tests.Extraction;

// Transcripts and Q&As (TranscriptTurnFinder): each turn after a label in capitals is one direct quote of
// the labelled person, resolved through the introduction.
public sealed class TranscriptTests
{
    private const string Briefing = """
        The following are excerpts from Monday's briefing by harbour authority spokeswoman Marta Lindqvist.

        MS. LINDQVIST: Good morning. The northern quay reopens to container traffic on Friday.

        QUESTION: Marta, will the ferries run on the old timetable from then on?

        MS. LINDQVIST: They will, apart from the night crossing, which we are suspending until March. (Laughter.)

        QUESTION: The unions say the suspension breaks the agreement. Does it?

        MS. LINDQVIST: No. The agreement covers day crossings only, and we have shown them that in writing.
        """;

    [Fact]
    public void Each_turn_is_a_direct_quote_of_the_labelled_person()
    {
        var quotes = Extractor.Direct(Briefing);

        quotes.Should().HaveCount(5);
        var first = Extractor.Single(quotes, "Good morning.");
        first.Text.Should().Be("Good morning. The northern quay reopens to container traffic on Friday.");
        first.Speaker!.Name.Should().Be("Marta Lindqvist");
        first.Rule.Should().StartWith(TranscriptTurnFinder.Rule + "+");
    }

    // A briefing whose labels are roles in title case ("Deputy Spokesperson:"), each standing for the person the
    // introduction gave that role in apposition, with questions from the floor.
    private const string TitleCaseBriefing = """
        Excerpts from the harbour authority's weekly briefing by Marta Lindqvist, Deputy Spokesperson for the Harbour Authority, and Captain Jon Berg, Harbour Master of the northern quay.

        Deputy Spokesperson: Good morning. The northern quay reopens to container traffic on Friday.

        Harbour Master: Thank you, Marta. The dredging finished two days early and the berths are clear.

        Question: Will the ferries run on the old timetable from then on?

        Deputy Spokesperson: They will, apart from the night crossing, which we are suspending until March.
        """;

    // An interview written up as questions and answers: the outlet asks under its name, the interviewee answers under
    // her surname, both in title case.
    [Fact]
    public void An_outlets_questions_and_a_surnames_answers_are_turns()
    {
        var body = "The harbour master, Ada Quist, spoke to the Harbour Post.\n\nHarbour Post: Why are the cranes late?\n\n"
            + "Quist: The steel came late. We ordered it in May.\n\nHarbour Post: When will they arrive?\n\n"
            + "Quist: In March, if the yard keeps its word.\n\nHarbour Post: And the ferries?\n\nQuist: They will sail in April.";

        var quotes = Extractor.Direct(body);

        quotes.Should().HaveCount(6);
        Extractor.Single(quotes, "Why are the cranes late").Speaker.Should().BeNull();
        Extractor.Single(quotes, "The steel came late").Speaker!.Name.Should().Be("Ada Quist");
        Extractor.Single(quotes, "They will sail").Speaker!.Name.Should().Be("Ada Quist");
    }

    // A ministry's briefing where everyone is named: the askers with their outlet after a comma, the minister with a title,
    // the host with a shortened rank and his post.
    [Fact]
    public void A_briefing_whose_askers_give_name_and_outlet_is_read_as_turns()
    {
        var body = "Deputy Minister of Ports Lars Eik said on Monday that the new quay was finished.\n\n"
            + "Col. Ivo Brand, spokesman: Two questions only, please.\n\n"
            + "Ada Quist, Harbour Radio: Will the fishermen be paid for the lost berths?\n\n"
            + "Deputy Minister Eik: Yes. Every owner is paid at market value.\n\n"
            + "Tomas Varga, Nordvik Daily: When will the ferries return?\n\n"
            + "Deputy Minister Eik: In April.";

        var quotes = Extractor.Direct(body);

        Extractor.Single(quotes, "Two questions only").Speaker!.Name.Should().Be("Ivo Brand");
        Extractor.Single(quotes, "Will the fishermen").Speaker!.Name.Should().Be("Ada Quist");
        Extractor.Single(quotes, "Yes. Every owner").Speaker!.Name.Should().Be("Lars Eik");
        Extractor.Single(quotes, "When will the ferries").Speaker!.Name.Should().Be("Tomas Varga");
        Extractor.Single(quotes, "In April").Speaker!.Name.Should().Be("Lars Eik");
    }

    // A government press conference's record: "QUESTION VARGA:" is the asker the introduction names, by surname.
    [Fact]
    public void A_question_label_with_a_surname_is_the_asker_the_introduction_names()
    {
        var body = "Excerpts from the press conference. On the podium was Lars Eik of the ports ministry. Questions were put by "
            + "Tomas Varga (Nordvik Daily).\n\nQUESTION VARGA: When will the ferries return?\n\nEIK: In April.\n\n"
            + "QUESTION VARGA: And the night boat?\n\nEIK: In May.";

        var quotes = Extractor.Direct(body);

        Extractor.Single(quotes, "When will the ferries").Speaker!.Name.Should().Be("Tomas Varga");
        Extractor.Single(quotes, "In April").Speaker!.Name.Should().Be("Lars Eik");
    }

    // "PRESENTER:" after an introduction that calls the same person the host: the words stand for one post.
    [Fact]
    public void A_presenters_label_is_the_host_the_introduction_names()
    {
        var body = "Tonight's call-in. Host Ada Quist has Colonel Ivo Brand as her guest.\n\n"
            + "PRESENTER: Good evening. The first caller is on the line.\n\nBRAND: Good evening to all of you.\n\n"
            + "PRESENTER: Colonel, are the reservists ready?\n\nBRAND: They will be by the spring.";

        var quotes = Extractor.Direct(body);

        Extractor.Single(quotes, "Good evening. The first").Speaker!.Name.Should().Be("Ada Quist");
        Extractor.Single(quotes, "They will be by").Speaker!.Name.Should().Be("Ivo Brand");
    }

    // Hansard writes a courtesy title in title case before the name in capitals: "Hon ARNE DAHL (Minister of Harbours):".
    [Fact]
    public void A_courtesy_title_before_a_label_in_capitals_leaves_the_label_its_speaker()
    {
        var body = """
            Oral questions on the harbour levy took most of Wednesday's sitting.

            LIV HOLM (Green): Will the Minister say when the levy on cruise ships will be reviewed?

            Hon ARNE DAHL (Minister of Harbours): The review starts in March, and the port board will see its findings first.

            LIV HOLM: Will the findings be published before the board acts on them?

            Rt Hon ARNE DAHL: They will be published the day the board receives them, not a day later.
            """;

        var quotes = Extractor.Direct(body);

        Extractor.Single(quotes, "The review starts").Speaker!.Name.Should().Be("Arne Dahl");
        Extractor.Single(quotes, "They will be published").Speaker!.Name.Should().Be("Arne Dahl");
        Extractor.Single(quotes, "Will the findings").Speaker!.Name.Should().Be("Liv Holm");
    }

    // The parliamentary record writes a member's label in title case after a courtesy title, with the seat and party in
    // brackets the first time: "Mr. Ivo Lund (Nordvik East, CPC):", then "Mr. Ivo Lund:".
    [Fact]
    public void Members_labels_in_the_parliamentary_record_are_turns_of_those_members()
    {
        var body = """
            Question period on the harbour levy took most of the sitting.

            Mr. Ivo Lund (Nordvik East, CPC): Mr. Speaker, the levy has doubled in a year. When will the minister admit it has failed?

            Hon. Ada Quist (Minister of Harbours, Lib.): Mr. Speaker, the levy pays for the new cranes, and every port user knows it.

            Mr. Ivo Lund: Mr. Speaker, the port users say the opposite, and they say it every week.

            Hon. Ada Quist: Mr. Speaker, I meet them every month and they tell me the cranes are working.
            """;

        var quotes = Extractor.Direct(body);

        quotes.Should().HaveCount(4);
        Extractor.Single(quotes, "Mr. Speaker, the levy has doubled").Speaker!.Name.Should().Be("Ivo Lund");
        Extractor.Single(quotes, "Mr. Speaker, I meet them").Speaker!.Name.Should().Be("Ada Quist");
        Extractor.Indirect(body).Should().BeEmpty("a member's words are the turn, not reported speech");
    }

    // An office label whose office the introduction gives with its body, then the holder after a comma.
    [Fact]
    public void An_office_label_is_the_holder_named_after_the_office_and_its_body()
    {
        var body = """
            Harbour Hour, Tuesday. The host is Liv Holm. Her guest is the Director General of the Nordvik Port Authority, Captain Arne Dahl.

            LIV HOLM: Good morning. Why close the northern quay for a whole month?

            DIRECTOR GENERAL: Because the cranes there are forty years old and one of them failed last week.

            LIV HOLM: And the ferries?

            DIRECTOR GENERAL: The ferries keep their berths on the southern side, so nobody misses a crossing.
            """;

        var quotes = Extractor.Direct(body);

        Extractor.Single(quotes, "Because the cranes").Speaker!.Name.Should().Be("Arne Dahl");
        Extractor.Single(quotes, "The ferries keep").Speaker!.Name.Should().Be("Arne Dahl");
    }

    [Fact]
    public void Labels_in_title_case_are_turns_of_the_people_given_those_roles()
    {
        var quotes = Extractor.Direct(TitleCaseBriefing);

        quotes.Should().HaveCount(4);
        Extractor.Single(quotes, "Good morning.").Speaker!.Name.Should().Be("Marta Lindqvist");
        Extractor.Single(quotes, "Thank you, Marta.").Speaker!.Name.Should().Be("Jon Berg");
        Extractor.Single(quotes, "Will the ferries").Speaker.Should().BeNull();
    }

    // Without a questioner's label, title-case lead-ins are a list, not a transcript.
    [Fact]
    public void Title_case_lead_ins_without_questions_are_no_turns()
    {
        var body = "The port board weighed the plan on Monday.\n\n"
            + "Strengths: The quay is deep enough for the new ships.\n\n"
            + "Weaknesses: The cranes are older than most of the dockers.\n\n"
            + "Strengths: The rail link is already built.\n\n"
            + "Risks: The unions have not agreed to night shifts.";

        Extractor.Direct(body).Should().BeEmpty();
    }

    [Fact]
    public void A_question_label_names_nobody()
    {
        var question = Extractor.Single(Extractor.Direct(Briefing), "Marta, will the ferries");

        question.Speaker.Should().BeNull();
    }

    [Fact]
    public void Stage_directions_are_not_part_of_the_turn()
    {
        var turn = Extractor.Single(Extractor.Direct(Briefing), "They will, apart");

        turn.Text.Should().Be("They will, apart from the night crossing, which we are suspending until March.");
    }

    [Fact]
    public void Reported_speech_inside_a_turn_is_nested_in_the_turn()
    {
        var result = Extractor.Run(Briefing);

        result.Quotes.Where(q => q.Kind == QuoteKind.Indirect).Should().BeEmpty();
    }

    [Fact]
    public void Q_and_A_labels_are_the_interviewer_and_the_person_the_introduction_names()
    {
        const string Interview = """
            Energy Minister Tomas Rein spoke to us in Tallinn about fishing quotas. The interview has been edited.

            Q: Minister, will the herring quota be cut again next year?

            A: I expect a smaller cut than this year, because the spring survey was better than we feared.

            Q: Are the fishermen ready for that?

            A: They are ready for honesty. They are not ready for surprises in December.
            """;

        var quotes = Extractor.Direct(Interview);

        quotes.Should().HaveCount(4);
        Extractor.Single(quotes, "I expect a smaller cut").Speaker!.Name.Should().Be("Tomas Rein");
        Extractor.Single(quotes, "Minister, will the herring").Speaker.Should().BeNull();
    }

    [Fact]
    public void A_surname_label_with_a_role_and_a_direction_is_the_person_the_introduction_names()
    {
        const string Programme = """
            Tonight's guests are the economist Lena Vogt and the former trade negotiator Piotr Malek.

            LENA VOGT, ECONOMIST: Tariffs of this size will be paid by shoppers, not by exporters abroad.

            MALEK (through translator): I disagree. Exporters will cut their prices to keep the market.

            VOGT: For a year, perhaps. After that the shoppers pay, as they always do in the end.
            """;

        var quotes = Extractor.Direct(Programme);

        Extractor.Single(quotes, "Tariffs of this size").Speaker!.Name.Should().Be("Lena Vogt");
        Extractor.Single(quotes, "I disagree.").Speaker!.Name.Should().Be("Piotr Malek");
        Extractor.Single(quotes, "For a year, perhaps.").Speaker!.Name.Should().Be("Lena Vogt");
    }

    [Fact]
    public void Capitalised_lead_ins_of_a_liveblog_are_not_a_transcript()
    {
        const string Liveblog = """
            UPDATE: The ferry terminal has reopened after the power cut, the port said.

            BREAKING: Two cranes were damaged in the storm overnight.

            UPDATE: Container traffic will resume on Friday morning.
            """;

        Extractor.Direct(Liveblog).Should().BeEmpty();
    }

    [Fact]
    public void Two_labelled_paragraphs_are_not_enough_for_a_transcript()
    {
        const string Text = """
            NOTE TO EDITORS: The harbour office will publish the timetable later.

            MARTA LINDQVIST: The quay reopens on Friday, and the ferries will follow.
            """;

        Extractor.Direct(Text).Should().BeEmpty();
    }

    [Fact]
    public void A_title_in_a_label_is_the_role_and_the_surname_finds_the_person_introduced()
    {
        var body = "The hearing opened with Senator Tom Jones questioning the envoy, Ambassador Kurt Smith.\n\n"
            + "SENATOR JONES: Ambassador, can you tell us whether the shells were delivered on time?\n\n"
            + "MR. SMITH: We have delivered every shell we promised to deliver this year.\n\n"
            + "SENATOR JONES: That is not what your own inspector general found in March.";

        var quotes = Extractor.Direct(body);

        Extractor.Single(quotes, "That is not what").Speaker!.Name.Should().Be("Tom Jones");
        Extractor.Single(quotes, "We have delivered").Speaker!.Name.Should().Be("Kurt Smith");
    }

    [Fact]
    public void A_label_that_is_the_title_the_introduction_gave_a_person_is_that_person()
    {
        var body = """
            Press conference by Harbour Authority Chair Ada Quist after the board meeting. Moderated by spokesman Tomas Brandt.

            TOMAS BRANDT: Welcome. The chair will open with a few words on the quay.

            HARBOUR AUTHORITY CHAIR: Good afternoon. The board agreed today to reopen the northern quay on Friday.

            QUESTION: Will the night ferry run again this winter?

            HARBOUR AUTHORITY CHAIR: Not before March. We have told the unions so in writing.
            """;

        var quotes = Extractor.Direct(body);

        Extractor.Single(quotes, "Good afternoon. The board").Speaker!.Name.Should().Be("Ada Quist");
        Extractor.Single(quotes, "Not before March").Speaker!.Name.Should().Be("Ada Quist");
        Extractor.Single(quotes, "Welcome. The chair").Speaker!.Name.Should().Be("Tomas Brandt");
    }

    [Fact]
    public void A_label_with_a_long_role_and_a_stage_direction_is_still_a_label()
    {
        var body = """
            ANCHOR: Let's listen to what the minister said on Friday.

            TOMAS BRANDT, FREEDONIAN HARBOUR MINISTER (through interpreter): Every new toll only drives the ships further south.

            ANCHOR: Senator, your response?

            ADA QUIST: He is wrong, and he knows it.
            """;

        Extractor.Single(Extractor.Direct(body), "Every new toll").Speaker!.Name.Should().Be("Tomas Brandt");
    }

    // A clip's label may describe the speaker after the comma in title case, as broadcasters caption a company.
    [Fact]
    public void A_label_whose_description_is_in_title_case_is_still_a_label()
    {
        var body = """
            Presenter Lena Marsh spoke to Energy Minister Ivo Lund.

            MARSH: Minister, why did the tender go to a foreign builder?

            LUND: Because they offered the lowest price and a firm date.

            MARSH: Here is their chief engineer last week.

            [CLIP] ADA QUIST, Harbour Gas of Nordvik (through interpreter): The first unit will run before the decade is out.

            MARSH: Is that realistic?
            """;

        var quotes = Extractor.Direct(body);

        Extractor.Single(quotes, "The first unit").Speaker!.Name.Should().Be("Ada Quist");
        Extractor.Single(quotes, "Here is their chief engineer").Text.Should().Be("Here is their chief engineer last week.");
    }

    [Fact]
    public void A_question_set_off_by_spaces_without_a_colon_is_a_turn_of_nobody()
    {
        var body = "Below are excerpts from Friday's harbour briefing by Press Secretary Ada Quist.\n\n"
            + "MS. QUIST: Morning, all. The harbour master will take you through the new berth rules first.\n\n"
            + "Q    Will the night ferry run again before the spring?\n\n"
            + "MS. QUIST: Not before March, and I will not guess at a date.\n\n"
            + "Q    Is the mayor still planning to visit the shipyard this month?\n\n"
            + "MS. QUIST: Nothing is on her calendar yet for the yard.";

        var quotes = Extractor.Direct(body);

        Extractor.Single(quotes, "Will the night ferry").Speaker.Should().BeNull();
        Extractor.Single(quotes, "Not before March").Speaker!.Name.Should().Be("Ada Quist");
        Extractor.Single(quotes, "Nothing is on her calendar").Text.Should().Be("Nothing is on her calendar yet for the yard.");
    }

    // A one-word role label stands for the one person the introduction gives that role, whether by apposition
    // ("Minister for Ports, Ada Quist"), a copula ("The host is Jon Berg"), "Jon Berg, our host," or the role's verb
    // ("hosted by …, Jon Berg"; "moderated by" for "MODERATOR:"); a bracketed
    // production tag before a label ("[CLIP]") is no part of it.
    [Theory]
    [InlineData("The host is Jon Berg.")]
    [InlineData("Jon Berg, our host, recorded it in Harbourtown.")]
    [InlineData("It was hosted by the station's senior presenter, Jon Berg.")]
    public void One_word_role_labels_are_the_people_the_introduction_gives_those_roles(string host)
    {
        var body = "What follows is a shortened record of our conversation in Harbourtown on Monday. " + host
            + " With him in the studio sat Freedonia's Minister for Ports, Ada Quist, and we heard from the"
            + " harbour's chief pilot, Captain Tomas Brandt.\n\n"
            + "HOST: Why close the quays now, and why in the middle of winter?\n\n"
            + "MINISTER: Because the cranes are older than I am. We should have closed them years ago.\n\n"
            + "[CLIP] CAPTAIN BRANDT (through interpreter): The quays were safe yesterday and they are safe today.\n\n"
            + "HOST: What do you say to the pilots who disagree with you?\n\n"
            + "MINISTER: I asked them twice. They were out at sea both times.";

        var quotes = Extractor.Direct(body);

        Extractor.Single(quotes, "Why close the quays").Speaker!.Name.Should().Be("Jon Berg");
        Extractor.Single(quotes, "What do you say").Speaker!.Name.Should().Be("Jon Berg");
        Extractor.Single(quotes, "Because the cranes").Speaker!.Name.Should().Be("Ada Quist");
        Extractor.Single(quotes, "I asked them twice").Speaker!.Name.Should().Be("Ada Quist");
        Extractor.Single(quotes, "The quays were safe").Speaker!.Name.Should().Be("Tomas Brandt");
    }

    // A broadcast's vox pops, "(CLIP) FARMER IN THE VALLEY (through interpreter):", are turns of their own, by people
    // described and not named: never the guest's words, never a person called "Farmer In The Valley".
    [Fact]
    public void A_clip_of_a_described_person_is_a_turn_of_nobody()
    {
        var body = """
            Host Jon Berg talks to the harbour master, Ada Quist, about the winter closures.

            JON BERG: Why close the quays now?

            QUIST: Because the cranes are older than I am.

            (CLIP) FISHERMAN IN NORDHAVN (through interpreter): We lose two months of catch. Who pays for that?

            (CLIP) CAFE OWNER (through interpreter): The quay is our whole street.

            BERG: And your answer to the fleet?
            """;

        var result = Extractor.Run(body);

        Extractor.Single(result.Quotes, "Because the cranes").Text.Should().NotContain("catch");
        Extractor.Single(result.Quotes, "We lose two months").Speaker.Should().BeNull();
        Extractor.Single(result.Quotes, "The quay is our whole street").Speaker.Should().BeNull();
        result.People.Should().NotContain(p => p.Name.Contains("Nordhavn", StringComparison.Ordinal) || p.Name.Contains("Owner", StringComparison.Ordinal));
    }

    // A podcast transcript stamps each turn with its time: "[00:41] JON BERG:" is Jon Berg's turn.
    [Fact]
    public void A_timestamp_before_a_label_is_no_part_of_it()
    {
        var body = "Host Jon Berg talks to the harbour master, Ada Quist, about the winter closures.\n\n"
            + "[00:41] JON BERG: Why close the quays now, and why in the middle of winter?\n\n"
            + "[00:52] ADA QUIST: Because the cranes are older than I am. We should have closed them years ago.\n\n"
            + "[1:02:15] BERG: And the pilots who disagree with you?";

        var quotes = Extractor.Direct(body);

        Extractor.Single(quotes, "Why close the quays").Speaker!.Name.Should().Be("Jon Berg");
        Extractor.Single(quotes, "Because the cranes").Speaker!.Name.Should().Be("Ada Quist");
        Extractor.Single(quotes, "And the pilots").Speaker!.Name.Should().Be("Jon Berg");
    }

    [Fact]
    public void A_role_label_two_people_share_names_nobody()
    {
        var body = "Two ministers spoke to us: the Minister for Ports, Ada Quist, and the Minister for Fisheries, Ilse Varga.\n\n"
            + "Q: Will the quays close this winter?\n\n"
            + "MINISTER: Not before March, and only for the northern berths.\n\n"
            + "Q: And the fishing fleet?\n\n"
            + "MINISTER: The fleet will move to the southern quay for the winter.";

        Extractor.Single(Extractor.Direct(body), "Not before March").Speaker.Should().BeNull();
    }

    // A ministry's briefing labels each answer with the spokesperson's name in title case and each question with the
    // outlet that asked it: the answers are the spokesperson's, the questions nobody's, an outlet never a speaker.
    private const string NamedBriefing = """
        Harbour Ministry Spokesperson Lena Marsh's Weekly Briefing

        Lena Marsh: Good afternoon. Minister Ivo Brand will open the new grain terminal at Nordhavn on Thursday.

        Coastal Radio: Will the terminal take foreign ships from the first day?

        Lena Marsh: It will. Every berth is open to every flag, and the fees are the same for all.

        NHK: Some captains say the new fees double their costs. How do you answer them?

        Lena Marsh: The fees pay for the dredging. Without it, no large ship could reach the quay at all.

        Harbour Weekly: A follow-up on the dredging. When does it end?

        Lena Marsh: I have nothing to add at this time.
        """;

    [Fact]
    public void A_briefing_labelled_by_name_and_by_outlet_gives_answers_to_the_spokesperson_and_questions_to_nobody()
    {
        var quotes = Extractor.Direct(NamedBriefing);

        quotes.Should().HaveCount(7);
        Extractor.Single(quotes, "It will. Every berth").Speaker!.Name.Should().Be("Lena Marsh");
        Extractor.Single(quotes, "I have nothing to add").Speaker!.Name.Should().Be("Lena Marsh");
        Extractor.Single(quotes, "Will the terminal take").Speaker.Should().BeNull();
        Extractor.Single(quotes, "Some captains say").Speaker.Should().BeNull("a one-word outlet in capitals asks too");
        Extractor.Single(quotes, "A follow-up on the dredging").Speaker.Should().BeNull();
    }

    [Fact]
    public void Title_case_lead_ins_that_name_no_person_stay_out_even_when_they_recur()
    {
        var body = "Three ferries compared.\n\n"
            + "Good Points: The Nordhavn boat is quick and quiet.\n\nWeak Points: Its cafe closes early.\n\n"
            + "Good Points: The island boat takes bicycles free.\n\nWeak Points: It rolls in a swell.\n\n"
            + "Good Points: The night boat has cabins.\n\nWeak Points: The cabins are small.";

        Extractor.Direct(body).Should().BeEmpty();
    }

    // Radio transcripts label turns by initials the introduction's names give; initials nobody in it has name nobody.
    [Fact]
    public void Initials_are_the_turns_of_the_person_the_introduction_names_with_them()
    {
        var body = """
            Host Ilse Marr spoke to harbour master Jon Berg Dahl about the winter closures.

            IM: Captain, the quay closes for two months. Why so long?

            JBD: The cranes need new rails, and the rails come from abroad.

            IM: The ferry operators say they were not asked.

            JBD: They were asked in March, in writing, and they answered in June.

            XY: Can I add something here about the fishermen?
            """;

        var quotes = Extractor.Direct(body);

        Extractor.Single(quotes, "Captain, the quay").Speaker!.Name.Should().Be("Ilse Marr");
        Extractor.Single(quotes, "The cranes need").Speaker!.Name.Should().Be("Jon Berg Dahl");
        Extractor.Single(quotes, "They were asked").Speaker!.Name.Should().Be("Jon Berg Dahl");
        quotes.Should().NotContain(q => q.Speaker != null && q.Speaker.Name == "Xy");
    }

    // "PS:" after "… spoke to the Permanent Secretary for Ports, Ada Quist": the initials of the title the introduction
    // gives the person it names next.
    [Fact]
    public void Initials_of_a_title_are_the_turns_of_the_person_who_holds_it()
    {
        var body = """
            Host Ilse Marr spoke to the Permanent Secretary for Ports, Ada Quist, about the winter closures.

            ILSE: Secretary, the quay closes for two months. Why so long?

            PS: The cranes need new rails, and the rails come from abroad.

            ILSE: The ferry operators say they were not asked.

            PS: They were asked in March, in writing, and they answered in June.
            """;

        var quotes = Extractor.Direct(body);

        (Extractor.Single(quotes, "The cranes need").Speaker?.Name).Should().Be("Ada Quist");
        (Extractor.Single(quotes, "They were asked").Speaker?.Name).Should().Be("Ada Quist");
    }

    // A two-letter label that is the surname of someone the text names is that person, not initials.
    [Fact]
    public void A_two_letter_surname_label_is_the_person_of_that_surname()
    {
        var body = """
            Spokesman Li Wen took questions on the new quay.

            QUESTION: Will the quay open on Friday?

            LI: It will open on Friday, as planned, for container traffic.

            QUESTION: And the ferries?

            LI: The ferries move there in March, once the cranes are in.
            """;

        Extractor.Single(Extractor.Direct(body), "It will open").Speaker!.Name.Should().Be("Li Wen");
    }

    // Malay and Indonesian courtesy titles ("Datuk", "Encik", "Ibu") are honorifics: the label's name is the given name
    // of the person the introduction named in full.
    [Fact]
    public void A_label_with_a_malay_honorific_and_a_given_name_is_the_person_the_introduction_names()
    {
        var body = """
            Presenter Noor Azlin spoke to Deputy Trade Minister Azri Hakim Salleh about the palm oil talks.

            NOOR AZLIN: Datuk Azri, the talks have run for a month. Is there a deal?

            DATUK AZRI: There is a text. There is not yet a signature.

            NOOR AZLIN: When will there be one?

            DATUK AZRI: When the buyers stop asking for a discount we cannot give.
            """;

        var quote = Extractor.Single(Extractor.Direct(body), "There is a text");

        quote.Speaker!.Name.Should().Be("Azri Hakim Salleh");
    }

    // A clip's label may describe its speaker in several parts: the name is the part before the first comma.
    [Fact]
    public void A_clip_label_with_a_name_a_role_and_a_body_is_the_named_person()
    {
        var body = """
            Host Ilse Marr spoke to harbour master Jon Berg Dahl about the winter closures.

            IM: Captain, the quay closes for two months. Why so long?

            JBD: The cranes need new rails, and the rails come from abroad.

            [CLIP] ANNA VIK, SPOKESWOMAN, FREEDONIAN PORTS AUTHORITY (recorded Monday): The rails will arrive in March and not a day later.

            IM: Captain, do you believe that?
            """;

        var quotes = Extractor.Direct(body);

        Extractor.Single(quotes, "The rails will arrive").Speaker!.Name.Should().Be("Anna Vik");
        Extractor.Single(quotes, "The cranes need").Text.Should().NotContain("ANNA VIK");
    }

    // An office label stands for the person the introduction names right after that office: "the Harbour Spokesman,
    // Minister of Ports Dr. Ivo Marsh", "the Director, Port Operations (DPO), Commodore Ida Holm".
    private const string OfficeLabelBriefing = """
        The weekly briefing was given by the Harbour Spokesman, Minister of Ports Dr. Ivo Marsh, and by the Director, Port Operations (DPO), Commodore Ida Holm.

        HARBOUR SPOKESMAN: Good afternoon. The board approved two leases for the northern quay yesterday.

        Q (Morning Post): Minister, the last lease ran for ninety years. Why again?

        HARBOUR SPOKESMAN: The quay and the lease are different things. The money comes in this time.

        DPO: The patrol boats moved to the southern berth on Sunday and will stay there until spring.
        """;

    [Fact]
    public void An_office_label_is_the_person_named_after_that_office_in_the_introduction()
    {
        var quotes = Extractor.Direct(OfficeLabelBriefing);

        Extractor.Single(quotes, "Good afternoon.").Speaker!.Name.Should().Be("Ivo Marsh");
        Extractor.Single(quotes, "The quay and the lease").Speaker!.Name.Should().Be("Ivo Marsh");
        Extractor.Single(quotes, "The patrol boats").Speaker!.Name.Should().Be("Ida Holm");
    }

    // An office label whose holder the introduction does not name is an unnamed voice, never an actor of that name;
    // a label that is a name in the introduction's list stays that person, not the next one listed.
    private const string UnheldOfficeBriefing = """
        The presenter Leila Dunn spoke to the harbour minister, Karl Berg, and Ada Quist of the pilots' union.

        CABINET SPOKESMAN: The ministry has nothing to add to the statement issued this morning, thank you.

        KARL BERG: The motion will be tabled this week, and I expect it to pass with a clear majority.

        LEILA DUNN: Ada Quist, is the union ready to accept that timetable for the vote?

        ADA QUIST: Only if the night crossings come back before the vote is held.
        """;

    [Fact]
    public void An_office_label_nobody_holds_names_nobody()
    {
        var quotes = Extractor.Direct(UnheldOfficeBriefing);

        var unheld = Extractor.Single(quotes, "The ministry has nothing");
        unheld.Speaker.Should().BeNull();
        Extractor.Single(quotes, "The motion will be tabled").Speaker!.Name.Should().Be("Karl Berg");
    }

    // A clip's label with a long office and an interpreter's note (about a hundred characters) is still a label.
    private const string LongLabelInterview = """
        The presenter Mia Lund spoke to the harbour minister about the cable.

        MIA LUND: Minister, is the cable on time?

        [CLIP] ARIF WIBOWO, DEPUTY MINISTER OF PORTS AND COASTAL SHIPPING AFFAIRS, FREEDONIA (through interpreter): The cable will land in May, and not one day later than that.

        MIA LUND: Can the harbour take the ships in May?
        """;

    [Fact]
    public void A_long_clip_label_is_the_speaker_of_its_turn()
    {
        var quote = Extractor.Single(Extractor.Direct(LongLabelInterview), "The cable will land");

        quote.Speaker!.Name.Should().Be("Arif Wibowo");
        quote.Text.Should().NotContain("DEPUTY MINISTER");
    }

    // A label of a title and a name in five words ("HARBOUR PRESS SECRETARY ADA QUIST:") is a label, and its turn hers.
    private const string FiveWordLabelBriefing = """
        Harbour Press Secretary Ada Quist held a briefing at the harbour office on Monday.

        HARBOUR PRESS SECRETARY ADA QUIST: Good afternoon. Two notices. The northern quay closes on Friday for dredging.

        Q: Is this about the new ferries?

        MS. QUIST: No. The dredging was planned last spring, long before the ferries were ordered.
        """;

    [Fact]
    public void A_five_word_label_of_title_and_name_opens_a_turn()
    {
        var quote = Extractor.Single(Extractor.Direct(FiveWordLabelBriefing), "Good afternoon.");

        quote.Speaker!.Name.Should().Be("Ada Quist");
        quote.Text.Should().NotContain("PRESS SECRETARY");
    }

    // A label that is a surname from the introduction's list is that person, not the next one listed after the comma; a first
    // name and a name after "and" and a ministry's portfolio are the next in the list, not more of the portfolio.
    private const string PodiumBriefing = """
        Transcript of the harbour office briefing. On the podium were Deputy Spokeswoman Ute Varnholt, Jens Olbrecht for the
        Ministry of Ports and Sabine Kettler for the Ministry of Defence and Maritime Affairs.

        DEPUTY SPOKESWOMAN VARNHOLT: Good morning. The northern quay closes on Friday for dredging.

        Q: Ms Varnholt, who pays for the dredging?

        VARNHOLT: The port authority pays, from this year's budget.

        Q: Mr Olbrecht, will the ferries still run?

        OLBRECHT: They will run from the southern quay until the work is done.

        KETTLER: The navy will keep its two patrol boats at the southern quay as well.
        """;

    [Theory]
    [InlineData("Good morning.", "Ute Varnholt")]
    [InlineData("The port authority pays", "Ute Varnholt")]
    [InlineData("They will run from", "Jens Olbrecht")]
    [InlineData("The navy will keep", "Sabine Kettler")]
    public void A_surname_label_is_the_person_of_the_introductions_list(string opening, string name)
    {
        Extractor.Single(Extractor.Direct(PodiumBriefing), opening).Speaker!.Name.Should().Be(name);
    }

    // A label that is only an office ("JOINT SECRETARY:") whose holder nothing ties to it is that office, unnamed: never a
    // person called "Joint Secretary".
    [Fact]
    public void An_office_label_never_becomes_a_person_named_by_the_office()
    {
        var body = "Harbour Week, Sunday evening, shortened for print. Our host Ada Quist put the questions to Tarun Dev Lund, joint secretary in the ports ministry, on the queue of ships.\n\n"
            + "ADA QUIST: Welcome to the studio. How many ships lie at anchor off the quay tonight?\n\n"
            + "JOINT SECRETARY: A little over forty, and more arrive every week from the south.\n\n"
            + "QUIST: Has the ministry kept its promise to clear the queue by spring?\n\n"
            + "JOINT SECRETARY: On paper, yes. At the quay the queue is as long as it was in May.";

        var quotes = Extractor.Direct(body);

        quotes.Should().HaveCount(4);
        quotes.Where(q => q.SpeakerAsWritten == "JOINT SECRETARY").Should().HaveCount(2)
            .And.OnlyContain(q => q.Speaker == null || q.Speaker.Name != "Joint Secretary");
    }

    // A newsletter's section headings in capitals ("QUOTE OF THE DAY:", "HARBOUR CORNER:") name nobody: the paragraphs are
    // prose whose reported speech and quotes are found as anywhere else.
    [Fact]
    public void A_newsletters_section_headings_are_no_transcript_labels()
    {
        var body = """
            THE BIG ONE: Harbour ministers meet on Thursday. Minister Anna Varga told us the ferry levy would not be reopened.

            QUOTE OF THE DAY: "Three ports, one crane that works, and a minister who says it is fine."

            HARBOUR CORNER: The pilots' union said the night shifts would end in January.

            BIRTHDAYS: Former harbour master Ivo Brand turns 70.

            DIARY: Tuesday, a webinar on dredging. Varga said the minister's office would publish the tender "if there is one".
            """;

        var result = Extractor.Run(body);

        result.Quotes.Should().NotContain(q => q.Rule.StartsWith("transcript-turn", StringComparison.Ordinal));
        Extractor.Single(Extractor.Indirect(body), "the ferry levy").Speaker!.Name.Should().Be("Anna Varga");
        Extractor.Indirect(body).Should().Contain(q => q.Text == "the night shifts would end in January");
    }

    // A reporter who opens the question with name and outlet asks it; one who does not stays unnamed.
    [Fact]
    public void An_asker_who_names_themselves_asks_the_question()
    {
        var body = "Transcript of the harbour briefing with Harbour Master Ivo Lund and press secretary Dorothea Berg.\n\n"
            + "MS. BERG: Good afternoon. Questions.\n\n"
            + "Q: Thanks, Dorothea. Lucius Amber, Harbour News. Will the ferries run at night?\n\n"
            + "MR. LUND: They will run from March.\n\n"
            + "Q: Hi, it's Priya Ramen with Coastal Radio. How long is the closure?\n\n"
            + "MR. LUND: Two weeks at most.\n\n"
            + "Q: Jon Kvist from Fjord Daily. Who pays for the repairs?\n\n"
            + "MR. LUND: The port does.\n\n"
            + "Q: Minister Lund, is that a promise?\n\n"
            + "MR. LUND: It is.";

        var quotes = Extractor.Direct(body);

        Extractor.Single(quotes, "Thanks, Dorothea").Speaker!.Name.Should().Be("Lucius Amber");
        Extractor.Single(quotes, "Hi, it's").Speaker!.Name.Should().Be("Priya Ramen");
        Extractor.Single(quotes, "Jon Kvist from").Speaker!.Name.Should().Be("Jon Kvist");
        Extractor.Single(quotes, "Minister Lund, is").Speaker.Should().BeNull();
    }

    // "BEV:" after "Bev in Harbourtown, you're first": a caller's label the host says as a name is that name, not initials.
    [Fact]
    public void A_callers_label_the_host_says_as_a_name_is_the_caller()
    {
        var body = "An edited transcript of the morning phone-in on ferry fares.\n\n"
            + "HOST: The lines are full. Bev in Harbourtown, you're first.\n\n"
            + "BEV: Morning. My ferry ticket doubled this year. Who is helping me?\n\n"
            + "HOST: The council would say the fuel costs more.\n\n"
            + "BEV: Then the council can come down to the quay and tell me in person.";

        Extractor.Direct(body).Where(q => q.Text.StartsWith("Morning", StringComparison.Ordinal) || q.Text.StartsWith("Then the council", StringComparison.Ordinal))
            .Should().HaveCount(2).And.OnlyContain(q => q.Speaker != null && q.Speaker.Name == "Bev");
    }
}
