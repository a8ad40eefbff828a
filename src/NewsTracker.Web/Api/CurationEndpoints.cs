using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Audit;
using NewsTracker.Web.Infrastructure.Accounts;

namespace NewsTracker.Web.Api;

// Editors' curation over JSON: merging actors and reading the audit log. Both need an Editor or an Admin.
public static class CurationEndpoints
{
    public static IEndpointRouteBuilder MapCurationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization(Policies.Editing).WithTags("Curation");
        api.MapPost("/actors/{id}/merge", MergeAsync).WithName("MergeActor")
            .WithSummary("Merge an actor (id or slug) into another: its quotes, mentions and aliases move")
            .Accepts<MergeRequest>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapGet("/audit", AuditAsync).WithName("ListAuditEntries")
            .WithSummary("The audit log, newest first, 50 a page")
            .WithDescription("entity is one of article, quote, actor, topic, user; before and after are the JSON snapshots of the change.");
        return app;
    }

    // { "into": 12 } or { "into": "jens-stoltenberg" }. The body is read by hand so that malformed JSON is a
    // 400 problem like any other bad input, in every environment.
    public static async Task<Results<Ok<MergeResponse>, ProblemHttpResult, ValidationProblem>> MergeAsync(
        string id, HttpRequest request, ActorMerger merger, Editor editor, CancellationToken ct)
    {
        string? into;
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            into = body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("into", out var value)
                ? value.ValueKind switch
                {
                    JsonValueKind.Number => value.GetRawText(),
                    JsonValueKind.String => value.GetString(),
                    _ => null,
                }
                : null;
        }
        catch (JsonException)
        {
            return TypedResults.Problem("The body is not JSON: send { \"into\": <actor id or slug> }.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (string.IsNullOrWhiteSpace(into))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["into"] = ["Give the id or slug of the actor to merge into."] },
                title: "The merge request is not valid.");
        }

        var result = await merger.MergeAsync(id, into, editor, ct);
        return result.Outcome.Status switch
        {
            CurationStatus.Done => TypedResults.Ok(MergeResponse.From(result.Survivor!, result.Merged!)),
            CurationStatus.NotFound => TypedResults.Problem(string.Join(' ', result.Outcome.Messages), statusCode: StatusCodes.Status404NotFound),
            CurationStatus.Ambiguous => TypedResults.Problem(
                $"{string.Join(' ', result.Outcome.Messages)} Candidates: {string.Join(", ", result.Outcome.Candidates!.Select(c => c.Slug))}.",
                statusCode: StatusCodes.Status400BadRequest),
            _ => TypedResults.Problem(string.Join(' ', result.Outcome.Messages), statusCode: StatusCodes.Status400BadRequest),
        };
    }

    public static async Task<Results<Ok<AuditListResponse>, ValidationProblem>> AuditAsync(
        string? entity, string? id, string? user, string? page, AuditLog log, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var kind = string.IsNullOrWhiteSpace(entity) ? null : entity.Trim().ToLowerInvariant();
        if (kind is not null && !AuditEntities.IsKnown(kind))
        {
            errors["entity"] = [$"entity must be one of: {string.Join(", ", AuditEntities.All)}."];
        }

        var pageNumber = 1;
        if (!string.IsNullOrWhiteSpace(page)
            && !(int.TryParse(page.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out pageNumber) && pageNumber >= 1))
        {
            errors["page"] = ["page must be a whole number of 1 or more."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The audit query is not valid.");
        }

        var found = await log.FindAsync(AuditQuery.ForDays(kind, id, user, null, null, pageNumber, AuditListResponse.PageSize), ct);
        return TypedResults.Ok(new AuditListResponse(found.Total, found.Items.Select(AuditItem.From).ToList()));
    }
}

// The body of POST /api/actors/{id}/merge as the API reference shows it: into is the surviving actor's id or slug.
public sealed record MergeRequest(string Into);

public sealed record MergeResponse(int Id, string Slug, string Name, int QuoteCount, int MentionCount, IReadOnlyList<string> Aliases, MergedActor Merged)
{
    public static MergeResponse From(ActorDetails survivor, ActorLink merged) =>
        new(survivor.Id, survivor.Slug, survivor.Name, survivor.QuoteCount, survivor.MentionCount, survivor.Aliases, new MergedActor(merged.Id, merged.Slug, merged.Name));
}

public sealed record MergedActor(int Id, string Slug, string Name);

public sealed record AuditListResponse(int Total, IReadOnlyList<AuditItem> Items)
{
    public const int PageSize = 50;
}

// Before and after are the stored snapshots as JSON values, not strings of JSON.
public sealed record AuditItem(DateTime At, string User, string Action, string Entity, string EntityId, string Summary, JsonElement? Before, JsonElement? After)
{
    public static AuditItem From(AuditEntryView entry) => new(
        DateTime.SpecifyKind(entry.AtUtc, DateTimeKind.Utc), entry.User, entry.Action, entry.Entity, entry.EntityId, entry.Summary, Parse(entry.Before), Parse(entry.After));

    private static JsonElement? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(json);
        }
    }
}
