using NewsTracker.Core.Extraction;
using NewsTracker.Core.Quotes;

namespace NewsTracker.Core.Tests.Extraction;

public sealed class ReportedSpeechTests
{
    [Theory]
    [InlineData("Stoltenberg has said that the alliance has no plans to deploy troops on the ground.", "the alliance has no plans to deploy troops on the ground")]
    [InlineData("The minister said the talks would resume in Geneva next month.", "the talks would resume in Geneva next month")]
    [InlineData("The U.S. Secretary of State said last week that America has responded to Russia’s demands.", "America has responded to Russia’s demands")]
    [InlineData("Zelensky told reporters in Kyiv that his country needed more air defence systems.", "his country needed more air defence systems")]
    [InlineData("According to the Kremlin, the two presidents will speak by phone on Friday.", "the two presidents will speak by phone on Friday")]
    [InlineData("The two presidents will speak by phone on Friday, according to the Kremlin.", "The two presidents will speak by phone on Friday")]
    [InlineData("The talks will resume in May, the minister said.", "The talks will resume in May")]
    [InlineData("As per the foreign ministry, the talks will resume next week in Doha.", "the talks will resume next week in Doha")]
    [InlineData("The talks will resume next week in Doha, as per the foreign ministry.", "The talks will resume next week in Doha")]
    [InlineData("Estonia will raise defence spending to 5% of GDP next year, Defence Minister Kristjan Tamm announced on Monday.", "Estonia will raise defence spending to 5% of GDP next year")]
    [InlineData("Moldovan Foreign Minister Mihai Rusu was quoted as saying by the state news agency that Chisinau aimed to finish talks by 2028.", "Chisinau aimed to finish talks by 2028")]
    [InlineData("The harbour office will likewise close the north quay in May, Ada Quist points out.", "The harbour office will likewise close the north quay in May")]
    [InlineData("Ada Quist points out that the harbour office will close the north quay in May.", "the harbour office will close the north quay in May")]
    // A subject and its verb of three words before "that" open the clause; "that" is inside it.
    [InlineData("The court's spokesman said the ruling showed that the judges had acted alone.", "the ruling showed that the judges had acted alone")]
    [InlineData("Ada Quist said the vote proved that the harbour office had lost its majority.", "the vote proved that the harbour office had lost its majority")]
    public void A_speech_verb_with_a_content_clause_reports_that_clause(string body, string clause)
    {
        Extractor.Indirect(body).Should().ContainSingle().Which.Text.Should().Be(clause);
    }

    [Theory]
    [InlineData("Stoltenberg had also called for diversifying its energy imports.")]
    [InlineData("Stoltenberg recently highlighted the importance of diplomatic dialogue.")]
    [InlineData("Asked about the sanctions, the spokesman did not say whether they would be lifted.")]
    [InlineData("Asked about the sanctions, the spokesman has not yet said whether they would be lifted.")]
    [InlineData("Russia has been accused of weaponizing gas to achieve geopolitical ambitions.")]
    [InlineData("Vogel announced the package during an unannounced visit to Kyiv on Tuesday.")]
    [InlineData("Salaries will be paid as per the new rules adopted by the cabinet last month.")]
    public void A_speech_verb_without_a_content_clause_reports_nothing(string body)
    {
        Extractor.Indirect(body).Should().BeEmpty();
    }

    // A few words of listener, place or manner before a colon or a comma and a quotation report nothing of their own.
    [Theory]
    [InlineData("Ivo Lund told reporters outside the court: \u201COur lawyers will take this to the higher court in spring.\u201D")]
    [InlineData("The mayor said only: \u201CThe ferry will sail again once the new cranes are working.\u201D")]
    [InlineData("\u201CThe quay has been empty for years,\u201D Karin Holm told guests at the ceremony, \u201Cbut from May the cranes will be busy.\u201D")]
    public void A_listener_before_a_quotation_is_no_reported_clause(string body)
    {
        var result = Extractor.Run(body);

        result.Quotes.Should().ContainSingle().Which.Kind.Should().Be(QuoteKind.Direct);
    }

