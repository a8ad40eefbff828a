using NewsTracker.Core.Articles;
using NewsTracker.Core.Quotes;
using NewsTracker.Web.Pages.Articles;

namespace NewsTracker.Web.Tests.Pages;

public sealed class ArticleBodyTests
{
    private const string Body = "He said: \"one two three\" and then \"four five\".";

    [Fact]
    public void Segments_cover_the_whole_body_in_order()
    {
        var segments = ArticleBody.Segment(Body, [Quote(1, 10, 23), Quote(2, 35, 44)]);

        string.Concat(segments.Select(s => s.Text)).Should().Be(Body);
        segments.Where(s => s.Quote is not null).Select(s => s.Text).Should().Equal("one two three", "four five");
        segments.Where(s => s.StartsQuote).Select(s => s.Quote!.Id).Should().Equal(1, 2);
    }

    [Fact]
    public void Out_of_range_and_inverted_offsets_are_clamped_or_dropped()
    {
        var segments = ArticleBody.Segment(Body, [Quote(1, -5, 2), Quote(2, 40, 10_000), Quote(3, 20, 12), Quote(4, 7, 7)]);

        string.Concat(segments.Select(s => s.Text)).Should().Be(Body);
        segments.Where(s => s.Quote is not null).Select(s => (s.Quote!.Id, s.Text)).Should().Equal((1, "He"), (2, "five\"."));
    }

    [Fact]
    public void Overlapping_quotes_give_the_shared_text_to_the_innermost_quote()
    {
        var segments = ArticleBody.Segment(Body, [Quote(1, 10, 44), Quote(2, 14, 17)]);

        string.Concat(segments.Select(s => s.Text)).Should().Be(Body);
        segments.Where(s => s.Quote is not null).Select(s => (s.Quote!.Id, s.Text))
            .Should().Equal((1, "one "), (2, "two"), (1, " three\" and then \"four five"));
        segments.Count(s => s.StartsQuote).Should().Be(2);
    }

    [Fact]
    public void An_offset_inside_a_surrogate_pair_never_splits_the_character()
    {
        const string FlagText = "Flag 🇺🇦 raised";

        var segments = ArticleBody.Segment(FlagText, [Quote(1, 6, 9)]);

        string.Concat(segments.Select(s => s.Text)).Should().Be(FlagText);
        segments.Should().OnlyContain(s => s.Text.Length == 0 || !char.IsLowSurrogate(s.Text[0]));
    }

    [Fact]
    public void A_body_without_quotes_is_one_plain_segment()
    {
        var segments = ArticleBody.Segment(Body, []);

        segments.Should().ContainSingle().Which.Should().Be(new BodySegment(Body, null, false));
    }

    private static ArticleQuote Quote(int id, int start, int end) =>
        new(id, "q", QuoteKind.Direct, null, null, start, end, 1, null, id, 1, [], []);
}
