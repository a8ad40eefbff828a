using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Extraction;

// A state's institution named without its state: "Venezuela's Foreign Ministry … the ministry said" is Venezuela's,
// and the registry must not file it with every other state's foreign ministry under "Foreign Ministry".
internal static class StateBodies
{
    // Heads of a government's own institutions ("the Foreign Ministry", "the presidential office", "the Department of
    // Foreign Affairs"); "the Justice Department" is American usage and stays as written.
    private static readonly WordSet Heads = new("ministry presidency office", indexed: false);

    // Words a state's institution is described with besides its portfolio.
    private static readonly WordSet Describing = new("of for and the presidential national federal prime minister's ministers", indexed: false);

    // The speaker with its state in its name when its name is a bare institution of a state the catalogue knows.
    public static ExtractedSpeaker Qualified(ExtractedSpeaker speaker, CompiledCatalogue catalogue)
    {
        if (speaker.Kind == ActorKind.Person || speaker.Affiliation is not { } affiliation
            || catalogue.FindByName(affiliation) is not { Kind: ActorKind.Country } state
            || !IsBareInstitution(speaker.Name) || catalogue.Knows(speaker.Name))
        {
            return speaker;
        }

        return speaker with { Name = Qualified(speaker.Name, state, catalogue) };
    }

    // "Foreign Ministry" of Venezuela: "Venezuelan Foreign Ministry"; "South Korea's presidential office",
    // "Netherlands' Ministry of Defence" for a state whose adjective the catalogue does not hold.
    public static string Qualified(string body, KnownActor state, CompiledCatalogue catalogue)
    {
        body = body.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? body[4..] : body;
        return catalogue.DemonymOf(state.Name) is { } demonym ? $"{demonym} {body}"
            : state.Name.EndsWith('s') ? $"{state.Name}' {body}" : $"{state.Name}'s {body}";
    }

    // "the Foreign Ministry said" after the article named "Venezuela's Foreign Ministry": the fuller name it gave last.
    public static ExtractedSpeaker Named(ExtractedSpeaker speaker, ArticleAnalysis analysis, int position)
    {
        if (speaker.Kind == ActorKind.Person || speaker.Affiliation is not null || !IsBareInstitution(speaker.Name)
            || analysis.Catalogue.Knows(speaker.Name))
        {
            return speaker;
        }

        var ending = " " + (speaker.Name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? speaker.Name[4..] : speaker.Name);
        var organisations = analysis.People.Organisations;
        for (var i = organisations.Count - 1; i >= 0; i--)
        {
            var (token, name, _) = organisations[i];
            if (token < position && name.EndsWith(ending, StringComparison.OrdinalIgnoreCase) && !IsBareInstitution(name))
            {
                return speaker with { Name = name };
            }
        }

        // "SEOUL — … the Foreign Ministry said": named by no state, a government's institution is the dateline's state's.
        return DatelineState(analysis) is { } state ? speaker with { Name = Qualified(speaker.Name, state, analysis.Catalogue) } : speaker;
    }

    // The state whose capital or name opens the article's dateline ("SEOUL —", "Rome (AFP) -", "MANILA, Philippines —")
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
