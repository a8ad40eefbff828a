namespace NewsTracker.Core.Tests.Extraction;

// Issue 8: "the Commission president said" after the article tied one person to that institution and that title,
// before the name or in an appositive after it; nobody when two people hold it or nobody was tied to it.
public sealed class OfficeBackReferenceTests
{
    private const string Between = "Farm ministers from six countries left the meeting before lunch.\n\n";

    [Theory]
    [InlineData("European Commission President Ana Lindqvist met farm ministers in Brussels on Tuesday.", "the Commission president said")]
    [InlineData("Ana Lindqvist, president of the European Commission, met farm ministers in Brussels on Tuesday.", "the Commission president said")]
    [InlineData("European Commission President Ana Lindqvist met farm ministers in Brussels on Tuesday.", "the Commission chief added")]
    [InlineData("Ana Lindqvist, the head of the Commission, met farm ministers in Brussels on Tuesday.", "the Commission chief added")]
    [InlineData("The president of the European Commission, Dr. Ana Lindqvist, met farm ministers in Brussels on Tuesday.", "the Commission president said")]
    [InlineData("European Commission President Ana Lindqvist met farm ministers in Brussels on Tuesday.", "the president of the Commission said")]
    [InlineData("European Commission President Ana Lindqvist met farm ministers in Brussels on Tuesday.", "the EU chief said")]
    [InlineData("European Commission President Ana Lindqvist met farm ministers in Brussels on Tuesday.", "said the president of the Commission")]
    [InlineData("Ana Lindqvist, president of the European Commission, met farm ministers in Brussels on Tuesday.", "said the head of the Commission")]
    public void The_institution_and_title_find_the_one_person_tied_to_both(string introduction, string attribution)
    {
        var quote = Extractor.Direct($"{introduction}\n\n{Between}“We will not reopen the budget this year,” {attribution}.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Ana Lindqvist", quote.Rule);
    }

    // An institution the catalogue does not know, then a capitalised title, then the name: the holder is still found.
    [Theory]
    [InlineData("Nordbank President Jonas Weller met bankers in Frankfurt on Tuesday.", "the Nordbank president said", "Jonas Weller")]
    [InlineData("IMF Managing Director Clara Dunmore met finance ministers in Washington on Tuesday.", "the IMF head said", "Clara Dunmore")]
    public void The_title_after_an_unknown_institution_ties_the_holder_to_it(string introduction, string attribution, string speaker)
    {
        var quote = Extractor.Direct($"{introduction}\n\n{Between}“We will not cut rates this year,” {attribution}.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be(speaker, quote.Rule);
    }

    // The office ("brigade commander") is the role, but the rank written before the name still finds its holder.
    [Fact]
    public void The_rank_before_a_name_finds_its_holder_beside_another_officer()
    {
        var body = "Commander of the Coastal Forces Lieutenant General Ivo Marsh and brigade commander Colonel Piet Aalders met reporters at the port.\n\n"
            + "“The patrol boats come out at night now,” the colonel said.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Piet Aalders", quote.Rule);
    }

    // After the verb the institution follows the title ("said the president of the Commission") and still picks its holder.
    [Fact]
    public void The_institution_after_the_verb_tells_two_presidents_apart()
    {
        var body = "European Commission President Ana Lindqvist met Council President Omar Feld in Brussels on Tuesday.\n\n" + Between
            + "“We will not reopen the budget this year,” said the president of the Commission.\n\n"
            + "“The spring summit can still settle it,” said the president of the Council.";

        var quotes = Extractor.Direct(body);

        Extractor.Single(quotes, "We will not reopen").Speaker!.Name.Should().Be("Ana Lindqvist");
        Extractor.Single(quotes, "The spring summit").Speaker!.Name.Should().Be("Omar Feld");
    }

    [Fact]
    public void Another_institutions_president_in_the_same_sentence_is_not_the_holder()
    {
        var body = "European Commission President Ana Lindqvist met Council President Omar Feld in Brussels on Tuesday.\n\n" + Between
            + "“We will not reopen the budget this year,” the Commission president said.\n\n"
            + "“The spring summit can still settle it,” the Council president said.";

        var quotes = Extractor.Direct(body);

        Extractor.Single(quotes, "We will not reopen").Speaker!.Name.Should().Be("Ana Lindqvist");
        Extractor.Single(quotes, "The spring summit").Speaker!.Name.Should().Be("Omar Feld");
    }

    [Fact]
    public void Two_people_tied_to_the_office_leave_the_speaker_open()
    {
        var body = "European Commission President Ana Lindqvist and African Union Commission Chairperson Omar Feld held talks in Lisbon on Monday.\n\n"
            + Between + "“We will not reopen the budget this year,” the Commission chief said.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        new[] { "Ana Lindqvist", "Omar Feld" }.Should().NotContain(quote.Speaker?.Name);
    }

    [Fact]
    public void Nobody_tied_to_the_office_leaves_the_speaker_open()
    {
        var body = "Farm minister Ana Lindqvist met her colleagues in Brussels on Tuesday.\n\n"
            + Between + "“We will not reopen the budget this year,” the Commission president said.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker?.Name.Should().NotBe("Ana Lindqvist");
    }

    // Forces' and navies' copy names a service chief by initials after the full title: "the CDS", "the CNS".
    [Theory]
    [InlineData("Chief of Defence Staff, General Ivo Lund-Arre,", "the CDS")]
    [InlineData("The Chief of Naval Staff, Vice-Admiral Ivo Lund-Arre,", "the CNS")]
    public void A_service_chief_is_found_by_the_initials_of_the_title(string introduction, string initials)
    {
        var body = "The new patrol ship joined the fleet at the harbour on Monday.\n\n"
            + introduction + " told the crew that the ship would sail for the northern islands in March.\n\n"
            + "“The sea does not wait for budgets, and neither will we,” " + initials + " said.";

        Extractor.Single(Extractor.Direct(body), "The sea does not wait").Speaker!.Name.Should().Be("Ivo Lund-Arre");
    }

    // "the Chief of Staff" is a post of several words with "of", written in capitals: its holder speaks, no body of that name.
    [Fact]
    public void A_title_of_several_words_with_of_is_its_holder()
    {
        var body = "At the quay on Friday the Harbour Guard's Chief of Staff, Major General Ivo Lund-Arre, told the crews to expect a long winter.\n\n"
            + "“They can read the tides better than any chart we own,” the Chief of Staff said.";

        Extractor.Single(Extractor.Direct(body), "They can read the tides").Speaker!.Name.Should().Be("Ivo Lund-Arre");
    }
    // "His deputy" is someone who serves the man just named, never that man.
    [Fact]
    public void A_post_owned_by_a_pronoun_is_not_the_person_the_pronoun_stands_for()
    {
        var body = "Interior Minister Tarek Osmani said the checkpoints would close at dusk. His deputy said later that the order applied only to lorries.";

        var quote = Extractor.Single(Extractor.Indirect(body), "the order applied");

        quote.Speaker.Should().BeNull();
    }
}
