using System.Text;
using NewsTracker.Core.Articles;

namespace NewsTracker.Core.Tests.Articles;

public sealed class ArticleTextTests
{
    private const string Story = "Talks resume in Geneva\n\n“We are ready to talk,” Sergei Lavrov said. Київ відповів.";

    [Fact]
    public void Utf8_with_or_without_a_byte_order_mark_decodes_to_the_same_text()
    {
        var plain = Encoding.UTF8.GetBytes(Story);

        ArticleText.Decode(plain).Text.Should().Be(Story);
        ArticleText.Decode([.. Encoding.UTF8.GetPreamble(), .. plain]).Text.Should().Be(Story);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_without_a_byte_order_mark_is_recognised_and_decoded(bool bigEndian)
    {
        var bytes = new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(Story);

        var decoded = ArticleText.Decode(bytes);

        decoded.Error.Should().BeNull();
        decoded.Text.Should().Be(Story);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_decoded()
    {
        var encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);

        ArticleText.Decode([.. encoding.GetPreamble(), .. encoding.GetBytes(Story)]).Text.Should().Be(Story);
    }

    [Fact]
    public void Binary_junk_is_refused_as_not_text()
    {
        var junk = new byte[2048];
        new Random(7).NextBytes(junk);

        var decoded = ArticleText.Decode(junk);

        decoded.Text.Should().BeNull();
        decoded.Error.Should().Contain("binary data");
    }

    [Fact]
    public void Text_with_nul_bytes_is_refused()
    {
        var bytes = Encoding.UTF8.GetBytes("Title\n\nBody with a \0 NUL byte in it, and more words after it.");

        ArticleText.Decode(bytes).Error.Should().Contain("NUL");
    }

    [Fact]
    public void Latin1_text_is_refused_with_a_hint_to_save_it_as_utf8()
    {
        var bytes = Encoding.Latin1.GetBytes("Élysée statement\n\nThe président said the talks would resume.");

        ArticleText.Decode(bytes).Error.Should().Be("The file is not UTF-8 text; save it as UTF-8 (or UTF-16) and try again.");
    }

    [Theory]
    [InlineData("\u200B\u200B")]
    [InlineData("\u200D \uFEFF\u2060")]
    [InlineData("\u3164\u3164")]
    [InlineData("\u00A0 \t")]
    [InlineData("\u0301")]
    public void A_title_of_invisible_characters_only_is_refused(string title)
    {
        ArticleRules.Validate(new NewArticle(title, "Body text.")).Should().ContainSingle()
            .Which.Should().StartWith(string.IsNullOrWhiteSpace(title) ? "A title is required" : "The title has no visible characters");
    }

    [Fact]
    public void A_title_with_one_visible_character_among_invisible_ones_is_accepted()
    {
        ArticleRules.Validate(new NewArticle("\u200BA\u200B", "Body text.")).Should().BeEmpty();
    }

    [Fact]
    public void A_pasted_body_of_binary_junk_is_refused_by_the_shared_rules()
    {
        var junk = string.Concat(Enumerable.Range(0, 200).Select(i => (char)(i % 32)));

        ArticleRules.Validate(new NewArticle("Title", "Some words " + junk)).Should().Contain(e => e.Contains("binary data"));
    }
}
