using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsTracker.Core.Common;
using NewsTracker.Core.Data;
using NewsTracker.Core.Extraction;

namespace NewsTracker.Core.Topics;

public sealed record TopicRow(int Id, string Slug, string Name, IReadOnlyList<string> Keywords, int QuoteCount, int ArticleCount);

public sealed record TopicUpdate(string Name, IReadOnlyList<string> Keywords);

// Retag is what re-tagging the stored quotes changed when the save ran it; RetagPending says it was left
// for later because the database is large (TopicOptions.RetagOnSaveMaxArticles).
public sealed record TopicSaveResult(bool Succeeded, string? Slug, IReadOnlyList<string> Errors, RetagResult? Retag = null, bool RetagPending = false);

public sealed class TopicService(
    NewsDbContext db,
    CatalogueCache catalogue,
    QuoteRetagger retagger,
    IOptions<TopicOptions> options,
    ILogger<TopicService> logger)
{
    public Task<List<TopicRow>> ListAsync(CancellationToken ct) =>
        Rows(db.Topics.AsNoTracking().OrderBy(t => t.Name)).ToListAsync(ct);

    public Task<TopicRow?> GetAsync(string idOrSlug, CancellationToken ct)
    {
        var query = db.Topics.AsNoTracking();
        query = int.TryParse(idOrSlug, out var id) ? query.Where(t => t.Id == id) : query.Where(t => t.Slug == idOrSlug);
        return Rows(query).FirstOrDefaultAsync(ct);
    }

    public async Task<TopicSaveResult> CreateAsync(TopicUpdate input, CancellationToken ct)
    {
        var (name, keywords, errors) = Normalize(input);
        var slug = TopicSlug(name);
        if (errors.Count == 0 && (await db.Topics.AnyAsync(t => t.Slug == slug, ct) || await NameTakenAsync(name, exceptId: null, ct)))
        {
            errors.Add($"A topic called \"{name}\" already exists.");
        }

        if (errors.Count > 0)
        {
            return new TopicSaveResult(false, null, errors);
        }

        db.Topics.Add(new Topic { Name = name, Slug = slug, Keywords = keywords });
        await db.SaveChangesAsync(ct);
        catalogue.Invalidate();
        logger.LogInformation("Topic {Topic} created with {KeywordCount} keywords", name, keywords.Count);
        return await RetagIfSmallAsync(new TopicSaveResult(true, slug, []), ct);
    }

    public async Task<TopicSaveResult> UpdateAsync(int id, TopicUpdate input, CancellationToken ct)
    {
        var topic = await db.Topics.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (topic is null)
        {
            return new TopicSaveResult(false, null, ["The topic no longer exists."]);
        }

        var (name, keywords, errors) = Normalize(input);
        if (errors.Count == 0 && await NameTakenAsync(name, exceptId: id, ct))
        {
            errors.Add($"A topic called \"{name}\" already exists.");
        }

        if (errors.Count > 0)
        {
            return new TopicSaveResult(false, topic.Slug, errors);
        }

        // A rename alone tags nothing differently: quotes link to the topic, not to its name.
        var keywordsChanged = !topic.Keywords.SequenceEqual(keywords, StringComparer.Ordinal);
        topic.Name = name;
        topic.Keywords = keywords;
        await db.SaveChangesAsync(ct);
        catalogue.Invalidate();
        logger.LogInformation("Topic {Topic} now has {KeywordCount} keywords", name, keywords.Count);
        var saved = new TopicSaveResult(true, topic.Slug, []);
        return keywordsChanged ? await RetagIfSmallAsync(saved, ct) : saved;
    }

    // Recomputes every stored quote's topics, and every article's, from the current keywords.
    public Task<RetagResult> RetagAsync(CancellationToken ct) => retagger.RetagAsync(ct);

    private async Task<TopicSaveResult> RetagIfSmallAsync(TopicSaveResult saved, CancellationToken ct)
    {
        if (await db.Articles.CountAsync(ct) > options.Value.RetagOnSaveMaxArticles)
        {
            return saved with { RetagPending = true };
        }

        return saved with { Retag = await retagger.RetagAsync(ct) };
    }

    public static IReadOnlyList<string> ParseKeywords(string? text) =>
        (text ?? string.Empty)
            .Split(['\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

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

    private static (string Name, List<string> Keywords, List<string> Errors) Normalize(TopicUpdate input)
    {
        var errors = new List<string>();
        var name = input.Name?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            errors.Add("A topic name is required.");
        }
        else if (name.Length > Topic.NameMaxLength)
        {
            errors.Add($"The topic name is longer than {Topic.NameMaxLength} characters.");
        }

        var keywords = input.Keywords
            .Select(k => k.Trim())
            .Where(k => k.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (keywords.Count == 0)
        {
            errors.Add("Give at least one keyword or phrase.");
        }

        if (keywords.Count > Topic.MaxKeywords)
        {
            errors.Add($"A topic takes at most {Topic.MaxKeywords} keywords.");
        }

        errors.AddRange(keywords.Where(k => k.Length > Topic.KeywordMaxLength)
            .Select(k => $"The keyword \"{k[..20]}…\" is longer than {Topic.KeywordMaxLength} characters."));
        return (name, keywords, errors);
    }

    private static IQueryable<TopicRow> Rows(IQueryable<Topic> query) =>
        query.Select(t => new TopicRow(t.Id, t.Slug, t.Name, t.Keywords, t.QuoteCount, t.ArticleCount));
}
