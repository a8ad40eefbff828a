using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Attention;
using NewsTracker.Core.Jobs;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Topics;
using NewsTracker.Web.Infrastructure;

namespace NewsTracker.Web.Api;

// JSON over the same services the pages use; the writes are in ArticleWriteEndpoints.
public static class ApiEndpoints
{
    public static IEndpointRouteBuilder MapNewsTrackerApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/quotes", ListQuotesAsync).WithTags("Quotes").WithName("ListQuotes")
            .WithSummary("Quotes, newest first, filtered and paged")
            .WithDescription("Each article's report of a quote is an item. total stops counting at 10,000, and so does paging: narrow the filters to go deeper. "
                + "With q, each item also has highlight: its text as encoded HTML with the matches in <mark>; without q there is no such field.");
        api.MapQuoteExport();
        api.MapGet("/quotes/{id:int}", GetQuoteAsync).WithTags("Quotes").WithName("GetQuote").WithSummary("One quote");
        api.MapGet("/speakers", ListSpeakersAsync).WithTags("Speakers").WithName("ListSpeakers")
            .WithSummary("Speakers, most quoted first")
            .WithDescription("q matches the start of any word of a name or alias; 50 a page unless pageSize says otherwise.");
        api.MapGet("/speakers/{idOrSlug}/timeline", SpeakerTimelineAsync).WithTags("Speakers").WithName("GetSpeakerTimeline")
            .WithSummary("A speaker's quotes counted by month and topic");
        api.MapGet("/topics", ListTopicsAsync).WithTags("Topics").WithName("ListTopics").WithSummary("Every topic with its rules (keywords, phrases, exclusions) and counts");
        api.MapGet("/suggest", SuggestEndpoints.SuggestAsync).WithTags("Names").WithName("SuggestNames")
            .WithSummary("Speakers, actors or topics whose name, a word of it, or an alias starts with q (kind: speaker, actor or topic)");
        api.MapGet("/jobs/{kind}", JobStatus).WithTags("Jobs").WithName("GetJobStatus")
            .WithSummary("The state of a background job (kind: retag)");
        api.MapArticleWrites();
        app.MapCurationApi();
        return app;
    }

    public static async Task<Results<Ok<QuoteListResponse>, ValidationProblem>> ListQuotesAsync(
        [AsParameters] QuoteFilterQuery filters, [AsParameters] PageQuery paging, QuoteService quotes, HtmlEncoder html, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var (page, pageSize) = paging.Validate(errors);
        var filter = filters.ToFilter(errors) with { Page = page, PageSize = pageSize };
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The quote query is not valid.");
        }

        var found = await quotes.FindAsync(filter, ct);
        if (found.Unknown.Count > 0)
        {
            return TypedResults.ValidationProblem(
                found.Unknown.ToDictionary(e => e.Field, e => new[] { e.Message }), title: "A filter names nothing in the archive.");
        }

        var result = found.Quotes;
        var searched = filter.Text is not null;
        return TypedResults.Ok(new QuoteListResponse(result.Total, result.Items
            .Select(row => QuoteItem.From(row, searched ? Display.HighlightedHtml(row.Text, found.Query, html) : null))
            .ToList()));
    }

    public static async Task<Results<Ok<QuoteItem>, NotFound>> GetQuoteAsync(int id, QuoteService quotes, CancellationToken ct) =>
        await quotes.GetAsync(id, ct) is { } row ? TypedResults.Ok(QuoteItem.From(row)) : TypedResults.NotFound();

    public static async Task<Results<Ok<SpeakerListResponse>, ValidationProblem>> ListSpeakersAsync(
        [AsParameters] SpeakerListQuery query, ActorService actors, CancellationToken ct)
    {
        var errors = query.Validate(out var speakerQuery);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The speaker query is not valid.");
        }

        var result = await actors.ListSpeakersAsync(speakerQuery, ct);
        return TypedResults.Ok(new SpeakerListResponse(result.Total, result.Page, result.PageSize, result.Items.Select(SpeakerItem.From).ToList()));
    }

    // Monthly and by topic, as the speaker page drew it before it could count by week; only the months and topics with quotes.
    public static async Task<Results<Ok<TimelineResponse>, NotFound>> SpeakerTimelineAsync(
        string idOrSlug, ActorService actors, AttentionService attention, CancellationToken ct)
    {
        if (await actors.GetAsync(idOrSlug, ct) is not { } speaker)
        {
            return TypedResults.NotFound();
        }

        var chart = await attention.OverTimeAsync(new AttentionQuery(QuoteFacetKind.Speaker, speaker.Id, AttentionStack.Topic, AttentionPeriod.Month), ct);
        return TypedResults.Ok(new TimelineResponse(speaker.Id, speaker.Slug, speaker.Name, TimelineItem.From(chart)));
    }

    public static async Task<Ok<TopicListResponse>> ListTopicsAsync(TopicService topics, CancellationToken ct) =>
        TypedResults.Ok(new TopicListResponse((await topics.ListAsync(ct)).Select(TopicItem.From).ToList()));

    public static Results<Ok<JobStatusResponse>, NotFound> JobStatus(string kind, BackgroundJobQueue jobs) =>
        JobStatusResponse.TryParseKind(kind, out var jobKind) ? TypedResults.Ok(JobStatusResponse.From(jobs.Snapshot(jobKind))) : TypedResults.NotFound();
}
