using NewsTracker.Core.Extraction.Sieves;

namespace NewsTracker.Core.Extraction;

// One-word names the article treats as a body rather than a person. Wire copy names a firm or an agency bare
// ("Ternova said") as it names a person by surname; what it writes around the name tells them apart.
internal sealed partial class ArticlePeople
{
    // Words that end an appositive's noun phrase: "a data firm that tracks tankers", "the operator of the grid".
    private static readonly WordSet AppositiveEnds = new("that which who whose of for in at with from on");

    // Officers only a body has: a person's "spokesman", "aide" or "adviser" ("Varga aide Tom Holm") makes no body of them.
    private static readonly WordSet BodyOfficers = new("president chairman chairwoman chairperson chair ceo executive director boss founder board shareholders manager analyst economist");

    // How far after the name "the company said" may stand and still mean it: the next sentence or two.
    private const int BodyReferenceReach = 300;

    private static readonly WordSet Modals = new("can could may might must shall should will would not");
    private static readonly WordSet Being = new("be is was were been being are");
    private static readonly WordSet PersonsPronouns = new("he she his her him hers they them their we our i my");

    private readonly Dictionary<string, bool> _readsAsBody = new(StringComparer.Ordinal);

    private readonly HashSet<string> _namedBodies = new(Common.NameKey.Comparer);

    // The name tokens already weighed; one found a body is in _namedBodies.
    private readonly HashSet<int> _weighed = [];

