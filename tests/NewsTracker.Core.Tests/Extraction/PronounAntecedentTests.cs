using NewsTracker.Core.Actors;
using NewsTracker.Core.Data;
using NewsTracker.Core.Extraction;

namespace NewsTracker.Core.Tests.Extraction;

// Whom "he" and "she" refer back to, read over whole articles: never a person of the other gender, never
// someone only mentioned inside a quotation, the subject rather than an owner or an object.
public sealed class PronounAntecedentTests
{
    // The headline's people are mentions before the first word of the body: a pronoun with nobody else to take
    // reaches them (an import of generated wire copy once stopped here, on a surname the catalogue knew).
    [Theory]
    [InlineData("Mill cuts the night shift, Salo responds")]
    [InlineData("Salo's union warns on the night shift")]
    public void A_pronoun_with_only_the_headlines_person_before_it_takes_that_person(string title)
    {
        var reference = ReferenceData.Catalogue;
        var catalogue = CompiledCatalogue.Compile(new ExtractionCatalogue(
            [.. reference.Actors, new KnownActor("Kerttu Salo", ActorKind.Person, [])], reference.Topics));
        var body = "The mill employs 400 people.\n\n“We cannot keep the night shift,” she said.";

        var quote = new QuoteExtractor().Extract(body, catalogue, title).Quotes.Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Kerttu Salo");
    }

    // A sentence naming nobody whose subject is a title speaks of that title's holder; the pronoun after it is theirs,
    // not the person named last.
    [Theory]
    [InlineData("After the vote, the 58-year-old secretary walked back to the dredging map.")]
    [InlineData("The harbour secretary then turned to the budget.")]
    public void A_pronoun_after_a_sentence_about_a_title_takes_its_holder(string sentence)
    {
        var body = "Harbour Secretary Tomas Brandt defended the dredging plan before the council on Tuesday.\n\n"
            + "“The secretary has done in a year what the board put off for a decade,” said Councillor Jon Berg, a critic of the plan.\n\n"
            + sentence + "\n\n"
            + "“The dredging goes ahead whatever the council decides,” he said.";

        Extractor.Single(Extractor.Direct(body), "The dredging goes ahead").Speaker!.Name.Should().Be("Tomas Brandt");
    }

    [Fact]
    public void A_title_nobody_in_the_article_holds_leaves_the_pronoun_to_the_person_named()
    {
        var body = "The council met on Tuesday. Councillor Jon Berg said the dredging plan was far too costly for the town.\n\n"
            + "The harbour secretary then turned to the budget.\n\n"
            + "“The dredging goes ahead whatever the council decides,” he said.";

        Extractor.Single(Extractor.Direct(body), "The dredging goes ahead").Speaker!.Name.Should().EndWith("Jon Berg");
    }

    // A woman the text calls a woman ("Ms") but who stands aside in the sentence (an owner inside it, after a preposition,
    // in a relative clause) does not take "she" from its subject, whose first name tells no gender.
    [Theory]
    [InlineData("Councillor Oddny Varr voted for the plan after Ms. Berg's amendment on the pier was adopted.")]
    [InlineData("Councillor Oddny Varr visited the pier on Monday together with Ms. Berg.")]
    [InlineData("Councillor Oddny Varr, who received a petition from Ms. Berg on the steps, said little.")]
    public void She_is_the_subject_not_a_woman_standing_aside_in_the_sentence(string sentence)
    {
        var body = "“The pier is our town's front door,” said Ms. Petra Berg, the harbour campaigner.\n\n"
            + sentence + " She said the pier would be “repaired before the summer storms arrive”.";

        Extractor.Single(Extractor.Direct(body), "repaired before").Speaker!.Name.Should().Be("Oddny Varr");
    }

    [Fact]
    public void She_is_the_woman_the_text_calls_a_woman_when_she_is_the_object_not_an_owner()
    {
        var body = "“The pier is our town's front door,” said Councillor Oddny Varr.\n\n"
            + "Councillor Oddny Varr met Ms. Petra Berg on Monday. She said the pier would be “repaired before the summer storms arrive”.";

        Extractor.Single(Extractor.Direct(body), "repaired before").Speaker!.Name.Should().Be("Petra Berg");
    }

    [Fact]
    public void She_never_takes_a_man_named_by_his_title()
    {
        var body = "Mr Arvo Lindqvist met Ms Kerttu Salo at the mill on Monday.\n\n"
            + "Mr Lindqvist toured the drying sheds.\n\n"
            + "“We cannot keep the night shift,” she said.";

        Extractor.Direct(body).Should().ContainSingle().Subject.Speaker!.Name.Should().Be("Kerttu Salo");
    }

