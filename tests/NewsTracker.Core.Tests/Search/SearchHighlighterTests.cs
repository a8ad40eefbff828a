using NewsTracker.Core.Search;

namespace NewsTracker.Core.Tests.Search;

public sealed class SearchHighlighterTests
{
    [Fact]
    public void Matched_words_are_marked_including_their_inflections_and_folded_diacritics()
    {
        var pieces = SearchHighlighter.Highlight("The deployment of Élysée staff: we deploy today.", SearchQuery.Parse("deploy elysee"));

        Marked(pieces).Should().Equal("deployment", "Élysée", "deploy");
        string.Concat(pieces.Select(p => p.Text)).Should().Be("The deployment of Élysée staff: we deploy today.");
    }

    [Fact]
    public void A_phrase_is_marked_only_where_its_words_stand_in_order_as_one_mark()
    {
        var pieces = SearchHighlighter.Highlight("The door is open. Is the door open?", SearchQuery.Parse("\"door is open\""));

        Marked(pieces).Should().Equal("door is open");
    }

    [Fact]
    public void Excluded_words_are_not_marked_and_markup_in_the_text_stays_text()
    {
        var pieces = SearchHighlighter.Highlight("<script>alert('gas')</script> and sanctions", SearchQuery.Parse("gas -sanctions"));

        Marked(pieces).Should().Equal("gas");
        pieces[0].Should().Be(new HighlightedText("<script>alert('", false));
    }

    [Fact]
    public void Without_a_search_the_text_is_one_unmarked_piece()
    {
        SearchHighlighter.Highlight("Energy talks.", SearchQuery.Empty).Should().Equal(new HighlightedText("Energy talks.", false));
    }

    private static IEnumerable<string> Marked(IEnumerable<HighlightedText> pieces) => pieces.Where(p => p.IsMatch).Select(p => p.Text);
}
