using NewsTracker.Core.Extraction;
using NewsTracker.Core.Extraction.Sieves;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Tests.Extraction.Sieves;

// Each reported-speech sieve finds its own pattern in a sentence, stays silent where the pattern is absent,
// and the quote records the name of the sieve that found it.
public sealed class ReportedSieveTests
{
    private const string Intro = "Harbour Minister Ilse Varga toured the docks on Tuesday.\n\n";

    // The rule, a sentence with its pattern, the speech verb the sieve is tried at (null for a sentence sieve),
    // the speaker as written and how the reported clause starts.
    public static TheoryData<string, string, string?, string, string> Fires => new()
    {
        { AccordingToClauseSieve.Rule, "According to the harbour office, the old cranes will be scrapped by spring.", null, "the harbour office", "the old cranes" },
        { InTheirWordsSieve.Rule, "In her words, the old cranes will be scrapped by spring.", null, "her", "the old cranes" },
        { InTheirWordsSieve.Rule, "In Varga's words, the old cranes will be scrapped by spring.", null, "Varga", "the old cranes" },
        { ClauseAccordingToSieve.Rule, "The old cranes will be scrapped by spring, according to the harbour office.", null, "the harbour office", "The old cranes" },
        { ClauseVerbSpeakerSieve.Rule, "The old cranes will be scrapped by spring, said Varga.", "said", "Varga", "The old cranes" },
        { SpeakerVerbClauseSieve.Rule, "Varga said that the old cranes would be scrapped by spring.", "said", "Varga", "the old cranes" },
        { SpeakerVerbClauseSieve.Rule, "Varga said the old cranes would be scrapped by spring.", "said", "Varga", "the old cranes" },
        { SpeakerVerbClauseSieve.Rule, "Varga went on to say the old cranes would be scrapped by spring.", "say", "Varga", "the old cranes" },
        { ClauseSpeakerVerbSieve.Rule, "The old cranes will be scrapped by spring, Varga said.", "said", "Varga", "The old cranes" },
        { SpeakerVerbColonSieve.Rule, "In a statement, Varga said: the old cranes would be scrapped by spring.", "said", "Varga", "the old cranes" },
        { AccusedOfSieve.Rule, "Varga accused the port board of hiding the cost of the new cranes.", "accused", "Varga", "the port board of hiding" },
        { AccusedOfSieve.Rule, "Varga accuses the port board of hiding the cost of the new cranes.", "accuses", "Varga", "the port board of hiding" },
    };

    public static TheoryData<string, string, string?> Absent => new()
    {
        { AccordingToClauseSieve.Rule, "The old cranes will be scrapped by spring, according to the harbour office.", null },
        // "In other words" has no owner; "In her view of the harbour" is what she looks at, not a view she states.
        { InTheirWordsSieve.Rule, "In other words, the old cranes will be scrapped by spring.", null },
        { InTheirWordsSieve.Rule, "In her view of the harbour, the old cranes will be scrapped by spring.", null },
        { ClauseAccordingToSieve.Rule, "The old cranes will be scrapped by spring, Varga said.", null },
        { ClauseVerbSpeakerSieve.Rule, "The old cranes will be scrapped by spring, Varga said.", "said" },
        // "told" is followed by the listener, not the speaker.
        { ClauseVerbSpeakerSieve.Rule, "The old cranes will be scrapped by spring, told the dockers.", "told" },
        // A participle goes on with the subject's own narration: nothing before it is what "it" said.
        { ClauseVerbSpeakerSieve.Rule, "The Harbour Board, in a statement, welcomed the sale, saying it \u201Cfrees money for the new quay\u201D.", "saying" },
        // A live page's entry headline, with no full stop, reports nothing.
        { ClauseVerbSpeakerSieve.Rule, "Key events\n\n13.40 Old cranes to be scrapped by spring, says minister", "says" },
        { SpeakerVerbClauseSieve.Rule, "Key events\n\n15.10 Varga says the old cranes will be scrapped “within weeks”", "says" },
        { SpeakerVerbClauseSieve.Rule, "The old cranes will be scrapped by spring, Varga said.", "said" },
        { ClauseSpeakerVerbSieve.Rule, "Varga said that the old cranes would be scrapped by spring.", "said" },
        { SpeakerVerbColonSieve.Rule, "Varga said that the old cranes would be scrapped by spring.", "said" },
        { SpeakerVerbColonSieve.Rule, "Varga said: “The old cranes will be scrapped by spring.”", "said" },
        // The clause must come before the comma that opens the speaker.
        { ClauseSpeakerVerbSieve.Rule, "On Tuesday, Varga said little about the old cranes.", "said" },
        // The accused is the subject: nobody is reported.
        { AccusedOfSieve.Rule, "Varga was accused of hiding the cost of the new cranes.", "accused" },
        { AccusedOfSieve.Rule, "Varga stands accused of hiding the cost of the new cranes by the auditors.", "accused" },
        // An accusation with no charge ("of …") reports nothing.
        { AccusedOfSieve.Rule, "Varga accused the port board and left the meeting before the vote.", "accused" },
    };

