using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Audit;
using NewsTracker.Core.Common;
using NewsTracker.Core.Corrections;
using NewsTracker.Core.Quotes;
using NewsTracker.Web.Infrastructure.Accounts;

namespace NewsTracker.Web.Api;

// Writes for scripts: add, edit and delete articles, correct quotes and add missed ones, through the same Core
// services (and rules, and audit entries) as the pages. Every error is a problem details response. A speaker is
// named by an actor's id, slug, name or alias; the API never creates an actor from a name it does not know (a
// typo would make a new person), so an unknown name is a 400 — the pages, where the editor sees the choice, can.
public static class ArticleWriteEndpoints
{
    public static IEndpointRouteBuilder MapArticleWrites(this IEndpointRouteBuilder api)
    {
        var writes = api.MapGroup(string.Empty).RequireAuthorization(Policies.Editing).WithTags("Articles")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        writes.MapPost("/articles", AddAsync).WithName("AddArticle")
            .WithSummary("Add an article: its quotes are extracted and stored")
            .Produces<ArticleWriteResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        writes.MapPut("/articles/{id:int}", UpdateAsync).WithName("UpdateArticle")
            .WithSummary("Edit an article from the version read: its quotes are extracted again, editors' corrections kept")
            .Produces<ArticleWriteResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        writes.MapDelete("/articles/{id:int}", DeleteAsync).WithName("DeleteArticle")
            .WithSummary("Delete an article and its quotes")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
        writes.MapPatch("/quotes/{id:int}", CorrectQuoteAsync).WithName("CorrectQuote").WithTags("Quotes")
            .WithSummary("Correct a quote's speaker or kind, or drop it")
            .WithDescription("The body has any of speaker (an actor's id, slug, name or alias; null for nobody), kind (\"direct\" or \"indirect\") "
                + "and rejected (true drops the quote, false takes a drop back). The API never creates an actor: an unknown speaker is a 400.")
            .Produces<QuoteCorrectionResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        writes.MapPost("/articles/{id:int}/quotes", AddQuoteAsync).WithName("AddMissedQuote").WithTags("Quotes")
            .WithSummary("Mark a passage extraction missed as a quote (offsets into the cleaned text, end excluded)")
            .Produces<QuoteItem>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/articles/{id:int}", GetAsync).WithTags("Articles").WithName("GetArticle")
            .WithSummary("An article with its quotes and its version (for PUT)")
            .Produces<ArticleWriteResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    public static async Task<IResult> GetAsync(int id, ArticleService articles, ArticleEditor editor, CancellationToken ct) =>
        await ResponseAsync(id, articles, editor, null, ct) is { } article ? TypedResults.Ok(article) : NoArticle(id);

    public static async Task<IResult> AddAsync(ArticleWriteRequest request, ArticleReviewService reviews, ArticleService articles, ArticleEditor editor, Editor who, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var article = request.ToArticle(errors);
        var result = errors.Count > 0 ? null : await reviews.SaveAsync(article, [], who, ct);
        switch (result?.Status)
        {
            case AddArticleStatus.Added:
                var stored = (await ResponseAsync(result.ArticleId!.Value, articles, editor, null, ct))!;
                return TypedResults.Created($"/api/articles/{stored.Id}", stored);
            case AddArticleStatus.Duplicate:
                return Duplicate(await articles.GetAsync(result.DuplicateOfId!.Value, ct), result.DuplicateOfId.Value, result.DuplicateReason);
            default:
                return TypedResults.ValidationProblem(ApiFields.Of(result?.FieldErrors, errors), title: "The article was not added.");
        }
    }

    public static async Task<IResult> UpdateAsync(int id, ArticleWriteRequest request, ArticleService articles, ArticleEditor editor, Editor who, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var article = request.ToArticle(errors);
        if (request.Version is null)
        {
            errors["version"] = ["version is required: the version of the article the change starts from (GET /api/articles/{id})."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The article was not changed.");
        }

        var result = await editor.UpdateAsync(id, article, request.Version!.Value, who, ct);
        return result.Status switch
        {
            ArticleChangeStatus.Changed => TypedResults.Ok(await ResponseAsync(id, articles, editor, result.NoLongerApply, ct)),
            ArticleChangeStatus.Stale => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "The article was changed since that version.",
                detail: $"Version {request.Version} is not the latest ({result.Version}); read the article again and apply the change to it. Nothing was changed.",
                extensions: new Dictionary<string, object?> { ["currentVersion"] = result.Version, ["changedBy"] = result.ChangedBy, ["currentTitle"] = result.Current?.Title }),
            ArticleChangeStatus.Duplicate => Duplicate(await articles.GetAsync(result.Duplicate!.ArticleId, ct), result.Duplicate.ArticleId, result.Duplicate.Reason),
            ArticleChangeStatus.NotFound => NoArticle(id),
            _ => TypedResults.ValidationProblem(ApiFields.Of(result.FieldErrors), title: "The article was not changed."),
        };
    }

    public static async Task<IResult> DeleteAsync(int id, ArticleEditor editor, Editor who, CancellationToken ct) =>
        await editor.DeleteAsync(id, who, ct) is null ? NoArticle(id) : TypedResults.NoContent();

    public static async Task<IResult> CorrectQuoteAsync(int id, JsonElement body, QuoteService quotes, ArticleEditor editor, Editor who, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var change = QuotePatch.Read(body, errors);
        if (errors.Count > 0 || change is null)
        {
            return TypedResults.ValidationProblem(errors, title: "The quote was not corrected.");
        }

        var before = await quotes.GetAsync(id, ct);
        var result = await editor.CorrectQuoteAsync(id, change, who, ct);
        if (result.Status == ArticleChangeStatus.NotFound)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"There is no quote {id}.");
        }

