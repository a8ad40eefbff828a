using NewsTracker.Core.Extraction;
using NewsTracker.Core.Extraction.Sieves;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Tests.Extraction.Sieves;

// The sieves for a direct quote with no attribution of its own.
public sealed class InheritanceSieveTests
{
    private const string Follow = "“We need new cranes before the winter storms arrive.”";

    public static TheoryData<string, string> Fires => new()
    {
        { SieveConfidence.SameParagraph + "<", "Captain Tomas Brandt spoke at the docks.\n\n“The cranes are finished,” Brandt said. " + Follow },
        { ColonIntroductionSieve.Rule + "+", "Captain Tomas Brandt told reporters at the docks:\n\n" + Follow },
        { ColonIntroductionSieve.Rule + "+", "Captain Tomas Brandt watched from the quay. He spoke to reporters afterwards:\n\n" + Follow },
        { SieveConfidence.PreviousParagraph + "<", "“The cranes are finished,” Captain Tomas Brandt said.\n\n" + Follow },
        { PreviousParagraphSpeakerSieve.Rule + "+", "On Tuesday, Captain Tomas Brandt said the cranes were worn out.\n\n" + Follow },
        { PreviousSentenceSubjectSieve.Rule + "+", "Captain Tomas Brandt was blunt. " + Follow },
        { LeadInParagraphSieve.Rule + "+", "Captain Tomas Brandt runs the docks.\n\nBrandt was blunter.\n\n" + Follow },
        { PreviousSentenceSubjectSieve.Rule + "+", "Captain Tomas Brandt runs the docks.\n\nWhat does he want from the council? " + Follow },
        { PreviousSentenceSubjectSieve.Rule + "+", "Captain Tomas Brandt, 61, runs the docks.\n\nPressed on the cranes, the 61-year-old smiles. " + Follow },
        { LeadInParagraphSieve.Rule + "+", "Captain Tomas Brandt runs the docks.\n\nThe captain was blunter.\n\n" + Follow },
        { PreviousParagraphPersonSieve.Rule + "+", "The tide turns at dusk. Asked what comes next for the harbour, Captain Tomas Brandt does not hesitate.\n\n" + Follow },
        { ColonIntroductionSieve.Rule + "+", "Captain Tomas Brandt spoke first. “The quay is sinking,” he said.\n\nHe went on:\n\n" + Follow },
        { ColonIntroductionSieve.Rule + "+", "Captain Tomas Brandt spoke first. “The quay is sinking,” he said.\n\nHe continued:\n\n" + Follow },
        { PreviousSentenceSubjectSieve.Rule + "+", "Captain Tomas Brandt runs the docks.\n\nWhat keeps him awake at night? " + Follow },
        { PreviousSentenceSubjectSieve.Rule + "+", "Captain Tomas Brandt sat across the table from Ivo Marsh in Geneva.\n\nHe said Marsh understood what the crews needed. " + Follow },
        { PreviousSentenceSubjectSieve.Rule + "+", "Fisheries Minister Tomas Brandt runs the docks.\n\nThe gales broke two cranes last year. The minister is unmoved. " + Follow },
        { PreviousSentenceSubjectSieve.Rule + "+", "Fisheries Minister Tomas Brandt runs the docks.\n\nLeaving the quay on Monday, the minister said the gales had broken two cranes. " + Follow },
        { PreviousSentenceSubjectSieve.Rule + "+", "Fisheries Minister Tomas Brandt runs the docks.\n\nPressed on the levy, the minister shrugged. " + Follow },
        { PreviousParagraphPersonSieve.Rule + "+", "Captain Tomas Brandt runs the docks. What frightens him now is the weather.\n\n" + Follow },
        { CameFromSieve.Rule + "+", "Captain Jon Holm said the quay was sinking.\n\n" + Follow + "\n\nThe bluntest warning came from Captain Tomas Brandt, who runs the docks." },
        { CameFromSieve.Rule + "+", "Captain Jon Holm said the quay was sinking.\n\n" + Follow + "\n\nThat was how Captain Tomas Brandt opened the meeting of the harbour board." },
        { AnswerToQuestionSieve.Rule + "<", Interview + "What was the hardest part of the year? " + Follow },
        { AnswerToQuestionSieve.Rule + "<", Interview + "Is the money there at last?\n\n" + Follow },
    };

    // An interviewee quoted, then a paragraph of the writer's narration.
    private const string Interview = "“The cranes are finished,” Captain Tomas Brandt said.\n\nThe harbour board meets on Friday, and the vote is close.\n\n";

    // The writer's question makes the quote after it an answer only when it is the writer's, and when someone was quoted
    // before to give it.
    [Fact]
    public void A_question_answers_to_nobody_inside_a_quote_or_before_anyone_was_quoted()
    {
        var quoted = Extractor.Single(
            Extractor.Direct(Interview + "Dockers carried a banner, “Who pays for the cranes?”\n\n" + Follow), "We need new cranes");
        var nobodyBefore = Extractor.Single(
            Extractor.Direct("The harbour board meets on Friday, and the vote is close.\n\nWhat was the hardest part of the year? " + Follow), "We need new cranes");
        var narration = Extractor.Single(Extractor.Direct(Interview + "The money is there at last.\n\n" + Follow), "We need new cranes");

        quoted.Rule.Should().NotStartWith(AnswerToQuestionSieve.Rule);
        nobodyBefore.Rule.Should().NotStartWith(AnswerToQuestionSieve.Rule);
        narration.Rule.Should().NotStartWith(AnswerToQuestionSieve.Rule);
    }

