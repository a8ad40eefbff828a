using NewsTracker.Core.Attention;
using NewsTracker.Core.Quotes;
using NewsTracker.Web.Infrastructure;

namespace NewsTracker.Web.Pages.Shared;

// A chart's figures as a table (id: what the canvas's data-chart-table names, so the script draws from it).
// ShowTotal: a column summing each row's series, where they do not overlap (direct quotes and reported speech).
public sealed record ChartTableView(string Id, string Caption, AttentionChart Chart, bool ShowTotal);

// The attention chart of a speaker's, actor's or topic's page and the switches it was drawn with. Quotes: what is
// counted, as it reads after "quotes" ("by Jens Stoltenberg", "involving NATO"). Chart null: the switches were refused.
public sealed record AttentionChartView(string Quotes, AttentionChart? Chart, AttentionPeriod? By, AttentionStack Stack, bool CanStackByTopic)
{
    public const string CanvasId = "attention-chart";

    public const string TableId = "attention-table";

    public string Heading(AttentionChart chart) =>
        "Quotes " + Display.Per(chart.By) + (Stack == AttentionStack.Topic ? ", by topic" : ", " + QuoteKindLabels.Direct.ToLowerInvariant() + " or " + QuoteKindLabels.Reported.ToLowerInvariant());

    public string Description(AttentionChart chart) =>
        $"Bar chart of quotes {Quotes} {Display.Per(chart.By)}, stacked by {(Stack == AttentionStack.Topic ? "topic" : $"kind ({QuoteKindLabels.Direct} or {QuoteKindLabels.Reported})")}.";

    public ChartTableView Table(AttentionChart chart) =>
        new(TableId, $"Quotes {Quotes} {Display.Per(chart.By)}", chart, ShowTotal: Stack == AttentionStack.Kind);
}
