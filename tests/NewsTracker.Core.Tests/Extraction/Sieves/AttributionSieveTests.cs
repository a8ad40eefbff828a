using NewsTracker.Core.Extraction.Sieves;

namespace NewsTracker.Core.Tests.Extraction.Sieves;

// Each attribution sieve fires on its own pattern, stays silent where its pattern is absent, and yields
// to the sieves SieveOrder puts before it.
public sealed class AttributionSieveTests
{
    private const string Intro = "Harbour Minister Ilse Varga toured the docks on Tuesday.\n\n";

    public static TheoryData<string, string, string> Fires => new()
    {
        { QuoteAccordingToSieve.Rule, "“The cranes will be replaced by spring,” according to Varga.", "Varga" },
        { QuoteVerbSpeakerSieve.Rule, "“The cranes will be replaced by spring,” said Varga.", "Varga" },
        { QuoteSpeakerVerbSieve.Rule, "“The cranes will be replaced by spring,” Varga told dock workers.", "Varga" },
        { AccordingToQuoteSieve.Rule, "According to Varga, “the cranes will be replaced by spring.”", "Varga" },
        { NameColonSieve.Rule, "- Harbour Minister Ilse Varga: “The cranes will be replaced by spring.”", "Harbour Minister Ilse Varga" },
        { NameColonSieve.Rule, "Retired docker Ivo Lund, 71: «The cranes will be replaced by spring.»", "Retired docker Ivo Lund" },
        { SpeakerVerbQuoteSieve.Rule, "Varga said: “The cranes will be replaced by spring.”", "Varga" },
        { ManneredColonSieve.Rule, "On the quay an hour later, Varga was more cautious: “The cranes may be replaced by spring.”", "Varga" },
        { ManneredColonSieve.Rule, "The harbour minister was blunt: “The cranes will be replaced by spring.”", "The harbour minister" },
        { ReportedFragmentSieve.Rule, "Varga said the cranes were “older than most of the dockers” and would go.", "Varga" },
        { AccordingToLaterSieve.Rule, "The cranes will be “replaced well before the spring storms”, according to a statement from the harbour office.", "harbour office" },
        { FrameColonQuoteSieve.Rule, "Varga's verdict was that of a pragmatist: “The cranes will be replaced by spring.”", "Varga" },
        { FrameColonQuoteSieve.Rule, "Her answer to the dockers: “The cranes will be replaced by spring.”", "Her" },
        { QuoteDashSpeakerSieve.Rule, "“The cranes will be replaced by spring.” — Harbour Minister Ilse Varga, on the quay", "Harbour Minister Ilse Varga" },
        { QuoteDashSpeakerSieve.Rule, "“The cranes will be replaced by spring.”\n— Varga, in a letter to the port board", "Varga" },
        { QuoteDashSpeakerSieve.Rule, "QUOTE OF THE DAY\n\n“The cranes will be replaced by spring.”\n\n– said harbour minister Ilse Varga, at the quay", "harbour minister Ilse Varga" },
    };

    // Text where the sieve's pattern is absent: no cue, no verb in the right place, no name before a colon.
    public static TheoryData<string, string> Absent => new()
    {
        { QuoteAccordingToSieve.Rule, "“The cranes will be replaced by spring,” said Varga." },
        { QuoteVerbSpeakerSieve.Rule, "“The cranes will be replaced by spring,” Varga said." },
        { QuoteSpeakerVerbSieve.Rule, "“The cranes will be replaced by spring,” said Varga." },
        { AccordingToQuoteSieve.Rule, "Varga said: “The cranes will be replaced by spring.”" },
        { NameColonSieve.Rule, "On the cranes: “They will be replaced by spring.”" },
        { NameColonSieve.Rule, "Varga said: “The cranes will be replaced by spring.”" },
        // The name is what the words are about or for, not who speaks them.
        { NameColonSieve.Rule, "Varga was blunter on Nordvik: “The cranes will be replaced by spring.”" },
        { NameColonSieve.Rule, "Her message to Brandt: “The cranes will be replaced by spring.”" },
        { SpeakerVerbQuoteSieve.Rule, "Varga said the cranes were “older than most of the dockers” and would go." },
        // A noun frame names nobody; a speech verb is another sieve's.
        { ManneredColonSieve.Rule, "The reply from the port board was short: “The cranes will be replaced by spring.”" },
        { ManneredColonSieve.Rule, "The mood on the quay was sombre: “The cranes will be replaced by spring.”" },
        { ManneredColonSieve.Rule, "Varga said: “The cranes will be replaced by spring.”" },
        { ReportedFragmentSieve.Rule, "Varga said: “The cranes will be replaced by spring.”" },
        { AccordingToLaterSieve.Rule, "“The cranes will be replaced by spring,” said Varga." },
        // A frame that names nobody is the narrator's voice; a frame with a speech verb is another sieve's.
        { FrameColonQuoteSieve.Rule, "The answer is simple: “The cranes will be replaced by spring.”" },
        { FrameColonQuoteSieve.Rule, "Varga said her verdict was clear: “The cranes will be replaced by spring.”" },
        // After the dash comes narration, or a sentence with its own verb.
        { QuoteDashSpeakerSieve.Rule, "“The cranes will be replaced by spring” — a promise the dockers have heard before." },
        { QuoteDashSpeakerSieve.Rule, "“The cranes will be replaced by spring” — Varga said it twice on Tuesday." },
        { QuoteDashSpeakerSieve.Rule, "“The cranes will be replaced by spring,” Varga said — Jonas Brandt, the union leader, disagreed." },
    };

