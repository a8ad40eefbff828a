using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Tests.Extraction;

// What the article shows is no person never becomes a speaker: a news outlet, an institute's subject ("Centre for
// Grain Trade Studies"), a first name alone. Examples written for these tests.
public sealed class NotANameTests
{
    [Fact]
    public void A_name_with_two_particles_is_read_whole()
    {
        var quote = Extractor.Direct("“We will not wait for the others,” said Fisheries Commissioner Hilde van der Berg.").Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Hilde van der Berg");
    }

    // An aside on how the words came ("asked about …", "speaking after …") describes nobody: a name inside it does not
    // speak for the subject before it. "retired judge Ada Quist" is a description, and its name speaks.
    [Theory]
    [InlineData("The Harbour Board, asked about the two Councillors' remarks, said", "Harbour Board")]
    [InlineData("A company spokesman, speaking after Holm's visit at Midsummer, said", null)]
    [InlineData("The chair of the panel, retired judge Ada Quist, said", "Ada Quist")]
    public void An_aside_on_the_occasion_lends_the_speaker_no_name(string attribution, string? speaker)
    {
        var body = "Councillors Greta Holm and Jon Berg visited the quay on Monday.\n\n" + attribution + " that the ferries would run at night.";

        var report = Extractor.Indirect(body).Should().ContainSingle().Subject;

        report.Speaker?.Name.Should().Be(speaker);
    }

    // "bint" joins a woman's name to her father's as "bin" does a man's: one person, who is the "she" that follows.
    [Fact]
    public void A_name_joined_by_bint_is_one_person()
    {
        var body = "Energy analyst Dr. Samira bint Khalid Al Harthy-Quist told the forum the port could win on price.\n\n"
            + "\u201CBuyers remember who kept their promises,\u201D she said.";

        var result = Extractor.Run(body);

        result.People.Select(p => p.Name).Should().Equal("Samira bint Khalid Al Harthy-Quist");
        result.Quotes.Should().OnlyContain(q => q.Speaker != null && q.Speaker.Name == "Samira bint Khalid Al Harthy-Quist");
    }

