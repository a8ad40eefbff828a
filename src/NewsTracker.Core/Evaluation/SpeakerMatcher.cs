using NewsTracker.Core.Actors;
using NewsTracker.Core.Common;
using NewsTracker.Core.Extraction;

namespace NewsTracker.Core.Evaluation;

// Decides whether a predicted speaker names the same person or institution as the gold one:
// equal after normalisation, the same last word (a surname match counts), the same catalogue actor
// through its name and aliases ("Kremlin" ~ "Russia"), or a body's short name and the name it shortens
// ("KFOR" ~ "Kosovo Force"; an article that spells out "(UKMTO)" gives either). A pronoun is never an answer.
public sealed class SpeakerMatcher
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "he", "she", "they", "him", "her", "them", "it", "we", "i", "you", "his", "their", "its",
    };

    private readonly Dictionary<string, HashSet<string>> _actorsByName = new(StringComparer.Ordinal);

    private readonly CompiledCatalogue _compiled;

    private readonly Dictionary<string, string> _states = new(StringComparer.Ordinal);

    public SpeakerMatcher(ExtractionCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        _compiled = CompiledCatalogue.Compile(catalogue);
        foreach (var country in catalogue.Actors.Where(a => a.Kind == ActorKind.Country))
        {
            var key = Normalise(_compiled.DemonymOf(country.Name) ?? country.Name);
            foreach (var name in country.Aliases.Prepend(country.Name).Where(n => !n.Contains(' ', StringComparison.Ordinal) || char.IsUpper(n[0])))
            {
                _states.TryAdd(Normalise(name), key);
            }
        }
        foreach (var actor in catalogue.Actors)
        {
            foreach (var name in actor.Aliases.Prepend(actor.Name))
            {
                var key = Normalise(name);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!_actorsByName.TryGetValue(key, out var actors))
                {
                    actors = new HashSet<string>(StringComparer.Ordinal);
                    _actorsByName[key] = actors;
                }

                actors.Add(actor.Name);
            }
        }
    }

    public bool Matches(string? gold, string? predicted)
    {
        var goldKey = Normalise(gold);
        var predictedKey = Normalise(predicted);
        if (goldKey.Length == 0 || predictedKey.Length == 0)
        {
            return goldKey.Length == 0 && predictedKey.Length == 0;
        }

        if (IsPronoun(goldKey) || IsPronoun(predictedKey))
        {
            return false;
        }

        if (goldKey == predictedKey || LastWord(goldKey) == LastWord(predictedKey))
        {
            return true;
        }

        if (Canonical(goldKey) == Canonical(predictedKey) || Abbreviates(gold!, predicted!) || Abbreviates(predicted!, gold!))
        {
            return true;
        }

        return _actorsByName.TryGetValue(goldKey, out var goldActors)
            && _actorsByName.TryGetValue(predictedKey, out var predictedActors)
            && goldActors.Overlaps(predictedActors);
    }

    private static readonly HashSet<string> Linking = new(StringComparer.OrdinalIgnoreCase) { "of", "and", "the", "for", "in", "on", "de", "du", "des", "la", "le", "el", "del", "di", "da", "do" };

    // "ICJ" for "International Court of Justice", "EUFOR" for "European Union Force …", "ECOWAS" for "Economic Community of
    // West African States": the short name's letters open the full name's words in order, from its first word on (a word
    // may give several letters or none). The full name is a proper name (capitalised words and linking words) that does
    // not hold the short name itself ("ECOWAS Commission" is another body).
    internal static bool Abbreviates(string shortName, string fullName)
    {
        var acronym = shortName.Trim().Replace("-", "", StringComparison.Ordinal);
        var words = fullName.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (acronym.Length is < 2 or > 10 || !acronym.All(char.IsLetterOrDigit) || acronym.Count(char.IsUpper) < Math.Max(2, acronym.Length - 2)
            || words.Length < 2
            || words.Any(w => w.Equals(acronym, StringComparison.OrdinalIgnoreCase) || !(char.IsUpper(w[0]) || Linking.Contains(w))))
        {
            return false;
        }

        var letters = acronym.ToUpperInvariant();
        return Opens(0, 0);

        bool Opens(int letter, int word)
        {
            if (letter == letters.Length)
            {
                return true;
            }

            if (word == words.Length)
            {
                return false;
            }

            if (word > 0 && Opens(letter, word + 1))
            {
                return true;
            }

            var upper = words[word].ToUpperInvariant();
            for (var taken = 1; taken <= upper.Length && letter + taken <= letters.Length && upper[taken - 1] == letters[letter + taken - 1]; taken++)
            {
                if (Opens(letter + taken, word + 1))
                {
                    return true;
                }
            }

            return false;
        }
    }

    // One spelling of a state's body: "Ministry of Fisheries of Norway", "Norway's Ministry of Fisheries", "Norwegian
    // Ministry of Fisheries" and "Norwegian Fisheries Ministry" are one body, as are a ministry "of Foreign Affairs" and a
    // "Foreign Ministry", and "the Government of Norway" and "Norway's government". The state is read through the
    // catalogue, its adjective where it has one.
    private string Canonical(string normalised)
    {
        var words = normalised.Split(' ').ToList();
        var ofState = -1;
        string? state = null;
        for (var of = 1; of + 1 < words.Count && state is null; of++)
        {
            if (words[of] != "of")
            {
                continue;
            }

            var tail = words.Skip(of + 1).ToList();
            if (tail.Count > 2 && tail[0] == "the" && tail[1] == "republic" && tail[2] == "of")
            {
                tail = tail.Skip(3).ToList();
            }

            state = StateKey(string.Join(' ', tail));
            ofState = of;
        }

        if (state is not null)
        {
            words = [state, .. words.Take(ofState)];
        }
        else if (words.Count > 1 && words[0].Length > 1 && words[0][^1] == 's' && StateKey(words[0][..^1]) is { } owner)
        {
            // "Norway's government": the possessive is one word without its apostrophe.
            words = [owner, .. words.Skip(1)];
        }
        else if (words.Count > 1 && StateKey(words[0]) is { } named)
        {
            words[0] = named;
        }

        var ministry = words.IndexOf("ministry");
        if (ministry >= 0 && ministry + 2 < words.Count && words[ministry + 1] == "of" && words.Count - ministry <= 4
            && (words.Count - ministry == 3 || words[^1] == "affairs"))
        {
            words = [.. words.Take(ministry), words[ministry + 2], "ministry"];
        }

        return string.Join(' ', words);
    }

    // The state a name or adjective stands for, as one key: its adjective ("norwegian"), or its name when it has none.
    private string? StateKey(string normalised) => _states.GetValueOrDefault(normalised);

    public static bool IsPronoun(string? name) => Pronouns.Contains(Normalise(name));

    // Normalised words, without a leading "the": "the Kremlin" and "Kremlin" are one name.
    public static string Normalise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var words = TextFingerprint.Words(name);
        var skip = words.Count > 1 && words[0] == "the" ? 1 : 0;
        return string.Join(' ', words.Skip(skip));
    }

    private static string LastWord(string normalised) => normalised[(normalised.LastIndexOf(' ') + 1)..];
}
