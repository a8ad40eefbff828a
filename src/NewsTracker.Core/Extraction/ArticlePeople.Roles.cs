using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Extraction;

// A person's role read from the words around the name: before it, in an appositive, or after a comma.
internal sealed partial class ArticlePeople
{
    private ArticlePerson? ResolveSingleName(string name, string? role, string? affiliation, Gender gender, int end, bool honorific, bool afterPlaceWord)
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

        // "Ilse is not moving" after "Ilse Varga": feature copy calls a person by the first name alone; one person
        // with that first name is who it means.
        if (FirstNames.Of(name) != Gender.Unknown && _byFirstWord.TryGetValue(name, out var byFirst) && byFirst.Count == 1
            && byFirst[0].Name.Contains(' ', StringComparison.Ordinal))
        {
            return byFirst[0];
        }

        var known = _analysis.Catalogue.PeopleWithSurname(name);
        if (known.Count == 1)
        {
            return AddOrUpdate(known[0].Name, known[0].Role, known[0].Affiliation, Gender.Unknown, fromCatalogue: true);
        }

        // An unknown single name is a person only when a title or a speech verb says so, and a speech verb only when
        // the name is not the place of those who speak ("officials in Harbourtown said").
        if (role is not null || honorific
            || (!afterPlaceWord && _analysis.SpeechVerbFollows(end) && !ReportingFrom(end) && CompanyOpenedBy(end - 1) is null && !TreatAsBody(end - 1)))
        {
            return AddOrUpdate(name, role, affiliation, gender);
        }