    [Fact]
    public void A_person_named_only_inside_a_quotation_is_not_the_speaker()
    {
        var body = "Mayor Tobias Renn opened the budget debate on Tuesday.\n\n"
            + "“Mr Fallon can count, but not to ten,” he said.";

        Extractor.Direct(body).Should().ContainSingle().Subject.Speaker!.Name.Should().Be("Tobias Renn");
    }

    [Fact]
    public void A_sentence_about_someone_else_with_the_pronoun_as_subject_continues_the_chain()
    {
        var body = "Senator Tobias Renn spoke after lunch. Senator Piet Voss had left early.\n\n"
            + "Renn was in no mood to compromise. He mocked Voss's figures.\n\n"
            + "“These sums were done on a napkin,” he said.";

        Extractor.Direct(body).Should().ContainSingle().Subject.Speaker!.Name.Should().Be("Tobias Renn");
    }

    [Fact]
    public void An_owner_is_not_the_subject_of_the_sentence()
    {
        var body = "Mayor Tobias Renn won the vote in March.\n\n"
            + "Renn's deputy, Senator Greta Holm, has been critical of the port deal.\n\n"
            + "“The contract was rushed,” she said.";

        Extractor.Direct(body).Should().ContainSingle().Subject.Speaker!.Name.Should().Be("Greta Holm");
    }

    [Fact]
    public void Of_two_men_in_one_sentence_he_prefers_the_one_who_spoke_last()
    {
        var body = "Harbour chief Jonas Brekke said the cranes would be replaced next year.\n\n"
            + "Asked about claims by union leader Karl Moe, who wants the old cranes repaired, Brekke smiled.\n\n"
            + "“Mr Moe has his view. The cranes are forty years old,” he said.";

        Extractor.Direct(body).Should().ContainSingle().Subject.Speaker!.Name.Should().Be("Jonas Brekke");
    }

    [Fact]
    public void He_after_an_unnamed_source_is_that_source_not_a_man_named_further_back()
    {
        var body = "Harbour master Kazimir Drobny closed the northern pier on Friday.\n\n"
            + "A senior port engineer said the damage was worse than reported. He added: “The cranes on that side are unsafe.”";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;
        quote.Speaker.Should().BeNull();
        quote.Rule.Should().EndWith("+pronoun-unnamed");
    }

    [Fact]
    public void An_unnamed_source_who_gives_a_name_is_that_person()
    {
        var body = "Harbour master Kazimir Drobny closed the northern pier on Friday.\n\n"
            + "A fisherman who gave his name only as Teodor Valk said the pier had been unsafe for years.\n\n"
            + "“We told them every winter,” he said.";

        Extractor.Direct(body).Should().ContainSingle().Subject.Speaker!.Name.Should().Be("Teodor Valk");
    }

