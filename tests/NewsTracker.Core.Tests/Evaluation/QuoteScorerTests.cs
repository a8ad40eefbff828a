using NewsTracker.Core.Data;
using NewsTracker.Core.Evaluation;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Tests.Evaluation;

public sealed class QuoteScorerTests
{
    private const string Troops = "We have no plans to deploy NATO combat troops to Ukraine";

    private readonly QuoteScorer _scorer = new(ReferenceData.Catalogue);

    private ArticleScore Score(GoldQuote[] gold, PredictedQuote[] predicted) => _scorer.Score("test", gold, predicted);

    private static GoldQuote Direct(string text, string? speaker = "Jens Stoltenberg") => new(text, QuoteKind.Direct, speaker);

    private static GoldQuote Reported(string text, string? speaker = "Jens Stoltenberg") => new(text, QuoteKind.Indirect, speaker);

    private static PredictedQuote Predicted(string text, string? speaker = "Jens Stoltenberg", QuoteKind kind = QuoteKind.Direct) =>
        new(text, kind, speaker, speaker, "test-rule");

    [Theory]
    [InlineData("quote-speaker-verb+surname", "attribution:quote-speaker-verb resolution:surname")]
    [InlineData("speaker-verb-quote+surname+title", "attribution:speaker-verb-quote resolution:surname+title")]
    [InlineData("same-paragraph<quote-verb-speaker+pronoun", "inheritance:same-paragraph attribution:quote-verb-speaker resolution:pronoun")]
    [InlineData("editor", "attribution:editor")]
    [InlineData("", "")]
    public void A_rule_names_its_sieves_by_stage(string rule, string expected)
    {
        var sieves = SieveTally.SievesOf(rule).Select(s => s.Stage.ToString().ToLowerInvariant() + ":" + s.Sieve);

        string.Join(' ', sieves).Should().Be(expected);
    }

    [Fact]
    public void Each_sieve_of_a_found_direct_quote_is_counted_with_whether_the_speaker_was_right()
    {
        var other = "Nobody in the alliance wants a wider war in Europe";
        var score = Score(
            [Direct(Troops), Direct(other)],
            [
                new PredictedQuote(Troops, QuoteKind.Direct, "Jens Stoltenberg", "Stoltenberg", "quote-speaker-verb+surname"),
                new PredictedQuote(other, QuoteKind.Direct, "Someone Else", "he", "same-paragraph<quote-speaker-verb+pronoun"),
                new PredictedQuote("A quote nobody annotated at all here", QuoteKind.Direct, "Jens Stoltenberg", "he", "quote-verb-speaker+pronoun"),
            ]);

        score.Sieves.Should().BeEquivalentTo(new[]
        {
            new SieveScore("same-paragraph", SieveStage.Inheritance, 1, 0),
            new SieveScore("quote-speaker-verb", SieveStage.Attribution, 2, 1),
            new SieveScore("surname", SieveStage.Resolution, 1, 1),
            new SieveScore("pronoun", SieveStage.Resolution, 1, 0),
        });
        score.Sieves[0].Stage.Should().Be(SieveStage.Inheritance, "sieves are listed by stage");
        score.Sieves.Single(s => s.Sieve == "quote-speaker-verb").Precision.Should().Be(0.5);
    }

    [Fact]
    public void A_report_adds_up_each_sieve_over_its_articles()
    {
        var first = Score([Direct(Troops)], [new PredictedQuote(Troops, QuoteKind.Direct, "Jens Stoltenberg", null, "quote-speaker-verb+name")]);
        var second = Score([Direct(Troops)], [new PredictedQuote(Troops, QuoteKind.Direct, "Someone Else", null, "quote-speaker-verb+name")]);

        var report = EvaluationReport.Combine([first, second]);

        report.Sieves.Should().ContainEquivalentOf(new SieveScore("quote-speaker-verb", SieveStage.Attribution, 2, 1));
        report.Sieves.Should().ContainEquivalentOf(new SieveScore("name", SieveStage.Resolution, 2, 1));
    }

    [Fact]
    public void An_exact_match_is_found_and_right_with_the_right_speaker()
    {
        var score = Score([Direct(Troops)], [Predicted("“We have no plans to deploy NATO combat troops to Ukraine,”")]);

        score.Direct.Should().Be(new KindScore(QuoteKind.Direct, Gold: 1, Found: 1, Predicted: 1, Right: 1));
        score.Direct.F1.Should().Be(1.0);
        score.Speakers.Should().Be(new SpeakerScore(1, 1));
        score.Missed.Should().BeEmpty();
        score.FalsePositives.Should().BeEmpty();
    }

    [Fact]
    public void A_gold_quote_split_over_two_predictions_is_covered_by_both()
    {
        var gold = Direct("We are ready to talk to Moscow, but we are not ready to give up our principles at any price.");

        var score = Score(
            [gold],
            [Predicted("We are ready to talk to Moscow,"), Predicted("but we are not ready to give up our principles at any price.")]);

        score.Direct.Found.Should().Be(1);
        score.Direct.Right.Should().Be(2);
        score.Direct.Precision.Should().Be(1.0);
        score.Direct.Recall.Should().Be(1.0);
    }

