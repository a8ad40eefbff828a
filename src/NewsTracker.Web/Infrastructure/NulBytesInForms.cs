using Microsoft.AspNetCore.Mvc.Filters;

namespace NewsTracker.Web.Infrastructure;

// The framework's form reader refuses a form holding a NUL (%00) outright, before any field is read, so the
// editor would lose what they typed. Forms are rewritten without their NULs here, and the page is told, so it
// comes back filled in with a message instead (the size guard has already capped the body).
public static class NulBytesInForms
{
    public const string RemovedItem = "NewsTracker.NulBytesRemoved";

    private static readonly byte[] EncodedNul = "%00"u8.ToArray();

    public static IApplicationBuilder UseNulBytesInForms(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (HttpMethods.IsPost(request.Method)
                && request.HasFormContentType
                && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
            {
                request.EnableBuffering();
                using var buffer = new MemoryStream();
                await request.Body.CopyToAsync(buffer, context.RequestAborted);
                var (cleaned, removed) = WithoutNuls(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
                if (removed > 0)
                {
                    context.Items[RemovedItem] = removed;
                    request.Body = new MemoryStream(cleaned);
                    request.ContentLength = cleaned.Length;
                }
                else
                {
                    request.Body.Position = 0;
                }
            }

            await next(context);
        });

    // Drops "%00" escapes and raw NUL bytes; everything else is kept byte for byte.
    public static (byte[] Body, int Removed) WithoutNuls(ReadOnlySpan<byte> body)
    {
        if (body.IndexOf(EncodedNul) < 0 && body.IndexOf((byte)0) < 0)
        {
            return ([], 0);
        }

        var output = new List<byte>(body.Length);
        var removed = 0;
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == 0)
            {
                removed++;
            }
            else if (body[i] == (byte)'%' && body[i..].StartsWith(EncodedNul))
            {
                removed++;
                i += 2;
            }
            else
            {
                output.Add(body[i]);
            }
        }

        return ([.. output], removed);
    }

    public static string Message(int removed) =>
        $"The form carried {removed:N0} NUL {(removed == 1 ? "byte" : "bytes")} (binary data pasted into a field). "
        + "They have been taken out of the text below: check it and send the form again.";
}

// Puts the message on the page before its handler runs, so a handler that checks ModelState returns the form filled in.
public sealed class NulBytesPageFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HttpContext.Items[NulBytesInForms.RemovedItem] is int removed)
        {
            context.ModelState.AddModelError(string.Empty, NulBytesInForms.Message(removed));
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
