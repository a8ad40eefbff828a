namespace NewsTracker.Core.Articles.FromUrl;

// "Add from URL" limits, from the UrlImport section: how long a site may take, how much of it is read, and
// whether addresses inside private networks (localhost, 10.x, 192.168.x, link-local) may be fetched at all.
public sealed class ArticlePageOptions
{
    public const string Section = "UrlImport";

    public int TimeoutSeconds { get; set; } = 15;

    public long MaxBytes { get; set; } = 5 * 1024 * 1024;

    // Off by default: an editor's URL must not reach the server's own network (cloud metadata, admin ports).
    public bool AllowPrivateNetworks { get; set; }
}
