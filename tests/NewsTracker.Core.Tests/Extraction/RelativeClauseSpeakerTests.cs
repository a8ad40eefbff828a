namespace NewsTracker.Core.Tests.Extraction;

// A relative clause between the speaker and the speech verb describes the speaker: the noun phrase before
// "who" speaks, never a person named inside the clause.
public sealed class RelativeClauseSpeakerTests
{
    private const string Intro = "Harbour master Lena Ostrova opened the new quay in Tromsø on Friday.\n\n";

    [Theory]
    [InlineData("A fisheries inspector who toured the quay said the concrete had cracked twice.", "A fisheries inspector")]
    [InlineData("A fisheries inspector who met Lena Ostrova said the concrete had cracked twice.", "A fisheries inspector")]
    [InlineData("Two engineers who worked on the pier said the concrete had cracked twice.", "Two engineers")]
    [InlineData("The officials that signed off the works said the concrete had cracked twice.", "The officials")]
    public void Reported_speech_belongs_to_the_head_of_the_relative_clause(string sentence, string description)
    {
        var quote = Extractor.Indirect(Intro + sentence).Should().ContainSingle().Subject;

        quote.Speaker.Should().BeNull("an unnamed source speaks, not the harbour master");
        quote.SpeakerAsWritten.Should().Be(description);
    }

    [Fact]
    public void A_direct_quote_belongs_to_the_head_of_the_relative_clause()
    {
        var quote = Extractor.Direct(Intro + "“The cracks were there from the start,” a diver who inspected Ostrova's quay said.")
            .Should().ContainSingle().Subject;

        quote.Speaker.Should().BeNull();
        quote.SpeakerAsWritten.Should().Be("a diver");
    }

    [Fact]
    public void A_named_speaker_keeps_the_name_before_the_relative_clause()
    {
        var body = Intro + "Port engineer Tomas Vik, who oversaw the works for Ostrova, said the concrete had cracked twice.\n\n"
            + "Deputy mayor Ivar Haug who built the pier said the design was to blame.";

        var quotes = Extractor.Indirect(body);

        Extractor.Single(quotes, "the concrete").Speaker!.Name.Should().Be("Tomas Vik");
        Extractor.Single(quotes, "the design").Speaker!.Name.Should().Be("Ivar Haug");
    }

    [Fact]
    public void A_reported_clause_opened_by_that_is_no_relative_clause()
    {
        var quote = Extractor.Indirect(Intro + "Ostrova said that the divers had found nothing.").Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Lena Ostrova");
    }

    // "a net mender who gave her name as Siri": the person described gave a name, and that name speaks, before the verb
    // or after it, the clause bare or between commas.
    [Theory]
    [InlineData("A net mender who gave her name to us only as Siri said the concrete had cracked twice.", "Siri")]
    [InlineData("A crane driver waiting by the gate, who gave his first name as Arvo, said the concrete had cracked twice.", "Arvo")]
    [InlineData("One of the divers, who gave his first name as Pekka, told us the concrete had cracked twice.", "Pekka")]
    [InlineData("A quay worker who posts as Tuula Brek wrote on Facebook that the concrete had cracked twice.", "Tuula Brek")]
    [InlineData("A ferry cook on the quay, who would only give her first name, Signe, said the concrete had cracked twice.", "Signe")]
    [InlineData("A 52-year-old diver from Narva, who gave just his first name, Denys, said the concrete had cracked twice.", "Denys")]
    public void The_name_a_described_person_gave_speaks_for_the_reported_words(string sentence, string name)
    {
        var quote = Extractor.Indirect(Intro + sentence).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be(name);
    }

    [Fact]
    public void The_name_given_after_the_verb_speaks_for_the_direct_quote()
    {
        var quote = Extractor.Direct(Intro + "“The cracks were there from the start,” said a diver who gave his first name as Jouni.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Jouni");
    }

    // The name given with a comma ("who would only give her first name, Signe,") is hers, and "she" after it is that person.
    [Fact]
    public void She_after_a_first_name_given_with_a_comma_is_that_person()
    {
        var body = Intro + "A ferry cook on the quay, who would only give her first name, Signe, said she had not slept at home for a week.\n\n"
            + "“My son still wakes up whenever a crane swings past the window,” she said.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Signe");
    }

    // "Retired colonel …" opens a name with its title, not a participle clause ("Retired in 2019, …").
    [Theory]
    [InlineData("Retired colonel Aino Pell-Rask, who served under him in Kessel, called him “the calmest man on a quay where nobody was calm”.", "Aino Pell-Rask")]
    [InlineData("Retired teacher Ivo Saar, who lives by the quay, said the pier was “the best thing built here in fifty years”.", "Ivo Saar")]
    public void A_retired_title_before_a_name_and_a_relative_clause_keeps_the_name(string sentence, string speaker)
    {
        var quote = Extractor.Direct(Intro + sentence).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be(speaker);
    }

    // "opened by calling …", "responded by saying …": the manner phrase hangs on a verb whose subject speaks.
    [Fact]
    public void A_speaker_before_a_relative_clause_and_a_manner_phrase_speaks()
    {
        var body = Intro + "Rep. Tom Harrow (R-Kan.), who chairs the ports subcommittee, opened by calling the docks at Lund and Vik “a listening post on the busiest shortcut in trade.”";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Tom Harrow");
    }
    // The described person may be placed before "who" ("a nurse at the Hospital of Saint Brigid who gave …"): the name given
    // after it still speaks, and is the "she" that follows.
    [Fact]
    public void A_first_name_given_after_a_place_in_the_description_speaks()
    {
        var body = "\u201cWe slept in the corridors for a week,\u201d said a 34-year-old nurse at the Hospital of Saint Brigid who would give just her first name, Odile. "
            + "She said the generators had failed twice.";

        var result = Extractor.Run(body);

        result.Quotes.Should().HaveCount(2).And.OnlyContain(q => q.Speaker!.Name == "Odile");
    }
}
