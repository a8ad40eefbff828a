using NewsTracker.Core.Common;
using NewsTracker.Core.Extraction;

namespace NewsTracker.Core.Evaluation;

// Decides whether a predicted speaker names the same person or institution as the gold one:
// equal after normalisation, the same last word (a surname match counts), or the same catalogue actor
// through its name and aliases ("Kremlin" ~ "Russia"). A pronoun is never an answer.
public sealed class SpeakerMatcher
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "he", "she", "they", "him", "her", "them", "it", "we", "i", "you", "his", "their", "its",
    };

    private readonly Dictionary<string, HashSet<string>> _actorsByName = new(StringComparer.Ordinal);

    public SpeakerMatcher(ExtractionCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
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

        return _actorsByName.TryGetValue(goldKey, out var goldActors)
            && _actorsByName.TryGetValue(predictedKey, out var predictedActors)
            && goldActors.Overlaps(predictedActors);
    }

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
