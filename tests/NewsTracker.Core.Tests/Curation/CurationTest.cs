using Microsoft.EntityFrameworkCore;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Tests.Archive;
using NewsTracker.Core.Tests.Infrastructure;

namespace NewsTracker.Core.Tests.Curation;

// Curation tests share a small archive of their own: articles added through the real write path, then
// changed through the curation services, each call in its own scope as one request is.
public abstract class CurationTest : DatabaseTest
{
    protected static readonly Editor Desk = new("editor-1", "editor@newsroom.test");

    protected async Task AddArticleAsync(string title, string body)
    {
        var result = await InScopeAsync<ArticleService, AddArticleResult>(s => s.AddAsync(new NewArticle(title, body), default));
        result.Status.Should().Be(AddArticleStatus.Added, string.Join(' ', result.Errors ?? []));
        Database.Clock.Advance(TimeSpan.FromDays(1));
    }

    protected Task<CurationResult> CreateAsync(string name, ActorKind kind = ActorKind.Person, string? affiliation = null, params string[] aliases) =>
        InScopeAsync<ActorCuration, CurationResult>(s => s.CreateAsync(new ActorInput(name, kind, null, affiliation, aliases), Desk, default));

    protected Task<CurationResult> UpdateAsync(string slug, ActorInput input) =>
        InScopeAsync<ActorCuration, CurationResult>(s => s.UpdateAsync(slug, input, Desk, default));

    protected Task<MergeResult> MergeAsync(string from, string? into) =>
        InScopeAsync<ActorMerger, MergeResult>(s => s.MergeAsync(from, into, Desk, default));

    protected async Task<Actor?> ActorAsync(string name)
    {
        await using var db = Database.CreateContext();
        return await db.Actors.Include(a => a.Aliases).Include(a => a.Affiliation).SingleOrDefaultAsync(a => a.Name == name);
    }

    protected async Task<string?> SpeakerOfAsync(string opening)
    {
        await using var db = Database.CreateContext();
        return await db.Quotes.Where(q => q.Text.StartsWith(opening)).Select(q => q.Speaker!.Name).SingleAsync();
    }

    protected async Task<List<AuditEntry>> AuditAsync(string entity, int id)
    {
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var db = Database.CreateContext();
        return await db.AuditEntries.Where(e => e.Entity == entity && e.EntityId == key).OrderBy(e => e.Id).ToListAsync();
    }

    // The archive's own checks, and one more for the actor rows curation rebuilds: each quote's actor rows
    // in the filter index are exactly its speaker, its speaker's affiliation and the actors it names.
    protected async Task ArchiveShouldHoldAsync()
    {
        await using var db = Database.CreateContext();
        await ArchiveIntegrity.ShouldHoldAsync(db);
        var quotes = await db.Quotes.AsNoTracking()
            .Select(q => new
            {
                q.Id,
                q.SpeakerId,
                Affiliation = q.Speaker == null ? null : q.Speaker.AffiliationId,
                Named = q.Actors.Select(a => a.Id).ToList(),
            })
            .ToListAsync();
        var rows = await db.QuoteFacets.AsNoTracking().Where(f => f.Kind != QuoteFacetKind.Topic).ToListAsync();
        foreach (var quote in quotes)
        {
            var involved = quote.Named.Concat(new[] { quote.SpeakerId, quote.Affiliation }.OfType<int>()).Distinct().Order();
            rows.Where(f => f.QuoteId == quote.Id && f.Kind == QuoteFacetKind.Actor).Select(f => f.FacetId).Order()
                .Should().Equal(involved, "quote {0}'s actor rows are the actors it involves", quote.Id);
            rows.Where(f => f.QuoteId == quote.Id && f.Kind == QuoteFacetKind.Speaker).Select(f => (int?)f.FacetId)
                .Should().Equal(quote.SpeakerId is null ? [] : [quote.SpeakerId], "quote {0}'s speaker row is its speaker", quote.Id);
        }
    }
}
