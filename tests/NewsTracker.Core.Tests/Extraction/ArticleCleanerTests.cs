using NewsTracker.Core.Extraction;

namespace NewsTracker.Core.Tests.Extraction;

public sealed class ArticleCleanerTests
{
    [Theory]
    [InlineData("Advertisement")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Advertisement2")]
    [InlineData("Also read| N.Korea confirms test-firing of intermediate-range ballistic missile")]
    [InlineData("Also Read: Imran Khan slammed for shortage of fever pill")]
    [InlineData("Read more")]
    [InlineData("READ MORE: Germany to send more air defence systems")]
    [InlineData("Share this article")]
    [InlineData("Follow us on X and Telegram for the latest updates")]
    [InlineData("(Photo: Reuters)")]
    [InlineData("Photo credit: AFP")]
    [InlineData("Sign up for our daily briefing")]
    [InlineData("Subscribe to our newsletter")]
    [InlineData("Story continues below advertisement")]
    [InlineData("Note from the author:")]
    [InlineData("Editor's note: This conversation was shortened for space.")]
    [InlineData("If you value our harbour coverage, back us with a monthly gift.")]
    public void Page_furniture_lines_are_removed(string furniture)
    {
        var clean = ArticleCleaner.Clean($"First paragraph of the story.\n\n{furniture}\n\nSecond paragraph of the story.");

        clean.Should().Be("First paragraph of the story.\n\nSecond paragraph of the story.");
    }

    [Theory]
    [InlineData("Readers in Kyiv woke to air-raid sirens on Tuesday.")]
    [InlineData("Advertisements for military recruitment now line the streets of Moscow, officials said.")]
    [InlineData("Photographs of the damaged port were shared widely on Telegram, where the regional governor posted a long statement about the strike.")]
    [InlineData("Sharing intelligence with Ukraine remains a priority, the minister said.")]
    public void Real_sentences_that_merely_start_like_furniture_are_kept(string sentence)
    {
        ArticleCleaner.Clean(sentence).Should().Be(sentence);
    }

    [Fact]
    public void Whitespace_is_normalised_and_paragraphs_are_separated_by_one_blank_line()
    {
        var raw = "  Title line  \r\n\r\n\r\nFirst\u00A0paragraph   with  spaces.\u200B\r\n\u00A0\r\nSecond paragraph.";

        ArticleCleaner.Clean(raw).Should().Be("Title line\n\nFirst paragraph with spaces.\n\nSecond paragraph.");
    }

    [Fact]
    public void A_hard_wrapped_line_that_stops_mid_sentence_joins_the_next()
    {
        var raw = "The minister said the alliance would\nsend more troops to the eastern flank.\n\nNext paragraph.";

        ArticleCleaner.Clean(raw).Should().Be("The minister said the alliance would send more troops to the eastern flank.\n\nNext paragraph.");
    }

    [Fact]
    public void The_seed_article_loses_its_furniture_and_nothing_else()
    {
        var clean = ArticleCleaner.Clean(SeedText.Body);

        clean.Should().NotContain("Advertisement").And.NotContain("Also read");
        clean.Should().Contain("Stoltenberg recently highlighted the importance of diplomatic dialogue");
        clean.Should().Contain("Russia has reportedly amassed over 1,00,000 troops at its borders with Ukraine.");
        clean.Should().EndWith("Blinken reaffirmed.");
    }

    [Fact]
    public void Every_quote_offset_points_at_its_text_in_the_cleaned_body()
    {
        var result = Extractor.Run(SeedText.Body);

        result.Quotes.Should().NotBeEmpty();
        foreach (var quote in result.Quotes)
        {
            result.CleanBody[quote.Start..quote.End].Should().Be(quote.Text);
        }
    }
    [Theory]
    [InlineData("The mayor said the bridge would reopen ``within weeks'' of the vote.", "The mayor said the bridge would reopen “within weeks” of the vote.")]
    [InlineData("''We have waited long enough,'' the mayor said.", "“We have waited long enough,” the mayor said.")]
    [InlineData("He called it ''a scandal'' and left.", "He called it “a scandal” and left.")]
    [InlineData("The mayor's office didn't comment.", "The mayor's office didn't comment.")]
    public void Wire_archive_marks_become_curly_quotation_marks(string line, string cleaned)
    {
        ArticleCleaner.Clean(line).Should().Be(cleaned);
    }

    [Fact]
    public void A_quotation_in_wire_archive_marks_is_a_direct_quote_with_its_speaker()
    {
        var quote = Extractor.Direct("Mayor Ilona Berg opened the bridge.\n\n``We have waited long enough for this day,'' Berg said.").Should().ContainSingle().Subject;

        quote.Text.Should().Be("We have waited long enough for this day");
        quote.Speaker!.Name.Should().Be("Ilona Berg");
    }
}
