using NewsTracker.Core.Data;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Extraction.Tagging;

namespace NewsTracker.Core.Tests.Extraction.Tagging;

// Extraction tags a quote from the body's words stemmed once (DocumentStems); a re-tag reads the stored text alone.
// Both must give the same topics.
public sealed class DocumentStemsTests
{
    private static readonly TopicRules Defaults = TopicRules.Compile(ReferenceData.Topics);

    private const string Body = "The grid operator said on Monday that gas supplies to the region would be cut by a third. "
        + "“We will not send troops, but the air defence systems will arrive before winter,” the minister said.\n\n"
        + "Sanctions on the shadow fleet of oil tankers were widened, the U.S. envoy said. The hall emptied on Friday.";

    [Theory]
    [InlineData("gas supplies to the region would be cut by a third", true)]
    [InlineData("We will not send troops, but the air defence systems will arrive before winter", true)]
    [InlineData("Sanctions on the shadow fleet of oil tankers were widened", true)]
    [InlineData("The hall emptied on Friday.", false)]
    public void A_quote_read_from_the_body_gets_the_topics_of_its_text_read_alone(string quote, bool tagged)
    {
        var start = Body.IndexOf(quote, StringComparison.Ordinal);
        var end = start + quote.Length;
        var stems = new DocumentStems(new ArticleDocument(Body), Defaults);

        var fromBody = TopicTagger.Tag(quote, new TextRange(start, end), start, end, stems);

        fromBody.Should().Equal(TopicTagger.Tag(quote, QuoteSentence.Around(Body, start, end), Defaults));
        (fromBody.Count > 0).Should().Be(tagged);
    }

    [Fact]
    public void Words_stemmed_once_serve_every_quote_of_the_article()
    {
        var stems = new DocumentStems(new ArticleDocument(Body), Defaults);
        var first = new List<int>();
        var again = new List<int>();

        stems.TryRead(0, Body.Length, first).Should().BeTrue();
        stems.TryRead(0, Body.Length, again).Should().BeTrue();

        again.Should().Equal(first);
        first.Should().Contain(id => id >= 0, "the body holds words the reference topics use");
    }

    [Fact]
    public void A_range_that_cuts_a_word_is_not_read_from_the_body()
    {
        var stems = new DocumentStems(new ArticleDocument(Body), Defaults);
        var start = Body.IndexOf("supplies", StringComparison.Ordinal);

        stems.TryRead(start + 2, start + 40, new List<int>()).Should().BeFalse();
        stems.TryRead(start, start + 5, new List<int>()).Should().BeFalse();
    }

    [Fact]
    public void A_quote_cut_mid_word_is_tagged_from_its_own_text()
    {
        var start = Body.IndexOf("upplies to the region", StringComparison.Ordinal);
        var end = Body.IndexOf(" would be cut", StringComparison.Ordinal);
        var quote = Body[start..end];
        var stems = new DocumentStems(new ArticleDocument(Body), Defaults);

        TopicTagger.Tag(quote, new TextRange(start, end), start, end, stems)
            .Should().Equal(TopicTagger.Tag(quote, QuoteSentence.Around(Body, start, end), Defaults));
    }
}