        if (result.Status != ArticleChangeStatus.Changed)
        {
            return TypedResults.ValidationProblem(ApiFields.Of(result.FieldErrors), title: "The quote was not corrected.");
        }

        var after = result.QuoteId is { } quoteId ? await quotes.GetAsync(quoteId, ct) : null;
        var shown = after ?? before;
        return shown is null
            ? TypedResults.Ok(new { id, rejected = change.Rejected == true, noLongerApply = result.NoLongerApply ?? [] })
            : TypedResults.Ok(QuoteCorrectionResponse.From(QuoteItem.From(shown), after is null, result.NoLongerApply));
    }

    public static async Task<IResult> AddQuoteAsync(int id, MissedQuoteRequest request, QuoteService quotes, ArticleEditor editor, Editor who, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.Start is null || request.End is null)
        {
            errors["start"] = ["start and end are required: offsets into the article's cleaned text, end not included."];
        }

        var kind = QuotePatch.Kind(request.Kind ?? "direct", errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The quote was not added.");
        }

        var result = await editor.AddQuoteAsync(id, request.Start, request.End, null, request.Speaker, kind!.Value, allowNewSpeaker: false, who, ct);
        return result.Status switch
        {
            ArticleChangeStatus.Changed when result.QuoteId is { } quoteId && await quotes.GetAsync(quoteId, ct) is { } added =>
                TypedResults.Created($"/api/quotes/{quoteId}", QuoteItem.From(added)),
            ArticleChangeStatus.NotFound => NoArticle(id),
            _ => TypedResults.ValidationProblem(ApiFields.Of(result.FieldErrors ?? [new FieldError(InputFields.Passage, "The passage could not be added.")]), title: "The quote was not added."),
        };
    }

    private static async Task<ArticleWriteResponse?> ResponseAsync(int id, ArticleService articles, ArticleEditor editor, IReadOnlyList<string>? noLongerApply, CancellationToken ct) =>
        await articles.GetAsync(id, ct) is { } article && await editor.GetForEditAsync(id, ct) is { } edit
            ? ArticleWriteResponse.From(article, edit.Version, noLongerApply)
            : null;

    private static ProblemHttpResult NoArticle(int id) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: $"There is no article {id}.");

    private static ProblemHttpResult Duplicate(ArticleDetails? existing, int id, string? reason) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "This article is already tracked.",
            detail: $"It has {reason ?? "the same text"} as article {id}; nothing was added.",
            extensions: new Dictionary<string, object?> { ["existingId"] = id, ["existingUrl"] = existing?.Url, ["existing"] = $"/api/articles/{id}" });
}

// The body of PATCH /api/quotes/{id}: any of speaker (an id, slug, name or alias; null for nobody), kind, rejected.
internal static class QuotePatch
{
    public static QuoteChange? Read(JsonElement body, Dictionary<string, string[]> errors)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors["body"] = ["Send a JSON object with any of speaker, kind and rejected."];
            return null;
        }

        var change = new QuoteChange();
        foreach (var property in body.EnumerateObject())
        {
            switch (property.Name.ToLowerInvariant())
            {
                case "speaker" when property.Value.ValueKind is JsonValueKind.Null:
                    change = change with { ChangeSpeaker = true, Speaker = null };
                    break;
                case "speaker" when property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number:
                    var speaker = property.Value.ValueKind == JsonValueKind.Number ? property.Value.GetRawText() : property.Value.GetString();
                    if (string.IsNullOrWhiteSpace(speaker))
                    {
                        errors["speaker"] = ["speaker is an actor's id, slug, name or alias, or null for nobody identified; not blank."];
                    }

                    change = change with { ChangeSpeaker = true, Speaker = speaker };
                    break;
                case "kind" when property.Value.ValueKind == JsonValueKind.String:
                    change = change with { Kind = Kind(property.Value.GetString(), errors) };
                    break;
                case "rejected" when property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                    change = change with { Rejected = property.Value.GetBoolean() };
                    break;
                default:
                    errors[property.Name] = [$"{property.Name} is not something a quote correction takes (speaker: string or null, kind: \"direct\" or \"indirect\", rejected: true or false)."];
                    break;
            }
        }

        if (errors.Count == 0 && change.IsEmpty)
        {
            errors["body"] = [CorrectionPlanner.NothingToChange];
        }

        return change;
    }

    public static QuoteKind? Kind(string? text, Dictionary<string, string[]> errors)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "direct":
                return QuoteKind.Direct;
            case "indirect":
                return QuoteKind.Indirect;
            default:
                errors["kind"] = ["kind is \"direct\" or \"indirect\"."];
                return null;
        }
    }
}
