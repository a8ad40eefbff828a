using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Extraction;

// A state's institution named without its state: "Norway's Fisheries Ministry … the ministry said" is Norway's, and
// the registry must not file it with every other state's fisheries ministry under "Fisheries Ministry".
internal static class StateBodies
{
    // Heads of a government's own institutions ("the Foreign Ministry", "the presidential office", "the Department of
    // Foreign Affairs"); "the Justice Department" is American usage and stays as written.
    private static readonly WordSet Heads = new("ministry presidency office", indexed: false);

    // Words a state's institution is described with besides its portfolio.
    private static readonly WordSet Describing = new("of for and the presidential national federal prime minister's ministers", indexed: false);

    // The speaker with its state in its name when it is a bare institution the catalogue does not know: the state given
    // as its affiliation ("Norway's Fisheries Ministry said"), else the fuller name the article gave it before ("the
    // ministry said" after "Norway's Fisheries Ministry"), else the dateline's state ("OSLO — … the Fisheries Ministry
    // said"); an institution of another body, or one nothing places, stays as written.
    public static ExtractedSpeaker WithState(ExtractedSpeaker speaker, ArticleAnalysis analysis, int position)
    {
        var catalogue = analysis.Catalogue;
        if (speaker.Kind == ActorKind.Person || !IsBareInstitution(speaker.Name) || catalogue.Knows(speaker.Name))
        {
            return speaker;
        }

        if (speaker.Affiliation is { } affiliation)
        {
            return catalogue.FindByName(affiliation) is { Kind: ActorKind.Country } owner
                ? speaker with { Name = Qualified(speaker.Name, owner, catalogue) }
                : speaker;
        }

        var ending = " " + WithoutArticle(speaker.Name);
        var organisations = analysis.People.Organisations;
        for (var i = organisations.Count - 1; i >= 0; i--)
        {
            var (token, name, _) = organisations[i];
            if (token < position && name.EndsWith(ending, StringComparison.OrdinalIgnoreCase) && !IsBareInstitution(name))
            {
                return speaker with { Name = name };
            }
        }

        return DatelineState(analysis) is { } state ? speaker with { Name = Qualified(speaker.Name, state, catalogue) } : speaker;
    }

    // "Fisheries Ministry" of Norway: "Norwegian Fisheries Ministry"; "Netherlands' Ministry of Defence", "South
    // Korea's presidential office" for a state whose adjective the catalogue does not hold.
    public static string Qualified(string body, KnownActor state, CompiledCatalogue catalogue)
    {
        body = WithoutArticle(body);
        return catalogue.DemonymOf(state.Name) is { } demonym ? $"{demonym} {body}"
            : state.Name.EndsWith('s') ? $"{state.Name}' {body}" : $"{state.Name}'s {body}";
    }

    private static string WithoutArticle(string name) => name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;

    // The state whose capital or name opens the article's dateline ("OSLO —", "Helsinki (Wire) -", "TALLINN, Estonia —")
    // in one of its first paragraphs (a byline may come first), or null.
    private static KnownActor? DatelineState(ArticleAnalysis a)
    {
        var paragraphs = a.Document.Paragraphs;
        for (var p = 0; p < paragraphs.Count && p < DatelineParagraphs; p++)
        {
            var start = a.Document.TokenIndexAt(paragraphs[p].Start);
            var end = a.Document.TokenIndexAt(paragraphs[p].End);
            if (start < end && ReportedClause.SkipDateline(a, start, end) > start)
            {
                return a.Catalogue.StateOfPlace(a.Text, a.Tokens, start, end);
            }
        }

        return null;
    }

    private const int DatelineParagraphs = 3;

    // "Foreign Ministry", "the interior ministry", "Ministry of Defence", "presidential office", "the Presidency":
    // portfolio and institution words only, one of them a government's own.
    public static bool IsBareInstitution(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var head = false;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (Heads.Contains(word) || (word.Equals("department", StringComparison.OrdinalIgnoreCase) && i + 1 < words.Length && words[i + 1] == "of"))
            {
                head = true;
            }
            else if (!SpeakerPhraseParser.PortfolioWords.Contains(word) && !Describing.Contains(word))
            {
                return false;
            }
        }

        // "the ministry" alone says too little to name ("the Presidency" is one office).
        return head && (words.Length > 1 || words[0].Equals("presidency", StringComparison.OrdinalIgnoreCase));
    }
}
