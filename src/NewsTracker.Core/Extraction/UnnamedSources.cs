using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Extraction;

// A source the article describes but does not name: "analysts", "a senior US official" (affiliation
// United States), "sources close to the talks". Such a quote has no speaker and never makes an actor.
public sealed record UnnamedSource(string Description, string? Affiliation);

// The last check before a speaker leaves extraction: a name that could not be a new actor's (ActorNames) is
// dropped, and so are a role or affiliation that name nothing; a quote left without a speaker keeps the
// description of an unnamed source when its attribution gave one.
internal static class UnnamedSources
{
    public const int DescriptionMaxLength = 200;

    // `shownAsBody`: names the article itself establishes as a body ("Port Energy, the Danish operator that …,"), which
    // pass like names the catalogue knows.
    public static ExtractedSpeaker? Checked(ExtractedSpeaker? speaker, CompiledCatalogue catalogue, Func<string, bool>? shownAsBody = null)
    {
        if (speaker is null || !ActorNames.IsName(speaker.Name, speaker.Kind, name => catalogue.Knows(name) || (shownAsBody?.Invoke(name) ?? false)))
        {
            return null;
        }

        var role = speaker.Role is null || ActorNames.IsRole(speaker.Role) ? speaker.Role : null;
        var affiliation = speaker.Affiliation is null || ActorNames.IsName(speaker.Affiliation, ActorKind.Organisation, catalogue.Knows)
            ? speaker.Affiliation
            : null;
        return role == speaker.Role && affiliation == speaker.Affiliation ? speaker : speaker with { Role = role, Affiliation = affiliation };
    }

    // The unnamed source an attribution phrase describes, or null when it names (or tries to name) someone: the
    // phrase must stand for people by a common noun ("analysts", "one diplomat", "the official").
    public static UnnamedSource? Of(SpeakerPhrase? phrase, ArticleAnalysis analysis) =>
        phrase is null || phrase.Form == SpeakerForm.Pronoun ? null : Describe(phrase, analysis);

    private static UnnamedSource? Describe(SpeakerPhrase phrase, ArticleAnalysis analysis)
    {
        var text = ActorRules.Clean(phrase.AsWritten).TrimEnd(',', ';', ':', '.');
        if (text.Length == 0 || !(HasGenericHead(phrase) || IsDescribedSpokesperson(phrase)))
        {
            return null;
        }

        var first = text.Split(' ')[0];
        if (char.IsUpper(text[0]) && (Lexicon.Determiners.Contains(first) || IsGenericHead(first)))
        {
            text = char.ToLowerInvariant(text[0]) + text[1..];
        }

        var affiliation = phrase.Affiliation is { } a && ActorNames.IsName(a, ActorKind.Organisation, analysis.Catalogue.Knows) ? a : null;
        return new UnnamedSource(text.Length <= DescriptionMaxLength ? text : text[..DescriptionMaxLength], affiliation);
    }

    // "one diplomat", "Western officials", "sources close to the talks": a common noun for people stands in the phrase.
    private static bool HasGenericHead(SpeakerPhrase phrase)
    {
        foreach (var word in phrase.AsWritten.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (IsGenericHead(word.TrimEnd(',', ';', ':', '.')))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsGenericHead(string word) => Lexicon.AnonymousHeads.Contains(word);

    // "the ministry's spokeswoman": an institution's spokesperson the article does not name.
    private static bool IsDescribedSpokesperson(SpeakerPhrase phrase) =>
        phrase.Form == SpeakerForm.Organisation && phrase.Role is { } role && role.Contains("spokes", StringComparison.OrdinalIgnoreCase)
        && phrase.Organisation is { Length: > 0 } organisation && char.IsLower(organisation[0]);
}