    [Fact]
    public void He_is_never_the_man_his_own_quotation_names()
    {
        var body = "Harbour master Ivo Brandt met the delegation on Monday. Asked about remarks by councillor Petter Lund, "
            + "who called for the port to close, Brandt shrugged.\n\n“Mr Lund is entitled to his view. The port stays open,” he said.";

        Extractor.Direct(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Ivo Brandt");
    }

    [Fact]
    public void A_surname_two_people_share_in_the_quotation_rules_out_neither()
    {
        var body = "Minister Anna Berg spoke first. Hours later, Gen. Tomas Berg told reporters the army needed recruits.\n\n"
            + "Asked about the general's remarks, Anna Berg said she respected him.\n\n"
            + "“Gen. Berg knows the front better than anyone. But the policy is set by parliament,” she said.";

        Extractor.Direct(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Anna Berg");
    }

    [Theory]
    [InlineData("The opposition leader, Mark Hill, criticised the budget. The plan drew on a proposal by former minister James Cole.")]
    [InlineData("The opposition leader, Mark Hill, criticised the budget. Analysts said the plan drew on a proposal by former minister James Cole.")]
    public void He_after_a_sentence_naming_a_man_only_after_a_preposition_is_the_subject_before(string before)
    {
        var body = before + " “This budget is a disgrace and the country knows it,” he said.";

        Extractor.Direct(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Mark Hill");
    }

    [Fact]
    public void He_after_a_sentence_whose_subject_is_a_man_is_that_man()
    {
        var body = "The opposition leader, Mark Hill, criticised the budget. Former minister James Cole defended the plan. "
            + "“This budget is the best the country has had in years,” he said.";

        Extractor.Direct(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("James Cole");
    }

    [Fact]
    public void Analysts_opening_a_sentence_are_no_antecedent_for_he()
    {
        var body = "The opposition leader, Mark Hill, criticised the budget. Analysts said the plan would cut spending.\n\n"
            + "“This budget is a disgrace and the country knows it,” he said.";

        Extractor.Single(Extractor.Direct(body), "This budget").Speaker!.Name.Should().Be("Mark Hill");
    }

    [Fact]
    public void A_time_word_opening_a_sentence_is_no_person()
    {
        var result = Extractor.Run("Minister Anna Berg spoke first. Hours later, Gen. Tomas Berg told reporters the army needed recruits.");

        result.People.Select(p => p.Name).Should().NotContain("Hours");
    }

    [Fact]
    public void He_after_a_subject_who_went_further_than_the_last_speaker_is_the_subject()
    {
        var body = "Opposition leader Tom Hale backed the levy, but said it arrived “two budgets after it was needed”.\n\n"
            + "Rhys Morton, the party's fisheries spokesman, was sharper than Mr Hale on Friday. "
            + "“Whoever fuels those trawlers shares the blame for the empty nets,” he said.";

        Extractor.Single(Extractor.Direct(body), "Whoever fuels those trawlers").Speaker!.Name.Should().Be("Rhys Morton");
    }

    [Fact]
    public void He_after_an_opening_clause_naming_someone_after_by_is_the_main_subject()
    {
        var body = "Prosecutor Anna Visser said the invoices told the whole story.\n\n"
            + "Questioned by the presiding judge, Karl Moe, about the missing invoices, Jonas Brekke shrugged.\n\n"
            + "“My clients paid on time. What they did with the engines was their business,” he said.";

        Extractor.Direct(body).Should().ContainSingle().Subject.Speaker!.Name.Should().Be("Jonas Brekke");
    }

    // "… as she wrote on X. Quist, who …": the platform ends the sentence, so its subject is the pronoun's antecedent.
    [Fact]
    public void After_a_post_on_X_the_next_sentences_subject_takes_the_pronoun()
    {
        var body = "Foreign Minister Ada Quist said the vote was illegal.\n\n"
            + "Marta Lindqvist welcomed the decision, as she wrote on X. Quist, who met her later, went further.\n\n"
            + "“We asked for these patrols in March,” she said.";

        Extractor.Direct(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Ada Quist");
    }

    // A man named inside a relative clause about the subject is not the subject, though he spoke last.
    [Fact]
    public void A_person_inside_a_relative_clause_is_not_the_subject_the_pronoun_takes()
    {
        var body = "Government spokesman Colonel Tomas Brandt accused the press of helping the smugglers.\n\n"
            + "Jon Berg, whose drivers' union met Colonel Brandt on Friday, was blunter.\n\n"
            + "“Our lorries run with guards on every side,” he said.";

        Extractor.Single(Extractor.Direct(body), "Our lorries").Speaker!.Name.Should().Be("Jon Berg");
    }

    // Names in a relative clause about a described speaker ("The former trader, who ran … Halden Fortis,") are
    // nobody's name for it, and a name after "of" is no antecedent even when an acronym opens it.
    [Fact]
    public void A_relative_clause_lends_its_names_to_nobody()
    {
        var body = "Ada Quist, the chief executive of the depository, said it had been sued a hundred times.\n\n"
            + "The former trader, who ran the bond desk at HBF Halden Fortis before joining the depository, said investors were watching.\n\n"
            + "“If savings are safe only until the council changes course, they will leave,” she said.";

        var result = Extractor.Run(body);

        Extractor.Single(result.Quotes, "If savings are safe").Speaker!.Name.Should().Be("Ada Quist");
        result.Quotes.Should().NotContain(q => q.Speaker != null && q.Speaker.Name == "Halden Fortis");
    }

    // A sentence naming nobody whose subject is someone described, not named, speaks of that unnamed source: the pronoun
    // after it is nobody's name, not the person named further back.
    [Theory]
    [InlineData("An energy analyst at a policy institute in the capital was sceptical about the quay.", "she")]
    [InlineData("A retired dock worker in the old town shook his head at the plans.", "he")]
    [InlineData("One of them waved at the tariff table pinned by the gate.", "he")]
    public void A_pronoun_after_a_sentence_about_an_unnamed_person_is_that_unnamed_source(string sentence, string pronoun)
    {
        var body = "Harbour Secretary Maren Tollefsen-Brun and her deputy, Ivo Sandvik-Rael, opened the new quay on Tuesday.\n\n"
            + "“The quay will pay for itself within ten years,” Tollefsen-Brun said.\n\n"
            + sentence + " “Without a second crane the quay is a very expensive car park,” " + pronoun + " said.";

        var quote = Extractor.Single(Extractor.Direct(body), "Without a second crane");

        quote.Speaker.Should().BeNull();
    }

    [Fact]
    public void A_pronoun_after_an_unnamed_person_who_gave_a_first_name_is_that_name()
    {
        var body = "Harbour Secretary Maren Tollefsen-Brun opened the new quay on Tuesday.\n\n"
            + "A net mender who would give just her first name, Siri, said the stalls had moved twice.\n\n"
            + "“Without a second crane the quay is a very expensive car park,” she said.";

        Extractor.Single(Extractor.Direct(body), "Without a second crane").Speaker!.Name.Should().Be("Siri");
    }
    // The one quoted last is the object of a sentence that another man, named in full, opens: "he" is that subject;
    // but a person given the floor ("asked", "let … finish") answers next, and "and" makes two subjects.
    [Theory]
    [InlineData("Harbour Minister Ivo Lund thanked Tom Berg for his work on the ferry board.", "Ivo Lund")]
    [InlineData("Harbour Minister Ivo Lund asked Tom Berg whether the board would meet again.", "Tom Berg")]
    [InlineData("Harbour Minister Ivo Lund and Tom Berg met the ferry crews on Friday.", "Tom Berg")]
    public void He_after_a_sentence_whose_subject_is_named_in_full_is_that_subject_not_its_object(string sentence, string speaker)
    {
        var body = "“The ferries will run to the islands every day this winter,” said Tom Berg, who chairs the ferry board.\n\n"
            + sentence + " He said the new timetable would be published on Monday.";

        Extractor.Single(Extractor.Indirect(body), "the new timetable").Speaker!.Name.Should().Be(speaker);
    }

    // A question put to someone, then a reply: the one asked replies, not the one asking nor the one quoted last. "She
    // said" answers a question that follows the name ("asked Berg whether …"); after "questioned Berg about the cost" it
    // may be the one asking going on. "asked … to" is a request; "asked Ms. Berg's office" asks no woman.
    [Theory]
    [InlineData("Ms. Holm then asked Councillor Berg whether the ferries would run at night. She replied", "Ada Berg")]
    [InlineData("Ms. Holm pressed Ms. Berg on the cost. She conceded", "Ada Berg")]
    [InlineData("Ms. Holm asked Councillor Berg whether the ferries would run at night. She said", "Ada Berg")]
    [InlineData("Ms. Holm questioned Ms. Berg about the cost. She said", "Greta Holm")]
    [InlineData("Ms. Holm asked Ms. Berg to publish the cost. She replied", "Greta Holm")]
    [InlineData("Ms. Holm asked Ms. Berg's office for the cost. She replied", "Greta Holm")]
    public void She_who_replies_after_a_question_is_the_one_asked(string sentences, string speaker)
    {
        var body = "Councillor Ada Berg said the harbour budget was settled.\n\n"
            + "Greta Holm, who leads the opposition, disagreed. “The budget leaves out the ferries,” Ms. Holm said.\n\n"
            + sentences + " that the night ferries would cost less than the council feared.";

        Extractor.Single(Extractor.Indirect(body), "the night ferries").Speaker!.Name.Should().Be(speaker);
    }

    // "She said her embassy would …": of two women in the sentence before, the one who holds a post in an embassy;
    // "his company" the executive. When neither or both hold one, the subject stays the better guess.
    [Theory]
    [InlineData("Harbour Minister Greta Holm met Ambassador Ada Berg on Monday. She said her embassy", "Ada Berg")]
    [InlineData("Harbour Minister Greta Holm met Ada Berg, the chief executive of Nordport, on Monday. She said her company", "Ada Berg")]
    [InlineData("Harbour Minister Greta Holm met Ada Berg, a ferry captain, on Monday. She said her company", "Greta Holm")]
    public void She_who_speaks_of_her_institution_holds_a_post_in_it(string sentences, string speaker)
    {
        var body = "The harbour budget was settled on Friday.\n\n"
            + "“The budget leaves out the ferries,” Greta Holm said.\n\n"
            + sentences + " would pay for the night ferries until March.";

        Extractor.Single(Extractor.Indirect(body), "her ").Speaker!.Name.Should().Be(speaker);
    }
}
