using NewsTracker.Core.Search;

namespace NewsTracker.Core.Tests.Search;

public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("NATO\" OR 1=1 --", "nato|1|1")]
    [InlineData("(troops) AND gas*", "troops|and|gas")]
    [InlineData("NEAR(a b)", "near|a|b")]
    [InlineData("Text:troops", "text|troops")]
    public void Engine_syntax_is_only_ever_words(string text, string expected)
    {
        var query = SearchQuery.Parse(text);

        query.Required.SelectMany(g => g).SelectMany(t => t.Words).Concat(query.Excluded.SelectMany(t => t.Words))
            .Should().OnlyContain(w => w.All(char.IsLetterOrDigit));
        string.Join('|', query.Required.SelectMany(g => g).SelectMany(t => t.Words)).Should().Be(expected);
    }

    [Fact]
    public void A_quoted_phrase_is_one_term_and_plain_words_are_each_required()
    {
        var query = SearchQuery.Parse("\"door is open\" Russia");

        query.Required.Should().HaveCount(2);
        query.Required[0].Should().ContainSingle().Which.Should().Match<SearchTerm>(t => t.IsPhrase && t.Text == "door is open");
        query.Required[1].Should().ContainSingle().Which.Text.Should().Be("russia");
        query.Note.Should().BeNull();
    }

    [Fact]
    public void Or_joins_its_neighbours_into_one_group_and_a_minus_excludes()
    {
        var query = SearchQuery.Parse("gas OR oil OR coal -sanctions deploy*");

        query.Required.Select(g => string.Join(',', g.Select(t => t.Text))).Should().Equal("gas,oil,coal", "deploy");
        query.Required[1][0].Prefix.Should().BeTrue();
        query.Excluded.Should().ContainSingle().Which.Text.Should().Be("sanctions");
    }

    [Theory]
    [InlineData("\"door is open", "closing quotation mark")]
    [InlineData("OR gas", "OR goes between")]
    [InlineData("gas OR", "OR goes between")]
    [InlineData("gas OR OR oil", "OR goes between")]
    [InlineData("-sanctions", "at least one word")]
    [InlineData("gas OR -oil", "excluded word")]
    public void Bad_syntax_falls_back_to_plain_words_with_a_note(string text, string note)
    {
        var query = SearchQuery.Parse(text);

        query.Note.Should().Contain(note);
        query.Excluded.Should().BeEmpty();
        query.Required.Should().OnlyContain(g => g.Count == 1 && !g[0].IsPhrase);
        query.IsEmpty.Should().BeFalse();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*")]
    [InlineData("\"\" () -- ^")]
    public void Text_without_words_is_empty(string? text)
    {
        SearchQuery.Parse(text).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void At_most_twelve_terms_are_kept_and_text_past_the_limit_is_ignored()
    {
        SearchQuery.Parse(string.Join(' ', Enumerable.Range(1, 30).Select(i => "w" + i))).Required.Should().HaveCount(SearchQuery.MaxTerms);
        SearchQuery.Parse(new string('a', SearchQuery.MaxQueryLength) + " tail").Required.Should().ContainSingle()
            .Which.Single().Text.Should().HaveLength(SearchQuery.MaxQueryLength);
    }

    [Fact]
    public void Plain_words_that_name_a_topic_become_one_term_that_also_matches_its_tag()
    {
        var query = SearchQuery.Parse("Troop deployment").WithTopics(text => text == "troop deployment" ? [4] : []);

        var term = query.Required.Should().ContainSingle().Which.Should().ContainSingle().Subject;
        term.Should().Match<SearchTerm>(t => t.Scattered && !t.IsPhrase && t.Topics!.SequenceEqual(new[] { 4 }));
    }

    [Fact]
    public void A_single_word_naming_a_topic_keyword_keeps_the_other_words_required()
    {
        var query = SearchQuery.Parse("gas Ukraine").WithTopics(text => text == "gas" ? [2] : []);

        query.Required.Should().HaveCount(2);
        query.Required[0][0].Topics.Should().Equal(2);
        query.Required[1][0].Topics.Should().BeNull();
    }
}
