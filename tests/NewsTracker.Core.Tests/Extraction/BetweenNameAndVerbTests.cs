namespace NewsTracker.Core.Tests.Extraction;

// Issue 8: what news copy puts between a speaker's name and the speech verb — a party bracket with a dotted state, a
// bare party letter, a bracket followed by an appositive, the day, the statement the words were written in — is read past, not taken for the speaker.
public sealed class BetweenNameAndVerbTests
{
    [Theory]
    [InlineData("Senate Whip Carl Dunmore (R-N.D.) said in a floor speech that the tariffs were modest and overdue.", "Carl Dunmore")]
    [InlineData("Iowa Gov. Ruth Ellery (R) said the farm plan was a slogan with a price tag.", "Ruth Ellery")]
    [InlineData("Rep. Nora Quade (D-Vt.), the bill's author, said the levy would fall on shippers first.", "Nora Quade")]
    [InlineData("Trade Minister Arun Mehta on Friday said that the rice exports would resume within a month.", "Arun Mehta")]
    [InlineData("Rep. Theo Banner (D-Ore.), who chairs the panel, said the governor was playing politics with the harbour.", "Theo Banner")]
    [InlineData("Sixty miles away in Dover, Gov. Ruth Ellery, who chairs the compact, said the farm plan was a slogan.", "Ruth Ellery")]
    [InlineData("Three weeks later, Gov. Ruth Ellery said the farm plan was a slogan.", "Ruth Ellery")]
    [InlineData("The petition was drafted by Gov. Anne Holt, a Republican, who told reporters that the ferry fares had doubled.", "Anne Holt")]
    [InlineData("The Harbour Authority in its statement noted that the quays would close for repairs in May.", "Harbour Authority")]
    [InlineData("Ada Quist in a separate letter on Friday said that the ferry fares had doubled since March.", "Ada Quist")]
    [InlineData("The Ministry of Ports in a statement said that the quays would close for repairs in May.", "Ministry of Ports")]
    [InlineData("Ada Quist in an interview with our newspaper said that the ferry fares had doubled since March.", "Ada Quist")]
    [InlineData("Ada Quist in comments to reporters said that the ferry fares had doubled since March.", "Ada Quist")]
    [InlineData("Ada Quist in an interview with Harbour Radio said that the ferry fares had doubled since March.", "Ada Quist")]
    [InlineData("Member of parliament from the opposition Ada Quist said that the ferry fares had doubled since March.", "Ada Quist")]
    [InlineData("Head of the harbour office from the northern district Ivo Lund said that the ferry fares had doubled since March.", "Ivo Lund")]
    public void The_speaker_is_the_name_before_the_tag(string body, string speaker)
    {
        Extractor.Indirect(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be(speaker);
    }

    // "likewise", "moreover", "similarly" between the subject and the verb are no part of the speaker.
    [Fact]
    public void An_adverb_before_the_verb_is_not_part_of_the_speaker()
    {
        var quote = Extractor.Indirect("The harbour ministry likewise informed that the quays would close for repairs in May.")
            .Should().ContainSingle().Subject;

        quote.SpeakerAsWritten.Should().Be("The harbour ministry");
    }

    [Fact]
    public void A_dotted_state_inside_a_bracket_does_not_end_the_sentence()
    {
        var quote = Extractor.Direct("“The tariffs are modest, overdue and temporary,” Sen. Carl Dunmore (R-N.D.) said in a floor speech.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Carl Dunmore");
    }

    // Content first, then "NAME said, warning that …": the participle speaks for the attribution's speaker, not for
    // the sentence's subject ("Freedonia's only refinery"), and so does a fragment quoted inside it.
    [Fact]
    public void A_participle_after_a_content_first_attribution_speaks_for_its_speaker()
    {
        var body = "HARBOURTOWN – The northern ferry line will halt for the winter, Transport Minister Ada Quist"
            + " announced on Tuesday, adding that the spare boats could sail \"for six weeks at most, and only by day\".";

        var result = Extractor.Run(body);

        result.Quotes.Should().HaveCount(3).And.OnlyContain(q => q.Speaker != null && q.Speaker.Name == "Ada Quist");
    }

    // "for what he called …": the fragment is the clause subject's, here the same pronoun, never the object "Freedonia".
    [Fact]
    public void What_he_called_speaks_for_the_pronoun_that_opens_the_clause()
    {
        var body = "Harbour Minister Jon Berg spoke after the vote on Monday. He thanked the dockers for what he called"
            + " \"a small victory of patience over pride\".";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Jon Berg");
    }

    // "in what the Freedonian embassy called …": "what" opens the clause; its subject, the embassy, speaks, not a body
    // "what the Freedonian embassy".
    [Fact]
    public void What_a_body_called_speaks_for_the_body_after_what()
    {
        var body = "The Freedonian ferry was turned back at the quay on Monday in what the Freedonian embassy called"
            + " \"a routine check of papers\".";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        (quote.Speaker?.Name).Should().Be("Freedonian embassy");
    }
    // A newsletter's section label before a colon ("The Riga view:") is no part of the subject an appositive follows.
    [Fact]
    public void A_label_before_a_colon_leaves_the_subject_with_its_appositive_to_speak()
    {
        var body = "The Riga view: Deputy Trade Minister Edgars Kalnins, visiting for a customs summit, told Baltic Ledger that the new listings "
            + "would \u201cleave small exporters with nowhere to bank\u201d.\n\n\u201cWe shut the route already,\u201d he said.";

        var result = Extractor.Run(body);

        Extractor.Single(Extractor.Indirect(body), "the new listings").Speaker!.Name.Should().Be("Edgars Kalnins");
        result.Quotes.Should().HaveCount(3).And.OnlyContain(q => q.Speaker!.Name == "Edgars Kalnins");
    }

    // American copy puts the comma inside the marks of a programme's title; the closing mark opens no name.
    [Theory]
    [InlineData("On Nordvision's \"Face the Harbour,\" Ines Kallberg, a former envoy to the Nordic Council, said the ferry talks were further along than anyone admitted.", "Ines Kallberg")]
    [InlineData("On the \"Harbour Report,\" Sen. Odell Pratt (R-Maine), a senior member of the fisheries panel, said the quota deal would not survive the winter.", "Odell Pratt")]
    public void A_programme_title_before_the_name_leaves_the_name_to_speak(string sentence, string speaker)
    {
        Extractor.Indirect(sentence).Should().ContainSingle().Which.Speaker!.Name.Should().Be(speaker);
    }

    // "saying" with no comma before it speaks for the clause's subject, not for the places or the day just before it.
    [Theory]
    [InlineData("Gov. Ada Quist returned from a week in Oslo and Bergen on Monday saying buyers were ready to sign for the gas.", "Ada Quist")]
    [InlineData("Gov. Ada Quist came home from Oslo saying buyers were ready to sign for the gas.", "Ada Quist")]
    public void Saying_after_a_clause_speaks_for_its_subject(string sentence, string speaker)
    {
        Extractor.Indirect(sentence).Should().ContainSingle().Which.Speaker!.Name.Should().Be(speaker);
    }
}