    [Theory]
    [MemberData(nameof(Fires))]
    public void A_reported_sieve_fires_on_its_pattern(string rule, string sentence, string? verb, string speaker, string clauseStart)
    {
        var context = Sentence(Intro + sentence, verb);

        var match = Sieve(rule).Try(context);

        match.Should().NotBeNull();
        match!.Value.Attribution.Rule.Should().Be(rule);
        match.Value.Attribution.Phrase.AsWritten.Should().Be(speaker);
        var a = context.Analysis;
        a.Text[a.Tokens[match.Value.From].Start..].Should().StartWith(clauseStart);
    }

    [Theory]
    [MemberData(nameof(Absent))]
    public void A_reported_sieve_leaves_a_sentence_alone_without_its_pattern(string rule, string sentence, string? verb)
    {
        Sieve(rule).Try(Sentence(Intro + sentence, verb)).Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(Fires))]
    public void The_quote_records_the_sieve_that_found_it(string rule, string sentence, string? verb, string speaker, string clauseStart)
    {
        _ = verb;
        _ = speaker;
        var quote = Extractor.Indirect(Intro + sentence).Should().ContainSingle().Subject;

        quote.Rule.Should().StartWith(rule + "+");
        quote.Text.Should().StartWith(clauseStart);
    }

    [Fact]
    public void A_sentence_the_opening_sieve_reports_is_not_searched_for_verbs()
    {
        var quotes = Extractor.Indirect(Intro + "According to the harbour office, the cranes will go by spring, Varga said.");

        quotes.Should().ContainSingle().Which.Rule.Should().StartWith(AccordingToClauseSieve.Rule + "+");
    }

    [Fact]
    public void The_closing_sieve_only_reads_a_sentence_nothing_else_reported()
    {
        var quotes = Extractor.Indirect(Intro + "Varga said that the cranes will go by spring, according to the harbour office.");

        quotes.Should().ContainSingle().Which.Rule.Should().StartWith(SpeakerVerbClauseSieve.Rule + "+");
    }

    [Fact]
    public void One_sentence_can_report_twice_and_the_second_report_keeps_the_speaker()
    {
        var quotes = Extractor.Indirect(Intro + "Varga said the old cranes would be scrapped by spring, adding that new ones were on order from Gdansk.");

        quotes.Should().HaveCount(2);
        quotes.Should().OnlyContain(q => q.Kind == QuoteKind.Indirect && q.Speaker != null && q.Speaker.Name.EndsWith("Varga", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fragment_after_a_participle_is_the_subjects_and_the_narration_before_it_is_no_report()
    {
        var quotes = Extractor.Run(Intro + "The Harbour Board, in a statement, welcomed the sale, saying it \u201Cfrees money for the new quay\u201D.").Quotes;

        quotes.Should().ContainSingle().Which.Should().Match<ExtractedQuote>(q =>
            q.Kind == QuoteKind.Direct && q.Text == "frees money for the new quay" && q.Speaker != null && q.Speaker.Name == "Harbour Board");
    }

    [Fact]
    public void A_fragment_in_a_clause_the_speaker_went_on_to_report_is_the_speakers()
    {
        var quotes = Extractor.Run(Intro + "The harbour minister later went on to say the sale was \u201Ca gift to the shipbreakers\u201D.").Quotes;

        quotes.Should().Contain(q => q.Kind == QuoteKind.Direct && q.Text == "a gift to the shipbreakers" && q.Speaker != null && q.Speaker.Name == "Ilse Varga");
    }

    [Fact]
    public void An_accusation_with_a_quoted_charge_gives_the_reported_clause_and_the_fragment()
    {
        var quotes = Extractor.Run(Intro + "Varga accused the port board of \u201Chiding the true cost of the cranes from the dockers\u201D and left.").Quotes;

        quotes.Should().Contain(q => q.Kind == QuoteKind.Indirect && q.Text.StartsWith("the port board of", StringComparison.Ordinal)
            && q.Speaker != null && q.Speaker.Name == "Ilse Varga");
        quotes.Should().Contain(q => q.Kind == QuoteKind.Direct && q.Text.StartsWith("hiding the true cost", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Varga accused the port board, which runs the docks, of hiding the cost of the new cranes.", "the port board, which runs the docks, of hiding the cost of the new cranes")]
    [InlineData("Varga accused the port board of hiding the cost, a charge the board denies.", "the port board of hiding the cost")]
    [InlineData("Varga accused the port board of \u201Chiding the cost from everyone,\u201D a charge the board denies.", "the port board of \u201Chiding the cost from everyone,\u201D")]
    public void An_accusation_reports_its_charge_up_to_the_narrators_aside(string sentence, string reported)
    {
        Extractor.Indirect(Intro + sentence).Should().ContainSingle().Which.Text.Should().Be(reported);
    }

    [Fact]
    public void A_report_inside_an_aside_about_someone_ends_with_the_aside()
    {
        var quotes = Extractor.Indirect(Intro + "Unlike port director Tomas Brandt, who admits that the old cranes are a hazard to the dockers, Varga wants to keep them.");

        quotes.Should().ContainSingle().Which.Text.Should().Be("the old cranes are a hazard to the dockers");
    }

    [Theory]
    [InlineData("Varga did not accuse the port board of hiding the cost of the new cranes.")]
    [InlineData("The port board has been accused of hiding the cost of the new cranes.")]
    [InlineData("Varga said nothing about the accused port board of the harbour at the meeting.")]
    public void No_accusation_no_report(string sentence)
    {
        Extractor.Indirect(Intro + sentence).Should().BeEmpty();
    }

    [Fact]
    public void Every_reported_sieve_has_a_unique_name_of_its_own()
    {
        var reported = SieveOrder.ReportedOpening.Concat(SieveOrder.ReportedAtVerb).Concat(SieveOrder.ReportedAtAccusation).Concat(SieveOrder.ReportedClosing).Select(s => s.Name).ToList();

        reported.Should().OnlyHaveUniqueItems();
        reported.Should().NotIntersectWith(SieveOrder.Attribution.Select(s => s.Name));
    }

    private static IReportedSieve Sieve(string rule) =>
        SieveOrder.ReportedOpening.Concat(SieveOrder.ReportedAtVerb).Concat(SieveOrder.ReportedAtAccusation).Concat(SieveOrder.ReportedClosing).Single(s => s.Name == rule);

    // The context of the text's last sentence, at the first token spelt `verb` when one is given.
    private static ReportedContext Sentence(string text, string? verb)
    {
        var a = SieveText.Read(text);
        var context = new ReportedContext(a, new DirectQuoteIndex(a, []));
        var last = a.Tokens.Count;
        var start = last - 1;
        while (start > 0 && a.SentenceOf(start - 1) == a.SentenceOf(last - 1))
        {
            start--;
        }

        while (a.Tokens[last - 1].Kind == TokenKind.Punct)
        {
            last--;
        }

        context.BeginSentence(start, last);
        if (verb is not null)
        {
            var k = start;
            while (!a.Tokens[k].Is(a.Text, verb))
            {
                k++;
            }

            context.AtVerb(k);
        }

        return context;
    }
}
