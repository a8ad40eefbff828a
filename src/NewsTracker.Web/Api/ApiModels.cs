using System.ComponentModel;
using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Attention;
using NewsTracker.Core.Common;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Topics;

namespace NewsTracker.Web.Api;

// The JSON contracts. GET /api/quotes and GET /api/speakers are read by outside tools: their item shapes
// must not change (add new endpoints instead). Quote actors and topics stay lists of names.
public sealed record QuoteListResponse(int Total, IReadOnlyList<QuoteItem> Items);

// Source and Highlight are added, never changing the fields before them, and only when they apply: Source on a quote
// attributed to an unnamed source ("a senior US official"), Highlight when the list was searched (q), so readers
// that know only the first seven fields see no change.
public sealed record QuoteItem(
    int Id,
    string Text,
    string Kind,
    QuoteSpeaker? Speaker,
    QuoteArticle Article,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Topics,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] QuoteUnnamedSource? Source,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [property: Description("Only when q is given: the text as HTML, encoded, with what the search matched in <mark> elements.")]
    string? Highlight = null)
{
    public static QuoteItem From(QuoteRow row) => From(row, null);

    public static QuoteItem From(QuoteRow row, string? highlight) => new(
        row.Id,
        row.Text,
        ApiText.Kind(row.Kind),
        row.Speaker is { } speaker ? new QuoteSpeaker(speaker.Id, speaker.Name) : null,
        new QuoteArticle(row.Article.Id, row.Article.Title, row.Article.Url, ApiText.Utc(row.Article.PublishedUtc)),
        row.Actors.Select(a => a.Name).ToList(),
        row.Topics.Select(t => t.Name).ToList(),
        row.Source is { } source ? new QuoteUnnamedSource(source.Description, source.Affiliation) : null,
        highlight);
}

public sealed record QuoteUnnamedSource(string Description, string? Affiliation);

public sealed record QuoteSpeaker(int Id, string Name);

public sealed record QuoteArticle(int Id, string Title, string? Url, DateTime? PublishedAt);

public sealed record SpeakerListResponse(int Total, int Page, int PageSize, IReadOnlyList<SpeakerItem> Items);

// Query-string parameters of GET /api/speakers, checked by the rules GET /api/quotes follows: an empty value takes the
// default, anything else that is not a whole number in range is a 400 problem naming the parameter.
public sealed class SpeakerListQuery
{
    [FromQuery(Name = "q"), Description("The start of any word of a speaker's name or alias.")]
    public string? Q { get; init; }

    [FromQuery(Name = "page"), Description("The page, from 1.")]
    public string? Page { get; init; }

    [FromQuery(Name = "pageSize"), Description("Speakers a page, 1 to 200; 50 unless given.")]
    public string? PageSize { get; init; }

    public Dictionary<string, string[]> Validate(out SpeakerQuery query)
    {
        var errors = new Dictionary<string, string[]>();
        var page = ParseInt(Page, "page", int.MaxValue, 1, errors, "page must be a whole number of 1 or more.");
        var pageSize = ParseInt(PageSize, "pageSize", Paging.MaxPageSize, ActorQuery.DefaultPageSize, errors,
            $"pageSize must be a whole number from 1 to {Paging.MaxPageSize}.");
        query = new SpeakerQuery(string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(), page, pageSize);
        return errors;
    }

    private static int ParseInt(string? text, string name, int max, int fallback, Dictionary<string, string[]> errors, string message)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= max)
        {
            return value;
        }

        errors[name] = [message];
        return fallback;
    }
}

public sealed record SpeakerItem(int Id, string Slug, string Name, string? Role, string? Affiliation, int QuoteCount)
{
    public static SpeakerItem From(SpeakerRow row) => new(row.Id, row.Slug, row.Name, row.Role, row.Affiliation, row.QuoteCount);
}

public sealed record TopicListResponse(IReadOnlyList<TopicItem> Items);

// Phrases and Exclusions come after the fields older readers know.
public sealed record TopicItem(
    int Id,
    string Slug,
    string Name,
    IReadOnlyList<string> Keywords,
    int QuoteCount,
    int ArticleCount,
    IReadOnlyList<string> Phrases,
    IReadOnlyList<string> Exclusions)
{
    public static TopicItem From(TopicRow row) =>
        new(row.Id, row.Slug, row.Name, row.Keywords, row.QuoteCount, row.ArticleCount, row.Phrases, row.Exclusions);
}

public sealed record TimelineResponse(int SpeakerId, string Slug, string Name, IReadOnlyList<TimelineItem> Items);

public sealed record TimelineItem(string Month, string Topic, int Count)
{
    // A monthly chart's non-zero counts, month by month, topics in name order.
    public static List<TimelineItem> From(AttentionChart chart) =>
        chart.Periods
            .SelectMany((month, i) => chart.Series
                .Where(s => s.Counts[i] > 0)
                .OrderBy(s => s.Label, StringComparer.Ordinal)
                .Select(s => new TimelineItem($"{month.Year:D4}-{month.Month:D2}", s.Label, s.Counts[i])))
            .ToList();
}

internal static class ApiText
{
    public static string Kind(QuoteKind kind) => kind == QuoteKind.Indirect ? "indirect" : "direct";

    // SQLite hands dates back without a kind; they are stored as UTC, so say so in the JSON ("…Z").
    public static DateTime? Utc(DateTime? value) =>
        value is { } date ? DateTime.SpecifyKind(date, DateTimeKind.Utc) : null;
}

// One quote of GET /api/quotes/export, the same fields as the CSV columns (docs/exports.md). Published is the
// article's date as yyyy-mm-dd, null when undated; QuotePage is the quote on its article's page.
public sealed record QuoteExportItem(
    int QuoteId,
    string Text,
    string Kind,
    string? Speaker,
    string? SpeakerSlug,
    string? SpeakerAffiliation,
    int ArticleId,
    string ArticleTitle,
    string? Outlet,
    string? Url,
    string? Published,
    IReadOnlyList<string> Topics,
    double Confidence,
    int StatementId,
    string QuotePage)
{
    public static QuoteExportItem From(QuoteExportRow row, string site) => new(
        row.Id,
        row.Text,
        ApiText.Kind(row.Kind),
        row.Speaker,
        row.SpeakerSlug,
        row.SpeakerAffiliation,
        row.ArticleId,
        row.ArticleTitle,
        row.Outlet,
        row.Url,
        row.PublishedUtc is { } published && !ReportedDate.IsUndated(published) ? published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        row.Topics,
        row.Confidence,
        row.StatementId,
        $"{site}/Articles/{row.ArticleId}#quote-{row.Id}");
}
