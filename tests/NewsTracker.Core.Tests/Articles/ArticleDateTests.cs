using NewsTracker.Core.Articles;
using NewsTracker.Core.Tests.Infrastructure;

namespace NewsTracker.Core.Tests.Articles;

// Where an article's date comes from (headers, datelines, front matter, JSON), what is refused, and what is only a warning.
public sealed class ArticleDateTests
{
    private static readonly DateTime Now = new(2024, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Text_header_lines_give_the_metadata_and_the_title_line_follows_them()
    {
        const string Content = "Date: 2022-01-24\nOutlet: Reuters\nURL: https://wire.example/kyiv\nAuthor: Jane Reporter\n\nKyiv braces for talks\n\nFirst paragraph.";

        var read = ArticleFileReader.ReadText(Content);

        read.Warnings.Should().BeEmpty();
        read.Article.Should().Be(new NewArticle("Kyiv braces for talks", "First paragraph.", "Reuters", "https://wire.example/kyiv", "Jane Reporter",
            new DateTime(2022, 1, 24, 0, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void A_title_header_makes_the_first_line_part_of_the_body()
    {
        var read = ArticleFileReader.ReadText("Title: Kyiv braces for talks\nDate: 2022-01-24\n\nFirst paragraph.\n\nSecond.");

        read.Article.Title.Should().Be("Kyiv braces for talks");
        read.Article.Body.Should().Be("First paragraph.\n\nSecond.");
    }

    [Fact]
    public void A_title_that_merely_contains_a_colon_is_still_the_title()
    {
        var read = ArticleFileReader.ReadText("Update: Kyiv braces for talks\n\nFirst paragraph.");

        read.Article.Title.Should().Be("Update: Kyiv braces for talks");
        read.Article.PublishedUtc.Should().BeNull();
    }

    [Fact]
    public void A_dateline_with_a_year_dates_the_article_and_names_the_outlet()
    {
        var read = ArticleFileReader.ReadText("Kyiv braces for talks\n\nKYIV, Jan. 24, 2022 (Reuters) - Ukraine said on Monday...");

        read.Article.PublishedUtc.Should().Be(new DateTime(2022, 1, 24, 0, 0, 0, DateTimeKind.Utc));
        read.Article.Outlet.Should().Be("Reuters");
        read.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void A_dateline_without_a_year_takes_the_year_from_the_url()
    {
        var read = ArticleFileReader.ReadText(
            "URL: https://www.reuters.com/world/europe/kyiv-braces-2022-01-24/\n\nKyiv braces\n\nKYIV, Jan 24 (Reuters) - Ukraine said...");

        read.Article.PublishedUtc.Should().Be(new DateTime(2022, 1, 24, 0, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void A_dateline_without_any_year_leaves_the_article_undated_with_a_warning()
    {
        var read = ArticleFileReader.ReadText("Kyiv braces\n\nKYIV, Jan 24 (Reuters) - Ukraine said on Monday...");

        read.Article.PublishedUtc.Should().BeNull();
        read.Article.Outlet.Should().Be("Reuters");
        read.Warnings.Should().ContainSingle().Which.Should().Contain("Jan 24").And.Contain("no year");
    }

    [Fact]
    public void A_date_header_beats_the_dateline()
    {
        var read = ArticleFileReader.ReadText("Date: 2022-01-25\n\nKyiv braces\n\nKYIV, Jan 24, 2022 (Reuters) - Ukraine said...");

        read.Article.PublishedUtc.Should().Be(new DateTime(2022, 1, 25, 0, 0, 0, DateTimeKind.Utc));
    }

    [Theory]
    [InlineData("story.txt", "Date: the day after tomorrow\n\nKyiv braces\n\nBody.")]
    [InlineData("story.md", "---\ntitle: Kyiv braces\ndate: 32/13/2022\n---\nBody.")]
    [InlineData("story.json", """{ "title": "Kyiv braces", "body": "Body.", "publishedAt": "someday" }""")]
    public void A_date_that_cannot_be_read_is_a_warning_and_the_article_is_undated(string file, string content)
    {
        var read = ArticleFileReader.Read(file, content).Single();

        read.Article.PublishedUtc.Should().BeNull();
        read.Warnings.Should().ContainSingle().Which.Should().Contain("could not be read");
    }

    [Fact]
    public void A_published_date_more_than_a_day_ahead_is_refused()
    {
        var article = new NewArticle("Title", "Body.", PublishedUtc: Now.AddDays(3));

        ArticleRules.Validate(article, Now).Should().ContainSingle().Which.Should().Be(
            "The published date 2024-03-04 is in the future; give the date the article was published.");
    }

    [Fact]
    public void A_published_date_up_to_a_day_ahead_is_accepted_for_time_zones()
    {
        ArticleRules.Validate(new NewArticle("Title", "Body.", PublishedUtc: Now.AddHours(20)), Now).Should().BeEmpty();
    }

    [Fact]
    public void The_seed_file_carries_its_real_date_and_outlet()
    {
        var article = Seed.StoltenbergArticle;

        article.PublishedUtc.Should().Be(new DateTime(2022, 1, 31, 0, 0, 0, DateTimeKind.Utc));
        article.Outlet.Should().Be("WION");
        article.Title.Should().StartWith("No plans to send combat troops to Ukraine");
    }

    [Theory]
    [InlineData("LONDON, 24 January (Reuters) - Text", 1, 24, null, "Reuters")]
    [InlineData("NEW YORK, Sept. 3, 2023 (AP) — Text", 9, 3, 2023, "AP")]
    [InlineData("WASHINGTON/MOSCOW, Feb 2 - Text", 2, 2, null, null)]
    public void Datelines_in_the_common_wire_forms_are_read(string paragraph, int month, int day, int? year, string? outlet)
    {
        Dateline.Read(paragraph).Should().Be(new Dateline(month, day, year, outlet));
    }

    [Theory]
    [InlineData("“We have no plans,” Stoltenberg said - and then left.")]
    [InlineData("Kyiv, Jan 24 (Reuters) - lower-case place")]
    [InlineData("KYIV, Monday (Reuters) - no date")]
    [InlineData("KYIV, Jan 44 (Reuters) - no such day")]
    public void Ordinary_first_paragraphs_are_not_datelines(string paragraph)
    {
        Dateline.Read(paragraph).Should().BeNull();
    }
}
