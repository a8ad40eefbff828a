using NewsTracker.Core.Extraction;

namespace NewsTracker.Core.Actors;

// What an organisation's name never is, though its words are capitalised or name institutions: a reference back
// ("Its shipping arm"), a clause ("what the Freedonian consulate"), people ("Inspectors of the Port Authority"), several
// bodies ("Relief agencies") or an office held by a person ("Chief of Harbour Police").
public static partial class ActorNames
{
    // Words that open a reference or a clause, never a name: "Its shipping arm said", "what the consulate called".
    private static readonly HashSet<string> ReferenceOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "its", "their", "what", "which", "whose", "whatever", "whichever",
    };

    // The same in lower case only: "his office" refers back, "Her Majesty's Treasury" and "Our Ukraine" are names.
    private static readonly HashSet<string> LowerCaseReferenceOpeners = new(StringComparer.Ordinal)
    {
        "his", "her", "our", "my", "your", "this", "that", "these", "those",
    };

    // Plurals of the institution words: "relief agencies", "harbour unions" are several bodies.
    private static readonly HashSet<string> PluralBodies = new(StringComparer.Ordinal)
    {
        "agencies", "groups", "ministries", "organisations", "organizations", "parties", "companies", "governments",
        "unions", "embassies", "authorities",
    };

    // The last word of a title's first half, which an affiliation cut from the title keeps: "Harbour Under (Secretary)",
    // "Assembly Majority (Leader)".
    private static readonly HashSet<string> TitleHalves = new(StringComparer.Ordinal)
    {
        "Under", "Deputy", "Vice", "Assistant", "Acting", "Majority", "Minority",
    };

    // What a minister's portfolio ends with: "Coastal Affairs", "Island Relations" are offices' briefs, not bodies
    // ("Harbour Services Public Relations" is one; "Resources" also ends companies' names).
    private static readonly HashSet<string> PortfolioEnds = new(StringComparer.Ordinal)
    {
        "Affairs", "Relations",
    };

    // Chambers a party's members sit in.
    private static readonly HashSet<string> Chambers = new(StringComparer.Ordinal)
    {
        "Senate", "House", "Assembly", "Congress", "Parliament",
    };

    private static string? ReferenceRefusal(string[] words)
    {
        var first = words[0];
        // "nation's ferry board", "city's port authority": the possessive of a common noun refers back to what the text named.
        var opens = (ReferenceOpeners.Contains(first) && !first.All(char.IsUpper)) || LowerCaseReferenceOpeners.Contains(first)
            || (char.IsLower(first[0]) && (first.EndsWith("'s", StringComparison.Ordinal) || first.EndsWith("’s", StringComparison.Ordinal)));
        return opens && words.Length > 1 ? $"opens with “{first}”: a reference or a clause, not a name" : null;
    }

    private static string? BodyRefusal(string[] words)
    {
        if (words.Length < 2)
        {
            return null;
        }

        // "Inspectors of the Port Authority", "Ministers of the Coastal Forum": people of a body ("Inspectors
        // Without Frontiers" is a name).
        var first = words[0];
        if (words[1] == "of" && IsPeoplePlural(first))
        {
            return $"“{first} of …” names people, not a body";
        }

        // "Relief agencies", "the harbour unions".
        if (PluralBodies.Contains(words[^1]))
        {
            return $"ends with “{words[^1]}”: several bodies, not one";
        }

        if (TitleHalves.Contains(words[^1]))
        {
            return $"ends with “{words[^1]}”: part of a title";
        }

        if (words.Length == 2 && PortfolioEnds.Contains(words[^1]) && !Lexicon.OrganisationWords.Contains(words[0]))
        {
            return $"ends with “{words[^1]}”: a minister's portfolio, not a body";
        }

        // "Lakeshore County Republican": a member of a party is described, not a body named.
        if (PartyLexicon.PartyOfWord(words[^1]) is not null && !words[^1].EndsWith('s'))
        {
            return $"ends with the party word “{words[^1]}”: a member, not a body";
        }

        // "Republican Senate (candidate)", "Democratic House (nominee)": a party's side of a chamber describes a member.
        if (words.Length == 2 && PartyLexicon.PartyOfWord(words[0]) is not null && Chambers.Contains(words[1]))
        {
            return $"“{words[0]} {words[1]}” describes a party's member of a chamber, not a body";
        }

        // "Chief of Harbour Police", "Chairman of the Agency for Tidal Energy": an office someone holds.
        var k = 0;
        while (k < words.Length && words[k] is not ("of" or "for" or "to") && Lexicon.TitleWords.Contains(words[k])
            && !Lexicon.OrganisationWords.Contains(words[k]))
        {
            k++;
        }

        return k > 0 && k < words.Length - 1 && words[k] is "of" or "for" or "to"
            ? $"opens with the title “{string.Join(' ', words[..k])}”: an office, not a body"
            : null;
    }

    private static bool IsPeoplePlural(string word)
    {
        if (word.Length < 4 || word[^1] != 's')
        {
            return false;
        }

        var singular = word[..^1];
        return Lexicon.AnonymousHeads.Contains(word) || Lexicon.RoleNouns.Contains(singular) || Lexicon.TitleWords.Contains(singular);
    }
}
