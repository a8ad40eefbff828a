using Serilog.Core;
using Serilog.Events;

namespace NewsTracker.Core.Common;

// Every string a log event carries (titles, file names, URLs, request paths, nested in objects or lists) has its
// line breaks and control characters made spaces (LogText.Clean), so text from outside cannot start a forged log
// line; calls need not remember to clean. Enrich.With it last in every host's Serilog configuration, after the
// enrichers that add properties. Exceptions (stack traces) keep their lines.
public sealed class CleanLogValues : ILogEventEnricher
{
    // Longer than LogText's default: SQL commands and paths are worth seeing whole in a log.
    public const int MaxLength = 4_000;

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        List<LogEventProperty>? changed = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            var clean = Clean(value);
            if (!ReferenceEquals(clean, value))
            {
                (changed ??= []).Add(new LogEventProperty(name, clean));
            }
        }

        foreach (var property in changed ?? [])
        {
            logEvent.AddOrUpdateProperty(property);
        }
    }

    // The same instance when nothing needed cleaning, so most events change nothing and allocate nothing.
    private static LogEventPropertyValue Clean(LogEventPropertyValue value)
    {
        var changed = false;
        T Track<T>(T before, T after)
        {
            changed |= !ReferenceEquals(before, after);
            return after;
        }

        switch (value)
        {
            case ScalarValue { Value: string text } when LogText.NeedsCleaning(text, MaxLength):
                return new ScalarValue(LogText.Clean(text, MaxLength));
            case SequenceValue sequence:
                var elements = sequence.Elements.Select(e => Track(e, Clean(e))).ToList();
                return changed ? new SequenceValue(elements) : value;
            case StructureValue structure:
                var properties = structure.Properties
                    .Select(p => Track(p.Value, Clean(p.Value)) is var v && ReferenceEquals(v, p.Value) ? p : new LogEventProperty(p.Name, v))
                    .ToList();
                return changed ? new StructureValue(properties, structure.TypeTag) : value;
            case DictionaryValue dictionary:
                var pairs = dictionary.Elements
                    .Select(p => new KeyValuePair<ScalarValue, LogEventPropertyValue>((ScalarValue)Track(p.Key, Clean(p.Key)), Track(p.Value, Clean(p.Value))))
                    .ToList();
                return changed ? new DictionaryValue(pairs) : value;
            default:
                return value;
        }
    }
}