        return null;
    }

    // "Live reporting from Lagos | Friday": a live page's masthead says where the desk is, not who speaks.
    private bool ReportingFrom(int end) =>
        end + 1 < _analysis.Tokens.Count && _analysis.Tokens[end].Is(_analysis.Text, "reporting") && _analysis.Tokens[end + 1].Is(_analysis.Text, "from");

    private static ArticlePerson MostRecent(IReadOnlyList<ArticlePerson> people) => people.MaxBy(p => p.LastMention)!;

    // "Russia’s envoy Anatoly Rudnev", "RSF negotiator Mustafa Idris": a lowercase title just before the name.
    private (string? Role, string? Affiliation) PrecedingRole(int start)
    {
        var text = _analysis.Text;
        var tokens = _analysis.Tokens;
        var words = new List<string>();
        var k = start - 1;
        // "Chief executive Ida Holm said": the sentence's capital opens the title, it names no body.
        while (k >= 0 && start - k <= 3 && tokens[k].Kind == TokenKind.Word
            && (char.IsLower(text[tokens[k].Start]) || (words.Count > 0 && _analysis.SentenceStart(k) == k))
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
        // "An official Ali Sani said" opening a sentence: the article is no body.
        if (k >= 0 && tokens[k].IsCapitalized(text) && !Lexicon.Determiners.Contains(text, tokens[k]))
        {
            var from = k;
            while (from - 1 >= 0 && k - from < 3 && !BreaksLine(text, tokens[from - 1].End, tokens[from].Start) && !_analysis.IsTimeZone(from - 1)
                && (tokens[from - 1].IsCapitalized(text) || (tokens[from - 1].Is(text, "of") && from - 2 >= 0 && tokens[from - 2].IsCapitalized(text))))
            {
                from--;
            }

            // "Ministry of Energy spokeswoman Ida Holm": the whole institution, not its last word.
            var first = from;
            while (first < k && ((Lexicon.CommonCapitalised.Contains(text, tokens[first]) && !InstitutionOpeners.Contains(text, tokens[first])
                    && !(Ordinals.Contains(text, tokens[first]) && first + 1 < k))
                || tokens[first].Is(text, "of")))
            {
                first++;
            }

            // "Village mayor Karl Venn": one word opening the sentence that the article writes in lower case elsewhere is
            // a common noun, no body.
            if (first == k && _analysis.SentenceOf(k - 1) != _analysis.SentenceOf(k) && WrittenInLowerCase(tokens[k].Span(text)))
            {
                return (Role(words), null);
            }

            affiliation = _analysis.Catalogue.TryMatchAlias(text, tokens, from, k + 1, out _, out var actor) && actor.Kind != ActorKind.Person
                ? actor.Name
                : text[tokens[first].Start..tokens[k].End];
        }

        return (Role(words), affiliation);
    }

    private bool WrittenInLowerCase(ReadOnlySpan<char> word)
    {
        // Singular or plural alike: "Villages" opening a sentence, "the village" later.
        var stem = word.Length > 3 && word[^1] is 's' ? word[..^1] : word;
        var text = _analysis.Text;
        foreach (var token in _analysis.Tokens)
        {
            if (token.Kind == TokenKind.Word && char.IsLower(text[token.Start]) && token.Length - stem.Length is 0 or 1
                && token.Span(text).StartsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "The Foreign Secretary, Jane Doe,", "A company spokeswoman, Jane Doe,": the title stands before
    // the name with a comma between; it opens its clause (a determiner, a possessive or the sentence start before it).
    private (string? Role, string? Affiliation) ApposedRole(int comma)
    {
        var text = _analysis.Text;
        var tokens = _analysis.Tokens;
        var words = new List<string>();
        // "Minister of State for Ports (Inland), Ilse Marr": a bracketed word after the title narrows it.
        if (comma >= 3 && tokens[comma - 1].Is(text, ')'))
        {
            for (var open = comma - 2; open > 0 && comma - open <= 5; open--)
            {
                if (tokens[open].Is(text, '('))
                {
                    comma = open;
                    break;
                }
            }
        }

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
        if (words.Count == 0 || !opensClause || !(Lexicon.RoleNouns.Contains(words[^1]) || TitleLexicon.IsTitle(words[^1]) || TitleLexicon.EndsInLongerTitle(words)))
        {
            return (null, null);
        }

        // The title is the run of title words that ends the description: "justice", not "Supreme … justice".
        var titleWords = words.AsEnumerable().Reverse().TakeWhile(w => Lexicon.RoleNouns.Contains(w) || Lexicon.TitleWords.Contains(w)).Reverse().ToList();
        // "Equinor's spokesman, Kari Lund,": the title's owner is her affiliation; "his Freedonian counterpart, Jon Berg,":
        // so is a state the description names.
        return (Role(titleWords), k >= 0 && tokens[k].Kind == TokenKind.Possessive ? OwnerBefore(k + 1) : StateIn(k + 1, comma));
    }

    private string? StateIn(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (_analysis.Catalogue.TryMatchAlias(_analysis.Text, _analysis.Tokens, k, to, out _, out var actor) && actor.Kind == ActorKind.Country)
            {
                return actor.Name;
            }
        }

        return null;
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

            // "the chargé d'affaires in Harbourtown": a title's city, named.
            if (token.Is(text, "in") && k + 1 < end && (Lexicon.RoleNouns.Contains(text, tokens[k - 1]) || Lexicon.TitleWords.Contains(text, tokens[k - 1]))
                && AllCapitalised(k + 1, end))
            {
                return k;
            }

            // "Minister of Mines, Energy and Water": a portfolio may be a list of capitalised names.
            if (token.Is(text, ',') && tokens[k + 1].IsCapitalized(text) && ListClosesBefore(k + 1, end))
            {
                continue;
            }

            // "envoy to the region", "minister for the islands": a posting may be common nouns, never a clause.
            if (token.Kind != TokenKind.Word || Lexicon.Auxiliaries.Contains(text, token))
            {
                return -1;
            }
        }

        return -1;
    }

    // Whether the words from `from` to `to` are capitalised names joined by "and" that closes the list.
    private bool ListClosesBefore(int from, int to)
    {
        var and = false;
        for (var k = from; k < to; k++)
        {
            var token = _analysis.Tokens[k];
            if (token.Is(_analysis.Text, "and"))
            {
                and = true;
            }
            else if (!token.IsCapitalized(_analysis.Text) && !token.Is(_analysis.Text, ','))
            {
                return false;
            }
        }

        return and;
    }

    private bool AllCapitalised(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!_analysis.Tokens[k].IsCapitalized(_analysis.Text))
            {
                return false;
            }
        }

        return true;
    }

    // "Sergei Lavrov, Russia's foreign minister," and "Marek Zielinski, the Polish defence minister,".
    // A body after "of" in an appositive role ("a member of the Harbour and Fisheries Select Committee").
    private const int MaxBodyAppositive = 16;

    private (string? Role, string? Affiliation, string? PostedTo) Appositive(int after)
    {
        var text = _analysis.Text;
        var tokens = _analysis.Tokens;
        if (after >= tokens.Count || !tokens[after].Is(text, ','))
        {
            return (null, null, null);
        }

        string? affiliation = null;
        string? postedTo = null;
        string? status = null;
        var roleWords = new List<string>();
        var k = after + 1;
        // "Ilse Marr, 64, a retired …": the age before the description.
        if (k + 1 < tokens.Count && tokens[k].Kind == TokenKind.Number && tokens[k + 1].Is(text, ','))
        {
            k += 2;
        }

        var limit = Math.Min(tokens.Count, k + 9);
        var sentence = _analysis.SentenceOf(after);
        // A portfolio runs longer: "Deputy Minister of Harbours for Coastal Trade of the Federal Republic of …".
        var portfolioLimit = Math.Min(tokens.Count, k + MaxBodyAppositive);
        while ((k < limit || (k < portfolioLimit && InPortfolio(roleWords))) && _analysis.SentenceOf(k) == sentence)
        {
            var token = tokens[k];
            if (_analysis.Catalogue.TryMatchAlias(text, tokens, k, limit, out var length, out var actor) && actor.Kind != ActorKind.Person)
            {
                // "deputy chairman of Freedonia's Harbour Council": the first body named is the affiliation.
                affiliation ??= actor.Name;
                k += length;
            }
            else if (roleWords.Count > 0 && token.Is(text, "of") && StateNamedAt(k + 1, portfolioLimit) is var (stateName, stateEnd) && stateName is not null)
            {
                // "Minister of Harbours of the Republic of Freedonia": the state the office serves is the affiliation.
                affiliation ??= stateName;
                k = stateEnd;
            }
            else if (InPortfolio(roleWords) && (token.IsCapitalized(text) || (PortfolioLinks.Contains(text, token) && k + 1 < portfolioLimit && tokens[k + 1].IsCapitalized(text)))
                && !SecondOffice(k) && !(token.IsCapitalized(text) && (Lexicon.RoleNouns.Contains(text, token) || Names.IsNamePart(_analysis, k) && FirstNames.Of(token.Span(text)) != Gender.Unknown)))
            {
                // "Minister of Harbours and Coastal Shipping": the portfolio's words belong to the office.
                roleWords.Add(token.Text(text));
                k++;
            }
            else if (roleWords.Count > 0 && roleWords[^1] == "of" && PortfolioEnd(k, portfolioLimit) is > 0 and var portfolioEnd)
            {
                // "deputy minister of foreign affairs of Freedonia": a portfolio in lower case belongs to the office too.
                for (; k < portfolioEnd; k++)
                {
                    roleWords.Add(tokens[k].Text(text));
                }
            }
            else if (token.Kind == TokenKind.Possessive || Lexicon.Determiners.Contains(text, token))
            {
                k++;
            }
            else if (roleWords.Count == 0 && token.IsWord && char.IsLower(text[token.Start]) && k + 2 < limit && tokens[k + 1].Kind == TokenKind.Possessive)
            {
                // "the company's chief executive", "the senator's chief of staff": the owner in lower case is neither the
                // holder's role nor a body the article names.
                k += 2;
            }
            else if (roleWords.Count == 0 && status is null && StatusWords.Contains(text, token) && k > 0 && Lexicon.Determiners.Contains(text, tokens[k - 1]))
            {
                // "a retired air force brigadier": the status stands before the role's modifiers, read past it.
                status = token.Text(text);
                k++;
            }
            else if (Lexicon.TitleWords.Contains(text, token) || Lexicon.RoleNouns.Contains(text, token)
                || (roleWords.Count > 0 && token.Is(text, "of")) || IsRoleModifier(k, roleWords.Count))
            {
                roleWords.Add(token.Text(text));
                k++;
            }
            else if (roleWords.Count > 0 && (token.Is(text, "to") || token.Is(text, "for") || token.Is(text, "at")) && k + 1 < limit
                && (tokens[k + 1].IsCapitalized(text) || tokens[k + 1].Is(text, "the")))
            {
                // "Ilse Marr, the EU chief adviser for the Sahel who …": the posting closes the role, with its connecting
                // words and its acronym ("director at the Office of Ports and Canals (OPC),").
                k++;
                var postingEnd = Math.Min(tokens.Count, k + MaxBodyAppositive);
                var bodyStart = tokens[k].Is(text, "the") ? k + 1 : k;
                while (k < postingEnd && (tokens[k].IsCapitalized(text) || tokens[k].Is(text, "the")
                    || (Connectors.Contains(text, tokens[k]) && k + 1 < postingEnd && tokens[k + 1].IsCapitalized(text))
                    || (tokens[k - 1].IsCapitalized(text) && Lexicon.OrganisationWords.Contains(text, tokens[k]))
                    || (tokens[k].Is(text, '(') && k + 2 < postingEnd && tokens[k + 2].Is(text, ')') && tokens[k + 1].IsCapitalized(text))))
                {
                    // "spokesman for the African Union (AU)": a body the catalogue knows, when it is the whole posting, is
                    // the affiliation ("at the University of Oslo", "the China Institute of …" are no post at a state).
                    if (k == bodyStart && _analysis.Catalogue.TryMatchAlias(text, tokens, k, postingEnd, out var bodyLength, out var body)
                        && body.Kind != ActorKind.Person && !PostingGoesOn(k + bodyLength, postingEnd))
                    {
                        affiliation ??= body.Name;
                        k += bodyLength;
                        continue;
                    }

                    k += tokens[k].Is(text, '(') ? 3 : 1;
                }

                if (k > bodyStart && tokens[k - 1].IsWord)
                {
                    postedTo = text[tokens[bodyStart].Start..tokens[k - 1].End];
                }

                // "… at the Vargas Foundation in São Paulo,": the posting's city closes it too.
                if (k + 1 < postingEnd && tokens[k].Is(text, "in") && tokens[k + 1].IsCapitalized(text))
                {
                    k++;
                    while (k < postingEnd && tokens[k].IsCapitalized(text))
                    {
                        k++;
                    }

                    // "… Mission in Somalia (AUSSOM),": the body's acronym after its city.
                    if (k + 2 < tokens.Count && tokens[k].Is(text, '(') && tokens[k + 2].Is(text, ')') && IsAcronym(text, tokens[k + 1]))
                    {
                        k += 3;
                    }
                }

                break;
            }
            else if (roleWords.Count > 0 && roleWords[^1] == "of" && token.IsWord)
            {
                // "Ilse Marr, a member of the Storting's foreign affairs committee,", "a deputy head of the fisheries
                // directorate,": the body closes the role.
                // "… and Chairman of the Harbour Council": a second office ends the first.
                while (k < tokens.Count && k - after <= MaxBodyAppositive && _analysis.SentenceOf(k) == sentence
                    && (tokens[k].IsWord || tokens[k].Kind == TokenKind.Possessive || IsUnionLocal(_analysis.Text, tokens, k - 2, k))
                    && !_analysis.IsSpeechVerb(k) && !tokens[k].Is(text, "who") && !SecondOffice(k))
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

        var closes = k < tokens.Count && (tokens[k].Is(text, ',') || tokens[k].Is(text, '.') || tokens[k].Is(text, ';') || tokens[k].Is(text, "who") || SecondOffice(k));
        var head = InPortfolio(roleWords) || LowerCasePortfolio(roleWords) ? roleWords[roleWords.IndexOf("of") - 1] : roleWords.FindLast(w => w != "of");
        // "vice-minister", "deputy-governor": a hyphenated office is headed by its last word.
        if (!closes || head is null || !(Lexicon.RoleNouns.Contains(head) || Lexicon.RoleNouns.Contains(head.AsSpan(head.LastIndexOf('-') + 1))) || NameFollows(k))
        {
            return (null, null, null);
        }

        if (status is not null)
        {
            roleWords.Insert(0, status);
        }

        return (Role(roleWords), affiliation, postedTo);
    }

    // Where the portfolio words from `k` end, when the appositive closes after them or a state follows ("of foreign
    // affairs,", "of foreign affairs of Estonia"); 0 when a body's noun follows ("of the fisheries directorate").
    private int PortfolioEnd(int k, int limit)
    {
        var text = _analysis.Text;
        var tokens = _analysis.Tokens;
        var end = k;
        while (end < limit && (SpeakerPhraseParser.PortfolioWords.Contains(text, tokens[end])
            || (end > k && tokens[end].Is(text, "and") && end + 1 < limit && SpeakerPhraseParser.PortfolioWords.Contains(text, tokens[end + 1]))))
        {
            end++;
        }

        return end > k && end < tokens.Count && (tokens[end].Is(text, ',') || tokens[end].Is(text, '.') || tokens[end].Is(text, "of") || tokens[end].Is(text, "who"))
            ? end
            : 0;
    }

    // "minister of foreign affairs": an office, "of", and portfolio words after it.
    private static bool LowerCasePortfolio(List<string> roleWords) =>
        roleWords.IndexOf("of") is > 0 and var of && of + 1 < roleWords.Count && SpeakerPhraseParser.PortfolioWords.Contains(roleWords[of + 1]);

    // "Minister of State for Harbours", "Envoy of the Alliance for Shipping": small words inside a portfolio.
    private static readonly WordSet PortfolioLinks = new("and for the", indexed: false);

    // "Minister of Foreign …": a title, "of", and the portfolio's words so far.
    private static bool InPortfolio(List<string> roleWords) =>
        roleWords.Count >= 2 && roleWords[0].Length > 0 && char.IsUpper(roleWords[0][0]) && roleWords.Contains("of");

    // The state named at `k`, past a determiner and "State of", "Kingdom of": its catalogue name and where it ends.
    private (string? Name, int End) StateNamedAt(int k, int limit)
    {
        var (text, tokens) = (_analysis.Text, _analysis.Tokens);
        if (k < limit && tokens[k].Is(text, "the"))
        {
            k++;
        }

        for (var tries = 0; tries < 2 && k < limit; tries++)
        {
            // The state closes the office: "of the Serbian government's Office" is no office of Serbia's.
            if (_analysis.Catalogue.TryMatchAlias(text, tokens, k, limit, out var length, out var actor) && actor.Kind == ActorKind.Country
                && (k + length >= tokens.Count || !tokens[k + length].IsWord || SecondOffice(k + length)))
            {
                return (actor.Name, k + length);
            }

            // "the State of Kuwait", "the Islamic Republic of Iran".
            var of = k;
            while (of < limit && of - k < 2 && tokens[of].IsCapitalized(text))
            {
                of++;
            }

            if (of == k || of >= limit || !tokens[of].Is(text, "of"))
            {
                break;
            }

            k = of + 1;
        }

        return (null, k);
    }

    // "at Vailele, the Minister of Ports, Ada Quist Tuilagi,": a full name after the role's comma holds the role.
    private bool NameFollows(int comma) =>
        comma + 2 < _analysis.Tokens.Count && _analysis.Tokens[comma].Is(_analysis.Text, ',')
        && Names.IsNamePart(_analysis, comma + 1) && Names.IsNamePart(_analysis, comma + 2);

    // "… and Chairman of the session": "and" before a capitalised title opens a second office.
    private bool SecondOffice(int k)
    {
        var (text, tokens) = (_analysis.Text, _analysis.Tokens);
        return k + 1 < tokens.Count && tokens[k].Is(text, "and") && tokens[k + 1].IsCapitalized(text)
            && (Lexicon.TitleWords.Contains(text, tokens[k + 1]) || Lexicon.RoleNouns.Contains(text, tokens[k + 1]));
    }

    // After a body's name, more of the name: a capitalised word, "of"/"and" before one, or an institution's noun.
    private bool PostingGoesOn(int k, int end)
    {
        var (text, tokens) = (_analysis.Text, _analysis.Tokens);
        return k < end && (tokens[k].IsCapitalized(text) || Lexicon.OrganisationWords.Contains(text, tokens[k])
            || (Connectors.Contains(text, tokens[k]) && k + 1 < end && tokens[k + 1].IsCapitalized(text)));
    }

    // "the harbour director", "the fleet commander", "a retired air force brigadier": one or two lowercase words right
    // after the determiner (and a status word) that run into the role's noun or a rank are part of the role.
    private bool IsRoleModifier(int k, int roleWordsSoFar)
    {
        var (text, tokens) = (_analysis.Text, _analysis.Tokens);
        var before = k - 1 - roleWordsSoFar;
        if (before > 0 && StatusWords.Contains(text, tokens[before]))
        {
            before--;
        }

        if (roleWordsSoFar > 1 || !tokens[k].IsWord || !char.IsLower(text[tokens[k].Start]) || before < 0
            || !(Lexicon.Determiners.Contains(text, tokens[before]) || tokens[before].Kind == TokenKind.Possessive))
        {
            return false;
        }

        var next = k + 1;
        return next < tokens.Count && tokens[next].IsWord && char.IsLower(text[tokens[next].Start])
            && (Lexicon.RoleNouns.Contains(text, tokens[next]) || Lexicon.TitleWords.Contains(text, tokens[next])
                || (roleWordsSoFar == 0 && next + 1 < tokens.Count && IsRoleModifier(next, 1)));
    }

    // A rank or title written short is named in full in the role: "Rear Adm." is a "Rear Admiral".
    private static string Expand(string word) => TitleLexicon.FullForm(word) is { } full ? TitleCase(full) : word;

    public static string? Role(List<string> words)
    {
        words.RemoveAll(w => Honorifics.Contains(w) || Honorifics.Contains(w + "."));
        while (words.Count > 0 && words[0] is "top" or "senior" or "former")
        {
            words.RemoveAt(0);
        }

        while (words.Count > 0 && words[^1] is "of" or "for")
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

            builder.Append(word is "of" or "for" or "the" or "and" or "on" ? word : Expand(TitleCase(word.TrimEnd('.'))));
        }

        return builder.ToString();
    }

    // "foreign" → "Foreign", "secretary-general" → "Secretary-General"; words already capitalised stay as written.
    private static string TitleCase(string word)
    {
        // "d'affaires" stays as French writes it.
        if (word.Length == 0 || (char.IsUpper(word[0]) && !word.Contains('-', StringComparison.Ordinal)) || word.StartsWith("d'", StringComparison.Ordinal))
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
