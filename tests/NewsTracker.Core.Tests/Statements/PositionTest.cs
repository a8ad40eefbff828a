using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Tests.Infrastructure;

namespace NewsTracker.Core.Tests.Statements;

// A small archive of one speaker's statements on troops and on energy, added out of date order, each article in
// its own scope as the importer does. Our own sentences, not evaluation text.
public abstract class PositionTest : DatabaseTest
{
    protected const string NoPlans = "We have no plans to deploy NATO combat troops to Ukraine, and that has not changed";
    protected const string Excerpt = "We have no plans to deploy NATO combat troops to Ukraine";
    protected const string Ready = "We are ready to deploy NATO combat troops to the eastern flank of the alliance";
    protected const string Baltic = "Our troops will stay in the Baltic states for as long as it takes";
    protected const string Gas = "We need to diversify our supplies of natural gas before next winter";

    protected static readonly Editor Desk = new("editor-1", "editor@newsroom.test");

    protected static readonly DateTime January10 = Day(2022, 1, 10);
    protected static readonly DateTime January12 = Day(2022, 1, 12);
    protected static readonly DateTime January14 = Day(2022, 1, 14);
    protected static readonly DateTime March1 = Day(2022, 3, 1);

    protected int SpeakerId { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await AddAsync("Shift", "BBC", March1, $"“{Ready},” Jens Stoltenberg said on Tuesday.");
        await AddAsync("Wire", "Reuters", January10, $"“{NoPlans},” Jens Stoltenberg said on Monday.");
        await AddAsync("Reprint", "AP", January12, $"Allies met on Wednesday. “{NoPlans},” Stoltenberg told reporters.");
        await AddAsync("Excerpt", "Reuters", January14, $"“{Excerpt},” Stoltenberg said in a radio interview on Friday.");
        await AddAsync("Undated reprint", "Daily Wire", null, $"Allies gathered again. “{NoPlans},” Stoltenberg repeated.");
        await AddAsync("Undated", "AFP", null, $"“{Baltic},” Jens Stoltenberg said.");
        await AddAsync("Energy", "Reuters", Day(2022, 2, 1), $"“{Gas},” Jens Stoltenberg said.");

        await using var db = Database.CreateContext();
        SpeakerId = await db.Actors.Where(a => a.Slug == "jens-stoltenberg").Select(a => a.Id).SingleAsync();
    }

    protected async Task<int> StatementIdAsync(string startsWith)
    {
        await using var db = Database.CreateContext();
        return await db.Statements.Where(s => s.Text.StartsWith(startsWith)).Select(s => s.Id).SingleAsync();
    }

    protected async Task<int> ArticleIdAsync(string title)
    {
        await using var db = Database.CreateContext();
        return await db.Articles.Where(a => a.Title == title).Select(a => a.Id).SingleAsync();
    }

    protected async Task<List<AuditEntry>> AuditAsync(int statementId)
    {
        var key = statementId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var db = Database.CreateContext();
        return await db.AuditEntries.Where(e => e.Entity == AuditEntities.Statement && e.EntityId == key).OrderBy(e => e.Id).ToListAsync();
    }

    private async Task AddAsync(string title, string outlet, DateTime? published, string body)
    {
        var result = await InScopeAsync<ArticleService, AddArticleResult>(
            s => s.AddAsync(new NewArticle(title, body, Outlet: outlet, PublishedUtc: published), default));
        result.Status.Should().Be(AddArticleStatus.Added, string.Join(' ', result.Errors ?? []));
    }

    private static DateTime Day(int year, int month, int day) => new(year, month, day, 0, 0, 0, DateTimeKind.Utc);
}
