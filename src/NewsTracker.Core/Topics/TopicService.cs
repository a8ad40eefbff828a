using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsTracker.Core.Archive;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Jobs;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Search;

namespace NewsTracker.Core.Topics;

public sealed class TopicService(
    NewsDbContext db,
    IDatabaseDialect dialect,
    CatalogueCache catalogue,
    BackgroundJobQueue jobs,
    AuditLog audit,
    ILogger<TopicService> logger)
{
    public const int DefaultPageSize = 25;

    public Task<List<TopicRow>> ListAsync(CancellationToken ct) =>
        Rows(db.Topics.AsNoTracking().OrderBy(t => t.Name)).ToListAsync(ct);

    // A page of topics whose name, or a word in it, starts with q. Counts are the stored ones, never counted here.
    // SQLite's LIKE folds case for ASCII letters only, as in the other lists' searches.
    public async Task<PagedResult<TopicRow>> PageAsync(string? q, int page, int pageSize, CancellationToken ct)
    {
        page = Paging.ClampPage(page);
        pageSize = pageSize < 1 ? DefaultPageSize : Math.Min(pageSize, Paging.MaxPageSize);
        var matching = db.Topics.AsNoTracking();
        if (WordPrefix.Pattern(q, '-') is { } pattern)
        {
            matching = matching.Where(t => EF.Functions.Like((" " + t.Name).Replace("-", " "), pattern, WordPrefix.Escape));
        }

        var total = await matching.CountAsync(ct);
        var skip = (long)(page - 1) * pageSize;
        List<TopicRow> items = skip >= total
            ? []
            : await Rows(matching.OrderBy(t => t.Name).ThenBy(t => t.Id).Skip((int)skip).Take(pageSize)).ToListAsync(ct);
        return new PagedResult<TopicRow>(items, total, page, pageSize);
    }

    public Task<TopicRow?> GetAsync(string idOrSlug, CancellationToken ct)
    {
        var query = db.Topics.AsNoTracking();
        query = int.TryParse(idOrSlug, out var id) ? query.Where(t => t.Id == id) : query.Where(t => t.Slug == idOrSlug);
        return Rows(query).FirstOrDefaultAsync(ct);
    }

    public async Task<TopicSaveResult> CreateAsync(TopicUpdate input, Editor editor, CancellationToken ct)
    {
        var (name, keywords, phrases, exclusions, errors) = TopicRuleValidation.Check(input);
        var slug = TopicSlug(name);
        if (errors.Count == 0 && (await db.Topics.AnyAsync(t => t.Slug == slug, ct) || await NameTakenAsync(name, exceptId: null, ct)))
        {
            errors.Add(NameTaken(name));
        }

        if (errors.Count > 0)
        {
            return new TopicSaveResult(false, null, errors);
        }

        // The audit entry needs the new topic's id: both saves share one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var topic = new Topic { Name = name, Slug = slug, Keywords = keywords, Phrases = phrases, Exclusions = exclusions };
        db.Topics.Add(topic);
        try
        {
            await db.SaveChangesAsync(ct);
            audit.Record(editor, "created", AuditEntities.Topic, topic.Id, $"Created topic “{name}”", after: TopicSnapshot.Of(topic));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
        {
            // The unique indexes on name and slug are the backstop when two editors create the same topic at once.
            logger.LogWarning(ex, "Creating topic {Topic} failed; checking for a concurrent create", LogText.Clean(name));
            db.ChangeTracker.Clear();
            if (await db.Topics.AnyAsync(t => t.Slug == slug, ct) || await NameTakenAsync(name, exceptId: null, ct))
            {
                return new TopicSaveResult(false, null, [NameTaken(name)]);
            }

            throw;
        }

        catalogue.Invalidate();
        logger.LogInformation("Topic {Topic} created with {KeywordCount} keywords, {PhraseCount} phrases and {ExclusionCount} exclusions",
            LogText.Clean(name), keywords.Count, phrases.Count, exclusions.Count);
        return new TopicSaveResult(true, slug, [], Retag: QueueRetag());
    }

    // expectedVersion is the Version the editor's form was filled from: if someone saved since, nothing is
    // saved and the result carries what they saved. Two saves racing past the check meet the concurrency token.
    public async Task<TopicSaveResult> UpdateAsync(int id, int expectedVersion, TopicUpdate input, Editor editor, CancellationToken ct)
    {
        var topic = await db.Topics.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (topic is null)
        {
            return Missing();
        }

        if (topic.Version != expectedVersion)
        {
            return Conflicted(topic.Slug, topic);
        }

        // A writer that sends no phrases or exclusions (null, not empty) leaves the stored ones as they are.
        input = input with { Phrases = input.Phrases ?? topic.Phrases, Exclusions = input.Exclusions ?? topic.Exclusions };
        var (name, keywords, phrases, exclusions, errors) = TopicRuleValidation.Check(input);
        if (errors.Count == 0 && await NameTakenAsync(name, exceptId: id, ct))
        {
            errors.Add(NameTaken(name));
        }

        if (errors.Count > 0)
        {
            return new TopicSaveResult(false, topic.Slug, errors);
        }

        // A rename alone tags nothing differently: quotes link to the topic, not to its name.
        var rulesChanged = !topic.Keywords.SequenceEqual(keywords, StringComparer.Ordinal)
            || !topic.Phrases.SequenceEqual(phrases, StringComparer.Ordinal)
            || !topic.Exclusions.SequenceEqual(exclusions, StringComparer.Ordinal);
        var before = TopicSnapshot.Of(topic);
        topic.Name = name;
        topic.Keywords = keywords;
        topic.Phrases = phrases;
        topic.Exclusions = exclusions;
        topic.Version = expectedVersion + 1;
        audit.Record(editor, before.Name == name ? "edited" : "renamed", AuditEntities.Topic, topic.Id,
            before.Name == name ? $"Edited topic “{name}”" : $"Renamed topic “{before.Name}” to “{name}”", before, TopicSnapshot.Of(topic));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var stored = await db.Topics.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
            logger.LogInformation("Topic {TopicId} was saved by someone else first (version {Version})", id, stored?.Version);
            return stored is null ? Missing() : Conflicted(stored.Slug, stored);
        }
        catch (DbUpdateException ex)
        {
            logger.LogWarning(ex, "Saving topic {TopicId} failed; checking for a concurrent rename", id);
            db.ChangeTracker.Clear();
            if (await NameTakenAsync(name, exceptId: id, ct))
            {
                return new TopicSaveResult(false, topic.Slug, [NameTaken(name)]);
            }

            throw;
        }

        catalogue.Invalidate();
        logger.LogInformation("Topic {Topic} saved as version {Version} with {KeywordCount} keywords, {PhraseCount} phrases and {ExclusionCount} exclusions",
            LogText.Clean(name), topic.Version, keywords.Count, phrases.Count, exclusions.Count);
        return new TopicSaveResult(true, topic.Slug, [], Retag: rulesChanged ? QueueRetag() : null);
    }

    // The topic's tags on quotes and articles go with it (the join rows cascade), and so do its rows in the
    // filter index and its monthly counts; quotes it was the only topic of now count as untagged. The audit entry
    // keeps its name and rules.
    public async Task<TopicSaveResult> DeleteAsync(int id, Editor editor, CancellationToken ct)
    {
        var topic = await db.Topics.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (topic is null)
        {
            return Missing();
        }

        await using var transaction = await dialect.BeginArchiveWriteAsync(db, ct);
        var onlyTopicOf = await db.QuoteFacets
            .Where(f => f.Kind == QuoteFacetKind.Topic && f.FacetId == id
                && !db.QuoteFacets.Any(o => o.QuoteId == f.QuoteId && o.Kind == QuoteFacetKind.Topic && o.FacetId != id))
            .Select(f => f.QuoteId)
            .ToListAsync(ct);
        await MonthlyCounts.FollowAsync(
            db,
            onlyTopicOf,
            async () =>
            {
                await db.QuoteFacets.Where(f => f.Kind == QuoteFacetKind.Topic && f.FacetId == id).ExecuteDeleteAsync(ct);
                audit.Record(editor, "deleted", AuditEntities.Topic, id, $"Deleted topic “{topic.Name}”", before: TopicSnapshot.Of(topic));
                db.Topics.Remove(topic);
                await db.SaveChangesAsync(ct);
            },
            ct);

        // Whatever the quotes tagged with other topics too counted under this one goes whole.
        await db.MonthlyCounts.Where(c => (c.Kind == QuoteFacetKind.Topic && c.FacetId == id) || c.TopicId == id).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        catalogue.Invalidate();
        logger.LogInformation("Topic {TopicId} {Topic} deleted by {Editor}", id, LogText.Clean(topic.Name), LogText.Clean(editor.Label));
        return new TopicSaveResult(true, topic.Slug, []);
    }

    // Recomputes every stored quote's topics, and every article's, from the current rules: in the background,
    // one run at a time (a request while one waits joins it; while one runs, one follow-up is queued).
    public JobTicket QueueRetag() => jobs.Enqueue(JobKind.Retag);

    public JobSnapshot RetagStatus() => jobs.Snapshot(JobKind.Retag);

    public static IReadOnlyList<string> ParseKeywords(string? text) => TopicRuleValidation.ParseLines(text);

    private static TopicSaveResult Missing() => new(false, null, ["The topic no longer exists."]);

    private static TopicSaveResult Conflicted(string slug, Topic stored) =>
        new(false, slug, ["Someone else saved this topic first."], Conflict: new TopicConflict(stored.Name, stored.Keywords, stored.Version, stored.Phrases, stored.Exclusions));

    private static string NameTaken(string name) => $"A topic called \"{name}\" already exists.";

    // /Topics/New and /Topics/Index are pages, so a topic with either slug could never be reached.
    private static string TopicSlug(string name)
    {
        var slug = Slug.From(name);
        return slug is "new" or "index" ? slug + "-topic" : slug;
    }

    // "Energy" and "energy" are one topic to editors and to the tagger, which looks topics up by name ignoring case.
    // Topics are few, so the names are compared here rather than with SQLite's ASCII-only lower().
    private async Task<bool> NameTakenAsync(string name, int? exceptId, CancellationToken ct)
    {
        var names = await db.Topics.Where(t => t.Id != exceptId).Select(t => t.Name).ToListAsync(ct);
        return names.Contains(name, StringComparer.OrdinalIgnoreCase);
    }

    private static IQueryable<TopicRow> Rows(IQueryable<Topic> query) =>
        query.Select(t => new TopicRow(t.Id, t.Slug, t.Name, t.Keywords, t.QuoteCount, t.ArticleCount, t.Version, t.Phrases, t.Exclusions));
}
