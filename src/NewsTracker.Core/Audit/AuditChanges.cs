using System.Text.Json;

namespace NewsTracker.Core.Audit;

// One field of an entry's before/after, as text a person reads: lists joined with commas, nested values
// as compact JSON.
public sealed record AuditFieldChange(string Field, string? Before, string? After)
{
    public bool Changed => Before != After;
}

public static class AuditChanges
{
    // The fields of both snapshots, in the order they first appear; a snapshot that is not a JSON object
    // (or not JSON at all) shows as one field, "value".
    public static IReadOnlyList<AuditFieldChange> Compare(string? before, string? after)
    {
        var old = Fields(before);
        var @new = Fields(after);
        return old.Keys.Concat(@new.Keys).Distinct(StringComparer.Ordinal)
            .Select(field => new AuditFieldChange(field, old.GetValueOrDefault(field), @new.GetValueOrDefault(field)))
            .ToList();
    }

    private static Dictionary<string, string?> Fields(string? json)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json))
        {
            return fields;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                fields["value"] = Text(document.RootElement);
                return fields;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                fields[property.Name] = Text(property.Value);
            }
        }
        catch (JsonException)
        {
            fields["value"] = json;
        }

        return fields;
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(v => Text(v) ?? "—")),
        _ => value.GetRawText(),
    };
}
