using NewsTracker.Core.Attention;
using NewsTracker.Core.Tests.Infrastructure;
using static NewsTracker.Core.Tests.Infrastructure.ArchiveRows;

namespace NewsTracker.Core.Tests.Attention;

public sealed class MentionMatrixServiceTests : DatabaseTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Database.CreateContext();
        await AttentionData.AddAsync(db);
        await AddPersonAsync(db, "Anna Lindqvist", affiliation: null);
        await AddArticleAsync(db, Day(2022, 2, 2), Quote("Kyiv and Moscow must both come to the table.", "Anna Lindqvist", actors: ["Ukraine", "Russia"]));
    }

    [Fact]
    public async Task Rows_are_the_speakers_affiliations_and_columns_the_actors_their_quotes_name()
    {
        var matrix = await MatrixAsync(new MatrixQuery());

        Cells(matrix).Should().BeEquivalentTo(new Dictionary<(string, string), int>
        {
            [("Russia", "United States")] = 2,
            [("Russia", "NATO")] = 1,
            [("NATO", "Russia")] = 1,
            [("NATO", "Ukraine")] = 1,
            [("United States", "Russia")] = 1,
            [(MatrixRow.NoAffiliation, "Ukraine")] = 1,
            [(MatrixRow.NoAffiliation, "Russia")] = 1,
        });
        matrix.Rows[0].Label.Should().Be("Russia", "the busiest row comes first");
        matrix.Columns.Select(c => c.Name).Should().BeEquivalentTo("Russia", "United States", "Ukraine", "NATO");
        matrix.Columns[0].Name.Should().Be("Russia");
        matrix.Largest.Should().Be(2);
        matrix.UndatedLeftOut.Should().Be(0, "no date range was asked for, so undated quotes count");
    }

    [Fact]
    public async Task Quotes_nobody_is_credited_with_are_not_counted()
    {
        var matrix = await MatrixAsync(new MatrixQuery());

        // The unattributed convoy quote names Ukraine; only Stoltenberg's and Lindqvist's quotes count under it.
        matrix.Rows.Sum(r => r.Counts[matrix.Columns.ToList().FindIndex(c => c.Name == "Ukraine")]).Should().Be(2);
    }

    [Fact]
    public async Task A_topic_narrows_the_counts_to_its_quotes()
    {
        var matrix = await MatrixAsync(new MatrixQuery(Topic: "security guarantees"));

        matrix.Topic!.Name.Should().Be("security guarantees");
        Cells(matrix).Should().BeEquivalentTo(new Dictionary<(string, string), int>
        {
            [("Russia", "United States")] = 2,
            [("Russia", "NATO")] = 1,
            [("United States", "Russia")] = 1,
        });
    }

    [Fact]
    public async Task A_date_range_counts_only_its_quotes_and_says_how_many_undated_ones_it_left_out()
    {
        var matrix = await MatrixAsync(new MatrixQuery(FromUtc: Day(2022, 2, 1), ToUtc: Day(2022, 4, 1)));

        Cells(matrix).Should().BeEquivalentTo(new Dictionary<(string, string), int>
        {
            [("Russia", "United States")] = 1,
            [(MatrixRow.NoAffiliation, "Ukraine")] = 1,
            [(MatrixRow.NoAffiliation, "Russia")] = 1,
        });
        matrix.UndatedLeftOut.Should().Be(1);
    }

    [Fact]
    public async Task An_unknown_topic_is_said()
    {
        var matrix = await MatrixAsync(new MatrixQuery(Topic: "knitting"));

        matrix.Unknown.Select(u => (u.Field, u.Message)).Should().Equal(("topic", "No topic called “knitting”."));
        matrix.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public async Task Dates_out_of_order_are_refused()
    {
        var matrix = await MatrixAsync(new MatrixQuery(FromUtc: Day(2022, 3, 1), ToUtc: Day(2022, 3, 1)));

        matrix.Refused.Select(r => r.Field).Should().Equal("to");
    }

    [Fact]
    public async Task Only_the_busiest_rows_and_columns_are_kept_and_the_totals_say_how_many_there_were()
    {
        // Fourteen speakers, each for another country; the n-th names the first n + 3 countries of the list.
        string[] countries = ["United States", "Russia", "Ukraine", "China", "United Kingdom", "France", "Germany", "Poland",
            "Turkey", "Belarus", "Finland", "Sweden", "Norway", "Denmark", "Estonia", "Latvia", "Lithuania"];
        await using (var db = Database.CreateContext())
        {
            for (var n = 0; n < 14; n++)
            {
                var speaker = $"Envoy {(char)('A' + n)}";
                await AddPersonAsync(db, speaker, countries[n]);
                await AddArticleAsync(db, Day(2023, 5, 1 + n), Quote($"Envoy number {n} spoke of sanctions.", speaker, actors: countries[..(n + 3)], topics: ["sanctions"]));
            }
        }

        var matrix = await MatrixAsync(new MatrixQuery(Topic: "sanctions"));

        matrix.AffiliationsInAll.Should().Be(14);
        matrix.ActorsInAll.Should().Be(16);
        matrix.Rows.Should().HaveCount(MentionMatrixService.MaxRows);
        matrix.Columns.Should().HaveCount(MentionMatrixService.MaxColumns);
        matrix.Rows.Select(r => r.Label).Should().NotContain(["United States", "Russia"], "their envoys named the fewest actors");
        matrix.Columns.Select(c => c.Name).Should().NotContain("Latvia", "only the last envoy named it");
        matrix.Rows[0].Label.Should().Be("Denmark");
        matrix.Rows[0].Counts.Should().OnlyContain(c => c == 1);
    }

    private static Dictionary<(string Row, string Column), int> Cells(MentionMatrix matrix) =>
        matrix.Rows
            .SelectMany(r => matrix.Columns.Select((c, i) => (Key: (r.Label, c.Name), Count: r.Counts[i])))
            .Where(c => c.Count > 0)
            .ToDictionary(c => c.Key, c => c.Count);

    private Task<MentionMatrix> MatrixAsync(MatrixQuery query) =>
        InScopeAsync<MentionMatrixService, MentionMatrix>(s => s.CountAsync(query, default));
}
