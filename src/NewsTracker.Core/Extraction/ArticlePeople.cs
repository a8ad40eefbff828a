using NewsTracker.Core.Actors;
using NewsTracker.Core.Common;

namespace NewsTracker.Core.Extraction;

internal sealed class ArticlePerson(string name)
{
    public string Name
    {
        get;
        set
        {
            field = value;
            Surname = value[(value.LastIndexOf(' ') + 1)..];
        }
    } = name;

    public string Surname { get; private set; } = name[(name.LastIndexOf(' ') + 1)..];

    public string? Role { get; set; }

    // "Minister" in "Foreign Minister": a word of the role, whatever its case.
    public bool HasRoleWord(string word) => Role is { } role && role.Split(' ').Contains(word, StringComparer.OrdinalIgnoreCase);

    public string? Affiliation { get; set; }

    public Gender Gender { get; set; }

    public bool FromCatalogue { get; init; }

    // False for a capitalised pair with nothing to show it is a person ("Khan Younis"); such names never
    // take a pronoun, but a speech verb or a title confirms them.
    public bool Confirmed { get; set; } = true;

    public int LastMention { get; set; } = -1;

    // "Oskarsson, 63, told …": the age the article gave, 0 when it gave none.
    public int Age { get; set; }
}

internal readonly record struct MentionOfPerson(int TokenIndex, int Sentence, ArticlePerson Person);

// The people an article introduces and every later mention of them outside quotations, in reading order:
// the basis for resolving surnames, titles and pronouns to the person the article means.
internal sealed class ArticlePeople
{
    private static readonly WordSet Honorifics = new(TitleLexicon.Honorifics);
    private static readonly WordSet InstitutionOpeners = new("""
        western eastern northern southern european asian african atlantic pacific arctic middle
        north south east west central new old great global international national federal
        """);

    private static readonly WordSet ArmedGroupHeads = new("group unit front movement militia brigade army forces organisation organization faction");
    private static readonly WordSet Connectors = new("of for and the");
    private static readonly WordSet ThingWords = new("the a an this that its their our his her");
    private static readonly WordSet PlaceWords = new("in at from near to into across outside inside around towards toward via through off of");
    private static readonly WordSet Particles = new("von van der den de da di du la le al el bin ibn abu ben dos das del y");

    private readonly ArticleAnalysis _analysis;
    private readonly List<ArticlePerson> _people = [];
    // Names, surnames and first names compare by their NameKey: "Dvořák" is "Dvorak", "al-Amin" is "al Amin".
    private readonly Dictionary<string, ArticlePerson> _byName = new(NameKey.Comparer);
    private readonly Dictionary<string, List<ArticlePerson>> _bySurname = new(NameKey.Comparer);
    private readonly Dictionary<string, List<ArticlePerson>> _byFirstWord = new(NameKey.Comparer);
    private readonly Dictionary<string, List<ArticlePerson>> _byInnerWord = new(NameKey.Comparer);

    public ArticlePeople(ArticleAnalysis analysis)
    {
        _analysis = analysis;
        foreach (var headline in analysis.HeadlinePeople.Where(p => p.Confirmed))
        {
            AddMention(-1, AddOrUpdate(headline.Name, headline.Role, headline.Affiliation, headline.Gender, headline.FromCatalogue));
        }

        Scan();
        FindAgeMentions();
        LearnGenders();
        PronounGender.Learn(analysis, Mentions);
        FindAcronyms();
        FindKnownAs();
    }

    // The institution word of a capitalised run: its last word, or the word before "of" ("Ministry of Commerce").
    private string? InstitutionHead(int start, int end)
    {
        var text = _analysis.Text;
        var tokens = _analysis.Tokens;
        if (Lexicon.OrganisationWords.Contains(text, tokens[end - 1]) && tokens[end - 1].IsCapitalized(text))
        {
            return tokens[end - 1].Text(text);
        }

        for (var k = start; k + 1 < end; k++)
        {
            if (tokens[k + 1].Is(text, "of") && tokens[k].IsCapitalized(text) && Lexicon.OrganisationWords.Contains(text, tokens[k]))
            {
                return tokens[k].Text(text);
            }
        }

        return null;
    }

    private void FindAcronyms()
    {
        var text = _analysis.Text;
        var tokens = _analysis.Tokens;
        for (var k = 1; k + 2 < tokens.Count; k++)
        {
            if (!tokens[k].Is(text, '(') || !tokens[k + 2].Is(text, ')') || _analysis.InsideQuote(k) || !IsAcronym(text, tokens[k + 1]))
            {
                continue;
            }

            var first = k;
            while (first - 1 >= 0 && k - first < 10 && (tokens[first - 1].IsCapitalized(text)
                || (first - 2 >= 0 && tokens[first - 2].IsCapitalized(text) && Connectors.Contains(text, tokens[first - 1]))))
            {
                first--;
            }

            // "The Coastal Patrol Command (KORVAL)" at a sentence's start: the name starts after "The".
            while (first < k - 1 && Lexicon.Determiners.Contains(text, tokens[first]))
            {
                first++;
            }

            if (first < k)
            {
                Acronyms.TryAdd(tokens[k + 1].Text(text), text[tokens[first].Start..tokens[k - 1].End]);
            }
        }
    }

