using NewsTracker.Core.Common;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Tests.Infrastructure;

namespace NewsTracker.Core.Tests.Search;

// Words joined by a hyphen are found by each word and by the whole, as a word or a phrase, on both engines. PostgreSQL's
// parser reads "3e5f1a2b-undated" as a number in scientific notation and a hyphenated word, which its query for the same
// text did not match; SQLite splits at the hyphen.
public sealed class HyphenatedSearchTests : DatabaseTest
{
    private const string Coded = "The talks numbered 3e5f1a2b-undated will resume in the spring.";
    private const string Compound = "The troop-deployment plan for the border is ready.";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.CreateContext();
        await ArchiveRows.AddArticleAsync(db, ArchiveRows.Day(2024, 3, 1), ArchiveRows.Quote(Coded, "Jens Stoltenberg"));
        await ArchiveRows.AddArticleAsync(db, ArchiveRows.Day(2024, 3, 2), ArchiveRows.Quote(Compound, "Jens Stoltenberg"));
    }

    [Theory]
    [InlineData("3e5f1a2b", Coded)]
    [InlineData("3e5f1a2b-undated", Coded)]
    [InlineData("\"3e5f1a2b-undated\"", Coded)]
    [InlineData("\"numbered 3e5f1a2b\"", Coded)]
    [InlineData("deployment", Compound)]
    [InlineData("troop-deployment", Compound)]
    [InlineData("\"troop-deployment plan\"", Compound)]
    [InlineData("\"troop deployment plan\"", Compound)]
    public async Task A_hyphenated_word_is_found_by_its_parts_and_as_a_whole(string typed, string expected)
    {
        var result = await InScopeAsync<QuoteService, PagedResult<QuoteRow>>(s => s.SearchAsync(new QuoteFilter(Text: typed), default));

        result.Items.Select(q => q.Text).Should().Equal(expected);
    }
}
