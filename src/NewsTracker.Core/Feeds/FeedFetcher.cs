using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsTracker.Core.Common;

namespace NewsTracker.Core.Feeds;

// What one conditional GET of a feed brought: nothing new (304), the document with its validators, or why not.
public sealed record FeedFetch(bool NotModified, string? Xml, string? ETag, string? LastModified, string? Error);

// Fetches a feed with If-None-Match / If-Modified-Since, within the configured time and size. The HttpClient behind
// it refuses private networks as "Add from URL" does, and retries passing failures (the resilience handler).
public sealed class FeedFetcher(HttpClient http, IOptions<FeedOptions> options, ILogger<FeedFetcher> logger)
{
    public async Task<FeedFetch> FetchAsync(Feed feed, CancellationToken ct)
    {
        var limits = options.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(limits.TimeoutSeconds));
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, feed.Url);
            request.Headers.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1");
            if (feed.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
            {
                request.Headers.IfNoneMatch.Add(tag);
            }

            if (feed.LastModified is { } modified && DateTimeOffset.TryParse(modified, out var since))
            {
                request.Headers.IfModifiedSince = since;
            }

            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new FeedFetch(true, null, feed.ETag, feed.LastModified, null);
            }

            if (!response.IsSuccessStatusCode)
            {
                return Failed($"The feed answered {(int)response.StatusCode} ({response.ReasonPhrase}).");
            }

            if (response.Content.Headers.ContentLength > limits.MaxFeedBytes
                || await ReadLimitedAsync(response.Content, limits.MaxFeedBytes, timeout.Token) is not { } bytes)
            {
                return Failed($"The feed is larger than {ByteSize.Describe(limits.MaxFeedBytes)}.");
            }

            return new FeedFetch(false, Decode(bytes, response.Content.Headers.ContentType?.CharSet), response.Headers.ETag?.ToString(),
                response.Content.Headers.LastModified?.ToString("R"), null);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return Failed($"The feed did not answer within {limits.TimeoutSeconds} seconds.");
        }
        catch (HttpRequestException ex)
        {
            logger.LogInformation("Fetching feed {Url} failed: {Reason}", LogText.Clean(feed.Url), LogText.Clean(ex.Message));
            return Failed($"The feed's site could not be reached ({LogText.Clean(ex.Message)}).");
        }
    }

    private static FeedFetch Failed(string error) => new(false, null, null, null, error);

    private static async Task<byte[]?> ReadLimitedAsync(HttpContent content, long limit, CancellationToken ct)
    {
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    // XML declares its own encoding; the header's charset wins when given, UTF-8 otherwise (a BOM is honoured).
    private static string Decode(byte[] bytes, string? charset)
    {
        Encoding encoding;
        try
        {
            encoding = string.IsNullOrWhiteSpace(charset) ? Encoding.UTF8 : Encoding.GetEncoding(charset.Trim('"'));
        }
        catch (ArgumentException)
        {
            encoding = Encoding.UTF8;
        }

        using var reader = new StreamReader(new MemoryStream(bytes), encoding, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
