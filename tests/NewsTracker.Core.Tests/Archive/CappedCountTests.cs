using NewsTracker.Core.Common;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Tests.Infrastructure;

namespace NewsTracker.Core.Tests.Archive;

// A speaker's list, one quote per statement, is counted first from the quotes whose statement was reported once:
// past the cap they settle the count alone, so every other filter must hold on them too.
public sealed class CappedCountTests : DatabaseTest
{
    private const string Speaker = "Mira Kessel";

    [Fact]
    public async Task A_speaker_past_the_cap_is_counted_to_the_cap_and_exactly_in_a_kind_under_it()
    {
        await using (var db = Database.CreateContext())
        {
            await ArchiveRows.AddPersonAsync(db, Speaker, null);
            for (var article = 0; article < 11; article++)
            {
                var quotes = Enumerable.Range(0, 1_000)
                    .Select(n => ArchiveRows.Quote($"Point {n} of briefing {article} on the grain corridor.", Speaker,
                        n % 5 == 0 ? QuoteKind.Direct : QuoteKind.Indirect))
                    .ToArray();
                await ArchiveRows.AddArticleAsync(db, ArchiveRows.Day(2024, 3, 1 + article), quotes);
            }
        }

        var all = await InScopeAsync<QuoteService, PagedResult<QuoteRow>>(s => s.SearchAsync(
            new QuoteFilter(Speaker: Speaker, OnePerStatement: true), default));
        var direct = await InScopeAsync<QuoteService, PagedResult<QuoteRow>>(s => s.SearchAsync(
            new QuoteFilter(Speaker: Speaker, Kind: QuoteKind.Direct, OnePerStatement: true), default));

        all.Total.Should().Be(Paging.CountCap);
        all.TotalIsCapped.Should().BeTrue();
        direct.Total.Should().Be(2_200, "a fifth of the speaker's quotes are direct, each its own statement");
        direct.TotalIsCapped.Should().BeFalse();
        direct.Items.Should().OnlyContain(q => q.Kind == QuoteKind.Direct);
    }
}