    private static bool IsAcronym(string text, Token token)
    {
        if (token.Kind != TokenKind.Word || token.Length < 2)
        {
            return false;
        }

        foreach (var c in token.Span(text))
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    // "Brazil's Foreign Ministry, known as Itamaraty,": the short name, once given, stands for the institution.
    private void FindKnownAs()
    {
        var text = _analysis.Text;
        var tokens = _analysis.Tokens;
        for (var k = 2; k + 2 < tokens.Count; k++)
        {
            if (!tokens[k].Is(text, "known") || !tokens[k + 1].Is(text, "as") || _analysis.InsideQuote(k))
            {
                continue;
            }

            var comma = tokens[k - 1].Is(text, "also") ? k - 2 : k - 1;
            var alias = k + 2;
            var aliasEnd = alias;
            while (aliasEnd < tokens.Count && aliasEnd - alias < 3 && tokens[aliasEnd].IsCapitalized(text) && !Lexicon.Determiners.Contains(text, tokens[aliasEnd]))
            {
                aliasEnd++;
            }

            if (comma < 1 || !tokens[comma].Is(text, ',') || aliasEnd == alias
                || !(aliasEnd == tokens.Count || tokens[aliasEnd].Kind == TokenKind.Punct))
            {
                continue;
            }

            var last = comma - 1;
            if (!tokens[last].IsCapitalized(text) || !Lexicon.OrganisationWords.Contains(text, tokens[last]))
            {
                continue;
            }

            var first = last;
            while (first - 1 >= 0 && last - first < 8
                && (tokens[first - 1].IsCapitalized(text) || (tokens[first - 1].Kind == TokenKind.Possessive && first - 2 >= 0 && tokens[first - 2].IsCapitalized(text))))
            {
                first--;
            }

            while (first < last && (Lexicon.Determiners.Contains(text, tokens[first]) || Lexicon.CommonCapitalised.Contains(text, tokens[first]) && !Lexicon.TitleWords.Contains(text, tokens[first]) && !Lexicon.OrganisationWords.Contains(text, tokens[first])))
            {
                first++;
            }

            Acronyms.TryAdd(text[tokens[alias].Start..tokens[aliasEnd - 1].End], text[tokens[first].Start..tokens[last].End]);
        }
    }

    public IReadOnlyList<ArticlePerson> People => _people;

    // Mentions found by reading the article, in reading order.
    public List<MentionOfPerson> Mentions { get; } = new(64);

    // Institutions the article names ("the Sahara Ghost Unit", "the International Energy Agency"), for
    // resolving "the group" or "the agency" later on.
    public List<(int TokenIndex, string Name, string Head)> Organisations { get; } = [];

    // "South Korea's Joint Chiefs of Staff (JCS)", "the Foreign Ministry, known as Itamaraty": the short name, once
    // defined, stands for the full name.
    public Dictionary<string, string> Acronyms { get; } = new(StringComparer.Ordinal);

    public ArticlePerson? FindFullName(string name) => _byName.GetValueOrDefault(name);

    // fuller: only a name longer than its head; "the Commission" is itself remembered as an institution, and the
    // full name it stands for ("the Harbour Commission") was mentioned before it.
    public string? LatestOrganisation(int position, string head, bool fuller = false)
    {
        var armed = ArmedGroupHeads.Contains(head);
        var newspaper = Lexicon.NewspaperNouns.Contains(head);
        for (var i = Organisations.Count - 1; i >= 0; i--)
        {
            var (token, name, nameHead) = Organisations[i];
            if (fuller && name.Length <= nameHead.Length)
            {
                continue;
            }

            if (token < position && (string.Equals(nameHead, head, StringComparison.OrdinalIgnoreCase) || (armed && ArmedGroupHeads.Contains(nameHead))
                || (newspaper && name.Length > nameHead.Length && Lexicon.OutletWords.Contains(nameHead))))
            {
                return name;
            }
        }

        return null;
    }

    // Surname first, then a family name written first ("Zhao" for Zhao Minghui).
    public IReadOnlyList<ArticlePerson> FindSurname(ReadOnlySpan<char> surname)
    {
        if (_bySurname.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(surname, out var bySurname) && bySurname.Count > 0)
        {
            return bySurname;
        }

        if (FirstNames.Of(surname) != Gender.Unknown)
        {
            return [];
        }

        // "Ruiz" for Elena Ruiz Castell: a name of two surnames is often cut to the first.
        return _byInnerWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(surname, out var byInner) ? byInner
            : _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(surname, out var byFirst) ? byFirst : [];
    }

    // The people of the article whose full name starts with this first name: "Ursula" for Ursula von der Leyen.
    public IReadOnlyList<ArticlePerson> FindFirstName(string firstName) =>
        _byFirstWord.TryGetValue(firstName, out var found) ? found : [];

    public ArticlePerson AddOrUpdate(string name, string? role, string? affiliation, Gender gender, bool fromCatalogue = false)
    {
        var person = FindFullName(name);
        if (person is null && name.Contains(' ', StringComparison.Ordinal))
        {
            // A person first seen by surname alone takes the full name when the article gives it.
            var surname = name[(name.LastIndexOf(' ') + 1)..];
            person = _byName.GetValueOrDefault(surname);
            if (person is not null)
            {
                person.Name = name;
                Index(person);
            }
        }

        if (person is null)
        {
            person = new ArticlePerson(name) { FromCatalogue = fromCatalogue };
            _people.Add(person);
            Index(person);
        }

        person.Role ??= role;
        person.Affiliation ??= affiliation;
        if (person.Gender == Gender.Unknown)
        {
            person.Gender = gender;
        }

        return person;
    }

    public void AddMention(int tokenIndex, ArticlePerson person)
    {
        Mentions.Add(new MentionOfPerson(tokenIndex, _analysis.SentenceOf(tokenIndex), person));
        person.LastMention = tokenIndex;
    }

    private void Index(ArticlePerson person)
    {
        _byName[person.Name] = person;
        AddTo(_bySurname, person.Surname, person);
        var space = person.Name.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0)
        {
            AddTo(_byFirstWord, person.Name[..space], person);
            var last = person.Name.LastIndexOf(' ');
            foreach (var word in person.Name[(space + 1)..Math.Max(space + 1, last)].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Length > 2 && char.IsUpper(word[0]) && !word.EndsWith('.'))
                {
                    AddTo(_byInnerWord, word, person);
                }
            }
        }
    }

    private static void AddTo(Dictionary<string, List<ArticlePerson>> index, string key, ArticlePerson person)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        if (!list.Contains(person))
        {
            list.Add(person);
        }
    }

    // "Keogh said he would…": a pronoun right after the person's own speech verb tells the gender a first
    // name could not. Further away a pronoun may well be about someone else ("…recalled that she…").
    private void LearnGenders()
    {
        var text = _analysis.Text;
        var tokens = _analysis.Tokens;
        foreach (var (tokenIndex, _, person) in Mentions)
        {
            if (person.Gender != Gender.Unknown || tokenIndex < 0)
            {
                continue;
            }

            var k = tokenIndex;
            while (k < tokens.Count && k - tokenIndex < 5 && tokens[k].IsCapitalized(text))
            {
                k++;
            }

            while (k < tokens.Count && Lexicon.Auxiliaries.Contains(text, tokens[k]))
            {
                k++;
            }

            if (!_analysis.IsSpeechVerb(k))
            {
                continue;
            }

            k++;
            if (k < tokens.Count && tokens[k].Is(text, "that"))
            {
                k++;
            }

            if (k < tokens.Count && tokens[k].Is(text, "he"))
            {
                person.Gender = Gender.Male;
            }
            else if (k < tokens.Count && tokens[k].Is(text, "she"))
            {
                person.Gender = Gender.Female;
            }
        }
    }

    private void Scan()
    {
        var text = _analysis.Text;
        var tokens = _analysis.Tokens;
        var i = 0;
        while (i < tokens.Count)
        {
            if (_analysis.InsideQuote(i) || !StartsRun(text, tokens[i]))
            {
                i++;
                continue;
            }

            var end = RunEnd(text, tokens, i);
            AnalyseRun(i, end);
            i = Math.Max(end, i + 1);
        }
    }

    private static bool StartsRun(string text, Token token) => token.IsCapitalized(text);

    // "the 63-year-old left the podium" after "Oskarsson, 63,": a mention of the one person the article gave that age.
    private void FindAgeMentions()
    {
        var aged = _people.Where(p => p.Age > 0).ToList();
        if (aged.Count == 0)
        {
            return;
        }

        var found = false;
        var tokens = _analysis.Tokens;
        for (var k = 1; k < tokens.Count; k++)
        {
            if (tokens[k].Kind != TokenKind.Number || _analysis.InsideQuote(k) || !tokens[k - 1].Is(_analysis.Text, "the")
                || Ages.DescribedAt(_analysis, k) is not (> 0 and var age))
            {
                continue;
            }

            var holders = aged.Where(p => p.Age == age && FirstMention(p) < k).ToList();
            if (holders.Count == 1)
            {
                Mentions.Add(new MentionOfPerson(k - 1, _analysis.SentenceOf(k - 1), holders[0]));
                holders[0].LastMention = Math.Max(holders[0].LastMention, k - 1);
                found = true;
            }
        }

        if (found)
        {
            Mentions.Sort(static (x, y) => x.TokenIndex.CompareTo(y.TokenIndex));
        }
    }

    // Where the article first names `person` (int.MaxValue when it never does).
    public int FirstMention(ArticlePerson person)
    {
        foreach (var mention in Mentions)
        {
            if (mention.Person == person)
            {
                return mention.TokenIndex;
            }
        }

        return int.MaxValue;
    }

    private int RunEnd(string text, List<Token> tokens, int start)
    {
        var end = start;
        while (end < tokens.Count && !_analysis.InsideQuote(end))
        {
            var token = tokens[end];
            if (token.IsCapitalized(text))
            {
                end++;
            }
            else if (token.Is(text, '.') && end > start && Lexicon.Abbreviations.Contains(text, tokens[end - 1]))
            {
                end++;
            }
            else if (end > start && Names.IsParticle(_analysis, end))
            {
                end++;
            }
            else if (end > start && PostingLength(_analysis, end) is > 0 and var posting)
            {
                // "Permanent Representative to the UN Anna Berg": the posting belongs to the title.
                end += posting;
            }
            else if (end > start && end + 1 < tokens.Count && tokens[end + 1].IsCapitalized(text)
                && (Particles.Contains(text, token)
                    || (token.Is(text, "of") && (Lexicon.TitleWords.Contains(text, tokens[end - 1]) || Lexicon.OrganisationWords.Contains(text, tokens[end - 1])))))
            {
                end++;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private void AnalyseRun(int start, int end)
    {
        var text = _analysis.Text;
        var tokens = _analysis.Tokens;
        var catalogue = _analysis.Catalogue;
        if (end - start > 1 && InstitutionHead(start, end) is { } institutionHead)
        {
            // "the Chinese Foreign Ministry", "the Ministry of Commerce", "the Sahara Ghost Unit": an institution,
            // remembered for a later "the ministry". A catalogue name keeps its first word ("the European Commission",
            // not "Commission"), and so does an adjective that opens names ("the Global Lantern", "the National Guard").
            var from = start;
            while (from < end - 1 && Lexicon.CommonCapitalised.Contains(text, tokens[from]) && !Lexicon.TitleWords.Contains(text, tokens[from])
                && !InstitutionOpeners.Contains(text, tokens[from]) && !catalogue.TryMatchAlias(text, tokens, from, end, out _, out _))
            {
                from++;
            }

            Organisations.Add((from, text[tokens[from].Start..tokens[end - 1].End], institutionHead));
            return;
        }

        // "PPP MNA Mehreen Zaidi": party and office acronyms before a name are affiliation, not name.
        while (start < end - 2 && IsAcronym(text, tokens[start]) && !catalogue.TryMatchAlias(text, tokens, start, end, out _, out _))
        {
            start++;
        }

        string? affiliation = null;
        var roleWords = new List<string>();
        var gender = Gender.Unknown;
        var honorific = false;
        var posting = false;
        var k = start;
        while (k < end)
        {
            var token = tokens[k];
            if (posting && IsPostingWord(k, end))
            {
                k++;
                continue;
            }

            if (roleWords.Count > 0 && PostingLength(_analysis, k) > 0)
            {
                // "Ambassador to Norway Lars Eik": where the holder is posted is neither name nor affiliation.
                posting = true;
                k++;
                continue;
            }

            if (catalogue.TryMatchAlias(text, tokens, k, end, out var length, out var actor))
            {
                if (posting)
                {
                    k += length;
                    continue;
                }

                if (actor.Kind == ActorKind.Person)
                {
                    var known = AddOrUpdate(actor.Name, actor.Role, actor.Affiliation, Gender.Unknown, fromCatalogue: true);
                    AddMention(k, known);
                    k += length;
                    continue;
                }

                affiliation = actor.Name;
                k += length;
                continue;
            }

            if (token.Is(text, '.'))
            {
                k++;
                continue;
            }

            if (Honorifics.Contains(text, token))
            {
                honorific = true;
                gender = Lexicon.MaleCues.Contains(text, token) ? Gender.Male
                    : Lexicon.FemaleCues.Contains(text, token) ? Gender.Female
                    : gender;
                k++;
                continue;
            }

            if (Lexicon.TitleWords.Contains(text, token) || (token.Is(text, "of") && roleWords.Count > 0))
            {
                roleWords.Add(token.Text(text));
                if (Lexicon.FemaleCues.Contains(text, token))
                {
                    gender = Gender.Female;
                }
                else if (Lexicon.MaleCues.Contains(text, token))
                {
                    gender = Gender.Male;
                }

                k++;
                continue;
            }

            if (Lexicon.CommonCapitalised.Contains(text, token) && roleWords.Count == 0 && !Names.IsFirstNameBeforeName(_analysis, k))
            {
                affiliation = null;
                k++;
                continue;
            }

            // "Bundesbank President Jonas Weller", "IMF Managing Director Clara Dunmore": words the catalogue does not
            // know before a title are the holder's institution, or part of the title after a known one (unless they
            // end in an institution word: "African Union Commission Chairperson").
            if (roleWords.Count == 0 && TitleAfterInstitution(k, end) is > 0 and var title)
            {
                var words = text[tokens[k].Start..tokens[title - 1].End];
                if (affiliation is null)
                {
                    affiliation = words;
                }
                else if (!Lexicon.OrganisationWords.Contains(text, tokens[title - 1]))
                {
                    roleWords.Add(words);
                }

                k = title;
                continue;
            }

            break;
        }

        var nameStart = k;
        if (nameStart >= end || IsPortfolio(start, nameStart, roleWords))
        {
            return;
        }

        // "Ministry of Defence", "the Rhine Chronicle": an institution or a news outlet, never a person.
        if ((Lexicon.OrganisationWords.Contains(text, tokens[end - 1]) || Lexicon.OutletWords.Contains(text, tokens[end - 1])) && end - nameStart >= 1)
        {
            var head = tokens[end - 1].Text(text);
            Organisations.Add((nameStart, text[tokens[nameStart].Start..tokens[end - 1].End], head));
            return;
        }

        // "the Geneva Centre for Conflict Studies": a subject ending in a common noun is no person; nor is "Analysts" or
        // "Officials" opening a sentence.
        if (Lexicon.CommonNouns.Contains(text, tokens[end - 1]) || (end - nameStart == 1 && Lexicon.AnonymousHeads.Contains(text, tokens[nameStart])))
        {
            return;
        }

        // "the Ministry of Ports", "the Institute for the Study of Ports": what an institution deals with, not a person.
        if (nameStart == start && roleWords.Count == 0 && FirstNames.Of(tokens[nameStart].Span(text)) == Gender.Unknown && InstitutionBefore(_analysis, start, 0))
        {
            return;
        }

        for (var n = nameStart; n < end; n++)
        {
            if (!(Names.IsNamePart(_analysis, n) || (n > nameStart && (Names.IsParticle(_analysis, n) || Particles.Contains(text, tokens[n]))))
                || catalogue.TryMatchAlias(text, tokens, n, end, out _, out _))
            {
                return;
            }
        }

        var nameTokens = end - nameStart;
        var name = text[tokens[nameStart].Start..tokens[end - 1].End];
        var (appositiveRole, appositiveAffiliation) = Appositive(end);
        // The office right before a rank names the role: "Harbour Office spokesman Col. Ivo Marsh" is the spokesman
        // (an apposed one, "Freedonia's chief negotiator, Deputy Minister Ivo Marsh,", does not override the title).
        var (precedingRole, precedingAffiliation) = roleWords.Count == 0 || (start > 0 && !tokens[start - 1].Is(text, ','))
            ? PrecedingRole(start) : (null, null);
        var role = precedingRole ?? Role(roleWords) ?? appositiveRole;
        affiliation ??= precedingAffiliation ?? appositiveAffiliation ?? (roleWords.Count > 0 ? OwnerBefore(start) : KnownOwnerBefore(start));
        if (gender == Gender.Unknown)
        {
            gender = nameTokens > 1 ? FirstNames.Of(tokens[nameStart].Span(text)) : Gender.Unknown;
        }

        if (gender == Gender.Unknown && role is not null)
        {
            gender = Genders.OfRole(role);
        }

        ArticlePerson? person;
        if (nameTokens > 1 && nameTokens <= 5)
        {
            // Two or more capitalised words are a person unless they stand where a place or a thing stands:
            // after "in", "from", "the" ("in Khan Younis", "the Nord Stream pipeline"). A known first name,
            // a title or a speech verb outweighs that.
            var evidence = gender != Gender.Unknown || role is not null || honorific || _analysis.SpeechVerbFollows(end);
            var placeLike = start > 0 && (PlaceWords.Contains(text, tokens[start - 1]) || ThingWords.Contains(text, tokens[start - 1]));
            var known = FindFullName(name);
            if ((known is null || !known.Confirmed) && placeLike && !evidence)
            {
                // Remember it, so a later "Younis said" can still find it, but give it no pronouns.
                var weak = AddOrUpdate(name, role, affiliation, gender);
                weak.Confirmed = false;
                weak.LastMention = nameStart;
                return;
            }

            person = AddOrUpdate(name, role, affiliation, gender);
            person.Confirmed = true;
        }
        else if (nameTokens == 1)
        {
            person = ResolveSingleName(name, role, affiliation, gender, end, honorific);
        }
        else
        {
            return;
        }

        if (person is not null)
        {
            AddMention(nameStart, person);
            if (Ages.GivenAt(_analysis, end) is var age and > 0)
            {
                person.Age = age;
            }
        }
    }

    // "the Ministry of Ports", "the Institute for the Study of Ports": a capitalised institution word before `start`,
    // joined to it by "of" or "for" ("the" and capitalised words between), so the words from `start` name what the
    // institution deals with. Shared by the article's people and the speaker phrase.
    public static bool InstitutionBefore(ArticleAnalysis a, int start, int floor)
    {
        var (text, tokens) = (a.Text, a.Tokens);
        var linked = false;
        for (var k = start - 1; k >= floor && start - k <= 6; k--)
        {
            var token = tokens[k];
            if (token.Is(text, "of") || token.Is(text, "for"))
            {
                linked = true;
                continue;
            }

            if (token.Kind != TokenKind.Word || !(token.Is(text, "the") || token.IsCapitalized(text)))
            {
                return false;
            }

            if (linked && Lexicon.OrganisationWords.Contains(text, token) && token.IsCapitalized(text))
            {
                return true;
            }
        }

        return false;
    }

    // Where a capitalised title follows one to three capitalised words that are no first name, with a name of two
    // words or more after it; 0 when there is none.
    private int TitleAfterInstitution(int k, int end)
    {
        var text = _analysis.Text;
        var tokens = _analysis.Tokens;
        for (var j = k; j < end && j - k <= 3; j++)
        {
            var token = tokens[j];
            if (!token.IsCapitalized(text) || (j == k && FirstNames.Of(token.Span(text)) != Gender.Unknown))
            {
                return 0;
            }

            if (j > k && Lexicon.TitleWords.Contains(text, token))
            {
                var name = j + 1;
                while (name < end && Lexicon.TitleWords.Contains(text, tokens[name]))
                {
                    name++;
                }

                return end - name >= 2 ? j : 0;
            }

            if (Lexicon.TitleWords.Contains(text, token) || FirstNames.Of(token.Span(text)) != Gender.Unknown)
            {
                return 0;
            }
        }

        return 0;
    }

    // "to Norway", "to the UN" right after a title: how many tokens open the posting ("to", "to the").
    public static int PostingLength(ArticleAnalysis a, int k)
    {
        var text = a.Text;
        var tokens = a.Tokens;
        if (k < 1 || k + 1 >= tokens.Count || !tokens[k].Is(text, "to") || !Lexicon.TitleWords.Contains(text, tokens[k - 1]) || !tokens[k - 1].IsCapitalized(text))
        {
            return 0;
        }

        if (tokens[k + 1].IsCapitalized(text) && !Lexicon.CommonCapitalised.Contains(text, tokens[k + 1]))
        {
            return 1;
        }

        return k + 2 < tokens.Count && tokens[k + 1].Is(text, "the") && tokens[k + 2].IsCapitalized(text) ? 2 : 0;
    }

    // A posting's words run to the holder's name: a determiner, or a capitalised word that is no first name
    // while a name of two words still follows.
    private bool IsPostingWord(int k, int end)
    {
        var text = _analysis.Text;
        var token = _analysis.Tokens[k];
        return token.Is(text, "the")
            || (end - k > 2 && token.IsCapitalized(text) && FirstNames.Of(token.Span(text)) == Gender.Unknown
                && !_analysis.Catalogue.TryMatchAlias(text, _analysis.Tokens, k, end, out _, out _));
    }

    // "Freedonia's Anna Berg": without a title only an owner the catalogue knows as a state or body is an affiliation.
    private string? KnownOwnerBefore(int start) =>
        OwnerBefore(start) is { } owner && _analysis.Catalogue.FindByName(owner) is { Kind: not ActorKind.Person } ? owner : null;

    // "Freedonia's Permanent Representative Anna Berg": the title's owner is the holder's affiliation.
    private string? OwnerBefore(int start)
    {
        var text = _analysis.Text;
        var tokens = _analysis.Tokens;
        if (start < 2 || tokens[start - 1].Kind != TokenKind.Possessive || !tokens[start - 2].IsCapitalized(text))
        {
            return null;
        }

        for (var from = start - 2; from >= 0 && start - 2 - from < 3 && tokens[from].IsCapitalized(text); from--)
        {
            if (_analysis.Catalogue.TryMatchAlias(text, tokens, from, start - 1, out var length, out var actor) && from + length == start - 1)
            {
                return actor.Kind == ActorKind.Person ? null : actor.Name;
            }
        }

        return tokens[start - 2].Text(text);
    }

    // "Deputy Minister of Coastal Fisheries", "the Commissioner for Rural Roads": the capitalised words after a
    // title and "of" or "for" are its portfolio or its place, not a person; the holder's name follows apart.
    private bool IsPortfolio(int start, int nameStart, List<string> roleWords)
    {
        // Words right after "of" ("Minister of Coastal Fisheries"), not a country the catalogue knows before the name
        // ("President of Finland Jane Doe").
        if (roleWords.Count > 0 && roleWords[^1].Equals("of", StringComparison.OrdinalIgnoreCase) && nameStart == start + roleWords.Count)
        {
            return true;
        }

        var text = _analysis.Text;
        var tokens = _analysis.Tokens;
        return start >= 2 && (tokens[start - 1].Is(text, "of") || tokens[start - 1].Is(text, "for"))
            && Lexicon.TitleWords.Contains(text, tokens[start - 2]) && tokens[start - 2].IsCapitalized(text);
    }

    private ArticlePerson? ResolveSingleName(string name, string? role, string? affiliation, Gender gender, int end, bool honorific)
    {
        var inArticle = FindSurname(name);
        if (inArticle.Count > 0)
        {
            var sameGender = gender == Gender.Unknown ? inArticle : inArticle.Where(p => p.Gender != Genders.Opposite(gender)).ToList();
            var found = MostRecent(sameGender.Count > 0 ? sameGender : inArticle);
            if (found.Gender == Gender.Unknown && sameGender.Count == 1)
            {
                // "Ruth Okonkwo … Ms Okonkwo": the honorific or title tells the gender the first name did not.
                found.Gender = gender;
            }

            return found;
        }

        var known = _analysis.Catalogue.PeopleWithSurname(name);
        if (known.Count == 1)
        {
            return AddOrUpdate(known[0].Name, known[0].Role, known[0].Affiliation, Gender.Unknown, fromCatalogue: true);
        }

        // An unknown single name is a person only when a title or a speech verb says so.
        if (role is not null || honorific || _analysis.SpeechVerbFollows(end))
        {
            return AddOrUpdate(name, role, affiliation, gender);
        }

        return null;
    }

    private static ArticlePerson MostRecent(IReadOnlyList<ArticlePerson> people) => people.MaxBy(p => p.LastMention)!;

    // "Russia’s envoy Anatoly Rudnev", "RSF negotiator Mustafa Idris": a lowercase title just before the name.
    private (string? Role, string? Affiliation) PrecedingRole(int start)
    {
        var text = _analysis.Text;
        var tokens = _analysis.Tokens;
        var words = new List<string>();
        var k = start - 1;
        while (k >= 0 && start - k <= 3 && tokens[k].Kind == TokenKind.Word && char.IsLower(text[tokens[k].Start])
            && (Lexicon.RoleNouns.Contains(text, tokens[k]) || Lexicon.TitleWords.Contains(text, tokens[k])))
        {
            words.Insert(0, tokens[k].Text(text));
            k--;
        }

        if (words.Count == 0 && start >= 2 && tokens[start - 1].Is(text, ','))
        {
            return ApposedRole(start - 1);
        }

        if (words.Count == 0 || !Lexicon.RoleNouns.Contains(words[^1]))
        {
            return (null, null);
        }

        if (k >= 0 && tokens[k].Kind == TokenKind.Possessive)
        {
            k--;
        }

        string? affiliation = null;
        if (k >= 0 && tokens[k].IsCapitalized(text))
        {
            var from = k;
            while (from - 1 >= 0 && k - from < 3
                && (tokens[from - 1].IsCapitalized(text) || (tokens[from - 1].Is(text, "of") && from - 2 >= 0 && tokens[from - 2].IsCapitalized(text))))
            {
                from--;
            }

            // "Ministry of Energy spokeswoman Ida Holm": the whole institution, not its last word.
            var first = from;
            while (first < k && (Lexicon.CommonCapitalised.Contains(text, tokens[first]) || tokens[first].Is(text, "of")))
            {
                first++;
            }

            affiliation = _analysis.Catalogue.TryMatchAlias(text, tokens, from, k + 1, out _, out var actor) && actor.Kind != ActorKind.Person
                ? actor.Name
                : text[tokens[first].Start..tokens[k].End];
        }

        return (Role(words), affiliation);
    }

    // "The Foreign Secretary, Jane Doe,", "A company spokeswoman, Jane Doe,": the title stands before
    // the name with a comma between; it opens its clause (a determiner, a possessive or the sentence start before it).
    private (string? Role, string? Affiliation) ApposedRole(int comma)
    {
        var text = _analysis.Text;
        var tokens = _analysis.Tokens;
        var words = new List<string>();
        // "Freedonia's envoy to the WTO, Ilse Marr": where the holder is posted stands between the title and the name.
        if (PostingBefore(comma) is var posting and >= 0)
        {
            comma = posting;
        }

        var k = comma - 1;
        // "a third Constitutional Court judge, Ilse Marr,": the institution's capitalised words belong to the description.
        while (k >= 0 && comma - k <= 6 && tokens[k].Kind == TokenKind.Word && !Lexicon.Determiners.Contains(text, tokens[k])
            && (Lexicon.RoleNouns.Contains(text, tokens[k]) || Lexicon.TitleWords.Contains(text, tokens[k]) || char.IsLower(text[tokens[k].Start])
                || (comma - k > 1 && tokens[k].IsCapitalized(text) && k > 0 && !_analysis.EndsSentence(k - 1))))
        {
            words.Insert(0, tokens[k].Text(text));
            k--;
        }

        var opensClause = k < 0 || Lexicon.Determiners.Contains(text, tokens[k]) || tokens[k].Kind == TokenKind.Possessive
            || _analysis.SentenceOf(k) != _analysis.SentenceOf(comma);
        if (words.Count == 0 || !opensClause || !(Lexicon.RoleNouns.Contains(words[^1]) || TitleLexicon.IsTitle(words[^1])))
        {
            return (null, null);
        }

        // The title is the run of title words that ends the description: "justice", not "Supreme … justice".
        var titleWords = words.AsEnumerable().Reverse().TakeWhile(w => Lexicon.RoleNouns.Contains(w) || Lexicon.TitleWords.Contains(w)).Reverse().ToList();
        // "Equinor's spokesman, Kari Lund,": the title's owner is her affiliation.
        return (Role(titleWords), k >= 0 && tokens[k].Kind == TokenKind.Possessive ? OwnerBefore(k + 1) : null);
    }

    // Where a posting or portfolio after a title ("to the WTO", "for the Western Balkans", "to the region", "of
    // Ports and Inland Waterways") starts, when it runs up to
    // `end`; -1 when there is none.
    private int PostingBefore(int end)
    {
        var text = _analysis.Text;
        var tokens = _analysis.Tokens;
        for (var k = end - 1; k > 0 && end - k <= 8; k--)
        {
            var token = tokens[k];
            if ((token.Is(text, "to") || token.Is(text, "for") || token.Is(text, "of")) && k + 1 < end
                && (Lexicon.RoleNouns.Contains(text, tokens[k - 1]) || Lexicon.TitleWords.Contains(text, tokens[k - 1])))
            {
                return k;
            }

            // "envoy to the region", "minister for the islands": a posting may be common nouns, never a clause.
            if (token.Kind != TokenKind.Word || Lexicon.Auxiliaries.Contains(text, token))
            {
                return -1;
            }
        }

        return -1;
    }

    // "Sergei Lavrov, Russia's foreign minister," and "Marek Zielinski, the Polish defence minister,".
    private (string? Role, string? Affiliation) Appositive(int after)
    {
        var text = _analysis.Text;
        var tokens = _analysis.Tokens;
        if (after >= tokens.Count || !tokens[after].Is(text, ','))
        {
            return (null, null);
        }

        string? affiliation = null;
        var roleWords = new List<string>();
        var k = after + 1;
        var limit = Math.Min(tokens.Count, after + 10);
        while (k < limit)
        {
            var token = tokens[k];
            if (_analysis.Catalogue.TryMatchAlias(text, tokens, k, limit, out var length, out var actor) && actor.Kind != ActorKind.Person)
            {
                affiliation = actor.Name;
                k += length;
            }
            else if (token.Kind == TokenKind.Possessive || Lexicon.Determiners.Contains(text, token))
            {
                k++;
            }
            else if (Lexicon.TitleWords.Contains(text, token) || Lexicon.RoleNouns.Contains(text, token)
                || (roleWords.Count > 0 && token.Is(text, "of")))
            {
                roleWords.Add(token.Text(text));
                k++;
            }
            else if (roleWords.Count > 0 && (token.Is(text, "to") || token.Is(text, "for")) && k + 1 < limit
                && (tokens[k + 1].IsCapitalized(text) || tokens[k + 1].Is(text, "the")))
            {
                // "Ilse Marr, the EU chief adviser for the Sahel who …": the posting closes the role.
                k++;
                while (k < limit && (tokens[k].IsCapitalized(text) || tokens[k].Is(text, "the")))
                {
                    k++;
                }

                break;
            }
            else
            {
                break;
            }
        }

        var closes = k < tokens.Count && (tokens[k].Is(text, ',') || tokens[k].Is(text, '.') || tokens[k].Is(text, ';') || tokens[k].Is(text, "who"));
        return closes && roleWords.Count > 0 && Lexicon.RoleNouns.Contains(roleWords[^1])
            ? (Role(roleWords), affiliation)
            : (null, null);
    }

    private static string Expand(string word) => word switch
    {
        "Gen" => "General",
        "Lt" => "Lieutenant",
        "Col" => "Colonel",
        "Brig" => "Brigadier",
        "Maj" => "Major",
        "Adm" => "Admiral",
        "Capt" => "Captain",
        "Sgt" => "Sergeant",
        "Sen" => "Senator",
        "Rep" => "Representative",
        "Gov" => "Governor",
        "Amb" => "Ambassador",
        "Prof" => "Professor",
        _ => word,
    };

    public static string? Role(List<string> words)
    {
        words.RemoveAll(w => Honorifics.Contains(w) || Honorifics.Contains(w + "."));
        while (words.Count > 0 && words[0] is "top" or "senior" or "former")
        {
            words.RemoveAt(0);
        }

        while (words.Count > 0 && words[^1] is "of")
        {
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 0)
        {
            return null;
        }

        var builder = new System.Text.StringBuilder(words.Count * 10);
        foreach (var word in words)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(word is "of" or "for" or "the" ? word : Expand(TitleCase(word.TrimEnd('.'))));
        }

        return builder.ToString();
    }

    // "foreign" → "Foreign", "secretary-general" → "Secretary-General"; words already capitalised stay as written.
    private static string TitleCase(string word)
    {
        if (word.Length == 0 || (char.IsUpper(word[0]) && !word.Contains('-', StringComparison.Ordinal)))
        {
            return word;
        }

        return string.Create(word.Length, word, static (span, source) =>
        {
            var start = true;
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = start ? char.ToUpperInvariant(c) : c;
                start = c == '-';
            }
        });
    }
}
