using NewsTracker.Core.Extraction;

namespace NewsTracker.Core.Actors;

// The one check a name passes before extraction or linking makes a new actor of it: a person's name, or an
// organisation or country the text names or describes ("NATO", "the Chinese foreign ministry"). Titles
// ("Ministry", "Chief"), determiners and pronouns ("The"), clause fragments ("Russia that", "It now goes to the
// Senate", "request of the Congolese government"), stray letters ("P"), common nouns ("Analysts", "Markets"),
// and news outlets as people ("Rhine Chronicle") are not; a first name alone ("Ursula") is a speaker but never a
// new actor (IsFirstNameAlone). Names the catalogue or the registry already holds ("the Kremlin") are known and
// pass: the check is for names seen for the first time.
public static partial class ActorNames
{
    // Lower-case words a name may hold between capitalised ones: "Bank for International Settlements",
    // "Ursula von der Leyen", "Mohammed bin Salman".
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "of", "for", "and", "the", "in", "on", "at", "to", "de", "du", "des", "la", "le", "van", "von", "der", "den",
        "al", "el", "bin", "bint", "binti", "ibn", "abu", "ben", "dos", "das", "del", "da", "di", "y", "e", "&",
    };

    // Words a clause ends a name with: "Russia that", "officials who", "Lavrov said".
    private static readonly HashSet<string> ClauseEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "who", "whom", "whose", "said", "says", "say", "told", "when", "while", "if", "as", "because",
    };

    // Words that qualify a role but are no role alone: "Chief", "Senior", "Deputy".
    private static readonly HashSet<string> RoleModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "chief", "head", "top", "senior", "junior", "deputy", "vice", "assistant", "former", "acting", "outgoing",
        "incoming", "first", "high", "special", "state", "national", "foreign", "of", "the", "for", "and",
    };

    // Heads of a described institution besides the lexicon's organisation words: "Lithuanian intelligence".
    private static readonly HashSet<string> InstitutionHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "intelligence", "police", "judiciary", "legislature", "regime", "junta", "coalition", "opposition",
    };

    public static bool IsName(string name, ActorKind kind, Func<string, bool>? isKnown = null) => WhyNotAName(name, kind, isKnown) is null;

    // Why the text cannot be a new actor's name, or null when it can.
    public static string? WhyNotAName(string name, ActorKind kind, Func<string, bool>? isKnown = null)
    {
        var text = ActorRules.Clean(name);
        if (ActorDirectory.Key(text).Length == 0)
        {
            return "no letters or digits";
        }

        if (isKnown is not null && isKnown(text))
        {
            return null;
        }

        var words = text.Split(' ');
        if (text.Length == 1 || (text.Length == 2 && text[1] == '.'))
        {
            return "a single letter";
        }

        if (words.Length > 1 && ClauseEnds.Contains(words[^1]))
        {
            return $"ends with “{words[^1]}”";
        }

        if (words.FirstOrDefault(w => Lexicon.Pronouns.Contains(w) || Lexicon.Auxiliaries.Contains(w) || Lexicon.SpeechVerbs.Contains(w)) is { } verbal
            && !(kind == ActorKind.Person && words.Length > 1 && char.IsUpper(verbal[0])))
        {
            return $"holds “{verbal}”: a clause, not a name";
        }

        if (ReferenceRefusal(words) is { } reference)
        {
            return reference;
        }

        var content = words.Length > 1 && Lexicon.Determiners.Contains(words[0]) ? words[1..] : words;
        // "The Times", "The Observer": a newspaper named by its one capitalised word speaks in its editorials.
        if (kind != ActorKind.Person && content.Length == 1 && char.IsUpper(content[0][0])
            && Lexicon.OutletWords.Contains(content[0]))
        {
            return null;
        }

        if (content.Length == 1 && (char.IsLower(content[0][0]) || IsCommonWord(content[0]) || IsCommonWord(content[0], Lexicon.OrganisationWords)))
        {
            return $"“{content[0]}” is a common word, not a name";
        }

        if (kind == ActorKind.Person && PersonRefusal(content) is { } refusal)
        {
            return refusal;
        }

        if (kind != ActorKind.Person && BodyRefusal(content) is { } notABody)
        {
            return notABody;
        }

        var lowerCase = LowerCaseWord(words);
        if (lowerCase is not null && (kind == ActorKind.Person || !(IsDescribedInstitution(words) || IsInstitutionOf(words) || IsMissionIn(words))))
        {
            return $"holds the lower-case word “{lowerCase}”";
        }

        // "Foreign Minister", "Senior Officials": titles and common words; "Security Council" is an institution's name.
        if (content.All(IsCommonWord) && !content.Any(w => IsCommonWord(w, Lexicon.OrganisationWords)))
        {
            return "only titles and common words";
        }

        return null;
    }

    // What a person's name never is: a news outlet ("Rhine Chronicle") or a phrase ending in a common noun ("Arms
    // Control", "Conflict Studies").
    private static string? PersonRefusal(string[] words)
    {
        var last = words[^1].TrimEnd('.', ',');
        if (words.Length == 1 && last.Length >= 3 && last[^1] == 's' && last[..^1].All(char.IsUpper))
        {
            return $"“{last}” is a plural acronym: a group, not a person";
        }

        if (Lexicon.OutletWords.Contains(last))
        {
            return $"ends with “{last}”: a news outlet, not a person";
        }

        if (Lexicon.CommonNouns.Contains(last))
        {
            return $"ends with the common noun “{last}”";
        }

        if (words.Length > 1 && Lexicon.PlaceOpeners.Contains(words[0]))
        {
            return $"opens with “{words[0]}”: a place, not a person";
        }

        return null;
    }

    // "Ursula", "Svetlana": a speaker the article may call by a first name, but never a new actor of the registry.
    public static bool IsFirstNameAlone(string name)
    {
        var text = ActorRules.Clean(name);
        return !text.Contains(' ', StringComparison.Ordinal) && FirstNames.Of(text) != Gender.Unknown;
    }

    // A role worth keeping holds a word that names one ("Foreign Minister", "spokeswoman"), not only a qualifier
    // ("Chief") or a topic ("Sanctions", "Shipping").
    public static bool IsRole(string? role)
    {
        if (string.IsNullOrWhiteSpace(role))
        {
            return false;
        }

        var words = role.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => !RoleModifiers.Contains(w) && (Lexicon.RoleNouns.Contains(w) || Lexicon.TitleWords.Contains(w)))
            && !words.Any(w => ClauseEnds.Contains(w) || Lexicon.Pronouns.Contains(w));
    }

    // The first lower-case word that is no connector or particle ("Ursula von der Leyen" has none).
    private static string? LowerCaseWord(string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (!char.IsLower(word[0]) || IsHyphenatedName(word) || Names.IsIrishMutation(word))
            {
                continue;
            }

            var connects = Connectors.Contains(word) && (i > 0 || (words.Length > 1 && char.IsUpper(words[1][0])));
            if (!connects)
            {
                return word;
            }
        }

        return null;
    }

    // "ministry of defence", "the Latvian ministry for foreign affairs": an institution's head word with what it is
    // the institution of, in a few words ("request of the Congolese government" has no institution for a head).
    private static bool IsInstitutionOf(string[] words)
    {
        var of = Array.FindIndex(words, w => w is "of" or "for");
        return of >= 1 && of < words.Length - 1 && words.Length - of <= 4
            && Lexicon.OrganisationWords.Contains(words[of - 1])
            && Array.FindIndex(words, of + 1, w => w is "of" or "for") < 0;
    }

    // "Freedonian embassy in Harbourtown", "US mission in Geneva": a diplomatic mission named by its city.
    private static bool IsMissionIn(string[] words)
    {
        var at = Array.IndexOf(words, "in");
        return at >= 2 && words.Length - at is >= 2 and <= 4 && Lexicon.DiplomaticPosts.Contains(words[at - 1])
            && words.Skip(at + 1).All(w => char.IsUpper(w[0])) && IsDescribedInstitution(words[..at]);
    }

    // "the Chinese foreign ministry", "presidential office", "UN refugee agency": an institution described by
    // its head noun, with no common noun governing it ("request of the Congolese government").
    private static bool IsDescribedInstitution(string[] words)
    {
        var head = words[^1];
        if (!Lexicon.OrganisationWords.Contains(head) && !InstitutionHeads.Contains(head))
        {
            return false;
        }

        for (var i = 0; i + 1 < words.Length; i++)
        {
            if (char.IsLower(words[i][0]) && !Connectors.Contains(words[i]) && words[i + 1] is "of" or "for" or "to")
            {
                return false;
            }
        }

        return true;
    }

    // "al-Amin", "bin-Laden": a particle joined to a capitalised name; "d'Alva", "d’Almeida": an elided one.
    private static bool IsHyphenatedName(string word)
    {
        if (Names.IsElidedParticleName(word))
        {
            return true;
        }

        var dash = word.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && dash + 1 < word.Length && char.IsUpper(word[dash + 1]) && Connectors.Contains(word[..dash]);
    }

    // A word of the lexicon's lists (or the plural of one): "Analysts", "The", "Minister".
    // One unknown word that reads as an adjective or an abstract noun by its ending ("Retired", "Political", "Atomic",
    // "Conservative", "Repatriation", "Environment", "Parliamentary", "Almaty-based"), a party word, or "Shadow"/"Rear":
    // no institution's name on its own.
    public static bool IsDescriptiveWord(string name)
    {
        if (name.Contains(' ', StringComparison.Ordinal) || name.Length < 4 || name.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return false;
        }

        var word = name.ToLowerInvariant();
        return DescriptiveEndings.Any(word.EndsWith) || PartyLexicon.PartyOfWord(name) is not null || TitleModifiers.Contains(word);
    }

    private static readonly string[] DescriptiveEndings = ["ed", "al", "ic", "ive", "ion", "ment", "ary", "ing", "-based", "ern"];

    private static readonly WordSet TitleModifiers = new("shadow rear vice acting interim honorary emeritus", indexed: false);

    // A plural is of a noun: "Denys" is no plural of the verb "deny".
    private static bool IsCommonWord(string word) =>
        Connectors.Contains(word.ToLowerInvariant()) || InWordLists(word.TrimEnd('.', ','))
        || (Singular(word) is { } one && InWordLists(one) && !Lexicon.SpeechVerbs.Contains(one) && !Lexicon.Auxiliaries.Contains(one));

    private static bool IsCommonWord(string word, WordSet list) => list.Contains(word) || (Singular(word) is { } one && list.Contains(one));

    private static bool InWordLists(string word) =>
        Lexicon.Determiners.Contains(word) || Lexicon.Pronouns.Contains(word) || Lexicon.CommonCapitalised.Contains(word)
        || Lexicon.TitleWords.Contains(word) || Lexicon.RoleNouns.Contains(word) || Lexicon.AnonymousHeads.Contains(word)
        || Lexicon.Auxiliaries.Contains(word) || Names.PlaceHeads.Contains(word) || Lexicon.SpeechVerbs.Contains(word)
        || Lexicon.CommonNouns.Contains(word);

    // "Analysts" → "analyst", "Authorities" → "authority", "Witnesses" → "witness".
    internal static string? Singular(string word)
    {
        if (word.Length < 4 || !word.EndsWith('s'))
        {
            return null;
        }

        if (word.EndsWith("ies", StringComparison.OrdinalIgnoreCase))
        {
            return word[..^3] + "y";
        }

        return word.EndsWith("sses", StringComparison.OrdinalIgnoreCase) || word.EndsWith("shes", StringComparison.OrdinalIgnoreCase)
            ? word[..^2]
            : word[..^1];
    }
}
