using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using NewsTracker.Core.Actors;
using NewsTracker.Core.Articles;
using NewsTracker.Core.Attention;
using NewsTracker.Core.Quotes;
using NewsTracker.Core.Search;

namespace NewsTracker.Web.Infrastructure;

// How dates, kinds and confidences read on every page, in one place.
public static class Display
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    // ViewData key of the search whose matches quote cards mark.
    public const string HighlightKey = "NewsTracker.Highlight";

    // The text with the search's matches in <mark>: each piece of text is encoded; only the marks are markup.
    public static IHtmlContent Highlighted(string text, SearchQuery? search)
    {
        var html = new HtmlContentBuilder();
        foreach (var piece in SearchHighlighter.Highlight(text, search ?? SearchQuery.Empty))
        {
            if (piece.IsMatch)
            {
                html.AppendHtml("<mark>").Append(piece.Text).AppendHtml("</mark>");
            }
            else
            {
                html.Append(piece.Text);
            }
        }

        return html;
    }

    // The same highlighted text as one string of HTML, encoded by the encoder the pages write with (the API's
    // "highlight").
    public static string HighlightedHtml(string text, SearchQuery search, HtmlEncoder encoder)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Highlighted(text, search).WriteTo(writer, encoder);
        return writer.ToString();
    }

    public const string Undated = "date unknown";

    // A missing date and ReportedDate.Undated read the same: an undated article is never shown with another date.
    public static string Date(DateTime? utc) =>
        utc is { } value && !ReportedDate.IsUndated(value) ? value.ToString("d MMM yyyy", Culture) : Undated;

    public static string Time(DateTime utc) => utc.ToString("d MMM yyyy HH:mm", Culture) + " UTC";

    // The dates a role was held: a day the newsroom may not know ("—").
    public static string Held(DateOnly? date) =>
        date is { } value ? value.ToString("d MMM yyyy", Culture) : "—";

    public static string IsoDate(DateTime? utc) =>
        utc is { } value && !ReportedDate.IsUndated(value) ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;

    public static string Month(int year, int month) =>
        new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Utc).ToString("MMM yyyy", Culture);

    // A chart's period as its row reads: "Jan 2022", or the Monday a week starts ("10 Jan 2022").
    public static string Period(AttentionPeriod by, DateOnly start) =>
        start.ToString(by == AttentionPeriod.Week ? "d MMM yyyy" : "MMM yyyy", Culture);

    public static string PeriodHeading(AttentionPeriod by) => by == AttentionPeriod.Week ? "Week starting" : "Month";

    public static string Per(AttentionPeriod by) => by == AttentionPeriod.Week ? "per week" : "per month";

    public static string IsoDate(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // A kind as readers see it: "Direct quote" or "Reported speech".
    public static string Kind(QuoteKind kind) => QuoteKindLabels.Of(kind);

    // A kind in addresses (?kind=direct) and CSS classes (kind-indirect), never shown as text.
    public static string KindValue(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Indirect => "indirect",
        _ => "unknown",
    };

    public static string Kind(ActorKind kind) => kind switch
    {
        ActorKind.Person => "person",
        ActorKind.Organisation => "organisation",
        ActorKind.Country => "country",
        ActorKind.Government => "government",
        _ => "actor",
    };

    public static string Percent(double confidence) =>
        Math.Clamp(confidence, 0, 1).ToString("P0", CultureInfo.InvariantCulture);

    public static string ConfidenceLevel(double confidence) => confidence switch
    {
        >= 0.8 => "high",
        >= 0.5 => "medium",
        _ => "low",
    };

    public static string Count(int count, string singular, string plural) =>
        count.ToString("N0", Culture) + " " + (count == 1 ? singular : plural);

    // A total counted only up to Paging.CountCap reads "10,000+ quotes".
    public static string Count(int count, bool capped, string singular, string plural) =>
        capped ? count.ToString("N0", Culture) + "+ " + plural : Count(count, singular, plural);

    public static string Number(long value) => value.ToString("N0", Culture);

    public static string Host(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : string.Empty;
}
