using NewsTracker.Core.Actors;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Extraction.Sieves;
using static NewsTracker.Core.Tests.Extraction.Sieves.SieveText;

namespace NewsTracker.Core.Tests.Extraction.Sieves;

// The pronoun sieves: nearest compatible person, the one name mentioned, the organisation quoted, unresolved, first person.
public sealed class PronounSieveTests
{
    private const string Text = "Port director Maria Quist met Captain Peter Brandt at the docks on Tuesday.\n\nThe cranes were old.";

    [Fact]
    public void Pronoun_takes_the_nearest_confirmed_person_of_its_gender()
    {
        var context = Speaker(Text, Pronoun("she"));
        Confirm(context, "Maria Quist", "Peter Brandt");

        new PronounSieve().Try(context)!.Speaker!.Name.Should().Be("Maria Quist");
        new PronounSieve().Try(Confirmed(Text, Pronoun("he"), "Peter Brandt"))!.Speaker!.Name.Should().Be("Peter Brandt");
    }

    [Fact]
    public void Pronoun_leaves_it_and_unconfirmed_people_alone()
    {
        new PronounSieve().Try(Unconfirmed(Text, Pronoun("she"))).Should().BeNull("nobody was clearly introduced");
        new PronounSieve().Try(Speaker(Text, Pronoun("it"))).Should().BeNull();
    }

    [Fact]
    public void Pronoun_weak_takes_the_only_compatible_name_mentioned_and_yields_to_a_confirmed_one()
    {
        var oneWoman = "Port director Maria Quist visited the docks on Tuesday.\n\nThe cranes were old.";

        new PronounWeakSieve().Try(Unconfirmed(oneWoman, Pronoun("she")))!.Speaker!.Name.Should().Be("Maria Quist");
        SieveOrder.Resolve(Confirmed(oneWoman, Pronoun("she"), "Maria Quist")).Resolution.Should().Be(PronounSieve.Rule);
        new PronounWeakSieve().Try(Speaker("The cranes were old.", Pronoun("she"))).Should().BeNull();
    }

    [Fact]
    public void Pronoun_organisation_takes_the_organisation_quoted_before()
    {
        var context = Speaker(Text, Pronoun("it"));
        context.Memory.Organisations.Add((1, new ExtractedSpeaker("Harbour Ministry", ActorKind.Organisation, null, null)));

        new PronounOrganisationSieve().Try(context)!.Speaker!.Name.Should().Be("Harbour Ministry");
        new PronounOrganisationSieve().Try(Speaker(Text, Pronoun("it"))).Should().BeNull("no organisation was quoted");
        new PronounOrganisationSieve().Try(Speaker(Text, Pronoun("she"))).Should().BeNull();
    }

    [Fact]
    public void Unresolved_and_first_person_settle_what_is_left()
    {
        SieveOrder.Resolve(Speaker("The cranes were old.", Pronoun("he"))).Resolution.Should().Be(PronounUnresolvedSieve.Rule);
        SieveOrder.Resolve(Speaker("The cranes were old.", Pronoun("we"))).Resolution.Should().Be(PronounFirstPersonSieve.Rule);
        new PronounUnresolvedSieve().Try(Speaker(Text, Pronoun("we"))).Should().BeNull();
        new PronounFirstPersonSieve().Try(Speaker(Text, Pronoun("she"))).Should().BeNull();
    }

    [Fact]
    public void Pronoun_unnamed_takes_an_unnamed_source_that_spoke_after_the_nearest_person()
    {
        var text = "Captain Peter Brandt inspected the docks on Tuesday.\n\nA harbour official said the cranes were old.\n\nThe quay was shut.";
        var context = UnnamedSpoke(text, "he", "A harbour official");

        var resolved = new PronounUnnamedSieve().Try(context)!;

        resolved.Speaker.Should().BeNull("the official is not named");
        resolved.Resolution.Should().Be(PronounUnnamedSieve.Rule);
        SieveOrder.Resolve(UnnamedSpoke(text, "he", "A harbour official")).Resolution.Should().Be(PronounUnnamedSieve.Rule);
    }

