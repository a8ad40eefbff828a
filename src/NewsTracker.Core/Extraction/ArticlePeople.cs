using NewsTracker.Core.Common;

namespace NewsTracker.Core.Extraction;

// The people an article introduces and every later mention of them outside quotations, in reading order:
// the basis for resolving surnames, titles and pronouns to the person the article means.
internal sealed partial class ArticlePeople
{
    private static readonly WordSet Honorifics = new(TitleLexicon.Honorifics);
    // Capitalised words that open names as well as sentences: "New York", "National Rally", "the Global Lantern".
    internal static readonly WordSet InstitutionOpeners = new("""
        western eastern northern southern european asian african atlantic pacific arctic middle
        north south east west central new old great global international national federal
        """);

    // What a holder is besides their post: "Retired Norwegian Colonel", "Former Harbour Minister".
    private static readonly WordSet StatusWords = new("retired former outgoing incoming acting interim", indexed: false);

    // An ordinal opening a body's name: "First Infantry Division commander", "Fifth Fleet spokesman".
    private static readonly WordSet Ordinals = new("first second third fourth fifth sixth seventh eighth ninth tenth", indexed: false);

    internal static readonly WordSet CompassWords = new("north south east west central northeast northwest southeast southwest", indexed: false);
    private static readonly WordSet ArmedGroupHeads = new("group unit front movement militia brigade army forces organisation organization faction");
    private static readonly WordSet Connectors = new("of for and the");
    private static readonly WordSet ThingWords = new("the a an this that its their our his her");
    internal static readonly WordSet PlaceWords = new("in at from near to into across outside inside around towards toward via through off of");
    // "the tanker left Novo Selo", "troops entered Kamenka": what these verbs take is a place, like a name after "in".
    private static readonly WordSet PlaceVerbs = new(
        "left leaving reached reaching entered entering toured touring shelled shelling captured recaptured liberated evacuated bombarded",
        indexed: false);

    // Whether capitalised words after this token stand where a place stands: "in Vila Nova", "left Novo Selo".
    internal static bool PlaceBefore(string text, Token token) => PlaceWords.Contains(text, token) || PlaceVerbs.Contains(text, token);