    // A source's request not to be named, and a negation inside it, are no part of the speech verb that follows.
    [Theory]
    [InlineData("A port official who asked not to have his name printed said the north quay would close in May.")]
    [InlineData("A port official who asked to remain anonymous said the north quay would close in May.")]
    [InlineData("A port official who was not named said the north quay would close in May.")]
    public void A_relative_clause_of_anonymity_leaves_the_source_and_the_clause(string body)
    {
        var quote = Extractor.Indirect(body).Should().ContainSingle().Subject;

        quote.Text.Should().Be("the north quay would close in May");
        quote.Source!.Description.Should().Be("a port official");
    }

    // A posting in lower case after an envoy's title belongs to the speaker phrase ("the nominee for ambassador to Norway").
    [Theory]
    [InlineData("the governor's nominee for ambassador to Norway told senators on Tuesday.", "the governor's nominee for ambassador to Norway")]
    [InlineData("the new envoy to Freedonia said on Tuesday.", "the new envoy to Freedonia")]
    public void A_content_first_clause_is_reported_by_an_envoy_with_a_posting_in_lower_case(string attribution, string speaker)
    {
        var quote = Extractor.Indirect("The levy on imported ferries has served its purpose and should end next year, " + attribution)
            .Should().ContainSingle().Subject;

        quote.Text.Should().Be("The levy on imported ferries has served its purpose and should end next year");
        quote.SpeakerAsWritten.Should().Be(speaker);
    }

    [Fact]
    public void The_clause_stops_where_the_sentence_turns_back_to_the_speaker()
    {
        var quote = Extractor.Indirect("The ministry said Russia would respond accordingly, without giving details.").Should().ContainSingle().Subject;

        quote.Text.Should().Be("Russia would respond accordingly");
    }

    [Fact]
    public void One_sentence_can_report_two_clauses()
    {
        var quotes = Extractor.Indirect("Nigeria’s Foreign Minister Yusuf Bello told journalists that Nigeria would keep cooperating on security, noting that the jihadist threat knows no borders.");

        quotes.Select(q => q.Text).Should().Equal("Nigeria would keep cooperating on security", "the jihadist threat knows no borders");
        quotes.Should().OnlyContain(q => q.Speaker!.Name == "Yusuf Bello");
    }

    [Fact]
    public void A_quoted_fragment_inside_reported_speech_is_a_direct_quote_and_the_clause_an_indirect_one()
    {
        var body = "Republican candidate Wade Cutler warned that her policy would “lead to World War Three” if she won.";

        var result = Extractor.Run(body);

        var direct = result.Quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Direct).Subject;
        direct.Text.Should().Be("lead to World War Three");
        direct.Speaker!.Name.Should().Be("Wade Cutler");
        var indirect = result.Quotes.Should().ContainSingle(q => q.Kind == QuoteKind.Indirect).Subject;
        indirect.Text.Should().Be("her policy would “lead to World War Three” if she won");
        indirect.Speaker!.Name.Should().Be("Wade Cutler");
    }

    [Fact]
    public void A_one_or_two_word_fragment_is_no_quote_but_keeps_its_clause()
    {
        var result = Extractor.Run("The foreign minister, Anna Berg, said the plan was “reckless” and would fail.");

        result.Quotes.Should().ContainSingle().Which.Should().Match<ExtractedQuote>(q =>
            q.Kind == QuoteKind.Indirect && q.Text == "the plan was “reckless” and would fail");
    }

    [Fact]
    public void A_clause_that_is_all_quotation_stays_a_direct_quote_only()
    {
        var quotes = Extractor.Run("Iran’s deputy foreign minister Abbas Karimzadeh said that “everything is negotiable except our right to enrich”.").Quotes;

        quotes.Should().ContainSingle().Which.Kind.Should().Be(QuoteKind.Direct);
    }
}