    // A surname opening with a particle after the verb ("said von der Leyen"); a short lead-in paragraph opening on a
    // common noun ("Opinion polls in …") lends it to nobody.
    [Fact]
    public void A_particle_surname_after_the_verb_speaks_and_a_common_noun_before_it_does_not()
    {
        var body = "Opinion polls in Nordvik put support for the ferry levy at 33 percent.\n\n"
            + "\u201CThe ferry line will stay public for as long as I am in this office,\u201D said von der Leyen.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Ursula von der Leyen");
        NewsTracker.Core.Actors.ActorNames.IsName("Opinion", NewsTracker.Core.Actors.ActorKind.Person, _ => false).Should().BeFalse();
    }

    // Groups, bodies, places and postings in speaker position make no person of one of their words.
    [Theory]
    [InlineData("The Federal Police said that the border crossing would stay closed until Friday.", "Police")]
    [InlineData("Human rights groups said that the detainees had been held without charge for weeks.", "Human")]
    [InlineData("Residents of Nordvik said that the ferry had not run for a fortnight.", "Nordvik")]
    [InlineData("The regional envoy for the Nile said that the water talks would resume in March.", "Nile")]
    [InlineData("The National Confederation of Harbours said that exports had fallen by a fifth.", "Confederation")]
    [InlineData("The alliance's Supreme Commander Europe said that the exercise would go ahead as planned.", "Europe")]
    [InlineData("The governor of Nordland said that the ferry would run again in May.", "Nordland")]
    public void A_word_of_a_group_a_body_or_a_posting_is_no_person(string body, string word)
    {
        var result = Extractor.Run(body);

        result.Quotes.Should().ContainSingle();
        result.Quotes.Should().NotContain(q => q.Speaker != null && q.Speaker.Name == word);
        result.People.Should().NotContain(p => p.Name == word);
    }

    // One word after a noun for a company or a paper is that company or paper.
    [Theory]
    [InlineData("Italian grid operator Ternova said that the new cable would be finished by June.", "Ternova")]
    [InlineData("Ship-tracking firm TankerWatch said that two ferries had left the harbour without clearance.", "TankerWatch")]
    [InlineData("The daily Nordposten said that the minister had known about the leak for weeks.", "Nordposten")]
    public void A_name_after_a_company_or_paper_noun_is_an_organisation(string body, string name)
    {
        var result = Extractor.Run(body);

        result.Quotes.Should().ContainSingle().Which.Speaker!.Should().Match<NewsTracker.Core.Extraction.ExtractedSpeaker>(s => s.Name == name && s.Kind != NewsTracker.Core.Actors.ActorKind.Person);
        result.People.Should().NotContain(p => p.Name == name);
    }

    // A pronoun nobody fits does not fall back on capitalised words after a determiner: "the Nord Quay pipeline" is a thing.
    [Fact]
    public void A_pronoun_does_not_fall_back_on_a_thing_named_after_a_determiner()
    {
        var body = "The board doubled the Nord Quay pipeline in late April.\n\n"
            + "She added that the town did not want to pay for the new quay this year.";

        Extractor.Indirect(body).Should().ContainSingle().Which.Speaker.Should().BeNull();
    }

    [Theory]
    [InlineData("The Ministry of Ports said that the quays would close for repairs in May.", "Ministry of Ports")]
    [InlineData("The Institute for the Study of Ports said that traffic had fallen by a third since spring.", "Institute for the Study of Ports")]
    public void What_an_institution_deals_with_is_no_person(string body, string institution)
    {
        var result = Extractor.Run(body);

        result.Quotes.Should().ContainSingle().Which.Speaker!.Name.Should().Be(institution);
        result.People.Should().NotContain(p => p.Name == "Ports");
    }

    // One capitalised word after "in" or "from" before a speech verb is where the speakers are, not one of them.
    [Theory]
    [InlineData("Aid workers in Harbourtown said the winter would test every family in the camps.")]
    [InlineData("Traders from Vesterby say the market has never been this quiet in December.")]
    public void A_place_after_in_before_a_speech_verb_is_no_person(string body)
    {
        var result = Extractor.Run(body);

        result.People.Should().NotContain(p => p.Name == "Harbourtown" || p.Name == "Vesterby");
        result.Quotes.Should().NotContain(q => q.Speaker != null && (q.Speaker.Name == "Harbourtown" || q.Speaker.Name == "Vesterby"));
    }

    // A place of two words after a group and "in" or "near" is where the group is: no person, so no later "he" falls back on
    // it, and a group named by its trade ("Trawler crews") speaks as a group, not as "Trawler".
    [Theory]
    [InlineData("Dock workers in Vila Serra said the port would close on Friday.\n\n“It is over for us,” he said.", "Vila Serra")]
    [InlineData("Trawler crews in Porto Brandt told reporters that the quotas were too low.\n\n“We cannot live on this,” he said.", "Porto Brandt")]
    [InlineData("Coast guard ships were shadowed near Kelmar Shoal on Monday.\n\n“We hold our course,” he said.", "Kelmar Shoal")]
    public void A_groups_place_of_two_words_is_no_person(string body, string place)
    {
        var result = Extractor.Run(body);

        result.People.Should().NotContain(p => p.Name == place);
        result.Quotes.Should().NotBeEmpty().And.OnlyContain(q => q.Speaker == null);
        result.Quotes.Should().OnlyContain(q => !q.Actors.Contains(place));
    }

    // What "left", "entered" or "shelled" takes is a place: capitalised words there are no one a later "he" can fall back on.
    [Theory]
    [InlineData("The trawler left Kestrel Vane at dawn, its skipper said.\n\n“The sea was calm all night,” he said.")]
    [InlineData("Rebel fighters entered Dorna Marek on Sunday.\n\n“We will hold it this time,” he told reporters.")]
    [InlineData("Artillery shelled Vila Rostok overnight.\n\n“Nobody slept in the cellars,” he said.")]
    public void A_place_a_verb_of_movement_or_attack_takes_is_no_antecedent_for_he(string body)
    {
        var result = Extractor.Run(body);

        result.Quotes.Should().ContainSingle().Which.Speaker.Should().BeNull();
    }

    // A state legislator's party and district town in brackets ("(R-Harbourton)") are no person, so not the "he" that
    // follows; "the 52-year-old Frenchman" is a description, never a person called "Frenchman".
    [Fact]
    public void A_party_and_town_bracket_and_a_nationality_noun_are_no_person()
    {
        var body = "State Rep. Ivo Marten (R-Harbourton) told colleagues the harbour bill could not wait for spring. "
            + "“The worst outcome is two more years of talk,” he said.\n\n"
            + "“The cranes arrive on Monday, whatever the weather,” the 52-year-old Frenchman replied.";

        var result = Extractor.Run(body);

        Extractor.Single(result.Quotes, "The worst outcome").Speaker!.Name.Should().Be("Ivo Marten");
        result.People.Should().NotContain(p => p.Name.Contains("Harbourton", StringComparison.Ordinal));
        result.Quotes.Should().NotContain(q => q.Speaker != null && (q.Speaker.Name == "Frenchman" || q.Speaker.Name.StartsWith("R-", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Unlike")]
    [InlineData("Like")]
    [InlineData("Besides")]
    [InlineData("Against")]
    public void A_preposition_opening_a_sentence_is_no_first_name(string preposition)
    {
        var body = "Port director Tomas Brandt wants the cranes scrapped.\n\n"
            + $"{preposition} Brandt, Mayor Ada Quist said the old cranes would be kept until spring.";

        var result = Extractor.Run(body);

        result.People.Should().NotContain(p => p.Name.StartsWith(preposition + " ", StringComparison.Ordinal));
        result.Quotes.Should().NotContain(q => q.Speaker != null && q.Speaker.Name.StartsWith(preposition + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pronoun_after_an_outlet_the_speaker_spoke_to_goes_to_the_speaker()
    {
        var body = "Harbour fees will double next year, Finance Minister Rosa Ibarra told Lakeside Chronicle.\n\n"
            + "“Nobody likes it, but the port has to pay for itself,” she added.";

        var quote = Extractor.Single(Extractor.Direct(body), "Nobody likes it");

        quote.Speaker!.Name.Should().Be("Rosa Ibarra");
    }

    [Fact]
    public void The_subject_of_an_institute_is_no_person_a_pronoun_could_stand_for()
    {
        var body = "Nadia Okonjo, a researcher at the Oslo Centre for Grain Trade Studies, warned that prices would rise.\n\n"
            + "“The harvest was poor in three of the four big exporters,” she said.";

        var quote = Extractor.Single(Extractor.Direct(body), "The harvest was poor");

        quote.Speaker!.Name.Should().Be("Nadia Okonjo");
    }

    [Fact]
    public void A_first_name_alone_is_the_person_of_the_article_with_that_first_name()
    {
        var body = "“The ferry will run again in May,” said Transport Minister Margaret Halvorsen.\n\n"
            + "Islanders have waited since the storm.\n\n"
            + "“We owe them that,” Margaret said.";

        var quote = Extractor.Single(Extractor.Direct(body), "We owe them that");

        quote.Speaker!.Name.Should().Be("Margaret Halvorsen");
    }

    [Fact]
    public void Someone_the_article_only_calls_by_a_first_name_stays_the_speaker_as_written()
    {
        var quote = Extractor.Direct("Islanders have waited since the storm.\n\n“We owe them that,” said Margaret, a retired teacher.").Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Margaret");
    }

    [Theory]
    [InlineData("“Prices will fall by spring,” Markets said.")]
    [InlineData("“Nothing is agreed,” Arms Control said.")]
    public void A_common_noun_is_no_speaker(string sentence)
    {
        var quote = Extractor.Direct("Talks resumed on Tuesday.\n\n" + sentence).Should().ContainSingle().Subject;

        quote.Speaker.Should().BeNull();
    }

    [Fact]
    public void The_owner_of_a_title_before_an_appositive_name_is_not_taken_for_the_name()
    {
        var quote = Extractor.Direct("Ministers met in Oslo on Friday.\n\n“The fund is not a piggy bank,” said Norway's finance minister, Kari Holm, after the meeting.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Kari Holm");
    }

    // After a determiner, capitalised words before the phrase's last lowercase noun describe it: nobody called "Freedonian".
    [Theory]
    [InlineData("A Freedonian strategist who has advised two campaigns")]
    [InlineData("The Nordic countries")]
    public void Capitalised_words_describing_the_head_are_no_name(string subject)
    {
        var result = Extractor.Run($"{subject} said the candidates would be judged on who could “talk about bread without sounding like a think tank.”");

        result.Quotes.Should().Contain(q => q.Kind == QuoteKind.Indirect && q.Text.StartsWith("the candidates", StringComparison.Ordinal));
        result.Quotes.Should().OnlyContain(q => q.Speaker == null, "no person is named");
    }

    // A member's seat in the party bracket ("(PN–Sungai Lembu)") and a barracks are places: no person, no pronoun's antecedent.
    [Fact]
    public void A_seat_in_a_party_bracket_and_a_barracks_are_no_people()
    {
        var body = "Opening for the Opposition, Zulkifli Daud (PN–Sungai Lembu) said the jets were \"old before they land\".\n\n"
            + "At Zomba Barracks, a soldier's wife, who identified herself only as Chikondi, stood by the gate.\n\n"
            + "\"My daughters keep asking when their father lands,\" she said.";

        var result = Extractor.Run(body);

        result.People.Should().NotContain(p => p.Name == "Sungai Lembu" || p.Name == "Zomba Barracks");
        Extractor.Single(result.Quotes, "old before").Speaker!.Name.Should().Be("Zulkifli Daud");
        Extractor.Single(result.Quotes, "My daughters").Speaker!.Name.Should().Be("Chikondi");
    }

    // "Amirul Hakim said" after "Datuk Seri Amirul Hakim Zulkefli": the first words of a name given in full are that person.
    [Fact]
    public void The_first_words_of_a_name_given_in_full_are_the_same_person()
    {
        var body = "The jets will fly by 2027, Defence Minister Datuk Seri Amirul Hakim Zulkefli told the House on Thursday.\n\n"
            + "Closing the debate, Amirul Hakim told members that eight of the jets would land next year.";

        var result = Extractor.Run(body);

        Extractor.Single(result.Quotes, "eight of the jets").Speaker!.Name.Should().Be("Amirul Hakim Zulkefli");
        result.People.Should().NotContain(p => p.Name == "Amirul Hakim");
    }

    // "Tomas Brandt" in the headline, "Tomas Brandt Ulloa" in the body: a name the article goes on to give with a further
    // surname is the same person, by the longer name, whether the shorter came in the headline or the body.
    [Theory]
    [InlineData("Tomas Brandt, who ran the harbour for thirty years, dies at 81", "")]
    [InlineData("Harbour master dies at 81", "Tomas Brandt, who ran the harbour for thirty years, was buried on Monday.\n\n")]
    public void A_name_given_again_with_a_further_surname_is_the_same_person(string title, string lead)
    {
        var body = lead + "Tomas Brandt Ulloa, the harbour master who rebuilt the northern quay, died on Sunday in Valparaíso.\n\n"
            + "In a 2012 lecture, Brandt said the quay had been \"the best money the town ever spent\".";

        var result = Extractor.Run(body, title);

        Extractor.Single(result.Quotes, "the best money").Speaker!.Name.Should().Be("Tomas Brandt Ulloa");
        result.People.Select(p => p.Name).Should().Equal("Tomas Brandt Ulloa");
    }

    // "Ciudad" opens a place's name as "San" and "Port" do; a party bracket after an apposed name is no part of it.
    [Fact]
    public void A_ciudad_is_a_place_and_a_party_bracket_no_part_of_an_apposed_name()
    {
        var body = "Trawler crews in Ciudad Real told reporters on Monday that the quota was unfair.\n\n"
            + "The bill's author, Rep. Ann Holtzclaw (R-Neb.), said the harbour had waited long enough for the money.";

        var result = Extractor.Run(body);

        Extractor.Single(result.Quotes, "the quota was").Speaker.Should().BeNull();
        Extractor.Single(result.Quotes, "the harbour had waited").Speaker!.Name.Should().Be("Ann Holtzclaw");
    }

    // "The retired Ranger", "the Chief Islander", "the Texan": one capitalised word after an article says what someone is;
    // it makes no person, and a later "he" goes to the person the article named.
    [Theory]
    [InlineData("The retired Ranger recalls that the ship sailed past without asking.")]
    [InlineData("The Chief Islander said the ship sailed past without asking.")]
    [InlineData("The Texan said the ship sailed past without asking.")]
    public void One_word_described_after_an_article_is_no_person(string sentence)
    {
        var body = $"Her uncle, Ivo Qarlsen, served on the island for 31 years. {sentence}\n\n\u201CWe watched it go past,\u201D he says.";

        var result = Extractor.Run(body);

        result.People.Select(p => p.Name).Should().Equal("Ivo Qarlsen");
        result.Quotes.Should().Contain(q => q.Kind == QuoteKind.Direct).Which.Speaker!.Name.Should().Be("Ivo Qarlsen");
    }

    // A noun for a trade or an introduction before the one word still gives the person's name.
    [Theory]
    [InlineData("The taxi driver Signe said the queues had grown.", "Signe")]
    [InlineData("A grandmother named Signe said the queues had grown.", "Signe")]
    public void One_word_after_a_trade_or_an_introduction_is_a_name(string body, string speaker)
    {
        Extractor.Indirect(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be(speaker);
    }

    // "Lower Saxony", "Upper Austria": a region, never a person, so no later "he" can be it.
    [Theory]
    [InlineData("Lower Saxony")]
    [InlineData("Upper Austria")]
    public void A_region_opened_by_lower_or_upper_is_no_person(string region)
    {
        var body = $"Ivo Marsh runs a shell maker with four hundred staff at plants in Hesse and {region}.\n\n"
            + "\u201CWe are not asking for favours, only for a date,\u201D he said.";

        var result = Extractor.Run(body);

        result.People.Should().NotContain(p => p.Name == region);
        Extractor.Single(result.Quotes, "We are not asking").Speaker!.Name.Should().Be("Ivo Marsh");
    }
}
