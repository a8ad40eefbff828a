using System.Text.Json.Serialization;

namespace NewsTracker.Core.Extraction;

// One line of titles.json.
internal sealed record Title(
    [property: JsonPropertyName("title")] string Words,
    [property: JsonPropertyName("abbreviations")] IReadOnlyList<string>? Abbreviations = null,
    [property: JsonPropertyName("short")] bool Short = false,
    [property: JsonPropertyName("gender")] string? Gender = null,
    [property: JsonPropertyName("honorific")] bool Honorific = false,
    [property: JsonPropertyName("initials")] IReadOnlyList<string>? Initials = null)
{
    // The title's gender is its last word's: "crown prince", "first lady".
    public Gender Tells => Gender switch
    {
        null => Extraction.Gender.Unknown,
        "male" => Extraction.Gender.Male,
        "female" => Extraction.Gender.Female,
        _ => throw new InvalidDataException($"Title \"{Words}\" has gender \"{Gender}\"; use male or female."),
    };

    // The short forms as written, with and without a full stop.
    public IEnumerable<string> ShortForms()
    {
        foreach (var form in Short ? [Words, .. Abbreviations ?? []] : Abbreviations ?? [])
        {
            yield return form;
            yield return form + ".";
        }
    }

    // Every word that marks this title in text.
    public IEnumerable<string> Spellings() => Words.Split(' ').Concat(ShortForms()).Concat(Initials ?? []);

    // The words that tell the gender: the last word and the short forms.
    public IEnumerable<string> GenderedSpellings() => ShortForms().Prepend(Words.Split(' ')[^1]);
}

internal sealed record TitleFile(
    [property: JsonPropertyName("titles")] IReadOnlyList<Title> Titles,
    [property: JsonPropertyName("words")] IReadOnlyList<string> Words,
    [property: JsonPropertyName("generic")] IReadOnlyDictionary<string, IReadOnlyList<string>>? Generic = null,
    [property: JsonPropertyName("institutions")] IReadOnlyDictionary<string, IReadOnlyList<string>>? Institutions = null,
    [property: JsonPropertyName("professions")] IReadOnlyList<string>? Professions = null,
    [property: JsonPropertyName("offices")] IReadOnlyList<string>? Offices = null,
    [property: JsonPropertyName("commands")] IReadOnlyList<string>? Commands = null,
    [property: JsonPropertyName("qualifiers")] IReadOnlyList<string>? Qualifiers = null);

// The titles of Lexicon/en/titles.json, as the word sets the extractor asks.
internal static class TitleLexicon
{
    public static readonly TitleFile File = LexiconFile.Read<TitleFile>("titles.json");

