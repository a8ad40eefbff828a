using NewsTracker.Core.Articles;
using NewsTracker.Core.Common;

namespace NewsTracker.Core.Tests.Articles;

// The API names the field of each error from these keys, so every rule must say which field it is about.
public sealed class ArticleRuleFieldTests
{
    private static readonly DateTime Now = new(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Every_broken_field_is_reported_under_its_own_name()
    {
        var article = new NewArticle(
            Title: "\u200B",
            Body: "Words " + new string('\u0001', 100),
            Outlet: new string('o', Article.OutletMaxLength + 1),
            Url: "ftp://example.org/story",
            Author: new string('a', Article.AuthorMaxLength + 1),
            PublishedUtc: Now.AddDays(3));

        var errors = ArticleRules.Check(article, Now);

        errors.Select(e => e.Field).Should().BeEquivalentTo(
            [InputFields.Title, InputFields.Body, InputFields.Outlet, InputFields.Url, InputFields.Author, InputFields.PublishedAt]);
        errors.Should().ContainSingle(e => e.Field == InputFields.PublishedAt).Which.Message.Should().Contain("in the future");
    }

    [Fact]
    public void Validate_gives_the_same_messages_as_check()
    {
        var article = new NewArticle(" ", " ", Url: "not a url");

        ArticleRules.Validate(article, Now).Should().Equal(ArticleRules.Check(article, Now).Select(e => e.Message));
    }
}
