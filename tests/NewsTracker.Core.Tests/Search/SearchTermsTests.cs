using NewsTracker.Core.Search;

namespace NewsTracker.Core.Tests.Search;

public sealed class SearchTermsTests
{
    [Theory]
    [InlineData("NATO\" OR 1=1 --", new[] { "nato", "or", "1" })]
    [InlineData("(troops) AND gas*", new[] { "troops", "and", "gas" })]
    [InlineData("NEAR(a b)", new[] { "near", "a", "b" })]
    [InlineData("Text:troops", new[] { "text", "troops" })]
    [InlineData("Russia’s gas", new[] { "russia", "s", "gas" })]
    public void Query_syntax_is_reduced_to_plain_lower_case_words(string text, string[] expected)
    {
        SearchTerms.Parse(text).Words.Should().Equal(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*")]
    [InlineData("\"\" () -- ^")]
    public void Text_without_words_is_empty(string? text)
    {
        SearchTerms.Parse(text).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Repeated_words_count_once()
    {
        SearchTerms.Parse("gas GAS Gas").Words.Should().Equal("gas");
    }

    [Fact]
    public void At_most_twelve_words_are_kept()
    {
        var text = string.Join(' ', Enumerable.Range(1, 30).Select(i => "w" + i));

        SearchTerms.Parse(text).Words.Should().HaveCount(SearchTerms.MaxTerms);
    }

    [Fact]
    public void Text_past_the_length_limit_is_ignored()
    {
        var text = new string('a', SearchTerms.MaxQueryLength) + " tail";

        SearchTerms.Parse(text).Words.Should().Equal(new string('a', SearchTerms.MaxQueryLength));
    }
}