    [Fact]
    public void Coverage_is_order_aware_so_the_same_words_shuffled_do_not_count()
    {
        var score = Score([Direct("one two three four five six seven eight nine ten")], [Predicted("ten nine eight seven six five four three two one")]);

        score.Direct.Found.Should().Be(0);
        score.Direct.Right.Should().Be(0);
        score.Missed.Should().ContainSingle().Which.Coverage.Should().Be(0.1);
    }

    [Fact]
    public void Eighty_percent_of_the_words_is_enough_and_less_is_not()
    {
        var gold = Direct("alpha beta gamma delta epsilon");

        Score([gold], [Predicted("alpha beta gamma delta")]).Direct.Found.Should().Be(1);
        Score([gold], [Predicted("alpha beta gamma")]).Direct.Found.Should().Be(0);
    }

    [Fact]
    public void A_scare_quote_predicted_as_a_quotation_is_a_false_positive()
    {
        var score = Score(
            [Direct(Troops)],
            [Predicted(Troops), Predicted("a so-called special military operation in the east", speaker: null)]);

        score.Direct.Predicted.Should().Be(2);
        score.Direct.Right.Should().Be(1);
        score.Direct.Wrong.Should().Be(1);
        score.Direct.Precision.Should().Be(0.5);
        score.FalsePositives.Should().ContainSingle().Which.Text.Should().Contain("special military operation");
    }

    [Fact]
    public void Quotes_under_four_words_are_not_scored_on_either_side()
    {
        var score = Score(
            [Direct(Troops), Direct("a first step", speaker: null)],
            [Predicted(Troops), Predicted("special operation", speaker: null), Predicted("would respond accordingly", speaker: "Kremlin", kind: QuoteKind.Indirect)]);

        score.Direct.Gold.Should().Be(1);
        score.Direct.Predicted.Should().Be(1);
        score.Indirect.Predicted.Should().Be(0);
        score.Direct.F1.Should().Be(1.0);
    }

    [Fact]
    public void A_surname_names_the_same_person()
    {
        var score = Score([Direct(Troops)], [Predicted(Troops, speaker: "Stoltenberg")]);

        score.Speakers.Should().Be(new SpeakerScore(1, 1));
    }

    [Fact]
    public void A_pronoun_is_never_a_right_speaker()
    {
        var score = Score([Direct(Troops)], [Predicted(Troops, speaker: "he")]);

        score.Speakers.Should().Be(new SpeakerScore(0, 1));
        score.WrongSpeakers.Should().ContainSingle().Which.Should().Be(
            new WrongSpeaker(Troops, "Jens Stoltenberg", "he", "he", "test-rule"));
    }

    [Fact]
    public void Another_person_is_a_wrong_speaker()
    {
        var score = Score([Direct(Troops)], [Predicted(Troops, speaker: "Antony Blinken")]);

        score.Speakers.Should().Be(new SpeakerScore(0, 1));
    }

    [Fact]
    public void No_speaker_in_gold_and_none_predicted_is_right()
    {
        var score = Score([Direct(Troops, speaker: null)], [Predicted(Troops, speaker: null)]);

        score.Speakers.Should().Be(new SpeakerScore(1, 1));
    }

    [Theory]
    [InlineData("HPA", "Harbour Pilots Authority", true)]
    [InlineData("Nordic Ferry Operators Forum", "NFOF", true)]
    [InlineData("NORFOR", "Nordic Force in the Fjords", true)]
    [InlineData("ECOFIS", "Economic Council of Fishing States", true)]
    [InlineData("HPA", "Harbour Pilots Association chairman", false)]
    [InlineData("HPA", "HPA Commission", false)]
    [InlineData("HPA", "Port Authority", false)]
    [InlineData("Harbour Pilots Authority", "Harbour Police", false)]
    public void A_short_name_matches_the_full_name_it_shortens(string gold, string predicted, bool right)
    {
        var score = Score([Direct(Troops, speaker: gold)], [Predicted(Troops, speaker: predicted)]);

        score.Speakers.Should().Be(new SpeakerScore(right ? 1 : 0, 1));
    }

    [Theory]
    [InlineData("Norwegian Ministry of Foreign Affairs", "Norwegian Foreign Ministry", true)]
    [InlineData("Ministry of Fisheries of Norway", "Norwegian Fisheries Ministry", true)]
    [InlineData("Ministry of Defence of Ukraine", "Ukrainian Ministry of Defence", true)]
    [InlineData("Ministry of Fisheries of the Republic of Norway", "Norwegian Fisheries Ministry", true)]
    [InlineData("Government of Norway", "Norway's government", true)]
    [InlineData("Norway's Ministry of Fisheries", "Norwegian Ministry of Fisheries", true)]
    [InlineData("Norwegian Ministry of Fisheries", "Norwegian Foreign Ministry", false)]
    [InlineData("Ministry of Fisheries of Norway", "Swedish Fisheries Ministry", false)]
    public void A_ministry_matches_however_its_name_is_ordered(string gold, string predicted, bool right)
    {
        var score = Score([Direct(Troops, speaker: gold)], [Predicted(Troops, speaker: predicted)]);

        score.Speakers.Should().Be(new SpeakerScore(right ? 1 : 0, 1));
    }

