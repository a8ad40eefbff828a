using NewsTracker.Core.Feeds;

namespace NewsTracker.Core.Tests.Feeds;

public sealed class FeedDocumentTests
{
    private const string FeedUrl = "https://wire.example/world/feed.xml";

    [Fact]
    public void Atom_entries_give_their_links_titles_authors_and_dates()
    {
        const string Atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:wire</id><updated>2022-04-13T10:00:00Z</updated>
              <entry><title>Talks resume</title><id>urn:1</id><link href="/world/talks"/><updated>2022-04-13T09:30:00+02:00</updated>
                <published>2022-04-13T09:30:00+02:00</published><author><name>Anne Kauranen</name></author></entry>
            </feed>
            """;

        var (entries, error) = FeedDocument.Parse(Atom, FeedUrl);

        error.Should().BeNull();
        entries.Should().ContainSingle().Which.Should().Be(new FeedEntry("https://wire.example/world/talks", "Talks resume", "Anne Kauranen",
            new DateTime(2022, 4, 13, 7, 30, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Rss_1_0_items_are_read()
    {
        const string Rdf = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://wire.example/"><title>Wire</title><link>https://wire.example/</link><description>d</description></channel>
              <item rdf:about="https://wire.example/a"><title>First</title><link>https://wire.example/a</link><dc:date>2022-04-11T08:00:00Z</dc:date></item>
              <item rdf:about="https://wire.example/b"><title>Second</title><link>https://wire.example/b</link></item>
            </rdf:RDF>
            """;

        var (entries, error) = FeedDocument.Parse(Rdf, FeedUrl);

        error.Should().BeNull();
        entries.Select(e => e.Link).Should().Equal("https://wire.example/a", "https://wire.example/b");
    }

    [Theory]
    [InlineData("<rss><channel><item><title>cut off")]
    [InlineData("<html><body>Not a feed</body></html>")]
    [InlineData("")]
    public void What_is_not_a_feed_is_an_error_not_an_exception(string text)
    {
        var (entries, error) = FeedDocument.Parse(text, FeedUrl);

        entries.Should().BeEmpty();
        error.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void A_feed_declaring_entities_is_refused_before_it_is_parsed()
    {
        const string Bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <rss version="2.0"><channel><title>&b;</title></channel></rss>
            """;

        FeedDocument.Parse(Bomb, FeedUrl).Error.Should().Contain("entities");
    }

    [Fact]
    public void Items_without_a_web_link_are_left_out_and_repeats_count_once()
    {
        const string Rss = """
            <rss version="2.0"><channel><title>t</title>
              <item><title>a</title><link>https://wire.example/a#top</link></item>
              <item><title>again</title><link>https://wire.example/a</link></item>
              <item><title>mail</title><link>mailto:desk@wire.example</link></item>
              <item><title>none</title></item>
            </channel></rss>
            """;

        FeedDocument.Parse(Rss, FeedUrl).Entries.Select(e => e.Link).Should().Equal("https://wire.example/a");
    }
}
