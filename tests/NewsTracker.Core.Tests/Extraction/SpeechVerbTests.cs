using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Tests.Extraction;

// Verbs the press uses less often still attribute a quote, and the attribution cues of the lexicon work.
public sealed class SpeechVerbTests
{
    private const string Intro = "Trade commissioner Helga Marstrand visited the port of Tallinn on Thursday.\n\n";

    [Theory]
    [InlineData("gushed")]
    [InlineData("fumed")]
    [InlineData("sighed")]
    [InlineData("interjected")]
    [InlineData("quipped")]
    [InlineData("scoffed")]
    [InlineData("conceded")]
    [InlineData("cautioned")]
    [InlineData("boasted")]
    [InlineData("lamented")]
    [InlineData("mused")]
    [InlineData("testified")]
    [InlineData("retorted")]
    [InlineData("confided")]
    [InlineData("grumbled")]
    [InlineData("manifested")] // as outlets writing English as a second language use it
    public void A_less_common_speech_verb_attributes_the_quote(string verb)
    {
        var quote = Extractor.Direct(Intro + $"“The cranes here work faster than anywhere in the Baltic,” Marstrand {verb}.")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Helga Marstrand");
        quote.Rule.Should().StartWith("quote-speaker-verb");
    }

    [Theory]
    [InlineData("testified")]
    [InlineData("speculated")]
    [InlineData("confessed")]
    [InlineData("specified")]
    [InlineData("clarified")]
    [InlineData("precised")] // as outlets writing English as a second language use it
    [InlineData("conveyed")] // the same
    [InlineData("expressed")] // the same
    [InlineData("manifested")] // the same
    public void A_less_common_speech_verb_reports_a_that_clause(string verb)
    {
        var quote = Extractor.Indirect(Intro + $"Marstrand {verb} that the new quay would be ready before the winter storms.")
            .Should().ContainSingle().Subject;

        quote.Text.Should().StartWith("the new quay would be ready");
        quote.Speaker!.Name.Should().Be("Helga Marstrand");
    }

    [Fact]
    public void A_speaker_who_deflects_with_a_formula_said_the_quote()
    {
        var body = "Pressed on the cost of the cranes, port spokesman Tomas Brandt deflected with a familiar line: "
            + "\u201CThe board will publish the figures when the audit is done.\u201D";

        Extractor.Direct(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Tomas Brandt");
    }

    // "claims" is the verb after its subject ("The council claims the timetable …"), the noun after a past tense
    // ("dismissed claims that …") or a determiner.
    [Fact]
    public void Claims_after_a_subject_reports_and_after_a_verb_is_a_noun()
    {
        var reported = Extractor.Indirect(Intro + "Marstrand claims the new quay will be ready before the winter storms.");
        var noun = Extractor.Indirect(Intro + "The council dismissed claims that the new quay would be ready before the winter storms.");

        reported.Should().ContainSingle().Which.Speaker!.Name.Should().Be("Helga Marstrand");
        noun.Should().BeEmpty();
    }

    // After "the" and a state's adjective, "claims" is a noun: the frame before it ("called") gives the speaker.
    [Fact]
    public void Claims_after_a_states_adjective_is_a_noun()
    {
        var quote = Extractor.Single(
            Extractor.Direct(Intro + "The commissioner called the Russian claims “pure invention from start to finish”."), "pure invention");

        quote.Speaker!.Name.Should().Be("Helga Marstrand");
    }

    // "quipped", "mused", "joked" introduce a quotation and report a clause; "scoffed at the idea that …" reports nothing.
    [Theory]
    [InlineData("quipped", true)]
    [InlineData("mused", true)]
    [InlineData("scoffed at the idea", false)]
    public void Light_verbs_report_a_clause_but_scoffing_at_an_idea_does_not(string verb, bool reports)
    {
        var quotes = Extractor.Indirect(Intro + $"Marstrand {verb} that the new quay would be ready before the winter storms.");

        quotes.Should().HaveCount(reports ? 1 : 0);
    }

    [Fact]
    public void Griped_reports_a_clause()
    {
        Extractor.Indirect(Intro + "Marstrand griped that the new quay would never be ready before the winter storms.")
            .Should().ContainSingle().Which.Speaker!.Name.Should().Be("Helga Marstrand");
    }

    [Fact]
    public void A_quote_only_verb_introduces_no_reported_clause()
    {
        Extractor.Indirect(Intro + "Marstrand sighed that the new quay would be ready before the winter storms.").Should().BeEmpty();
    }

    [Fact]
    public void A_closing_cue_names_the_source_with_its_appositive()
    {
        var body = Intro + "The expansion is “a question of survival for the city”, "
            + "in the words of the port's chief executive, Dr. Rein Kask.";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Rein Kask");
    }

    [Fact]
    public void An_opening_cue_names_the_source()
    {
        var quote = Extractor.Direct(Intro + "According to Marstrand, “the Baltic ports have never been busier.”")
            .Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Helga Marstrand");
        quote.Rule.Should().StartWith("according-to-quote");
    }

    // "pressed" after a question introduces it; "pressed ahead" and "pressed the button" report nothing.
    [Fact]
    public void Pressed_introduces_a_quotation_and_no_content_clause()
    {
        var body = Intro + "“Who signs off on the cranes?” pressed Marstrand. She pressed ahead with the inspection and said the port would stay open.";

        var result = Extractor.Run(body);

        var question = Extractor.Single(Extractor.Direct(body), "Who signs off");
        question.Speaker!.Name.Should().Be("Helga Marstrand");
        question.Rule.Should().StartWith("quote-verb-speaker");
        result.Quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Indirect).Which.Text.Should().Be("the port would stay open");
    }
}