    private static readonly WordSet Locatives = new("in at near across outside inside around throughout", indexed: false);
    private static readonly WordSet PortfolioTitles = new("minister secretary commissioner judge");

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
        MergeNamedLater();
        FindAgeMentions();
        LearnGenders();
        PronounGender.Learn(analysis, Mentions);
        DropPersonsAsBodies();
        FindAcronyms();
        FindKnownAs();
    }

    public IReadOnlyList<ArticlePerson> People => _people;

    // Mentions found by reading the article, in reading order.
    public List<MentionOfPerson> Mentions { get; } = new(64);

    // Institutions the article names ("the Sahara Ghost Unit", "the International Energy Agency"), for
    // resolving "the group" or "the agency" later on.
    public List<(int TokenIndex, string Name, string Head)> Organisations { get; } = [];

    // "Freedonia's Joint Harbour Staff (JHS)", "the Foreign Ministry, known as the Bureau": the short name, once
    // defined, stands for the full name.
    public Dictionary<string, string> Acronyms { get; } = new(StringComparer.Ordinal);

    public ArticlePerson? FindFullName(string name) => _byName.GetValueOrDefault(name);

    // The organisation whose name the article read starting at `token`, or null.
    public string? OrganisationAt(int token)
    {
        foreach (var (at, name, _) in Organisations)
        {
            if (at == token)
            {
                return name;
            }
        }

        return null;
    }

    // The organisation named last before `position`, no further back than `reach` tokens; null when none is.
    public string? OrganisationNamedBefore(int position, int reach)
    {
        for (var i = Organisations.Count - 1; i >= 0; i--)
        {
            var (token, name, _) = Organisations[i];
            if (token < position)
            {
                return position - token <= reach ? name : null;
            }
        }

        return null;
    }

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
                || (newspaper && ((name.Length > nameHead.Length && Lexicon.OutletWords.Contains(nameHead)) || Lexicon.NewspaperNouns.Contains(nameHead)))))
            {
                return name;
            }
        }

        return null;
    }

    // "Brandt" for Anil Brandt: the surname of someone the article gives a first name, a gender or a role, so surely a
    // person's, not a company's the article reads as a name ("Rio Tinto").
    public bool IsPersonsSurname(ReadOnlySpan<char> word)
    {
        if (_bySurname.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var people))
        {
            foreach (var person in people)
            {
                if (person.Gender != Gender.Unknown || person.Role is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "Brandt's lawyer, Eva Moe": once the article's genders are known, an owner who is one of its people is no body
    // the holder speaks for.
    // "15:55 Lund: …" near the top of a live page, "Ada Lund-Berg" in its oldest entry: a surname the article gives before
    // the full name is that person, when one person has it.
    private void MergeNamedLater()
    {
        for (var i = _people.Count - 1; i >= 0; i--)
        {
            var early = _people[i];
            if (early.FromCatalogue || early.Name.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var later = _people.Where(p => p != early && p.Name.Contains(' ', StringComparison.Ordinal) && HasSurname(p, early.Name)).ToList();
            if (later is not [var full])
            {
                continue;
            }

            for (var m = 0; m < Mentions.Count; m++)
            {
                if (Mentions[m].Person == early)
                {
                    Mentions[m] = Mentions[m] with { Person = full };
                }
            }

            full.Role ??= early.Role;
            full.Affiliation ??= early.Affiliation;
            full.Gender = full.Gender == Gender.Unknown ? early.Gender : full.Gender;
            full.LastMention = Math.Max(full.LastMention, early.LastMention);
            _people.RemoveAt(i);
            _byName.Remove(early.Name);
            if (_bySurname.TryGetValue(early.Surname, out var bySurname))
            {
                bySurname.Remove(early);
            }
        }

        static bool HasSurname(ArticlePerson person, string surname) =>
            NameKey.Comparer.Equals(person.Surname, surname) || (FirstPartOfSurname(person.Surname) is { } part && NameKey.Comparer.Equals(part, surname));
    }

    // "Lund" of "Lund-Berg": the first part of a double-barrelled surname, both parts capitalised; null for any other.
    private static string? FirstPartOfSurname(string surname)
    {
        var hyphen = surname.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 2 && hyphen + 1 < surname.Length && char.IsUpper(surname[0]) && char.IsUpper(surname[hyphen + 1]) ? surname[..hyphen] : null;
    }

    private void DropPersonsAsBodies()
    {
        foreach (var person in _people)
        {
            if (person.Affiliation is { } owner && IsPersonsSurname(owner.AsSpan(owner.LastIndexOf(' ') + 1))
                && (!owner.Contains(' ', StringComparison.Ordinal) || FindFullName(owner) is not null))
            {
                person.Affiliation = null;
            }
        }
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

    private ArticlePerson? NamedFirstAs(string name)
    {
        var words = name.Split(' ');
        for (var cut = words.Length - 1; cut >= Math.Max(2, words.Length - 2); cut--)
        {
            var shorter = string.Join(' ', words, 0, cut);
            if (_byName.GetValueOrDefault(shorter) is { } known && known.Name == shorter)
            {
                return known;
            }
        }

        return null;
    }

    private ArticlePerson? SpeltOtherwise(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0 || name.IndexOf(' ', space + 1) >= 0 || !_byFirstWord.TryGetValue(name[..space], out var sameGiven))
        {
            return null;
        }

        return Sieves.SurnameVariantSieve.OnlyVariantHolder(sameGiven.Where(p => p.Name.Count(c => c == ' ') == 1), Sieves.SurnameVariantSieve.Fold(name[(space + 1)..]));
    }

    public ArticlePerson AddOrUpdate(string name, string? role, string? affiliation, Gender gender, bool fromCatalogue = false)
    {
        var person = FindFullName(name);
        if (person is null && name.Contains(' ', StringComparison.Ordinal))
        {
            // A person first seen by surname alone takes the full name when the article gives it.
            var surname = name[(name.LastIndexOf(' ') + 1)..];
            person = _byName.GetValueOrDefault(surname);

            // "Minister Tekleab" read before "Water Minister Tekleab Worede": a given name that is no
            // first name the lists know, first seen alone, is the full name's first word.
            var given = name[..name.IndexOf(' ')];
            if (person is null && FirstNames.Of(given) == Gender.Unknown && _byName.GetValueOrDefault(given) is { } byGiven
                && !byGiven.Name.Contains(' ', StringComparison.Ordinal) && !_bySurname.ContainsKey(surname))
            {
                person = byGiven;
            }

            // "Tomas Brandt" in the headline, "Tomas Brandt Ulloa" in the body: a full name the article
            // goes on to give with a further surname or two is the same person, by the longer name.
            person ??= NamedFirstAs(name);
            if (person is not null)
            {
                person.Name = name;
                Index(person);
            }
        }

        if (person is null && !name.Contains(' ', StringComparison.Ordinal) && FirstNames.Of(name) == Gender.Unknown
            && !_bySurname.ContainsKey(name) && _byFirstWord.TryGetValue(name, out var byFirst) && byFirst.Count == 1)
        {
            // "Minister Tekleab noted" after "Water Minister Tekleab Worede": Ethiopian, Eritrean and
            // Icelandic copy refers back to a person by the first name; a word no other person shares is that person.
            person = byFirst[0];
        }

        // "Pavel Rudkovskiy" after "Pavel Rudkovsky": the same given name and a surname spelt another way (a
        // transliteration or a typo) is the person already named, under the name first printed.
        if (person is null && SpeltOtherwise(name) is { } spelt)
        {
            person = spelt;
            _byName[name] = spelt;
            AddTo(_bySurname, name[(name.LastIndexOf(' ') + 1)..], spelt);
        }

        if (person is null)
        {
            person = new ArticlePerson(name) { FromCatalogue = fromCatalogue };
            _people.Add(person);
            Index(person);

            // A catalogue holder brought in by a title or surname after the article was read still has a first name
            // that tells "he" from "she" ("Ursula von der Leyen").
            if (fromCatalogue && gender == Gender.Unknown && name.Contains(' ', StringComparison.Ordinal))
            {
                gender = FirstNames.Of(name.AsSpan(0, name.IndexOf(' ')));
            }
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
        // "Lund" for Ada Lund-Berg: a double-barrelled surname is often cut to its first part.
        if (FirstPartOfSurname(person.Surname) is { } firstPart)
        {
            AddTo(_byInnerWord, firstPart, person);
        }

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
            DescribedInstitutionAfter(i, end);
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

    // The one person sentence `sentence` names before token `before`, or null when it names nobody or two people.
    // Whether the sentence mentions no person of the article (mentions found after the scan, by age, come last).
    public bool NamesNobodyIn(int sentence)
    {
        foreach (var mention in Mentions)
        {
            if (mention.Sentence == sentence)
            {
                return false;
            }
        }

        return true;
    }

    public MentionOfPerson? OnlyPersonIn(int sentence, int before = int.MaxValue)
    {
        MentionOfPerson? only = null;
        foreach (var mention in Mentions)
        {
            if (mention.Sentence > sentence || mention.TokenIndex >= before)
            {
                break;
            }

            if (mention.Sentence == sentence && mention.TokenIndex >= 0)
            {
                if (only is { } seen && seen.Person != mention.Person)
                {
                    return null;
                }

                only = mention;
            }
        }

        return only;
    }

    // The one person the text outside quotations names from character `from` up to token `before`; null when it names
    // nobody there or two people. `nobodyFrom`: a later character from which it must name nobody.
    public ArticlePerson? OnlyPersonNamed(int from, int before, int nobodyFrom = int.MaxValue)
    {
        var tokens = _analysis.Tokens;
        ArticlePerson? only = null;
        foreach (var mention in Mentions)
        {
            if (mention.TokenIndex >= before)
            {
                break;
            }

            if (mention.TokenIndex < 0 || tokens[mention.TokenIndex].Start < from || _analysis.InsideQuote(mention.TokenIndex))
            {
                continue;
            }

            if (tokens[mention.TokenIndex].Start >= nobodyFrom || (only is not null && only != mention.Person))
            {
                return null;
            }

            only = mention.Person;
        }

        return only;
    }

    // The one person whose full name ends in `surname` ("Aoife Ní Dhomhnaill" for "Ní Dhomhnaill"), else null.
    public ArticlePerson? FullNameEndingIn(string surname) =>
        OnlyPerson(p => p.Name.Length > surname.Length + 1 && p.Name.EndsWith(surname, StringComparison.Ordinal) && p.Name[^(surname.Length + 1)] == ' ');

    // The one person named before in full whose name opens with `given` and goes on for at least one more word
    // ("Hairul Azman Rejab" for "Hairul Azman", as Malay and Arabic names are shortened), else null.
    public ArticlePerson? FullNameOpeningWith(string given) =>
        OnlyPerson(p => p.Confirmed && p.Name.Length > given.Length + 1 && p.Name.StartsWith(given, StringComparison.Ordinal) && p.Name[given.Length] == ' ');

    private ArticlePerson? OnlyPerson(Func<ArticlePerson, bool> fits)
    {
        ArticlePerson? found = null;
        foreach (var person in _people)
        {
            if (fits(person))
            {
                if (found is not null)
                {
                    return null;
                }

                found = person;
            }
        }

        return found;
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
}
