using Serilog.Core;
using Serilog.Events;

namespace NewsTracker.Web.Feeds;

// Every string a log event carries that holds a feed address (the request log's path, the request scope's path on any
// event logged during a feed request) has its token replaced by "…". Enrich.With it before CleanLogValues.
public sealed class FeedTokensOutOfLogs : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        List<LogEventProperty>? changed = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            if (value is ScalarValue { Value: string text } && text.Contains(SearchFeedEndpoints.PathStart, StringComparison.OrdinalIgnoreCase))
            {
                (changed ??= []).Add(new LogEventProperty(name, new ScalarValue(SearchFeedEndpoints.Redact(text))));
            }
        }

        foreach (var property in changed ?? [])
        {
            logEvent.AddOrUpdateProperty(property);
        }
    }
}
