using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsTracker.Core.Extraction;
using NewsTracker.Testing;

namespace NewsTracker.Core.Tests.Extraction;

// The extractor faces whatever editors paste and importers find. It must never throw, and it must stay
// linear: the timeouts below are far above the real cost (see docs/performance.md) and only catch a
// quadratic or backtracking regression, which on these inputs would take minutes.
public sealed class RobustnessTests
{
    // A hang detector, not a speed check (the benchmark measures speed): generous for a loaded CI machine. The 2 MB of
    // prose take about 0.6 s warm and 2 s on a cold first run here, but over 60 s once while the whole suite ran beside
    // them on two cores; a quadratic path on 2 MB would take hours.
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(3);

    private static readonly string[] Pieces =
    [
        "“", "”", "\"", "‘", "’", "'", "«", "»", "„", "…", ".", ",", ":", ";", "!", "?", " ", " ", " ", "\n", "\n\n",
        "said", "told", "he", "she", "they", "that", "according to", "Lavrov", "Sergei Lavrov", "the minister",
        "U.S.", "Gen.", "No.", "1,00,000", "3.5", "NATO", "Russia’s", "we", "(", ")", "—",
        "deploy", "troops", "gas", "sanctions", "a", "the", "and", "of", "who", "which", "Mr.", "Dr.", "al-Amin",
        "\n\nAdvertisement\n\n", "\n\nAlso read| Some other headline\n\n", "\n\nShare this article\n\n",
        "says", "added", "warned", "announced", "President", "Secretary of State", "Antony Blinken", "Blinken", "spokesperson for",
        "the ministry", "Kremlin", "in a statement", "was quoted as saying", "-", "–", "Reuters", "(AFP)", "KCNA", "analysts",
        "officials", "its", "his", "two", "people familiar with", "I", "not", "declined to", "'s", "said:", "told reporters",
        "Foreign Minister", "the alliance", "U.N.", "NATO Secretary-General", "the company", "Gazprom", ", who", "an analyst at",
        "on Tuesday", "adding that", "insisted", "Ms.", "Lt. Col.", "St.", "Jan.", "\"We", "are\"", "“I", "know,”", "a report by",
    ];

    public static TheoryData<string, string> Pathological => new()
    {
        { "a 2 MB body of ordinary prose", HostileInput.Prose(2_000_000) },
        { "10,000 unmatched opening marks", HostileInput.UnmatchedMarks() },
        { "10,000 unmatched closing marks", HostileInput.UnmatchedMarks("word” ") },
        { "10,000 unmatched single marks", HostileInput.UnmatchedMarks("‘x ") },
        { "a body with no spaces", HostileInput.NoSpaces() },
        { "binary junk", HostileInput.Junk(1_000_000) },
        { "right-to-left text", HostileInput.RightToLeft() },
        { "a million newlines", new string('\n', 1_000_000) },
        { "one enormous paragraph of names", HostileInput.Repeat("Sergei Lavrov Jens Stoltenberg Antony Blinken ", 1_000_000) },
        { "deeply nested marks", string.Concat(Enumerable.Repeat("“‘\"", 50_000)) },
    };

    [Theory]
    [MemberData(nameof(Pathological))]
    public async Task Pathological_input_finishes_without_throwing(string description, string body)
    {
        // A thread of its own: on a busy test run the pool may not start a queued item within the limit.
        var extraction = Task.Factory.StartNew(() => Extractor.Run(body), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        var result = await extraction.WaitAsync(Generous);

        result.Should().NotBeNull(description);
        AssertConsistent(result);
    }

    [Property(MaxTest = 400)]
    public Property Random_article_like_text_never_breaks_the_extractor() =>
        Prop.ForAll(ArticleLikeText().ToArbitrary(), body =>
        {
            var result = Extractor.Run(body);
            AssertConsistent(result);
            return true;
        });

    [Property(MaxTest = 200)]
    public Property Arbitrary_strings_never_break_the_extractor() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), body =>
        {
            var result = Extractor.Run(body ?? string.Empty);
            AssertConsistent(result);
            return true;
        });

    // Found by the property test: a trailing "according to" with no source before the next comma.
    [Fact]
    public void According_to_with_nobody_named_is_not_an_attribution()
    {
        var result = Extractor.Run("Sanctions will stay in place for now, according to , U.S. officials.");

        AssertConsistent(result);
        result.Quotes.Should().NotContain(q => q.Rule == "clause-according-to");
    }

    // Found by the property test: a dash after a closing mark, then a capitalised word that ends its sentence at once.
    [Fact]
    public void A_sign_off_dash_before_a_sentence_end_names_nobody()
    {
        var body = "NATO\nAlso read| Some other headline\n „ 3.5\nAlso read| Some other headline\n — \n Kremlin that people familiar with \" . "
            + "told Mr. people familiar with (AFP) announced   on Tuesday a";

        var result = Extractor.Run(body);

        AssertConsistent(result);
    }

    [Fact]
    public void A_null_body_is_treated_as_empty()
    {
        var result = new QuoteExtractor().Extract(null!, Extractor.Catalogue);

        result.CleanBody.Should().BeEmpty();
        result.Quotes.Should().BeEmpty();
    }

    private static void AssertConsistent(ExtractionResult result)
    {
        foreach (var quote in result.Quotes)
        {
            quote.Start.Should().BeInRange(0, result.CleanBody.Length);
            quote.End.Should().BeInRange(quote.Start, result.CleanBody.Length);
            quote.Text.Should().NotBeNullOrWhiteSpace();
            quote.Text.Should().NotContain("Also read|").And.NotContain("Share this article").And.NotContain("Advertisement");
            quote.Confidence.Should().BeInRange(0, 1);
        }
    }

    private static Gen<string> ArticleLikeText() =>
        Gen.Elements(Pieces).ListOf().Select(parts => string.Join(' ', parts));
}
