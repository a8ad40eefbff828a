using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsTracker.Core.Common;

namespace NewsTracker.Core.Articles.FromUrl;

// Fetches a page for "Add from URL": http and https only, within the configured time and size, HTML only, and
// (unless allowed) never inside a private network. Every way it can fail becomes a sentence for the editor.
public sealed class ArticlePageFetcher(HttpClient http, IOptions<ArticlePageOptions> options, TimeProvider clock, ILogger<ArticlePageFetcher> logger)
{
    private static readonly string[] HtmlTypes = ["text/html", "application/xhtml+xml"];

    static ArticlePageFetcher() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public async Task<ArticlePageResult> FetchAsync(string? typedUrl, CancellationToken ct)
    {
        if (ArticleRules.NormalizeUrl(typedUrl, out var tooLong) is not { } url)
        {
            return new ArticlePageResult(null, tooLong ? ArticleRules.UrlTooLongMessage : "Enter a full web address starting with http:// or https://.", BadAddress: true);
        }

        var limits = options.Value;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(limits.TimeoutSeconds), clock);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct, deadline.Token);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml;q=0.9");
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                // A server error, a timeout or "too many requests" may pass: a feed's item is tried again at the next poll.
                var status = (int)response.StatusCode;
                var passing = status is >= 500 or 408 or 429;
                return ArticlePageResult.Failed(
                    passing
                        ? $"The site answered {status} ({response.ReasonPhrase}): it could not give the page just now."
                        : $"The site answered {status} ({response.ReasonPhrase}): there is no page to read at that address.",
                    passing);
            }

            var type = response.Content.Headers.ContentType;
            if (type?.MediaType is not { } mediaType || !HtmlTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
            {
                return ArticlePageResult.Failed($"The address returns {type?.MediaType ?? "content of no stated type"}, not a web page (HTML).");
            }

            var bytes = response.Content.Headers.ContentLength > limits.MaxBytes ? null : await ReadLimitedAsync(response.Content, limits.MaxBytes, timeout.Token);
            if (bytes is null)
            {
                return ArticlePageResult.Failed($"The page is larger than {ByteSize.Describe(limits.MaxBytes)}; copy its text into the form instead.");
            }

            return ArticlePageReader.Read(url, Decode(bytes, type.CharSet));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return ArticlePageResult.Failed($"The site did not answer within {limits.TimeoutSeconds} seconds.", passing: true);
        }
        catch (HttpRequestException ex)
        {
            logger.LogInformation("Fetching {Url} failed: {Reason}", LogText.Clean(url), LogText.Clean(ex.Message));
            return ex.InnerException is PrivateNetworkException
                ? ArticlePageResult.Failed("That address is inside a private network, which NewsTracker does not fetch from.")
                : ArticlePageResult.Failed($"The site {new Uri(url).Host} could not be reached (no such host, or it refused the connection).", passing: true);
        }
    }

    // The handler behind the fetcher's HttpClient: redirects followed (each one checked again), compressed pages
    // unpacked, and every connection refused when its address is private and the options do not allow that.
    public static SocketsHttpHandler CreateHandler(ArticlePageOptions options) => new()
    {
        AllowAutoRedirect = true,
        MaxAutomaticRedirections = 5,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectCallback = async (context, ct) =>
        {
            var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, ct);
            if (!options.AllowPrivateNetworks && addresses.Any(IsPrivate))
            {
                throw new PrivateNetworkException();
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    public static bool IsPrivate(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.Equals(IPAddress.IPv6Any))
        {
            return true;
        }

        var b = address.GetAddressBytes();
        return address.AddressFamily == AddressFamily.InterNetwork
            ? b[0] is 0 or 10 or 127 || (b[0] == 172 && b[1] is >= 16 and <= 31) || (b[0] == 192 && b[1] == 168)
                || (b[0] == 169 && b[1] == 254) || (b[0] == 100 && b[1] is >= 64 and <= 127)
            : (b[0] & 0xFE) == 0xFC;
    }

    // Reads at most `limit` bytes; null when the page holds more (a missing or false Content-Length cannot get past it).
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

    // The charset the server names; else UTF-8 when the bytes are valid UTF-8; else the page's own <meta charset>.
    private static string Decode(byte[] bytes, string? charset)
    {
        if (EncodingOf(charset) is { } named)
        {
            return named.GetString(bytes);
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
            var at = head.IndexOf("charset=", StringComparison.OrdinalIgnoreCase);
            var declared = at < 0 ? null : new string(head[(at + 8)..].TrimStart('"', '\'').TakeWhile(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').ToArray());
            return (EncodingOf(declared) ?? Encoding.Latin1).GetString(bytes);
        }
    }

    private static Encoding? EncodingOf(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return null;
        }

        try
        {
            return Encoding.GetEncoding(charset.Trim('"', ' '));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    internal sealed class PrivateNetworkException() : IOException("The address is inside a private network.");
}
