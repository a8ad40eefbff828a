using NewsTracker.Core.Extraction;

namespace NewsTracker.Core.Tests.Extraction;

public sealed class SegmentationTests
{
    [Theory]
    [InlineData("The U.S. envoy met Lt. Col. Mikko Rantanen in St. Petersburg on Jan. 5 to discuss Gate No. 3.")]
    [InlineData("Mr. Harlan and Gen. Petro Kovalenko spoke about N.Korea and the U.K. on Tuesday.")]
    [InlineData("Russia has amassed over 1,00,000 troops, and growth slowed to 3.5 per cent.")]
    [InlineData("Dr. Lucia Ferrante of the U.N. said the talks would resume.")]
    public void Abbreviations_and_numbers_do_not_end_a_sentence(string text)
    {
        SentencesIn(text).Should().Be(1);
    }

    [Fact]
    public void Full_stops_question_and_exclamation_marks_end_sentences()
    {
        SentencesIn("The talks ended. Will they resume? Nobody knows! The envoy left.").Should().Be(4);
    }

    // "X." after "on" is the platform ending a sentence, not an initial before a name; "Malcolm X. Brandt" keeps it.
    [Fact]
    public void The_platform_X_at_the_end_of_a_sentence_ends_it()
    {
        SentencesIn("Ada Quist welcomed the decision, as she wrote on X. Brandt, who met her later, went further.").Should().Be(2);
        SentencesIn("The envoy met Jon X. Berg on Tuesday.").Should().Be(1);
    }

    [Fact]
    public void A_quotation_that_ends_its_own_sentence_is_followed_by_a_new_one()
    {
        SentencesIn("“We will not retreat.” Officials in Kyiv were more cautious.").Should().Be(2);
    }

    [Fact]
    public void The_attribution_after_an_exclamation_stays_in_the_quotation_sentence()
    {
        SentencesIn("“We will never surrender!” Lavrov said.").Should().Be(1);
    }

    [Theory]
    [InlineData("U.S.", "U.S.")]
    [InlineData("N.Korea", "N.Korea")]
    [InlineData("1,00,000", "1,00,000")]
    [InlineData("3.5", "3.5")]
    [InlineData("Secretary-General", "Secretary-General")]
    [InlineData("There’s", "There’s")]
    [InlineData("NATO's", "NATO")]
    public void Tokens_keep_acronyms_numbers_and_contractions_whole(string text, string firstToken)
    {
        var tokens = Tokenizer.Tokenize(text, 0, text.Length);

        tokens[0].Text(text).Should().Be(firstToken);
    }

    private static int SentencesIn(string text)
    {
        var analysis = new ArticleAnalysis(new ArticleDocument(ArticleCleaner.Clean(text)), Extractor.Catalogue);
        return analysis.SentenceOf(analysis.Tokens.Count - 1) - analysis.SentenceOf(0) + 1;
    }

    // "… Harbour Salt Ltd. A spokesman for the firm said": a company's suffix ends its sentence when a determiner or a
    // pronoun opens the next; before a name it is still inside the sentence.
    [Theory]
    [InlineData("Ports will take grain from any buyer, according to Harbour Salt Ltd. A spokesman for the firm said so.", 2)]
    [InlineData("The grain went to Harbour Salt Inc. It paid in advance.", 2)]
    [InlineData("The grain went to Harbour Salt Ltd. Brandt and Partners paid in advance.", 1)]
    public void A_company_suffix_ends_the_sentence_only_before_a_determiner_or_a_pronoun(string text, int sentences)
    {
        SentencesIn(text).Should().Be(sentences);
    }
}
