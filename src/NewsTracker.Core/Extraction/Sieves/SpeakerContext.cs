using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Extraction.Sieves;

// What the speaker sieves read about one speaker phrase: the phrase, where it stands, the article and
// what has been said so far. The surname search several sieves share is done once, on first use.
// `quoted` is the quotation being attributed, when there is one.
internal sealed class SpeakerContext(ArticleAnalysis analysis, SpeakerMemory memory, SpeakerPhrase phrase, int position, IReadOnlyList<TextRange>? quoted = null)
{
    private IReadOnlyList<ArticlePerson>? _namesakes;
    private string? _organisation;
    private bool? _description;

    public ArticleAnalysis Analysis { get; } = analysis;

    public SpeakerMemory Memory { get; } = memory;

    public SpeakerPhrase Phrase { get; } = phrase;

    public int Position { get; } = position;

    // The token the attributed quotation starts at; int.MaxValue when there is none.
    public int QuotedFrom => quoted is { Count: > 0 } ? Analysis.Document.TokenIndexAt(quoted.Min(p => p.Start)) : int.MaxValue;

    // "Lavrov" rather than "Sergei Lavrov".
    public bool IsSurname => Phrase.Name is { } name && !name.Contains(' ', StringComparison.Ordinal);

    // People of the article with the phrase's surname; of the phrase's gender when it gives one and
    // several share the name ("Ms. Kovalenko" is not the general of the same name).
    public IReadOnlyList<ArticlePerson> Namesakes => _namesakes ??= FindNamesakes();

    // "the general", "the prime minister": the last word of the title.
    public string TitleHead => Phrase.Role!.Split(' ')[^1];

    // The organisation as named, an acronym the article spelled out replaced by its full name.
    public string OrganisationName => _organisation ??=
        Analysis.People.Acronyms.TryGetValue(Phrase.Organisation!, out var expanded) ? expanded : WithoutDescription(Phrase.Organisation!);

    // "gas grid company Nordgas", "shipping group Maersk": the common words describing the company are no part of its name.
    private static string WithoutDescription(string name)
    {
        if (name.Length == 0 || !char.IsLower(name[0]))
        {
            return name;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < words.Length && char.IsLower(words[i][0]); i++)
        {
            if (CompanyLexicon.IsReference(words[i]) && char.IsUpper(words[i + 1][0]))
            {
                return string.Join(' ', words[(i + 1)..]);
            }
        }

        return name;
    }

    // "the ministry", "the military alliance": a description in common words, not a name.
    public bool IsDescription => Phrase.Form == SpeakerForm.Organisation && (_description ??= !Names.HasCapital(OrganisationName));

    // "the ministry" with no country or body given ("the Freedonian ministry" has one).
    public bool IsBareDescription => IsDescription && Phrase.Affiliation is null;

    public static ResolvedSpeaker Found(ArticlePerson person, string sieve)
    {
        person.Confirmed = true;
        return new(new ExtractedSpeaker(person.Name, ActorKind.Person, person.Role, person.Affiliation), SieveConfidence.Of(sieve), sieve, person);
    }

    public static ResolvedSpeaker Settled(ExtractedSpeaker speaker, string sieve) => new(speaker, SieveConfidence.Of(sieve), sieve, null);

    // The text does not say who: the sieve settles the quote as unresolved.
    public static ResolvedSpeaker Nobody(string sieve) => new(null, SieveConfidence.Of(sieve), sieve, null);

    // An organisation the quote is attributed to, remembered for "it", "they" and "the ministry" later.
    public ResolvedSpeaker Organisation(ExtractedSpeaker speaker, string sieve)
    {
        speaker = StateBodies.WithState(speaker, Analysis, Position);

        // "A Halden spokeswoman said" after "Halden Energy": the company by the full name the article gave it.
        if (!speaker.Name.Contains(' ', StringComparison.Ordinal) && !Analysis.Catalogue.Knows(speaker.Name)
            && Analysis.People.CompanyOpenedBy(speaker.Name, Position) is { } company)
        {
            speaker = speaker with { Name = company };
        }

        Memory.Organisations.Add((Position, speaker));
        if (OrganisationSpokespersonSieve.IsSpokesperson(Phrase.Role))
        {
            Memory.SpokenThrough.Add((Position, speaker));
        }
        return Settled(speaker, sieve);
    }

