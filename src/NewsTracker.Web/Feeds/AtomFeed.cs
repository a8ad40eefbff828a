using System.Globalization;
using System.Text;
using System.Xml;
using NewsTracker.Core.Following;
using NewsTracker.Web.Pages.Searches;

namespace NewsTracker.Web.Feeds;

// A saved search as an Atom 1.0 document (RFC 4287): one entry per quote, its text as plain-text content, its speaker
// as author, its article as the alternate link. XmlWriter escapes every value; characters XML cannot carry at all
// (control characters pasted with an article) are left out rather than failing the feed.
public static class AtomFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    private const string Atom = "http://www.w3.org/2005/Atom";
    private const int TitleLength = 120;

    public static byte[] Write(SearchFeed feed, string baseUrl, string selfUrl, DateTime now)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            Text(xml, "id", $"tag:newstracker,2026:search/{feed.SearchId}");
            Text(xml, "title", $"{feed.Name} · NewsTracker");
            Text(xml, "subtitle", $"Newest quotes matching {SavedQuery.Describe(feed.Query)}");
            Text(xml, "updated", Date(feed.Entries.Count == 0 ? now : feed.Entries.Max(e => e.AddedUtc)));
            Link(xml, "self", selfUrl, "application/atom+xml");
            Link(xml, "alternate", baseUrl + "/Quotes" + (feed.Query.Length > 0 ? "?" + feed.Query : string.Empty), "text/html");
            xml.WriteStartElement("author", Atom);
            Text(xml, "name", "NewsTracker");
            xml.WriteEndElement();
            Text(xml, "generator", "NewsTracker");
            foreach (var entry in feed.Entries)
            {
                WriteEntry(xml, entry, baseUrl);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return buffer.ToArray();
    }

    private static void WriteEntry(XmlWriter xml, FeedEntry entry, string baseUrl)
    {
        var quote = entry.Quote;
        var speaker = quote.Speaker?.Name ?? quote.SpeakerAsWritten ?? "Unattributed";
        var article = quote.Article;
        xml.WriteStartElement("entry", Atom);
        Text(xml, "id", $"tag:newstracker,2026:quote/{quote.Id}");
        Text(xml, "title", $"{speaker}: {Shorten(quote.Text)}");
        Link(xml, "alternate", ArticleAddress(article.Url, article.Id, baseUrl), "text/html");
        Link(xml, "related", $"{baseUrl}/Statements/{quote.StatementId}", "text/html");
        if (article.PublishedUtc is { } published)
        {
            Text(xml, "published", Date(published));
        }

        // When the quote entered the archive: what makes it new to a feed reader.
        Text(xml, "updated", Date(entry.AddedUtc));
        xml.WriteStartElement("author", Atom);
        Text(xml, "name", speaker);
        if (quote.Speaker is { } known)
        {
            Text(xml, "uri", $"{baseUrl}/Speakers/{Uri.EscapeDataString(known.Slug)}");
        }

        xml.WriteEndElement();
        var source = string.Join(", ", new[] { article.Outlet, article.PublishedUtc?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) }.Where(s => !string.IsNullOrWhiteSpace(s)));
        xml.WriteStartElement("content", Atom);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(Clean($"{quote.Text}\n\n— {speaker}, in “{article.Title}”{(source.Length > 0 ? " (" + source + ")" : string.Empty)}"));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    // The article where it was published; the archive's copy when it has no web address of its own.
    private static string ArticleAddress(string? url, int articleId, string baseUrl) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : $"{baseUrl}/Articles/{articleId}";

    private static void Text(XmlWriter xml, string element, string value) => xml.WriteElementString(element, Atom, Clean(value));

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", Clean(href));
        xml.WriteEndElement();
    }

    private static string Date(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Shorten(string text)
    {
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= TitleLength ? line : line[..(TitleLength - 1)].TrimEnd() + "…";
    }

    // Only what XML 1.0 allows: other control characters and lone surrogate halves are dropped.
    private static string Clean(string text)
    {
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                kept.Append(text, i, 2);
                i++;
            }
        }

        return kept.ToString();
    }
}
