using System.Net;

namespace NewsTracker.Cli.Benchmarking;

// Load tests stay on this machine: only http(s) URLs whose host is localhost or a loopback address.
internal static class LoopbackUrl
{
    public static bool TryParse(string? text, out Uri baseUri, out string error)
    {
        baseUri = null!;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            error = $"--url must be an absolute http:// address such as http://127.0.0.1:5099; got '{text}'.";
            return false;
        }

        var host = uri.IdnHost.Trim('[', ']');
        var loopback = string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
        if (!loopback)
        {
            error = $"bench only runs against this machine (localhost, 127.0.0.1 or [::1]); refusing {uri.Host}.";
            return false;
        }

        baseUri = new Uri(uri.GetLeftPart(UriPartial.Authority) + uri.AbsolutePath.TrimEnd('/'));
        error = string.Empty;
        return true;
    }
}