    // Text where an earlier sieve settles the quote though this sieve's pattern is there too.
    public static TheoryData<string, string, string> Yields => new()
    {
        // Both a verb after the quote and a cue later in the sentence: the verb is nearer.
        { AccordingToLaterSieve.Rule, QuoteVerbSpeakerSieve.Rule, "“The cranes will be replaced by spring,” said Varga, according to the harbour office." },
        // Words before and after a quote that does not end its sentence: the words after come first.
        { SpeakerVerbQuoteSieve.Rule, QuoteSpeakerVerbSieve.Rule, "Varga said: “The cranes will be replaced by spring,” Varga told dock workers." },
        // A quote that ends its sentence belongs to the speaker who introduced it.
        { QuoteSpeakerVerbSieve.Rule, SpeakerVerbQuoteSieve.Rule, "Varga told dock workers: “The cranes will be replaced by spring.” Jonas Brandt said little." },
    };

    [Theory]
    [MemberData(nameof(Fires))]
    public void A_sieve_fires_on_its_pattern(string rule, string sentence, string speaker)
    {
        var sieve = Sieve(rule);

        var found = sieve.Try(SieveText.Quote(Intro + sentence));

        found.Should().NotBeNull();
        found!.Rule.Should().Be(rule);
        found.Phrase.AsWritten.Should().Be(speaker);
    }

    [Theory]
    [MemberData(nameof(Absent))]
    public void A_sieve_leaves_a_quote_alone_without_its_pattern(string rule, string sentence)
    {
        Sieve(rule).Try(SieveText.Quote(Intro + sentence)).Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(Yields))]
    public void A_sieve_yields_to_an_earlier_sieve_that_settled_the_quote(string later, string earlier, string sentence)
    {
        var context = SieveText.Quote(Intro + sentence);

        Sieve(later).Try(context).Should().NotBeNull("the later sieve's pattern is in the text");
        SieveOrder.Attribute(context)!.Rule.Should().Be(earlier);
    }

    [Fact]
    public void Every_attribution_sieve_has_a_unique_name_and_appears_in_both_orders()
    {
        SieveOrder.Attribution.Select(s => s.Name).Should().OnlyHaveUniqueItems();
        SieveOrder.AttributionEndingSentence.Select(s => s.Name).Should().BeEquivalentTo(SieveOrder.Attribution.Select(s => s.Name));
        SieveOrder.Attribution[^1].Name.Should().Be(AccordingToLaterSieve.Rule);
    }

    // The speaker in a clause of time before a colon answers to the one whose speech verb the clause hangs on; without
    // such a verb the nearer speaker stays.
    [Theory]
    [InlineData("Ilse Marr bristled when Jon Berg mentioned the deadline:", "Ilse Marr")]
    [InlineData("Ilse Marr snapped as Jon Berg warned of delays:", "Ilse Marr")]
    [InlineData("Ilse Marr stood up after Jon Berg said:", "Jon Berg")]
    public void A_speaker_in_a_clause_of_time_yields_to_the_speaker_of_the_main_clause(string lead, string speaker)
    {
        var quote = Extractor.Single(Extractor.Direct(lead + " “Do not lecture me about dates. We have waited long enough.”"), "Do not lecture");

        quote.Speaker!.Name.Should().Be(speaker);
    }

    // Words quoted inside a report within a report are the outer speaker's, whom the writer quotes.
    [Fact]
    public void A_fragment_in_a_report_within_a_report_is_the_outer_speakers()
    {
        var body = "Ministry spokeswoman Ilse Marr said the council had argued to the regulator that the ferry line was \"a lifeline for every island, not a luxury\".";

        Extractor.Single(Extractor.Direct(body), "a lifeline for every island").Speaker!.Name.Should().Be("Ilse Marr");
    }

    private static IAttributionSieve Sieve(string rule) => SieveOrder.Attribution.Single(s => s.Name == rule);
}
