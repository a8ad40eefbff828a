using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using NewsTracker.Web.Infrastructure.Accounts;
using Scalar.AspNetCore;

namespace NewsTracker.Web.Infrastructure;

// The API described by the framework's OpenAPI support (/openapi/v1.json, the /api endpoints only) and browsable with
// Scalar at /api/docs. Scalar's page starts with an inline script, so it carries a fresh nonce per request and gets a
// CSP of its own (SecurityHeaders.ApiDocsPolicy); every other response keeps the site's strict policy.
public static class ApiReference
{
    public const string DocsPath = "/api/docs";
    public const string DocumentPath = "/openapi/v1.json";

    public static IServiceCollection AddNewsTrackerApiReference(this IServiceCollection services) =>
        services.AddOpenApi("v1", options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.OrdinalIgnoreCase) == true;
            options.AddDocumentTransformer(DescribeAsync);
            options.AddOperationTransformer(RequireTokenAsync);
        });

    public static WebApplication MapNewsTrackerApiReference(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference(DocsPath, scalar => scalar
            .WithTitle("NewsTracker API")
            .WithFavicon("/favicon.svg")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .AddPreferredSecuritySchemes(BearerTokenHandler.SchemeName)
            // Nothing from Scalar's servers: its web fonts would be refused by the CSP anyway (system fonts do).
            .DisableDefaultFonts()
            .DisableTelemetry()
            .WithNonce());
        return app;
    }

    private static Task DescribeAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Info = new OpenApiInfo
        {
            Title = "NewsTracker API",
            Version = "v1",
            Description = "Quotes, speakers, topics and articles of the NewsTracker archive. Reading is open unless the server sets "
                + "Access:AnonymousRead to false; then, like every change, it needs a personal API token (Authorization: Bearer nt_…, "
                + "made on /Account/Profile or with `users token`) or a signed-in session. Changes need an Editor or Admin. Errors are "
                + "problem details (RFC 9457). Exports: docs/exports.md.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerTokenHandler.SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A personal API token (nt_…), acting as its account with the account's current role.",
        };
        return Task.CompletedTask;
    }

    // Endpoints that require a policy (every change, and the curation reads) say that they need the token, and what
    // answers a request without one or with a role that may not.
    private static Task RequireTokenAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Any())
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerTokenHandler.SchemeName, context.Document)] = [] });
            operation.Responses ??= [];
            operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No token or session, or the token is revoked." });
            operation.Responses.TryAdd("403", new OpenApiResponse { Description = "The account's role may not do this (an analyst)." });
        }

        return Task.CompletedTask;
    }
}