    [Fact]
    public void Pronoun_unnamed_yields_to_a_person_named_later_or_of_the_pronouns_gender()
    {
        var later = "A harbour official said the cranes were old.\n\nCaptain Peter Brandt inspected the docks on Tuesday.\n\nThe quay was shut.";
        var earlier = "Captain Peter Brandt inspected the docks on Tuesday.\n\nA harbour spokeswoman said the cranes were old.\n\nThe quay was shut.";

        new PronounUnnamedSieve().Try(UnnamedSpoke(later, "he", "A harbour official")).Should().BeNull("Brandt was named after the official spoke");
        new PronounUnnamedSieve().Try(UnnamedSpoke(earlier, "he", "A harbour spokeswoman")).Should().BeNull("a spokeswoman is not he");
        new PronounUnnamedSieve().Try(UnnamedSpoke(earlier, "she", "A harbour spokeswoman"))!.Resolution.Should().Be(PronounUnnamedSieve.Rule);
        new PronounUnnamedSieve().Try(Speaker(earlier, Pronoun("he"))).Should().BeNull("no unnamed source spoke");
    }

    [Fact]
    public void Only_a_description_of_one_person_is_remembered_as_an_unnamed_source()
    {
        var text = "Captain Peter Brandt inspected the docks on Tuesday.\n\nHarbour officials said the cranes were old.\n\nThe quay was shut.";

        new PronounUnnamedSieve().Try(UnnamedSpoke(text, "he", "Harbour officials")).Should().BeNull("officials are not he");
    }

    // The text's unnamed source (the words before its "said") spoke, as attribution would have recorded it.
    private static SpeakerContext UnnamedSpoke(string text, string pronoun, string description)
    {
        var context = Speaker(text, Pronoun(pronoun));
        var a = context.Analysis;
        var said = Enumerable.Range(0, a.Tokens.Count).First(k => a.Tokens[k].Is(a.Text, "said"));
        var phrase = Anonymous(description) with { StartToken = said - description.Split(' ').Length, EndToken = said };
        context.Memory.RememberUnnamed(phrase, said);
        return context;
    }

    // As if the article had only mentioned its people in passing.
    private static SpeakerContext Unconfirmed(string text, SpeakerPhrase phrase)
    {
        var context = Speaker(text, phrase);
        foreach (var person in context.Analysis.People.People)
        {
            person.Confirmed = false;
        }

        return context;
    }

    private static SpeakerContext Confirmed(string text, SpeakerPhrase phrase, params string[] names)
    {
        var context = Speaker(text, phrase);
        Confirm(context, names);
        return context;
    }

    // As if the article had clearly introduced (or quoted) these people, and only these.
    private static void Confirm(SpeakerContext context, params string[] names)
    {
        foreach (var person in context.Analysis.People.People)
        {
            person.Confirmed = names.Contains(person.Name);
        }
    }

    // "they" after an unnamed group that spoke since the organisation is that group: nobody by name.
    [Theory]
    [InlineData("Rescue workers said at least four people had been killed. ", null)]
    [InlineData("", "Harbour Front")]
    public void They_after_a_group_that_spoke_since_the_organisation_is_that_group(string between, string? speaker)
    {
        var body = "The Harbour Front said the convoy had carried weapons for the army.\n\n" + between
            + "They said the toll was likely to rise over the coming days.";

        (Extractor.Single(Extractor.Indirect(body), "the toll was likely").Speaker?.Name).Should().Be(speaker);
    }

    // "it" with no organisation quoted before: the organisation the sentence before opened on, not a thing named later.
    [Fact]
    public void It_with_no_organisation_quoted_is_the_one_the_sentence_before_opened_on()
    {
        var body = "The Harbour Front claimed responsibility for the attack on the convoy on Tuesday. "
            + "It said the trucks had carried weapons for the army.";

        Extractor.Single(Extractor.Indirect(body), "the trucks had carried").Speaker!.Name.Should().Be("Harbour Front");
    }

