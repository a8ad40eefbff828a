namespace NewsTracker.Core.Tests.Extraction;

// Issue 8: a speaker's affiliation becomes an actor of the registry, so it must name a body: never a name run over a
// line break, a portfolio, a common noun that opens the sentence, a person who owns the role, nor a name cut short.
public sealed class AffiliationTests
{
    [Fact]
    public void A_name_never_runs_over_a_line_break()
    {
        var body = "09:05 EET\n\nKremlin spokesman Pavel Orlov told a radio station that talks on the grain corridor \"could wait a month\".\n\n"
            + "By Mary Holt\n\nAda Quist, the harbour pilot who guided ships through the fjord for forty years, has retired. \"I never gave up,\" she once said.";

        var result = Extractor.Run(body);

        result.People.Should().NotContain(p => p.Name.Contains('\n') || (p.Affiliation != null && p.Affiliation.Contains('\n')));
        result.Quotes.Should().NotContain(q => q.Speaker != null && (q.Speaker.Name.Contains('\n') || (q.Speaker.Affiliation ?? "").Contains('\n')));
        Extractor.Single(result.Quotes, "talks on the grain").Speaker!.Affiliation.Should().Be("Russia");
        Extractor.Single(result.Quotes, "I never gave up").Speaker!.Name.Should().Be("Ada Quist");
    }