    // "came from" after a quote names its speaker only through a noun for what was said.
    [Fact]
    public void Came_from_without_a_noun_for_words_names_nobody()
    {
        var quote = Extractor.Single(
            Extractor.Direct("The storm was close.\n\n" + Follow + "\n\nThe order came from Captain Tomas Brandt, who runs the docks."), "We need new cranes");

        quote.Rule.Should().NotStartWith(CameFromSieve.Rule);
    }

    // "him" or "her" in the sentence before may be the listener of a title or role named there, who then is the one speaking.
    [Fact]
    public void An_object_pronoun_beside_a_title_lends_its_person_to_nobody()
    {
        var quote = Extractor.Single(
            Extractor.Direct("Captain Tomas Brandt runs the docks.\n\nWhat did the mayor tell him? " + Follow), "We need new cranes");

        quote.Speaker?.Name.Should().NotBe("Tomas Brandt");
    }

    // The sentence before the introduction is no part of its subject, so the name before an "of …" appositive speaks.
    [Fact]
    public void An_introduction_after_another_sentence_gives_the_name_before_its_appositive()
    {
        var quote = Extractor.Single(
            Extractor.Direct("The hearing grew heated. Senator Tomas Brandt, of the Harbour League, interjected:\n\n" + Follow), "We need new cranes");

        quote.Speaker!.Name.Should().Be("Tomas Brandt");
        quote.Rule.Should().StartWith(ColonIntroductionSieve.Rule);
    }

    // "The talks went on." reports no words; only a colon closing the paragraph makes "went on" an introduction.
    [Fact]
    public void Went_on_without_a_colon_introduces_nobody()
    {
        var quote = Extractor.Single(Extractor.Direct("Captain Tomas Brandt spoke first. The meeting went on.\n\n" + Follow), "We need new cranes");

        quote.Rule.Should().NotStartWith(ColonIntroductionSieve.Rule);
    }

    // "spoke" introduces the quote only before a colon: "Brandt spoke with the mayor, who said …" gives the mayor's words.
    [Fact]
    public void Spoke_without_a_colon_introduces_nobody()
    {
        var quote = Extractor.Single(Extractor.Direct("Captain Tomas Brandt spoke to reporters afterwards.\n\n" + Follow), "We need new cranes");

        quote.Rule.Should().NotStartWith(ColonIntroductionSieve.Rule);
    }

    [Fact]
    public void A_lead_in_of_narration_or_of_an_unnamed_source_gives_no_speaker()
    {
        var narration = Extractor.Single(
            Extractor.Direct("Captain Tomas Brandt runs the docks.\n\nThe cranes were finished and the harbour was quiet by then.\n\n" + Follow),
            "We need new cranes");
        var unnamed = Extractor.Single(Extractor.Direct("Captain Tomas Brandt runs the docks.\n\nA dock worker was blunter.\n\n" + Follow), "We need new cranes");

        narration.Rule.Should().NotStartWith(LeadInParagraphSieve.Rule);
        unnamed.Speaker.Should().BeNull();
    }

    [Fact]
    public void A_paragraph_ending_on_two_people_or_on_a_quote_lends_its_person_to_nobody()
    {
        var two = Extractor.Single(
            Extractor.Direct("The tide turns at dusk. Captain Tomas Brandt walks the quay with the mayor, Ida Holm.\n\n" + Follow), "We need new cranes");
        var quoted = Extractor.Single(
            Extractor.Direct("The tide turns at dusk. Captain Tomas Brandt calls the quay “the old lady”.\n\n" + Follow), "We need new cranes");

        two.Rule.Should().NotStartWith(PreviousParagraphPersonSieve.Rule);
        quoted.Rule.Should().NotStartWith(PreviousParagraphPersonSieve.Rule);
    }

    [Theory]
    [MemberData(nameof(Fires))]
    public void An_inheritance_sieve_gives_an_unattributed_quote_its_speaker(string rulePrefix, string body)
    {
        var quote = Extractor.Single(Extractor.Direct(body), "We need new cranes");

        quote.Rule.Should().StartWith(rulePrefix);
        quote.Speaker!.Name.Should().Be("Tomas Brandt");
    }

    [Fact]
    public void No_inheritance_sieve_fires_without_a_speaker_in_the_context()
    {
        var context = Context("The cranes were old and the harbour was quiet.\n\n" + Follow);

        foreach (var sieve in SieveOrder.Inheritance)
        {
            sieve.TrySettle(context).Should().BeFalse(sieve.Name);
        }

        context.Candidate.Attribution.Should().BeNull();
        context.Candidate.InheritFrom.Should().BeNull();
    }

    [Fact]
    public void A_quote_with_its_own_attribution_is_left_to_the_attribution_sieves()
    {
        var quote = Extractor.Single(Extractor.Direct("Captain Tomas Brandt was blunt. “We need new cranes before the winter storms,” he said."), "We need new cranes");

        quote.Rule.Should().StartWith(QuoteSpeakerVerbSieve.Rule + "+");
    }

    [Fact]
    public void Another_quote_of_the_paragraph_comes_before_the_sentence_before()
    {
        var body = "Port director Ada Quist said little. Captain Tomas Brandt was blunt. " + Follow + " “They are older than me,” Brandt said.";

        Extractor.Single(Extractor.Direct(body), "We need new cranes").Rule.Should().StartWith(SieveConfidence.SameParagraph + "<");
        SieveOrder.Inheritance[0].Should().BeOfType<SameParagraphSieve>();
    }

    private static InheritanceContext Context(string body)
    {
        var analysis = SieveText.Read(body);
        var span = analysis.Spans.Single();
        var candidate = new QuoteCandidate(QuoteKind.Direct, [.. span.Parts], analysis.Document.TokenIndexAt(span.OpenMark));
        return new InheritanceContext(analysis, span, candidate, []);
    }
}
