using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsTracker.Core.Extraction;

// Reads one of the embedded word lists under Extraction/Lexicon/en. The files allow comments and trailing
// commas so that an entry is one line that can be added or removed on its own.
internal static class LexiconFile
{
    public static readonly JsonSerializerOptions Options = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectRequiredConstructorParameters = true,
    };

    public static T Read<T>(string fileName)
    {
        using var stream = typeof(LexiconFile).Assembly.GetManifestResourceStream("Lexicon.en." + fileName)
            ?? throw new InvalidOperationException($"Embedded lexicon file {fileName} is missing.");
        return Parse<T>(stream, fileName);
    }

    public static T Parse<T>(Stream json, string fileName)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException($"Lexicon file {fileName} is empty.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Lexicon file {fileName} is not valid: {ex.Message}", ex);
        }
    }
}
