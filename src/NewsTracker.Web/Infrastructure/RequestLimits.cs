using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;
using NewsTracker.Core.Articles;

namespace NewsTracker.Web.Infrastructure;

// Byte limits for the forms that take a body. The article form carries at most Article.BodyMaxLength
// characters, which URL-encode to up to nine bytes each; the import form carries several files.
public static class RequestLimits
{
    public const long ArticleFormMaxBytes = 4 * 1024 * 1024;
    public const int MaxImportFiles = 20;
    public const long ImportMaxBytes = 25 * 1024 * 1024;
    public const long ImportFileMaxBytes = ArticleFileReader.MaxFileBytes;

    // Everything else (there is no other form that needs more) gets the smaller article limit.
    public const long DefaultMaxBytes = ArticleFormMaxBytes;

    public const string ExceededLimitItem = "NewsTracker.RequestLimitExceeded";

    // A browser always sends Content-Length with a form, so an oversized post is refused here with a
    // 413 and a readable page before anything tries to read it. Kestrel's own limit stays the backstop.
    public static IApplicationBuilder UseRequestSizeGuard(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // The status page re-executes the same request (same headers); it must not be refused again.
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null)
            {
                return next(context);
            }

            var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? DefaultMaxBytes;
            if (context.Request.ContentLength > limit)
            {
                context.Items[ExceededLimitItem] = limit;
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return Task.CompletedTask;
            }

            return next(context);
        });

    public static string Describe(long bytes) => Core.Common.ByteSize.Describe(bytes);
}