    [Fact]
    public void An_institution_matches_its_country_through_the_catalogue_aliases()
    {
        var score = Score([Direct(Troops, speaker: "Kremlin")], [Predicted(Troops, speaker: "Russia")]);

        score.Speakers.Should().Be(new SpeakerScore(1, 1));
    }

    [Fact]
    public void The_speaker_is_taken_from_the_prediction_aligned_to_most_of_the_gold_quote()
    {
        var gold = Direct("We are ready to talk, but we are not ready to give up our principles at any price.", speaker: "Anna Berg");

        var score = Score(
            [gold],
            [Predicted("We are ready to talk,", speaker: "Someone Else"), Predicted("but we are not ready to give up our principles at any price.", speaker: "Berg")]);

        score.Speakers.Should().Be(new SpeakerScore(1, 1));
    }

    [Fact]
    public void A_prediction_of_the_other_kind_neither_finds_nor_is_right()
    {
        var score = Score([Direct(Troops)], [Predicted(Troops, kind: QuoteKind.Indirect)]);

        score.Direct.Found.Should().Be(0);
        score.Direct.Missed.Should().Be(1);
        score.Indirect.Predicted.Should().Be(1);
        score.Indirect.Wrong.Should().Be(1);
        score.Missed.Should().ContainSingle().Which.Kind.Should().Be(QuoteKind.Direct);
        score.FalsePositives.Should().ContainSingle().Which.Kind.Should().Be(QuoteKind.Indirect);
        score.Speakers.Total.Should().Be(0);
    }

    [Fact]
    public void The_speaker_of_found_reported_speech_is_scored_apart_from_direct_quotes()
    {
        const string Clause = "the ferry line would keep its winter timetable until the new quay opened";
        const string Other = "the talks on the ferry timetable had been postponed until the spring";
        var score = Score(
            [Direct(Troops), Reported(Clause), Reported(Other, speaker: "Marisa Vella")],
            [
                Predicted(Troops),
                new PredictedQuote(Clause, QuoteKind.Indirect, "Stoltenberg", "Stoltenberg", "speaker-verb-clause+surname"),
                new PredictedQuote(Other, QuoteKind.Indirect, null, "the director", "speaker-verb-clause+title-unresolved"),
            ]);

        score.Speakers.Should().Be(new SpeakerScore(1, 1));
        score.ReportedSpeakers.Should().Be(new SpeakerScore(1, 2));
        score.WrongSpeakers.Should().ContainSingle().Which.Should().Be(
            new WrongSpeaker(Other, "Marisa Vella", null, "the director", "speaker-verb-clause+title-unresolved", QuoteKind.Indirect));
        score.ReportedSieves.Should().BeEquivalentTo(new[]
        {
            new SieveScore("speaker-verb-clause", SieveStage.Attribution, 2, 1),
            new SieveScore("surname", SieveStage.Resolution, 1, 1),
            new SieveScore("title-unresolved", SieveStage.Resolution, 1, 0),
        });
        score.Sieves.Should().NotContain(s => s.Sieve == "speaker-verb-clause", "the direct quotes' sieves are counted apart");
    }

    [Fact]
    public void A_missed_reported_clause_is_no_speaker_to_score_and_reports_add_up_their_reported_speakers()
    {
        const string Clause = "the ferry line would keep its winter timetable until the new quay opened";
        var first = Score([Reported(Clause)], [Predicted(Clause, kind: QuoteKind.Indirect)]);
        var second = Score([Reported(Clause)], [Predicted("a different clause about fishing quotas and harbour fees", kind: QuoteKind.Indirect)]);

        second.ReportedSpeakers.Total.Should().Be(0);
        EvaluationReport.Combine([first, second]).ReportedSpeakers.Should().Be(new SpeakerScore(1, 1));
    }

    [Fact]
    public void Page_furniture_in_a_predicted_quote_is_reported()
    {
        var score = Score([], [Predicted("Advertisement We have no plans", speaker: null)]);

        score.Furniture.Should().ContainSingle().Which.Furniture.Should().Be("Advertisement");
    }

    [Fact]
    public void A_marker_word_the_gold_quote_holds_is_speech_not_furniture()
    {
        const string Spoken = "We will never sign up to a deal written in another capital";

        var score = Score([Direct(Spoken)], [Predicted(Spoken)]);

        score.Furniture.Should().BeEmpty();
    }

    [Fact]
    public void Precision_recall_and_f1_add_up_over_articles()
    {
        var first = Score([Direct(Troops)], [Predicted(Troops)]);
        var second = Score([Direct("Another long quotation of several words")], [Predicted("Completely unrelated text about gas prices")]);

        var report = EvaluationReport.Combine([first, second]);

        report.Direct.Should().Be(new KindScore(QuoteKind.Direct, 2, 1, 2, 1));
        report.Direct.F1.Should().Be(0.5);
        report.FurnitureFree.Should().BeTrue();
    }
}