    // A press review: "Its editorial" is the paper the sentence before opened on, never one quoted further back.
    [Fact]
    public void Its_editorial_is_the_paper_the_sentence_before_opened_on()
    {
        var body = "The Harbour Courier said the cut was a mistake that the port would regret for years.\n\n"
            + "The conservative Nordposten warned of a crisis. Its editorial said the cut was the worst blow to the port in decades.\n\n"
            + "Freedonia's Le Phare went further. Its editorial warned that the new berths would stand empty by the winter.";

        var quotes = Extractor.Indirect(body);

        Extractor.Single(quotes, "the cut was the worst blow").Speaker!.Name.Should().Be("Nordposten");
        Extractor.Single(quotes, "the new berths would stand").Speaker?.Name.Should().NotBe("Nordposten").And.NotBe("Harbour Courier");
    }

    // "The envoy left on Wednesday. Before boarding, he told …": a short opening phrase that names nobody does not hide the
    // sentence before, whose title subject the pronoun stands for rather than the person named further back.
    [Fact]
    public void A_pronoun_after_an_opening_phrase_stands_for_the_title_subject_of_the_sentence_before()
    {
        var body = "Harbour Envoy Ivo Lund met the mayor in Nordvik. His spokesman, Tomas Brandt, said the talks had gone well.\n\n"
            + "The envoy left for the capital on Wednesday. Before boarding, he told reporters that the ferries would run \"by spring at the latest\".";

        Extractor.Single(Extractor.Indirect(body), "the ferries would run").Speaker!.Name.Should().Be("Ivo Lund");
    }

    // An unnamed source spoke, then the sentence right before the quotation has a title as its subject: the pronoun is
    // that title's holder, the newer subject, not the unnamed source.
    [Fact]
    public void A_title_subject_right_before_the_quotation_wins_over_an_unnamed_source_that_spoke_earlier()
    {
        var body = "Harbour Minister Ivo Lund met the mayors of the coast on Monday.\n\n"
            + "A port officer, who could not be named, said the coast had about 40 patrol boats.\n\n"
            + "The minister flies to the capital next week. “Talking is the plan, and the only one,” he said.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Ivo Lund");
        quote.Rule.Should().EndWith(PronounDescribedSubjectSieve.Rule);
    }

    // An obituary's "The admiral rarely spoke of it. In one interview, he said …": the chain of "he" goes back to the title
    // subject that opened it, not to the last man named before.
    [Theory]
    [InlineData("In a 2004 interview, he said the quay had burned twice.", "Ivo Lund")]
    [InlineData("He retired in 1996. In a 2004 interview, he said the quay had burned twice.", "Ivo Lund")]
    [InlineData("Brandt disagreed. In a 2004 interview, he said the quay had burned twice.", "Tomas Brandt")]
    public void A_chain_of_the_same_pronoun_leads_back_to_the_title_subject(string chain, string speaker)
    {
        var body = "Admiral Ivo Lund, who led the first convoy to the islands in 1990, has died aged 81.\n\n"
            + "Captain Tomas Brandt succeeded him in 1994 and now runs the veterans' fund.\n\n"
            + "The admiral rarely spoke about the convoy in public. " + chain
            + "\n\n“A harbour is a promise that someone will come,” he told the paper.";

        var quote = Extractor.Single(Extractor.Direct(body), "A harbour is a promise");

        quote.Speaker!.Name.Should().Be(speaker);
    }

    // A village opening the sentence after "In" is a place: no "he" refers back to it, however its name reads.
    [Theory]
    [InlineData("In Nueva Castaña, the harbour has been quiet for a week.")]
    [InlineData("The harbour in Nueva Castaña has been quiet for a week.")]
    public void A_place_name_is_no_antecedent(string sentence)
    {
        var quote = Extractor.Direct(sentence + " “Nobody fishes in this wind,” he said.").Should().ContainSingle().Subject;

        quote.Speaker.Should().BeNull();
    }

    // A man named after "beside" is no subject: "he" in the next sentence is the one who sat there.
    [Fact]
    public void A_pronoun_passes_over_a_person_named_after_a_preposition()
    {
        var body = "“The quay needs cranes, not speeches,” Councillor Ivo Lund said.\n\n"
            + "Councillor Tomas Brandt keeps an office beside Mr. Lund at the town hall. He said the board should stop \"trading ferry routes for votes\".";

        Extractor.Single(Extractor.Indirect(body), "the board should stop").Speaker!.Name.Should().Be("Tomas Brandt");
    }
}