    private static readonly HashSet<string> SingleWordTitles = new(
        File.Titles.Where(t => !t.Words.Contains(' ') && !t.Honorific && !t.Short).Select(t => t.Words), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> PhrasesWithOf = new(
        File.Titles.Where(t => t.Words.Contains(" of ", StringComparison.Ordinal)).Select(t => t.Words), StringComparer.OrdinalIgnoreCase);

    // "chief of staff", "chief of defence staff": a title of several words linked by "of", whatever its case.
    public static bool IsTitlePhrase(string words) => PhrasesWithOf.Contains(words);

    // "justice", "general", "ambassador": a post on its own, not a word of a longer title ("deputy", "state").
    public static bool IsTitle(string word) => SingleWordTitles.Contains(word);

    private static readonly HashSet<string> Qualifiers = new(File.Qualifiers ?? [], StringComparer.OrdinalIgnoreCase);

    // "State" in "State Grid", "Senior" in "Senior Living": title words that qualify a post and name no holder alone.
    public static bool OnlyQualify(IReadOnlyList<string> words) => words.Count > 0 && words.All(Qualifiers.Contains);

    private static readonly Dictionary<string, string> FullForms = File.Titles
        .Where(t => !t.Short && !t.Honorific)
        .SelectMany(t => (t.Abbreviations ?? []).Concat(t.Initials ?? []).Select(a => (Abbreviation: a, t.Words)))
        .ToDictionary(p => p.Abbreviation, p => p.Words, StringComparer.OrdinalIgnoreCase);

    // "Gen" → "general", "Cdre" → "commodore": the title an abbreviation stands for, or null.
    public static string? FullForm(string abbreviation) => FullForms.GetValueOrDefault(abbreviation);

    // "Europe" in "Supreme Allied Commander Europe Dale Ward": the title's command, no word of the holder's name.
    public static readonly WordSet Commands = new(File.Commands ?? [], indexed: false);

    private static readonly HashSet<string> Professions = new(File.Professions ?? [], StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<string> ProfessionWords => File.Professions ?? [];

    // "Analyst", "Senior Researcher": a role that is a profession, no post (its last word decides).
    public static bool IsProfession(string? role) => role is not null && Professions.Contains(role[(role.LastIndexOf(' ') + 1)..]);

    private static readonly HashSet<string> Offices = new((File.Offices ?? []).Select(Office), StringComparer.OrdinalIgnoreCase);

    // "spokesman", "spokeswoman" and "spokesperson" are one office.
    private static string Office(string word) =>
        word.StartsWith("spokes", StringComparison.OrdinalIgnoreCase) ? "spokesperson" : word;

    // "the governor" and a role "Minister for Planning": two offices, so one holder is not called by the other. Any
    // office the phrase names counts ("the Freedonian minister, once a governor," is still the planning minister).
    public static bool IsOtherOffice(string wanted, string phrase, string? role)
    {
        if (role is null || !Offices.Contains(Office(wanted)))
        {
            return false;
        }

        var roleOffices = role.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Office).Where(Offices.Contains).ToList();
        foreach (var word in phrase.Split(' ', ',', '.'))
        {
            if (Offices.Contains(Office(word)) && roleOffices.Contains(Office(word), StringComparer.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return roleOffices.Count > 0;
    }

    // "Minister of Foreign Affairs" and "Ambassador": two offices, which one person does not hold at once.
    public static bool AreOtherOffices(string role, string other)
    {
        var offices = OfficesIn(role);
        var others = OfficesIn(other);
        return offices.Count > 0 && others.Count > 0 && !offices.Overlaps(others);
    }

    private static HashSet<string> OfficesIn(string role) =>
        new(role.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Office).Where(Offices.Contains), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> LongerTitles = new(
        File.Titles.Where(t => t.Words.Contains(' ') && !t.Honorific).Select(t => t.Words), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> LongerTitleEnds = new(LongerTitles.Select(t => t.Split(' ')[^1]), StringComparer.OrdinalIgnoreCase);

    // "… chargé d'affaires": the words end in a title of two or three words.
    public static bool EndsInLongerTitle(IReadOnlyList<string> words)
    {
        if (words.Count < 2 || !LongerTitleEnds.Contains(words[^1]))
        {
            return false;
        }

        for (var n = 2; n <= 3 && n <= words.Count; n++)
        {
            if (LongerTitles.Contains(string.Join(' ', words.Skip(words.Count - n))))
            {
                return true;
            }
        }

        return false;
    }

    public static IEnumerable<string> TitleWords => File.Titles.SelectMany(t => t.Spellings()).Concat(File.Words);

    public static IEnumerable<string> Gendered(Gender gender) =>
        File.Titles.Where(t => t.Tells == gender).SelectMany(t => t.GenderedSpellings());

    public static IEnumerable<string> Honorifics => File.Titles.Where(t => t.Honorific).SelectMany(t => t.Spellings());

    // "the diplomat" may mean an ambassador or a permanent representative the article named: whether a holder's
    // role is one the generic word stands for.
    // "diplomat", "negotiator": a word for a kind of post that "the …" uses for whoever holds it in the article.
    public static bool IsGeneric(string word) => File.Generic?.ContainsKey(word.ToLowerInvariant()) == true;

    // "her embassy", "his company": whether the word names an institution whose posts the titles file lists.
    public static bool IsInstitution(ReadOnlySpan<char> word) => InstitutionWords.Contains(word);

    private static readonly WordSet InstitutionWords = new(File.Institutions?.Keys ?? [], indexed: false);

    // Whether a holder's role is a post in the institution ("Ambassador" in an embassy).
    public static bool HoldsPostIn(string institution, string? role) => RoleContainsOneOf(File.Institutions, institution, role);

    // Whether a holder's role is one the generic word stands for ("Ambassador" for "the diplomat").
    public static bool StandsFor(string generic, string? role) => RoleContainsOneOf(File.Generic, generic, role);

    // Whether the role contains one of the titles the map lists under the word.
    private static bool RoleContainsOneOf(IReadOnlyDictionary<string, IReadOnlyList<string>>? map, string word, string? role)
    {
        if (role is null || map is null || !map.TryGetValue(word.ToLowerInvariant(), out var titles))
        {
            return false;
        }

        foreach (var title in titles)
        {
            // "=general": the whole role, or "Attorney General" would be an officer.
            if (title.StartsWith('=') ? role.AsSpan().Equals(title.AsSpan(1), StringComparison.OrdinalIgnoreCase)
                : role.Contains(title, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Short forms whose full stop does not end a sentence.
    public static IEnumerable<string> Abbreviations => File.Titles.SelectMany(t => t.Short ? [t.Words, .. t.Abbreviations ?? []] : t.Abbreviations ?? []);
}