    [Fact]
    public void An_acronym_spelled_out_under_a_time_stamp_is_the_body_alone()
    {
        var body = "06.45 CET\n\nThe Harbour Safety Board (HSB) is looking into the collision. In a notice to pilots, HSB said the "
            + "channel \"will stay shut until the wreck is lifted\".";

        Extractor.Indirect(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Harbour Safety Board");
    }

    // The word before a minister's, secretary's or judge's title names the office, not a body the holder speaks for.
    [Theory]
    [InlineData("Sports Minister Ada Quist said the stadium would be ready before the cup final.", "Sports Minister")]
    [InlineData("Mines Minister Ada Quist said the new licences would be auctioned in March.", "Mines Minister")]
    [InlineData("Commerce Secretary Ada Quist said the tariffs would stay until the spring.", "Commerce Secretary")]
    [InlineData("District Judge Ada Quist said the witness had told the truth about the cargo.", "District Judge")]
    public void A_portfolio_before_the_title_belongs_to_the_title(string body, string role)
    {
        var speaker = Extractor.Indirect(body).Should().ContainSingle().Which.Speaker!;

        speaker.Name.Should().Be("Ada Quist");
        speaker.Role.Should().Be(role);
        speaker.Affiliation.Should().BeNull();
    }

    // "New", "National", "North" open sentences and names alike; before a title they are part of the body's name.
    [Theory]
    [InlineData("New York Gov. Karl Venn, speaking in Albany, said the bridge tolls would rise in May.", "New York")]
    [InlineData("National Rally lawmaker Karl Venn said the pension reform would be voted down.", "National Rally")]
    [InlineData("North Shore Mornings presenter Karl Venn said the ferry strike would end on Friday.", "North Shore Mornings")]
    public void A_body_named_with_an_opening_adjective_keeps_it(string body, string affiliation)
    {
        var result = Extractor.Run(body);

        result.Quotes.Should().ContainSingle().Which.Speaker!.Affiliation.Should().Be(affiliation);
        result.People.Should().ContainSingle().Which.Name.Should().Be("Karl Venn");
    }

    [Fact]
    public void A_common_noun_opening_the_sentence_is_no_body()
    {
        var body = "Village mayor Karl Venn said the road into the village would reopen once the snow melts.";

        var speaker = Extractor.Indirect(body).Should().ContainSingle().Which.Speaker!;

        speaker.Role.Should().Be("Mayor");
        speaker.Affiliation.Should().BeNull();
    }

    [Fact]
    public void A_person_who_owns_the_role_is_no_body()
    {
        var body = "A jury cleared Anil Brandt of fraud on Monday, and he thanked his family outside the courthouse.\n\n"
            + "Brandt's lawyer, Eva Moe, spoke to reporters later. Moe said the rules had changed overnight.";

        var speaker = Extractor.Run(body).Quotes.Should().ContainSingle(q => q.Text.StartsWith("the rules", StringComparison.Ordinal))
            .Which.Speaker!;

        speaker.Name.Should().Be("Eva Moe");
        speaker.Role.Should().Be("Lawyer");
        speaker.Affiliation.Should().BeNull();
    }

    [Fact]
    public void A_company_that_owns_the_role_stays_the_body()
    {
        var body = "Halden Minerals signed the lithium deal on Monday.\n\n"
            + "Halden Minerals's head of exploration, Tom Berg, said the deal was done after two years of talks.";

        Extractor.Indirect(body).Should().ContainSingle().Which.Speaker!.Affiliation.Should().Be("Halden Minerals");
    }

    // A region before the title is no other post: "the European Commissioner" is the enlargement commissioner.
    [Fact]
    public void A_regional_title_is_held_by_the_portfolio_holder_named_before()
    {
        var body = "\"The reforms are real and they are counted,\" Enlargement Commissioner Ada Quist said in Brussels, next to "
            + "Freedonian Prime Minister Karl Venn.\n\n"
            + "Venn praised the vote. The European Commissioner said accession could be wrapped up within four years.";

        Extractor.Single(Extractor.Indirect(body), "accession").Speaker!.Name.Should().Be("Ada Quist");
    }

    // A live blog's time zone after its time stamp is no part of a name: "16.45 WIB", "09:05 EET".
    [Fact]
    public void A_time_zone_after_a_time_stamp_is_no_part_of_the_speaker()
    {
        var body = "16.45 WIB Beijing: \u201CThese are our traditional fishing grounds and always have been\u201D\n\n"
            + "09:05 EET Kremlin spokesman Pavel Orlov said talks on the corridor could wait a month.";

        var result = Extractor.Run(body);

        Extractor.Single(result.Quotes, "These are").Speaker!.Name.Should().NotContain("WIB");
        Extractor.Single(result.Quotes, "talks on the corridor").Speaker!.Affiliation.Should().Be("Russia");
    }

    // "Halvoria's self-styled president, Ilse Brandt,": the holder named after the owner's office speaks, for every verb
    // of the sentence.
    [Fact]
    public void The_holder_named_after_an_owners_office_speaks_for_each_of_its_verbs()
    {
        var body = "Halvoria's self-styled president, Ilse Brandt, accused the harbour board of a fuel embargo and said "
            + "the island had diesel for three more weeks at the most.";

        Extractor.Indirect(body).Should().HaveCount(2)
            .And.OnlyContain(q => q.Speaker != null && q.Speaker.Name == "Ilse Brandt" && q.Speaker.Affiliation == "Halvoria");
    }

    // The sentence's first speech verb gives "and accused" its subject, not a verb inside its report.
    [Fact]
    public void A_coordinated_verb_takes_the_subject_of_the_sentences_first_report()
    {
        var body = "Councillor Ada Quist wrote on Monday that the Greens would ask the audit office to review the ferry contract "
            + "and accused the mayor of burying the true price of the new terminal.";

        Extractor.Indirect(body).Should().HaveCount(2).And.OnlyContain(q => q.Speaker != null && q.Speaker.Name == "Ada Quist");
    }

    [Fact]
    public void A_company_officer_named_after_the_office_speaks_the_quotation_before()
    {
        var body = "\u201CFreedonia needs gas, and the harbour wants buyers,\u201D Halden Power\u2019s general director, Ada Quist, told reporters.";

        var speaker = Extractor.Direct(body).Should().ContainSingle().Which.Speaker!;

        speaker.Name.Should().Be("Ada Quist");
        speaker.Affiliation.Should().Be("Halden Power");
    }

    // A state's body is no state: "Freedonian intelligence said" is an organisation.
    [Fact]
    public void A_states_body_named_with_a_lower_case_word_is_an_organisation()
    {
        var body = "Estonian intelligence said the border units had been moved north over the past week.";

        Extractor.Indirect(body).Should().ContainSingle().Which.Speaker?.Kind.Should().NotBe(Core.Actors.ActorKind.Country);
    }

    // "a Norwegian Fisheries Ministry spokesman": the state's institution speaks, not the state; "a Kremlin spokesman"
    // is still the Kremlin's.
    [Fact]
    public void A_spokesperson_of_a_state_s_named_institution_speaks_for_the_institution()
    {
        var body = "The quota talks ended on Friday.\n\n"
            + "“The quotas will hold,” a Norwegian Fisheries Ministry spokesman said.\n\n"
            + "“We acted within the rules,” a Kremlin spokesman said.";

        var quotes = Extractor.Direct(body);

        (Extractor.Single(quotes, "The quotas will hold").Speaker?.Name).Should().Be("Norwegian Fisheries Ministry");
        (Extractor.Single(quotes, "We acted within").Speaker?.Name).Should().Be("Kremlin");
    }

    // An office written out after the name ("Minister of Water of the Kingdom of Bahrain and Chairman of …") is the
    // role, its state the affiliation; a second office after "and" is not read into the first.
    [Theory]
    [InlineData("The session was chaired by Hamad Saleh Al-Dosari, Minister of Water Resources of the Kingdom of Bahrain and Chairman of the council, who said the talks were useful.",
        "Hamad Saleh Al-Dosari", "Minister of Water Resources", "Bahrain")]
    [InlineData("The deal was signed by Dr. Farid Mohtasham, Deputy Minister of Fisheries for Coastal Licensing of the Republic of Chile, who said the boats were ready.",
        "Farid Mohtasham", "Deputy Minister of Fisheries for Coastal Licensing", "Chile")]
    [InlineData("Ilse Varga, Special Envoy of the Secretary-General for Harbour Safety, said the package was ready.",
        "Ilse Varga", "Special Envoy of the Secretary-General for Harbour Safety", null)]
    public void An_office_written_out_after_the_name_is_the_role_and_its_state_the_affiliation(string body, string name, string role, string? state)
    {
        var person = Extractor.Run(body).People.Should().ContainSingle(p => p.Name == name).Subject;

        person.Role.Should().Be(role);
        person.Affiliation.Should().Be(state);
    }

    // A state inside the body's name ("the Serbian government's Office for …") is no state the office serves.
    [Fact]
    public void A_state_inside_an_office_s_body_is_read_as_before()
    {
        var person = Extractor.Run("Dragan Vesic, the director of the Serbian cabinet's Office for Danube Shipping, said the bridge had opened.")
            .People.Should().ContainSingle(p => p.Name == "Dragan Vesic").Subject;

        person.Affiliation.Should().Be("Serbia");
    }

    // "the Bahraini minister" is the minister of Bahrain the article named, not the nearer secretary-general.
    [Fact]
    public void The_states_minister_is_the_one_whose_written_out_office_serves_that_state()
    {
        var body = "The session was chaired by Hamad Saleh Al-Dosari, Minister of Water Resources of the Kingdom of Bahrain, and "
            + "the harbour council's chairman.\n\nHE Dr. Nasser bin Ali Al Harthi, the Secretary-General, said the meeting had been useful.\n\n"
            + "“This cell is aimed at no state at all,” the Bahraini minister added.";

        Extractor.Single(Extractor.Direct(body), "This cell").Speaker!.Name.Should().Be("Hamad Saleh Al-Dosari");
    }

    // "… at Vailele, the Minister of Ports, Ada Quist Tuilagi, announced": the role between two commas is the full name's
    // after it, never the place's before it; "Deputy Minister Ivo Marsh, the Freedonian Ambassador, Ada Quist," gives
    // the ambassador's state to nobody but her.
    [Fact]
    public void A_role_between_a_word_and_a_full_name_belongs_to_the_full_name()
    {
        var body = "A new wharf will be built at Vailele, the Minister of Ports, Ada Quist Tuilagi, announced on Monday.\n\n"
            + "\"This wharf gives our officers a home at last,\" the Minister said.\n\n"
            + "Guests at the launch included Deputy Minister of Fisheries Ivo Marsh, the French Ambassador to Samoa, Claire Benoit, and "
            + "the harbour master.";

        var result = Extractor.Run(body);

        result.People.Should().NotContain(p => p.Name == "Vailele");
        Extractor.Single(result.Quotes, "This wharf").Speaker!.Name.Should().Be("Ada Quist Tuilagi");
        result.People.Should().ContainSingle(p => p.Name == "Ivo Marsh").Which.Affiliation.Should().BeNull();
    }

    // "Legislator" before a name is a title like "Senator", and a spokesperson's brief after "on" belongs to the title:
    // neither joins the person's name.
    [Theory]
    [InlineData("Harbour Party (HP) Legislator Lin Mei-hua said the plan left the question of spent fuel open.", "Lin Mei-hua", "Legislator")]
    [InlineData("Opposition Spokesman on Fisheries Dorian Blake said the government had woken up far too late.", "Dorian Blake", "Spokesman on Fisheries")]
    public void A_title_before_a_name_never_joins_the_name(string body, string name, string role)
    {
        var speaker = Extractor.Indirect(body).Should().ContainSingle().Which.Speaker!;

        speaker.Name.Should().Be(name);
        speaker.Role.Should().Be(role);
    }

    // "Minister for Defence" is a title like "Minister of Defence": the holder after it is a person with that role, and a
    // word after the portfolio with no name ("Minister for Defence Supplies,") is nobody.
    [Fact]
    public void A_title_with_its_portfolio_after_for_is_the_holders_role()
    {
        var body = "Guests at the signing included Federal Minister for Defence Imtiaz Warraich and the envoy.\n\n"
            + "At the ceremony, the Federal Minister said the agreement reflected old ties.\n\n"
            + "Federal Minister for Defence Supplies, Mr. Kamran Sheikh, said the yard had hired 900 welders.";

        var result = Extractor.Run(body);

        result.People.Should().ContainSingle(p => p.Name == "Imtiaz Warraich").Which.Role.Should().Be("Federal Minister for Defence");
        result.People.Should().NotContain(p => p.Name == "Supplies");
        Extractor.Single(result.Quotes, "the agreement reflected").Speaker!.Name.Should().Be("Imtiaz Warraich");
    }

    // "Minister of Ports of the Oriental Republic of Uruguay Martín Sosa": a state whose name opens with words before
    // "Republic of" closes the title as "Republic of Latvia" does; the holder after it is a person, not part of an institution.
    [Fact]
    public void A_holder_after_a_long_state_name_is_a_person_of_that_state()
    {
        var body = "In turn, Minister of Ports of the Oriental Republic of Uruguay Martín Sosa Pereyra thanked the mediators.\n\n"
            + "\"Tired people need more than paper,\" he said.";

        var result = Extractor.Run(body);

        var person = result.People.Should().ContainSingle(p => p.Name == "Martín Sosa Pereyra").Subject;
        person.Role.Should().Be("Minister of Ports");
        person.Affiliation.Should().Be("Uruguay");
        Extractor.Single(result.Quotes, "Tired people").Speaker!.Name.Should().Be("Martín Sosa Pereyra");
    }
}