    // "“Mr Brandt may think what he likes,” he said": whom the quotation names is not its speaker. A surname two people
    // of the article share names neither of them ("“Gen. Kovalenko knows the front,” said Oksana Kovalenko").
    public bool NamedInQuote(ArticlePerson person)
    {
        if (quoted is null)
        {
            return false;
        }

        var surname = person.Name.AsSpan(person.Name.LastIndexOf(' ') + 1);
        var shared = Analysis.People.FindSurname(surname).Any(p => p != person);
        return Quotes(shared ? person.Name : surname);
    }

    private bool Quotes(ReadOnlySpan<char> surname)
    {
        foreach (var part in quoted!)
        {
            var words = Analysis.Text.AsSpan(part.Start, part.End - part.Start);
            for (var at = words.IndexOf(surname, StringComparison.Ordinal); at >= 0; at = Next(words, surname, at))
            {
                var end = at + surname.Length;
                if ((at == 0 || !char.IsLetter(words[at - 1])) && (end == words.Length || !char.IsLetter(words[end])))
                {
                    return true;
                }
            }
        }

        return false;

        static int Next(ReadOnlySpan<char> words, ReadOnlySpan<char> surname, int at) =>
            words[(at + 1)..].IndexOf(surname, StringComparison.Ordinal) is var i and >= 0 ? at + 1 + i : -1;
    }

    public static bool Matches(string? role, string? wanted) =>
        role is not null && wanted is not null && role.Contains(wanted, StringComparison.OrdinalIgnoreCase);

    // "the Prime Minister" is not the "Foreign Minister" the article named: two posts of one head word whose words before
    // it differ, neither a rank ("deputy", "acting") that may leave the portfolio out nor a region ("European").
    public static bool OtherPost(string? wanted, string? role)
    {
        if (wanted is null || role is null)
        {
            return false;
        }

        // "Secretary of State" and "Secretary State" (the phrase parser's form) are one post.
        var w = wanted.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(word => !PostLinks.Contains(word)).ToArray();
        var r = role.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(word => !PostLinks.Contains(word)).ToArray();
        return w.Length > 1 && r.Length > 1
            && string.Equals(w[^1], r[^1], StringComparison.OrdinalIgnoreCase)
            && !string.Equals(w[^2], r[^2], StringComparison.OrdinalIgnoreCase)
            && !RankWords.Contains(w[^2]) && !RankWords.Contains(r[^2])
            && !ArticlePeople.InstitutionOpeners.Contains(w[^2]) && !ArticlePeople.InstitutionOpeners.Contains(r[^2])
            && !role.Contains(wanted, StringComparison.OrdinalIgnoreCase);
    }

    private static readonly WordSet PostLinks = new("of for the and", indexed: false);

    private static readonly WordSet RankWords = new("deputy vice acting former retired senior junior assistant associate shadow under interim outgoing incoming new top chief first", indexed: false);

    // "senior", "deputy": a word of rank, not of the post.
    public static bool IsRankWord(string word) => RankWords.Contains(word);

    private IReadOnlyList<ArticlePerson> FindNamesakes()
    {
        var namesakes = Analysis.People.FindSurname(Phrase.Name!);
        if (namesakes.Count > 1 && Phrase.Gender != Gender.Unknown)
        {
            var sameGender = namesakes.Where(p => p.Gender != Genders.Opposite(Phrase.Gender)).ToList();
            if (sameGender.Count > 0)
            {
                return sameGender;
            }
        }

        return namesakes;
    }
}
