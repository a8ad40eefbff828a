using NewsTracker.Core.Articles;
using NewsTracker.Core.Tests.Infrastructure;

namespace NewsTracker.Core.Tests.Articles;

public sealed class ArticleFileReaderTests
{
    [Fact]
    public void A_text_files_first_non_empty_line_is_the_title_and_the_rest_the_body()
    {
        var article = ArticleFileReader.Parse("story.txt", "\n\n  Talks resume in Geneva  \r\n\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n").Single();

        article.Title.Should().Be("Talks resume in Geneva");
        article.Body.Should().Be("First paragraph.\n\nSecond paragraph.");
    }

    [Fact]
    public void The_seed_file_reads_as_the_Stoltenberg_article()
    {
        var article = Seed.StoltenbergArticle;

        article.Title.Should().StartWith("No plans to send combat troops to Ukraine");
        article.Body.Should().StartWith("\u201CWe have no plans");
    }

    [Fact]
    public void An_empty_text_file_gives_an_article_without_title_or_body()
    {
        var article = ArticleFileReader.Parse("empty.txt", " \n\n").Single();

        article.Title.Should().BeEmpty();
        article.Body.Should().BeEmpty();
    }

    [Fact]
    public void Markdown_front_matter_gives_the_metadata()
    {
        const string Content = """
            ---
            title: "Talks resume in Geneva"
            outlet: Wire
            url: https://wire.example/geneva
            author: 'Jane Reporter'
            date: 2024-02-12T08:30:00Z
            ---
            First paragraph.

            Second paragraph.
            """;

        var article = ArticleFileReader.Parse("story.md", Content).Single();

        article.Should().Be(new NewArticle(
            "Talks resume in Geneva",
            "First paragraph.\n\nSecond paragraph.",
            "Wire",
            "https://wire.example/geneva",
            "Jane Reporter",
            new DateTime(2024, 2, 12, 8, 30, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Markdown_front_matter_without_a_title_takes_the_heading()
    {
        const string Content = "---\noutlet: Wire\n---\n# Talks resume in Geneva\n\nFirst paragraph.\n";

        var article = ArticleFileReader.Parse("story.md", Content).Single();

        article.Title.Should().Be("Talks resume in Geneva");
        article.Body.Should().Be("First paragraph.");
        article.Outlet.Should().Be("Wire");
    }

    [Fact]
    public void Markdown_without_front_matter_takes_the_heading_as_title()
    {
        var article = ArticleFileReader.Parse("story.md", "## Talks resume\n\nBody text.").Single();

        article.Title.Should().Be("Talks resume");
        article.Body.Should().Be("Body text.");
    }

    [Fact]
    public void A_markdown_body_opening_with_a_list_keeps_its_dashes()
    {
        const string Content = "---\ntitle: Talks resume\n---\n- First point.\n- Second point.\n";

        var article = ArticleFileReader.Parse("story.md", Content).Single();

        article.Body.Should().Be("- First point.\n- Second point.");
    }

    [Fact]
    public void A_front_matter_date_is_read_as_utc()
    {
        var article = ArticleFileReader.Parse("story.md", "---\ntitle: T\ndate: 2024-02-12\n---\nBody.").Single();

        article.PublishedUtc.Should().Be(new DateTime(2024, 2, 12, 0, 0, 0, DateTimeKind.Utc));
        article.PublishedUtc!.Value.Kind.Should().Be(DateTimeKind.Utc);
    }

    [Fact]
    public void A_json_object_is_one_article()
    {
        const string Content = """
            { "title": "Talks resume", "body": "Body text.", "outlet": "Wire", "url": "https://wire.example/a", "author": "J. R.", "publishedAt": "2024-02-12T10:00:00+02:00" }
            """;

        var article = ArticleFileReader.Parse("story.json", Content).Single();

        article.Should().Be(new NewArticle(
            "Talks resume", "Body text.", "Wire", "https://wire.example/a", "J. R.", new DateTime(2024, 2, 12, 8, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void A_json_array_is_several_articles()
    {
        const string Content = """[ { "title": "One", "text": "First." }, { "Title": "Two", "Body": "Second.", "date": "2024-01-05" } ]""";

        var articles = ArticleFileReader.Parse("batch.json", Content);

        articles.Select(a => (a.Title, a.Body)).Should().Equal(("One", "First."), ("Two", "Second."));
        articles[1].PublishedUtc.Should().Be(new DateTime(2024, 1, 5, 0, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void A_json_value_that_is_not_an_object_is_a_format_error()
    {
        var parse = () => ArticleFileReader.Parse("batch.json", "[ 1, 2 ]");

        parse.Should().Throw<FormatException>();
    }

    [Fact]
    public void An_unreadable_date_is_left_empty()
    {
        ArticleFileReader.ParseDate("last Tuesday").Should().BeNull();
    }

    [Theory]
    [InlineData("a.txt", true)]
    [InlineData("a.MD", true)]
    [InlineData("a.json", true)]
    [InlineData("a.gold.json", false)]
    [InlineData("a.html", false)]
    [InlineData("README.md", false)]
    [InlineData("folder/readme.txt", false)]
    [InlineData(".draft.md", false)]
    [InlineData("readme-notes.md", true)]
    public void Only_text_markdown_and_json_files_are_article_files(string path, bool expected)
    {
        ArticleFileReader.IsArticleFile(path).Should().Be(expected);
    }
}