    public bool IsNamedBody(ReadOnlySpan<char> name) => _namedBodies.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name);

    // Whether the one-word name at token `name`, which no person of the article carries and the catalogue does not
    // know, stands for a body: "Ternova, the national grid operator,", "Holvard, which runs the terminal,", or
    // "Brightwell said …" with "the company said" right after. Remembered with its head noun for a later "the firm".
    public bool TreatAsBody(int name)
    {
        var (text, tokens) = (_analysis.Text, _analysis.Tokens);
        if (IsNamedBody(tokens[name].Span(text)))
        {
            return true;
        }

        // Each name is weighed once: the sieves ask again for every "the company said" within reach, and the weighing
        // reads ahead through the article.
        if (!_weighed.Add(name) || FirstNames.Of(tokens[name].Span(text)) != Gender.Unknown || Names.IsFirstNameBeforeName(_analysis, name))
        {
            return false;
        }

        // "Facebook said it had removed the accounts": a platform speaks as its company; "according to Kestrelis" with no one
        // of that name in the article cites a body (a person cited so was introduced first).
        var head = Lexicon.Platforms.Contains(text, tokens[name]) || AfterAccordingTo(name) ? string.Empty : BodyAppositive(name + 1);
        head ??= OpensStatement(name) ? BodyReferenceAfter(name) ?? OfficersBody(name) : null;

        if (head is null)
        {
            return false;
        }

        var written = tokens[name].Text(text);
        _namedBodies.Add(written);
        Organisations.Add((name, written, head));

        return true;
    }

    private bool AfterAccordingTo(int name)
    {
        var (text, tokens) = (_analysis.Text, _analysis.Tokens);
        return name >= 2 && tokens[name - 1].Is(text, "to") && tokens[name - 2].Is(text, "according")
            && (name + 1 >= tokens.Count || !tokens[name + 1].IsCapitalized(text));
    }

    // A one-word name, or a short one no first name opens ("Halden Vale"), that the article never gives a gender, a
    // personal role or an age reads as a body when one of its mentions says so: its statement goes on with "it"
    // ("Korvex said on Tuesday that it would cut supplies"), a body's appositive follows ("Korvex, the state-owned
    // operator,"), a body's noun stands before it ("the grid operator Korvex", "Freedonia's nuclear operator,
    // Korvex,") or, for one word, the article gives it a body's officer ("Korvex's chief executive"). Weighed once per name.
    public bool ReadsAsBody(string name)
    {
        if (IsNamedBody(name))
        {
            return true;
        }

        // One word, or a short run no first name opens ("Rio Tinto", "Wood Mackenzie").
        var words = name.Split(' ');
        if (words.Length > 3 || FirstNames.Of(words[0]) != Gender.Unknown)
        {
            return false;
        }

        if (_readsAsBody.TryGetValue(name, out var known))
        {
            return known;
        }

        var body = !_byName.TryGetValue(name, out var person)
            || (!person.FromCatalogue && person.Gender == Gender.Unknown && person.Age == 0
                && (person.Role is null || CompanyLexicon.IsReference(person.Role.ToLowerInvariant()) || SameKindAsOwner.Contains(person.Role.Split(' ')[^1])));
        body = body && SaysSoSomewhere(words);
        _readsAsBody[name] = body;
        return body;
    }

    private bool SaysSoSomewhere(string[] words)
    {
        var (text, tokens) = (_analysis.Text, _analysis.Tokens);
        for (var k = 0; k + words.Length <= tokens.Count; k++)
        {
            var last = k + words.Length - 1;
            if (Spells(k, words) && !_analysis.InsideQuote(k)
                && (SaysIt(last) || BodyAppositive(last + 1) is not null || BodyNounBefore(k) || (words.Length == 1 && OfficersBody(k) is not null)))
            {
                return true;
            }
        }

        return false;
    }

    private bool Spells(int k, string[] words)
    {
        var (text, tokens) = (_analysis.Text, _analysis.Tokens);
        for (var i = 0; i < words.Length; i++)
        {
            if (tokens[k + i].Kind != TokenKind.Word || !tokens[k + i].Span(text).SequenceEqual(words[i]))
            {
                return false;
            }
        }

        return true;
    }

    private bool BodyNounBefore(int name)
    {
        var (text, tokens) = (_analysis.Text, _analysis.Tokens);
        var apposed = name > 0 && tokens[name - 1].Is(text, ',');
        var k = apposed ? name - 2 : name - 1;
        return k >= 0 && tokens[k].Kind == TokenKind.Word && char.IsLower(text[tokens[k].Start]) && IsBodyNoun(text, tokens[k])
            && !(apposed && InPrepositionalPhrase(k));
    }

    // "Speaking to this paper, Ada Quist": the noun before the comma ends a phrase of its own, no appositive.
    private bool InPrepositionalPhrase(int noun)
    {
        var (text, tokens) = (_analysis.Text, _analysis.Tokens);
        for (var k = noun - 1; k >= 0 && noun - k <= 4 && tokens[k].Kind == TokenKind.Word && _analysis.SentenceOf(k) == _analysis.SentenceOf(noun); k--)
        {
            if (PlaceWords.Contains(text, tokens[k]) || tokens[k].Is(text, "with") || tokens[k].Is(text, "by") || tokens[k].Is(text, "for"))
            {
                return true;
            }
        }

        return false;
    }

    // The name's statement, read on to its first pronoun: "it" doing something after a speech verb, no person's pronoun before.
    private bool SaysIt(int name)
    {
        var (text, tokens) = (_analysis.Text, _analysis.Tokens);
        var spoke = false;
        for (var k = name + 1; k < tokens.Count && k - name <= 12 && _analysis.SentenceOf(k) == _analysis.SentenceOf(name) && !_analysis.InsideQuote(k); k++)
        {
            if (PersonsPronouns.Contains(text, tokens[k]))
            {
                return false;
            }

            if (tokens[k].Is(text, "it"))
            {
                return spoke && DoesSomething(k + 1);
            }

            spoke |= _analysis.IsSpeechVerb(k);
        }

        return false;
    }

    // "it would cut supplies", "it had warned": the pronoun acts; "it would be a mistake", "it was unfair" may be anyone's.
    private bool DoesSomething(int k)
    {
        var (text, tokens) = (_analysis.Text, _analysis.Tokens);
        while (k < tokens.Count && (Lexicon.Auxiliaries.Contains(text, tokens[k]) || Modals.Contains(text, tokens[k])) && !Being.Contains(text, tokens[k]))
        {
            k++;
        }

        return k < tokens.Count && tokens[k].Kind == TokenKind.Word && char.IsLower(text[tokens[k].Start]) && !Being.Contains(text, tokens[k]);
    }

    // "Halden said" after "Halden Shipping": a company the article named, called by its first word.
    public string? CompanyOpenedBy(int name) => CompanyOpenedBy(_analysis.Tokens[name].Span(_analysis.Text), name);

    public string? CompanyOpenedBy(ReadOnlySpan<char> word, int name)
    {
        for (var i = Organisations.Count - 1; i >= 0; i--)
        {
            var (token, full, head) = Organisations[i];
            if (token < name && full.Length > word.Length + 1 && full[word.Length] == ' ' && full.AsSpan().StartsWith(word, StringComparison.Ordinal)
                && CompanyLexicon.EndsCompanyName(head))
            {
                return full;
            }
        }

        return null;
    }

    // ", the national grid operator,", ", Norway's state oil company,", ", which runs": the head noun, "" for a bare
    // "which", or null when the appositive describes no body (", the company's chief executive,").
    private string? BodyAppositive(int k)
    {
        var (text, tokens) = (_analysis.Text, _analysis.Tokens);
        if (k + 1 >= tokens.Count || !tokens[k].Is(text, ','))
        {
            return null;
        }

        var j = k + 1;
        if (tokens[j].Is(text, "which"))
        {
            return string.Empty;
        }

        var owned = tokens[j].Is(text, "its");
        if (tokens[j].Is(text, "the") || tokens[j].Is(text, "a") || tokens[j].Is(text, "an") || owned)
        {
            j++;
        }
        else if (j + 1 < tokens.Count && tokens[j].IsCapitalized(text) && tokens[j + 1].Kind == TokenKind.Possessive)
        {
            j += 2;
        }
        else
        {
            return null;
        }

        var first = j;
        while (j < tokens.Count && j - first < 6 && tokens[j].Kind is TokenKind.Word or TokenKind.Number
            && !AppositiveEnds.Contains(text, tokens[j])
            && (!Lexicon.RoleNouns.Contains(text, tokens[j]) || IsBodyNoun(text, tokens[j]) || (owned && SameKindAsOwner.Contains(text, tokens[j])))
            && !_analysis.IsSpeechVerb(j) && !(j > first && IsParticipleAfterNoun(j)))
        {
            j++;
        }

        // "Korvex, the Danish firm repairing the pipe,": a participle ends the noun phrase as "that" would.
        var participle = j > first && j < tokens.Count && IsParticipleAfterNoun(j);
        if (j == first || j >= tokens.Count || !(tokens[j].Is(text, ',') || AppositiveEnds.Contains(text, tokens[j]) || participle))
        {
            return null;
        }

        var head = tokens[j - 1];
        // "Baltgrid, its Estonian counterpart,": the counterpart of an "it" is a body too (its chief executive is a person).
        return char.IsLower(text[head.Start]) && (owned ? SameKindAsOwner.Contains(text, head) : IsBodyNoun(text, head)) ? head.Text(text) : null;
    }

    private static readonly WordSet SameKindAsOwner = new("counterpart counterparts rival rivals competitor competitors subsidiary parent affiliate", indexed: false);

    private bool IsParticipleAfterNoun(int k) => char.IsLower(_analysis.Text[_analysis.Tokens[k].Start]) && _analysis.IsPresentParticiple(k);

    private static bool IsBodyNoun(string text, Token word) =>
        CompanyLexicon.IsReference(word.Text(text)) || CompanyLexicon.EndsCompanyName(word.Span(text))
        || Lexicon.OrganisationWords.Contains(text, word) || Lexicon.NewspaperNouns.Contains(text, word);

    // "Ecopetrol President Andrés Galvis", "Ternova's chief executive": somewhere the article gives the name as the body
    // an officer serves ("" then: no noun to remember it by).
    private string? OfficersBody(int name)
    {
        var (text, tokens) = (_analysis.Text, _analysis.Tokens);
        var word = tokens[name].Span(text);
        for (var k = 0; k + 2 < tokens.Count; k++)
        {
            if (k == name || !tokens[k].Span(text).SequenceEqual(word) || _analysis.InsideQuote(k))
            {
                continue;
            }

            var role = tokens[k + 1].Kind == TokenKind.Possessive ? k + 2 : k + 1;
            if (role + 1 < tokens.Count && (BodyOfficers.Contains(text, tokens[role])
                || (tokens[role].Is(text, "chief") && (tokens[role + 1].Is(text, "executive") || tokens[role + 1].Is(text, "operating") || tokens[role + 1].Is(text, "financial")))))
            {
                return string.Empty;
            }
        }

        return null;
    }

    // The name opens a statement of its own: "Brightwell said", "Brightwell, for its part, cited" (not a dateline's
    // "HARBOURTOWN, May 3").
    private bool OpensStatement(int name)
    {
        if (_analysis.SpeechVerbFollows(name + 1))
        {
            return true;
        }

        var (text, tokens) = (_analysis.Text, _analysis.Tokens);
        for (var k = name + 1; k < tokens.Count && k <= name + 4; k++)
        {
            if (tokens[k].Is(text, "its"))
            {
                return true;
            }
        }

        return false;
    }

    // "Brightwell said it would cut output. “…,” the firm said.": the company reference that follows the name's own
    // statement, with no company named in between and no person's pronoun; or "Its chief executive" opening the next
    // sentence ("" then: no noun to remember it by).
    private bool OfficerOf(int the)
    {
        var (text, tokens) = (_analysis.Text, _analysis.Tokens);
        return (the >= 2 && (tokens[the - 1].Is(text, "for") || tokens[the - 1].Is(text, "at")) && Lexicon.RoleNouns.Contains(text, tokens[the - 2]))
            || (the + 3 < tokens.Count && tokens[the + 2].Kind == TokenKind.Possessive && Lexicon.RoleNouns.Contains(text, tokens[the + 3]));
    }

    private string? BodyReferenceAfter(int name)
    {
        var (text, tokens) = (_analysis.Text, _analysis.Tokens);
        var limit = tokens[name].End + BodyReferenceReach;
        for (var k = name + 1; k + 2 < tokens.Count && tokens[k].Start < limit; k++)
        {
            if (tokens[k].Is(text, "he") || tokens[k].Is(text, "she") || tokens[k].Is(text, "his") || tokens[k].Is(text, "her"))
            {
                return null;
            }

            // "the company said", and its officer: "a spokesperson for the company", "the company's chief executive".
            if (tokens[k].Is(text, "the") && char.IsLower(text[tokens[k + 1].Start]) && CompanyLexicon.IsReference(tokens[k + 1].Text(text))
                && (_analysis.SpeechVerbFollows(k + 2) || OfficerOf(k)) && !_analysis.InsideQuote(k))
            {
                return CompanyEarlierSieve.LatestCompany(_analysis, k, this, weigh: false) is null ? tokens[k + 1].Text(text) : null;
            }

            // "Ukrenergo said … . Its chief executive, …", "Nordposten warned … . Its editorial said": the next sentence
            // opens on the body's own officer or editorial.
            if (tokens[k].Is(text, "Its") && !_analysis.InsideQuote(k) && _analysis.SentenceOf(k) != _analysis.SentenceOf(k - 1)
                && (Lexicon.RoleNouns.Contains(text, tokens[k + 1]) || Lexicon.RoleNouns.Contains(text, tokens[k + 2])
                    || tokens[k + 1].Is(text, "editorial")))
            {
                return string.Empty;
            }
        }

        return null;
    }

    // Common nouns for a body that a name apposed to them is the name of: "the port workers' union, Sindikat Luke,".
    internal static readonly WordSet ApposedBodyNouns = new(
        "union party company group association federation organisation organization agency movement alliance coalition firm utility",
        indexed: false);

    // "a spokesman for the party, Ivo Brand,": the name is the spokesman's, the party governed by the word before it.
    private static readonly WordSet Governing = new("for with by about against", indexed: false);

    // "The dockers' union, Sindikat Luke Harbo, has warned": the name apposed to a body's common noun is that body's; the
    // head noun, or null. Not after "of" or "for" ("a member of the union, Ada Quist,": she is the member).
    private string? BodyApposedBefore(int start)
    {
        var (text, tokens) = (_analysis.Text, _analysis.Tokens);
        var noun = start - 2;
        if (noun < 1 || !tokens[start - 1].Is(text, ',') || !ApposedBodyNouns.Contains(text, tokens[noun]) || !char.IsLower(text[tokens[noun].Start])
            || FirstNames.Of(tokens[start].Span(text)) != Gender.Unknown)
        {
            return null;
        }

        for (var k = noun - 1; k >= 0 && noun - k <= 5; k--)
        {
            if (Lexicon.Determiners.Contains(text, tokens[k]))
            {
                return k == 0 || !(PlaceWords.Contains(text, tokens[k - 1]) || Governing.Contains(text, tokens[k - 1])) ? tokens[noun].Text(text) : null;
            }

            // "workers’": a plural's possessive may be read as a closing quotation mark.
            if (!(tokens[k].IsWord || tokens[k].Kind == TokenKind.Possessive || tokens[k].Is(text, '’') || tokens[k].Is(text, '\'')))
            {
                return null;
            }
        }

        return null;
    }
}
