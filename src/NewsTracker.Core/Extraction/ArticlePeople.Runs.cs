using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Extraction;

// Reading a capitalised run of words: a person's name with their title, affiliation and honorific, or an institution.
internal sealed partial class ArticlePeople
{
    // Bodies named for what they deal with; a state ("Republic of Korea, Ada Quist, and …") is not one.
    private static readonly WordSet PortfolioBodies = new("ministry department office commission committee agency bureau secretariat directorate", indexed: false);

    // A capitalised body word joined by "of" or "for" to what it deals with, within the run so far.
    private static bool BodyOfSubject(string text, List<Token> tokens, int start, int end)
    {
        for (var k = start + 1; k < end - 1; k++)
        {
            if ((tokens[k].Is(text, "of") || tokens[k].Is(text, "for")) && PortfolioBodies.Contains(text, tokens[k - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private int RunEnd(string text, List<Token> tokens, int start)
    {
        var end = start;
        while (end < tokens.Count && !_analysis.InsideQuote(end))
        {
            var token = tokens[end];
            if (end > start && BreaksLine(text, tokens[end - 1].End, token.Start))
            {
                // A name never runs over a line: "18:30 EET" above "Kremlin spokesman …", a byline above the lead.
                break;
            }

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
                && (Names.Particles.Contains(text, token)
                    || (token.Is(text, "of") && (Lexicon.TitleWords.Contains(text, tokens[end - 1]) || Lexicon.OrganisationWords.Contains(text, tokens[end - 1])))
                    || (token.Is(text, "for") && Lexicon.RoleNouns.Contains(text, tokens[end - 1]) && Lexicon.TitleWords.Contains(text, tokens[end - 1]))
                    || (BodysSubject(text, token) && NamesBody(text, tokens, start, end))
                    || (token.Is(text, "and") && SubjectOfBody(text, tokens, start, end)
                        && !_analysis.Catalogue.TryMatchAlias(text, tokens, end + 1, tokens.Count, out _, out _))
                    || (token.Is(text, "and") && SpeakerPhraseParser.PortfolioWords.Contains(text, tokens[end + 1]) && InTitlesPortfolio(text, tokens, start, end))))
            {
                end++;
            }
            else if (end > start && token.Is(text, ',') && BodyOfSubject(text, tokens, start, end) && PortfolioLists.Length(text, tokens, end + 1, tokens.Count) is > 0 and var listed)
            {
                // "the Ministry of Economy, Ports and Fisheries": the commas list the portfolios inside one body's name.
                end += 1 + listed;
            }
            else if (end > start && end + 2 < tokens.Count && BodysSubject(text, token) && tokens[end + 1].Is(text, "the")
                && tokens[end + 2].IsCapitalized(text) && NamesBody(text, tokens, start, end))
            {
                // "the Office for the Return of Displaced Families": one body's name.
                end += 2;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    // "Minister of Ports and Fisheries …": the run so far is a title's portfolio, where "and" joins its words.
    private static bool InTitlesPortfolio(string text, List<Token> tokens, int start, int end)
    {
        // The word before "and" is a portfolio's ("… of Foreign Affairs and …") or the one word after "of" ("… of Ports and …"),
        // not a holder's name ("Minister of Defence Ivo Marsh and Foreign Minister …").
        if (!SpeakerPhraseParser.PortfolioWords.Contains(text, tokens[end - 1]) && !(end - 2 > start && BodysSubject(text, tokens[end - 2])))
        {
            return false;
        }

        for (var k = start; k + 1 < end - 1; k++)
        {
            if (Lexicon.TitleWords.Contains(text, tokens[k]) && BodysSubject(text, tokens[k + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool BodysSubject(string text, Token token) => token.Is(text, "of") || token.Is(text, "for");

    // Whether the run so far is a body's name: a capitalised head word ("Headquarters", "Council", "Agency") and no
    // title or first name ("Chief Inspector Ada Holm of Harbour Police" is a person's).
    private static bool NamesBody(string text, List<Token> tokens, int start, int end) => BodyHead(text, tokens, start, end) >= 0;

    // "Ministry of Energy and …": the run is inside a body's subject, where "and" joins its words.
    private static bool SubjectOfBody(string text, List<Token> tokens, int start, int end) =>
        BodyHead(text, tokens, start, end) is >= 0 and var head && head + 1 < end && BodysSubject(text, tokens[head + 1]);

    private static int BodyHead(string text, List<Token> tokens, int start, int end)
    {
        var head = -1;
        for (var k = start; k < end; k++)
        {
            if (tokens[k].IsCapitalized(text) && (Lexicon.TitleWords.Contains(text, tokens[k]) || FirstNames.Of(tokens[k].Span(text)) != Gender.Unknown))
            {
                return -1;
            }

            if (tokens[k].IsCapitalized(text) && Lexicon.OrganisationWords.Contains(text, tokens[k]))
            {
                head = k;
            }
        }

        return head;
    }

    private const int MaxBylineTokens = 12;

    private static readonly WordSet PluralOpeners = new("hosts co-hosts presenters anchors moderators panellists panelists guests", indexed: false);

    private bool IsByline(int start)
    {
        var (text, tokens) = (_analysis.Text, _analysis.Tokens);
        // Back over the writers named before this one on the line: "By Ada Quist and Ivo Brand", "By Ada Quist, Ivo Brand"
        // (a name's word may open in lower case: "al-Harthy").
        var by = start;
        while (by > 0 && !tokens[by].Is(text, "By") && start - by < MaxBylineTokens && !BreaksLine(text, tokens[by - 1].End, tokens[by].Start)
            && (Names.HasCapital(tokens[by - 1].Span(text)) || tokens[by - 1].Is(text, "and") || tokens[by - 1].Is(text, ',') || tokens[by - 1].Is(text, '&')))
        {
            by--;
        }

        return tokens[by].Is(text, "By") && char.IsUpper(text[tokens[by].Start])
            && (by == 0 || BreaksLine(text, tokens[by - 1].End, tokens[by].Start));
    }

    // "workers in", "a court near": a lower-case noun and a preposition of place before a capitalised run.
    private bool AfterGroupsPlace(int runStart)
    {
        var text = _analysis.Text;
        var tokens = _analysis.Tokens;
        return runStart >= 2 && Locatives.Contains(text, tokens[runStart - 1]) && tokens[runStart - 2].IsWord
            && char.IsLower(text[tokens[runStart - 2].Start]) && !_analysis.IsSpeechVerb(runStart - 2);
    }

    // One common word before a minister's, secretary's, commissioner's or judge's title is the office's portfolio or court; a name the
    // catalogue knows stopped the run before, and an acronym is a body ("FCO Secretary").
    private bool IsPortfolioBeforeTitle(int word, int title)
    {
        var text = _analysis.Text;
        var tokens = _analysis.Tokens;
        return title == word + 1 && PortfolioTitles.Contains(text, tokens[title]) && !Names.IsAllCaps(tokens[word].Span(text))
            && !Lexicon.OrganisationWords.Contains(text, tokens[word]);
    }

    private bool NamesBodyOfHolder(int start, int end)
    {
        var text = _analysis.Text;
        var tokens = _analysis.Tokens;
        var k = end;
        while (k < tokens.Count && k - end < 3 && tokens[k].Kind == TokenKind.Word && char.IsLower(text[tokens[k].Start])
            && (Lexicon.RoleNouns.Contains(text, tokens[k]) || Lexicon.TitleWords.Contains(text, tokens[k])))
        {
            k++;
        }

        return k > end && k < tokens.Count && Lexicon.RoleNouns.Contains(text, tokens[k - 1]) && tokens[k].IsCapitalized(text)
            && !_analysis.InsideQuote(k) && FirstNames.Of(tokens[start].Span(text)) == Gender.Unknown;
    }

    private static bool BreaksLine(string text, int from, int to) => text.AsSpan(from, to - from).Contains('\n');

    internal static bool IsUnionLocal(string text, List<Token> tokens, int start, int end) =>
        end - start >= 2 && end < tokens.Count && tokens[end - 1].Is(text, "Local") && tokens[end].Kind == TokenKind.Number;

    private void AnalyseRun(int start, int end)
    {
        // Where the run began before acronyms or a party word were set aside: "of BNP Paribas Fortis" stands after "of".
        var runStart = start;
        var text = _analysis.Text;
        var tokens = _analysis.Tokens;
        var catalogue = _analysis.Catalogue;
        // "the Freedonian embassy in Harbourtown": the city names the mission; it is nobody.
        if (start >= 2 && tokens[start - 1].Is(text, "in") && Lexicon.DiplomaticPosts.Contains(text, tokens[start - 2]))
        {
            return;
        }

        // "By Ailsa Marwick | Nordvik": the byline names the writer, who is quoted by nobody and no one's "he" or "she".
        if (IsByline(start))
        {
            return;
        }

        // "Ada Quist (PN–Kubang Kerian)": the seat in a member's party bracket is a place.
        if (InPartyBracket(start, end))
        {
            return;
        }


        if (BodyApposedBefore(start) is { } body)
        {
            Organisations.Add((start, text[tokens[start].Start..tokens[end - 1].End], body));
            return;
        }

        // "United Steelworkers Local 8888": a union's local is named by its number; a later "the union" is it.
        if (IsUnionLocal(text, tokens, start, end))
        {
            Organisations.Add((start, text[tokens[start].Start..tokens[end].End], "union"));
            return;
        }

        if (NewspaperBefore(start, end) is { } newspaper)
        {
            // "the daily Tageblatt said", "Freedonia's largest daily, Morgenpost,": a news outlet, for a later "the paper".
            Organisations.Add((start, text[tokens[start].Start..tokens[end - 1].End], newspaper));
            return;
        }

        if (end - start > 1 && StateThenName(start, end, out var state) is > 0 and var holderStart)
        {
            // "Minister of Ports of the Republic of Freedonia Ada Quist": the state closes the title, the holder follows.
            Organisations.Add((start, text[tokens[start].Start..tokens[holderStart - 1].End], tokens[start].Text(text)));
            var holder = AddOrUpdate(text[tokens[holderStart].Start..tokens[end - 1].End], TitleBeforeState(start), state, Gender.Unknown);
            holder.Confirmed = true;
            AddMention(holderStart, holder);
            return;
        }

        if (end - start > 1 && InstitutionHead(start, end) is { } institutionHead)
        {
            if (OfficerAfterPortfolio(start, end) is > 0 and var officer)
            {
                AnalyseRun(start, officer);
                AnalyseRun(officer, end);
                // "Vice Chair of the Assembly of Deputies Ali Sani": the title before the body is the holder's role.
                if (TitleOfBefore(start) is { } title && Mentions.Count > 0 && Mentions[^1].TokenIndex == officer)
                {
                    Mentions[^1].Person.Role ??= title;
                }

                return;
            }

            // "the Chinese Foreign Ministry", "the Ministry of Commerce", "the Sahara Ghost Unit": an institution,
            // remembered for a later "the ministry". A catalogue name keeps its first word ("the European Commission",
            // not "Commission"), and so does an adjective that opens names ("the Global Lantern", "the National Guard").
            var from = start;
            while (from < end - 1 && Lexicon.CommonCapitalised.Contains(text, tokens[from]) && !Lexicon.TitleWords.Contains(text, tokens[from])
                && !InstitutionOpeners.Contains(text, tokens[from]) && !catalogue.TryMatchAlias(text, tokens, from, end, out _, out _))
            {
                from++;
            }

            // "the Freedonian Embassy in Harbourtown": the city belongs to the mission's name.
            var nameEnd = end;
            if (Lexicon.DiplomaticPosts.Contains(institutionHead) && end + 1 < tokens.Count && tokens[end].Is(text, "in") && tokens[end + 1].IsCapitalized(text))
            {
                nameEnd = RunEnd(text, tokens, end + 1);
            }

            // "Norway's Fisheries Ministry": the state that owns it belongs to its name ("Norwegian Fisheries Ministry").
            var institution = text[tokens[from].Start..tokens[nameEnd - 1].End];
            if (from == start && KnownOwnerBefore(start) is { } owner && catalogue.FindByName(owner) is { Kind: ActorKind.Country } ownerState
                && StateBodies.IsBareInstitution(institution))
            {
                institution = StateBodies.Qualified(institution, ownerState, catalogue);
            }

            Organisations.Add((from, institution, institutionHead));
            return;
        }

        if (NamesBodyOfHolder(start, end))
        {
            // "National Rally lawmaker Per Lund", "North Shore Mornings presenter Tom Berg": the run is the body the
            // holder named next speaks for (PrecedingRole), nobody itself.
            return;
        }

        // "PPP MNA Mehreen Zaidi": party and office acronyms before a name are affiliation, not name.
        while (start < end - 2 && IsAcronym(text, tokens[start]) && !catalogue.TryMatchAlias(text, tokens, start, end, out _, out _))
        {
            start++;
        }

        // "the Ohio Republican", "Democrat Ada Quist": a party word describes a person; it is no name, nor part of one.
        // Nor is a US state ("Sen. Tom Berrow of Tennessee").
        if (PartyLexicon.IsPartyWord(text, tokens[end - 1]) || PartyLexicon.StateNamed(text.AsSpan(tokens[start].Start, tokens[end - 1].End - tokens[start].Start)) is not null)
        {
            return;
        }

        while (start < end - 1 && PartyLexicon.IsPartyWord(text, tokens[start]))
        {
            start++;
        }

        string? affiliation = null;
        var roleWords = new List<string>();
        var gender = Gender.Unknown;
        var honorific = false;
        var namedAfter = -1;
        var posting = false;
        var k = start;
        while (k < end)
        {
            var token = tokens[k];
            if (posting && namedAfter < 0 && IsPostingWord(k, end))
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
                namedAfter = k + 1 < end && tokens[k + 1].Is(text, '.') ? k + 2 : k + 1;
                gender = Lexicon.MaleCues.Contains(text, token) ? Gender.Male
                    : Lexicon.FemaleCues.Contains(text, token) ? Gender.Female
                    : gender;
                k++;
                continue;
            }

            // "Lawyer Aleksandrs Gusevs" opening a sentence: a role noun before a name of two words is a role too.
            // So is a noun for a person's trade before a first name: "Farmer Ilse Moravec".
            var roleBeforeName = k == start && end - k >= 3 && FirstNames.Of(token.Span(text)) == Gender.Unknown
                && (Lexicon.RoleNouns.Contains(text, token)
                    || (PeopleNouns.IsTrade(text, token) && FirstNames.Of(tokens[k + 1].Span(text)) != Gender.Unknown));
            if ((Lexicon.TitleWords.Contains(text, token) && !Names.IsAcronymNotTitle(_analysis, k, end)) || roleBeforeName
                || ((token.Is(text, "of") || token.Is(text, "for")) && roleWords.Count > 0))
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

            // "Hosts Ada Quist and Ben Holm talk to …": the people a sentence opens on are named after their plural.
            if (k == start && PluralOpeners.Contains(text, token))
            {
                k++;
                continue;
            }

            // "Retired Norwegian Colonel …": a holder's status is neither body nor title.
            if (roleWords.Count == 0 && affiliation is null && StatusWords.Contains(text, token))
            {
                k++;
                continue;
            }

            if (Lexicon.CommonCapitalised.Contains(text, token) && roleWords.Count == 0 && !Names.IsFirstNameBeforeName(_analysis, k)
                && !(InstitutionOpeners.Contains(text, token) && TitleAfterInstitution(k, end) > 0)
                && !(Ordinals.Contains(text, token) && TitleAfterInstitution(k, end) > k + 1))
            {
                affiliation = null;
                k++;
                continue;
            }

            // "Bundesbank President Jonas Weller", "IMF Managing Director Clara Dunmore": words the catalogue does not
            // know before a title are the holder's institution, or part of the title after a known one (unless they
            // end in an institution word: "African Union Commission Chairperson").
            if (TitleAfterInstitution(k, end) is > 0 and var title)
            {
                var words = text[tokens[k].Start..tokens[title - 1].End];
                if (roleWords.Count > 0)
                {
                    // "Chief Cabinet Secretary Emiko Sato": a body between the words of one title belongs to it.
                    roleWords.Add(words);
                }
                else if (IsPortfolioBeforeTitle(k, title))
                {
                    // "Sports Minister Ada Quist", "Treasury Secretary Karl Venn": the word is the office, not a body.
                    roleWords.Add(words);
                }
                else if (affiliation is null)
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

            // "Supreme Allied Commander Europe Dale Ward": the command closes the title; the holder's name follows it.
            if (roleWords.Count > 0 && TitleLexicon.Commands.Contains(text, token) && end - k >= 3 && Names.IsFirstNameBeforeName(_analysis, k + 1))
            {
                roleWords.Add(token.Text(text));
                k++;
                continue;
            }

            break;
        }

        // "Minister of Ports and Fisheries Mr Ali Sani": an honorific further on says where the holder's name begins; the
        // words before it are the title's.
        for (var h = k + 1; roleWords.Count > 0 && namedAfter < 0 && h < end - 1; h++)
        {
            if (Honorifics.Contains(text, tokens[h]))
            {
                roleWords.AddRange(tokens[k..h].Select(t => t.Text(text)));
                gender = Lexicon.MaleCues.Contains(text, tokens[h]) ? Gender.Male : Lexicon.FemaleCues.Contains(text, tokens[h]) ? Gender.Female : gender;
                honorific = true;
                k = namedAfter = tokens[h + 1].Is(text, '.') ? h + 2 : h + 1;
            }
        }

        var nameStart = k;
        if (nameStart >= end)
        {
            return;
        }

        if (IsPortfolio(start, nameStart, roleWords))
        {
            // "Deputy Minister of Ports Karin Holm said": the holder may close the portfolio's run; "… and International
            // Cooperation Hon. Ada Quist": an honorific says where the holder's name begins.
            var holder = HolderAfterPortfolio(nameStart, end);
            if (holder <= 0)
            {
                return;
            }

            // "Minister for European Affairs": the portfolio's own words join the role, up to the first that is not one.
            for (var p = nameStart; p < holder && namedAfter != nameStart && roleWords.Count > 0
                && (SpeakerPhraseParser.PortfolioWords.Contains(text, tokens[p])
                    || (tokens[p].Is(text, "and") && p + 1 < holder && SpeakerPhraseParser.PortfolioWords.Contains(text, tokens[p + 1]))); p++)
            {
                roleWords.Add(tokens[p].Text(text));
            }

            nameStart = namedAfter == nameStart ? nameStart : holder;
        }

        // "Ministry of Defence", "the Rhine Chronicle": an institution or a news outlet, never a person; "the Council for the
        // Return of Exiles" is named by its head word.
        if ((Lexicon.OrganisationWords.Contains(text, tokens[end - 1]) || Lexicon.OutletWords.Contains(text, tokens[end - 1])) && end - nameStart >= 1)
        {
            var head = tokens[end - 1].Text(text);
            Organisations.Add((nameStart, text[tokens[nameStart].Start..tokens[end - 1].End], head));
            return;
        }

        if (BodyHead(text, tokens, nameStart, end) is >= 0 and var bodyHead && bodyHead + 1 < end && BodysSubject(text, tokens[bodyHead + 1]))
        {
            Organisations.Add((nameStart, text[tokens[nameStart].Start..tokens[end - 1].End], tokens[bodyHead].Text(text)));
            return;
        }

        // "Shimane Prefecture", "Kherson Oblast", "San José", "Port Moresby": a place, never a person.
        if (end - nameStart >= 2 && ((Lexicon.PlaceNouns.Contains(text, tokens[end - 1]) && !tokens[end - 1].Is(text, "State"))
            || Lexicon.PlaceOpeners.Contains(text, tokens[nameStart])))
        {
            return;
        }

        // "Halden Minerals", "Nordvik Energy": a name ending in a sector word, with no title and no first name, is a
        // company; with a title the word is a portfolio ("Energy Minister Lars Holm").
        if (roleWords.Count == 0 && end - nameStart >= 2 && CompanyLexicon.IsSectorWord(tokens[end - 1].Span(text))
            && FirstNames.Of(tokens[nameStart].Span(text)) == Gender.Unknown && !Names.IsFirstNameBeforeName(_analysis, nameStart))
        {
            Organisations.Add((nameStart, text[tokens[nameStart].Start..tokens[end - 1].End], tokens[end - 1].Text(text)));
            return;
        }

        // "the Geneva Centre for Conflict Studies": a subject ending in a common noun is no person; nor is "Analysts" or
        // "Officials" opening a sentence.
        if (Lexicon.CommonNouns.Contains(text, tokens[end - 1]) || (end - nameStart == 1 && Lexicon.AnonymousHeads.Contains(text, tokens[nameStart])))
        {
            return;
        }

        // "the Ministry of Ports", "the Institute for the Study of Ports": what an institution deals with, not a person.
        // "… Ports and Fisheries Berik Tazhimov said": a surname's ending still makes a person.
        if (nameStart == start && roleWords.Count == 0 && FirstNames.Of(tokens[nameStart].Span(text)) == Gender.Unknown && InstitutionBefore(_analysis, start, 0)
            && !(end - nameStart >= 2 && SurnameEndings.Of(tokens[end - 1].Span(text)) != Gender.Unknown))
        {
            return;
        }

        for (var n = nameStart; n < end; n++)
        {
            if (!(Names.IsNamePart(_analysis, n) || (n > nameStart && (Names.IsParticle(_analysis, n) || Names.Particles.Contains(text, tokens[n]))))
                || catalogue.TryMatchAlias(text, tokens, n, end, out _, out _))
            {
                return;
            }
        }

        var nameTokens = end - nameStart;
        var name = text[tokens[nameStart].Start..tokens[end - 1].End];
        var (appositiveRole, appositiveAffiliation, postedTo) = Appositive(end);
        // The office right before a rank names the role: "Harbour Office spokesman Col. Ivo Marsh" is the spokesman
        // (an apposed one, "Freedonia's chief negotiator, Deputy Minister Ivo Marsh,", does not override the title).
        var (precedingRole, precedingAffiliation) = roleWords.Count == 0 || (start > 0 && !tokens[start - 1].Is(text, ','))
            ? PrecedingRole(start) : (null, null);
        // "Niger's ambassador, Colonel Ali Sani,": the office apposed before the rank is held too, as a post.
        var (apposedOffice, apposedAffiliation) = roleWords.Count > 0 && start > 0 && tokens[start - 1].Is(text, ',')
            ? PrecedingRole(start) : (null, null);
        var titleRole = Role(roleWords);
        // "the Minister of Ports, Amb. Ali Sani,": a second office before the name is a courtesy for one once
        // held; the apposed office is the one he holds.
        if (apposedOffice is not null && titleRole is not null && TitleLexicon.AreOtherOffices(apposedOffice, titleRole))
        {
            (titleRole, apposedOffice) = (apposedOffice, null);
        }

        var role = precedingRole ?? titleRole ?? appositiveRole;
        // "The Minister of Ports, Ali Sani, and his Freedonian counterpart, Ivo Marsh,": a counterpart holds the same office.
        if (role is not null && role.EndsWith("counterpart", StringComparison.OrdinalIgnoreCase) && Mentions.Count > 0
            && Mentions[^1] is var before && _analysis.SentenceOf(before.TokenIndex < 0 ? 0 : before.TokenIndex) == _analysis.SentenceOf(nameStart)
            && before.Person.Role is { } counterparts)
        {
            role = counterparts;
        }
        affiliation ??= precedingAffiliation ?? appositiveAffiliation ?? apposedAffiliation ?? (roleWords.Count > 0 ? OwnerBefore(start) : KnownOwnerBefore(start));
        if (gender == Gender.Unknown)
        {
            gender = nameTokens > 1 ? FirstNames.Of(tokens[nameStart].Span(text)) : Gender.Unknown;
        }

        if (gender == Gender.Unknown && role is not null)
        {
            gender = Genders.OfRole(role);
        }

        // "Quick Response 2027", "Steadfast Dart 2026": an exercise or an event named with its year is nobody.
        if (role is null && !honorific && YearFollows(end))
        {
            return;
        }

        ArticlePerson? person;
        // "Hamad bin Said Al Harthy": particles make a name long, not its words.
        if (nameTokens > 1 && nameTokens - ParticleCount(nameStart, end) <= 5)
        {
            // Two or more capitalised words are a person unless they stand where a place or a thing stands:
            // after "in", "from", "the" ("in Khan Younis", "the Nord Stream pipeline"). A known first name,
            // a title or a speech verb outweighs that.
            // "Dock workers in Vila Nova said": the verb is the workers', so it is no evidence for their place.
            var groupsPlace = AfterGroupsPlace(runStart);
            var evidence = gender != Gender.Unknown || role is not null || honorific || (_analysis.SpeechVerbFollows(end) && !groupsPlace);
            var placeLike = AfterPlaceWord(runStart, nameStart);
            var known = FindFullName(name);
            if ((known is null || !known.Confirmed) && placeLike && !evidence)
            {
                if (known is null && groupsPlace)
                {
                    return;
                }

                // Remember it, so a later "Younis said" can still find it, but give it no pronouns.
                var weak = AddOrUpdate(name, role, affiliation, gender);
                weak.Confirmed = false;
                weak.LastMention = nameStart;
                return;
            }

            // "Ní Dhomhnaill" after "Aoife Ní Dhomhnaill": a surname with its particle is the person named in full.
            // "Quaresmão d'Alva" after "Venceslau Quaresmão d'Alva": so is a surname of two words ending in an elided particle's.
            if (known is null && nameTokens == 2 && (Names.OpensWithParticle(tokens[nameStart].Span(text)) || Names.IsElidedParticleName(tokens[end - 1].Span(text)))
                && FullNameEndingIn(name) is { } full)
            {
                person = full;
            }
            else if (known is null && role is null && FullNameOpeningWith(name) is { } longer)
            {
                // "Hairul Azman said" after "Hairul Azman Rejab": the same person by the first words of the name.
                person = longer;
            }
            else
            {
                // "Dilnoza Yusupova": a surname with a female and a male form tells what an unknown first name does not.
                person = AddOrUpdate(name, role, affiliation, gender == Gender.Unknown ? SurnameEndings.Of(tokens[nameStart].Span(text), tokens[end - 1].Span(text)) : gender);
                person.Confirmed = true;
            }
        }
        else if (nameTokens == 1)
        {
            // "Aid workers in Harbourtown said": one capitalised word after "in" is where they are, not who speaks; after
            // "the" ("the envoy for the Nile said") it is a thing or a place.
            var afterPlaceWord = AfterPlaceWord(runStart, nameStart);
            // "grid operator Ternova", "the daily Nordposten": a company or a paper named after its common noun;
            // "Supreme Commander Europe": a region or a portfolio closing a title; "on Telegram": a platform.
            // "Minister for Defence Production,": one word after a portfolio continues it.
            // "Ambassador to Freedonia,": one word after a posting is where the holder is posted.
            // "built by State Grid": a word that only qualifies a post ("State", "Senior") before one word titles nobody.
            if (SpeakerPhraseParser.PortfolioWords.Contains(text, tokens[nameStart]) || Lexicon.Platforms.Contains(text, tokens[nameStart])
                || roleWords.Exists(w => w is "of" or "for") || posting || (!honorific && TitleLexicon.OnlyQualify(roleWords)))
            {
                return;
            }

            if (runStart > 0 && CompanyLexicon.IsCompanyOrPaperNoun(_analysis, runStart - 1))
            {
                return;
            }

            // "a grandmother named Liv": the introduction says she is a person, and which; so does an age, "Tomas, 41,"
            // or "Tomas, a 41-year-old teacher".
            var introduced = PeopleNouns.Introducing(_analysis, runStart);
            // "Ostap, a retired mechanic,", "Oksana hands out kits": a known first name described as a person, or the subject
            // of its sentence's verb, is someone the feature names by that name alone, of the gender the name tells when the
            // noun does not ("her neighbour Ostap").
            if (nameStart == runStart && FirstNames.Of(tokens[nameStart].Span(text)) is not Gender.Unknown and var firstNameGender)
            {
                introduced ??= PeopleNouns.DescribedAfter(_analysis, end) ?? (OpensSentenceAsSubject(nameStart, end) ? Gender.Unknown : null);
                introduced = introduced == Gender.Unknown ? firstNameGender : introduced;
            }

            // "the Texan", "the retired Ranger", "the Chief Islander": one word described after an article is what someone
            // is, not their name, unless it is the surname of someone the article named in full.
            if (!honorific && introduced is null && AfterArticle(nameStart) && FindSurname(name).Count == 0)
            {
                return;
            }

            person = ResolveSingleName(name, role, affiliation, introduced is { } given && gender == Gender.Unknown ? given : gender, end,
                honorific || introduced is not null || (!afterPlaceWord && Ages.FollowAt(_analysis, end)), afterPlaceWord);
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

            // "Gen. Piet Smit, the fleet commander,": the rank is the role, the appositive's office is held too.
            if ((appositiveRole ?? apposedOffice) is { } office && !string.Equals(person.Role, office, StringComparison.OrdinalIgnoreCase))
            {
                person.Post ??= office;
            }

            person.PostedTo ??= postedTo;
        }
    }

    // "Oksana hands out kits", "At the hub, Ostap has no plans": the name opens its sentence, or its clause after an opening
    // phrase, and a finite verb follows it.
    private bool OpensSentenceAsSubject(int nameStart, int end)
    {
        var (text, tokens) = (_analysis.Text, _analysis.Tokens);
        if (end >= tokens.Count || !tokens[end].IsWord || !char.IsLower(text[tokens[end].Start])
            || !(_analysis.SentenceStart(nameStart) == nameStart || (nameStart > 0 && tokens[nameStart - 1].Is(text, ','))))
        {
            return false;
        }

        var verb = tokens[end].Span(text);
        return verb is "is" or "was" or "has" or "had" || (verb.Length > 3 && (verb.EndsWith("s", StringComparison.Ordinal) || verb.EndsWith("ed", StringComparison.Ordinal)));
    }

    // The name stands where a place or a thing does: after "in", "from", "the" before its run, or after a sentence's
    // opening "In" that the capitalised run took in ("In Vila Nova, the fishermen …").
    private bool AfterPlaceWord(int runStart, int nameStart)
    {
        var (text, tokens) = (_analysis.Text, _analysis.Tokens);
        return (runStart > 0 && (PlaceBefore(text, tokens[runStart - 1]) || ThingWords.Contains(text, tokens[runStart - 1])))
            || (nameStart == runStart + 1 && _analysis.SentenceStart(runStart) == runStart && PlaceWords.Contains(text, tokens[runStart]));
    }

    private bool YearFollows(int end)
    {
        var tokens = _analysis.Tokens;
        return end < tokens.Count && tokens[end].Kind == TokenKind.Number && tokens[end].Length == 4
            && tokens[end].Span(_analysis.Text) is ['1', '9', _, _] or ['2', '0', _, _] && !BreaksLine(_analysis.Text, tokens[end - 1].Start, tokens[end].Start);
    }

    // Whether an article stands before the word at `at`, with at most two words of description or title between.
    internal bool AfterArticle(int at)
    {
        var (text, tokens) = (_analysis.Text, _analysis.Tokens);
        for (var k = at - 1; k >= 0 && at - k <= 3 && tokens[k].IsWord; k--)
        {
            if (Articles.Contains(text, tokens[k]))
            {
                return true;
            }

            // "the taxi driver Domingas": a noun for a person's trade or role introduces the name.
            if ((!char.IsLower(text[tokens[k].Start]) && !Lexicon.TitleWords.Contains(text, tokens[k]))
                || (char.IsLower(text[tokens[k].Start]) && (Lexicon.RoleNouns.Contains(text, tokens[k]) || PeopleNouns.IsTrade(text, tokens[k]))))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly WordSet Articles = new("the a an", indexed: false);

    private bool InPartyBracket(int start, int end)
    {
        var (text, tokens) = (_analysis.Text, _analysis.Tokens);
        var open = start - 1;
        while (open >= 0 && start - open <= 3 && !tokens[open].Is(text, '('))
        {
            open--;
        }

        return open >= 0 && start - open <= 3 && end < tokens.Count && tokens[end].Is(text, ')')
            && PartyLexicon.IsPartyBracket(text[tokens[open + 1].Start..tokens[end - 1].End]);
    }

    // The newspaper noun a name stands right after ("the daily Tageblatt", "the largest daily, Morgenpost,"), when the
    // name ends its phrase or speaks next; "the weekly Cabinet meeting" names no paper.
    private string? NewspaperBefore(int start, int end)
    {
        var text = _analysis.Text;
        var tokens = _analysis.Tokens;
        var noun = start >= 1 && tokens[start - 1].Is(text, ',') ? start - 2 : start - 1;
        if (noun < 1 || !Lexicon.NewspaperNouns.Contains(text, tokens[noun]) || !char.IsLower(text[tokens[noun].Start]))
        {
            return null;
        }

        // "A reporter at the same daily, Jon Berg,": after a preposition the name is apposed to someone else.
        for (var k = noun - 1; noun == start - 2 && k >= Math.Max(0, noun - 4) && tokens[k].IsWord; k--)
        {
            if (PlaceWords.Contains(text, tokens[k]) || tokens[k].Is(text, "for") || tokens[k].Is(text, "with") || tokens[k].Is(text, "by") || tokens[k].Is(text, "same"))
            {
                return null;
            }
        }

        // "the daily Morgenpost was the first to react": the name ends before a verb; "the daily Morgenpost reporter Jon Berg"
        // names a person of the paper.
        var closed = end == tokens.Count || tokens[end].Is(text, ',') || tokens[end].Is(text, '.') || tokens[end].Is(text, ';');
        var verbNext = end < tokens.Count && tokens[end].Kind == TokenKind.Word && char.IsLower(text[tokens[end].Start])
            && !Lexicon.RoleNouns.Contains(text, tokens[end]) && !Lexicon.TitleWords.Contains(text, tokens[end]);
        return closed || verbNext || _analysis.IsSpeechVerb(end) ? tokens[noun].Text(text).ToLowerInvariant() : null;
    }

    private int ParticleCount(int from, int to)
    {
        var count = 0;
        for (var k = from; k < to; k++)
        {
            count += Names.IsParticle(_analysis, k) ? 1 : 0;
        }

        return count;
    }

    // Where the holder's name starts in "Republic of Freedonia Ada Quist": after a state the catalogue knows, opened by
    // "Republic of" or "Kingdom of" (and up to two words before: "Oriental Republic of"), two or three
    // capitalised words that are no institution; 0 when the run is not so.
    private int StateThenName(int start, int end, out string? stateName)
    {
        stateName = null;
        var (text, tokens) = (_analysis.Text, _analysis.Tokens);
        // "Republic of Latvia", "Oriental Republic of Uruguay": up to two words before "Republic".
        var republic = start;
        while (republic < start + 2 && republic < end && !(tokens[republic].Is(text, "Republic") || tokens[republic].Is(text, "Kingdom")))
        {
            republic++;
        }

        if (end - republic < 5 || !(tokens[republic].Is(text, "Republic") || tokens[republic].Is(text, "Kingdom")) || !tokens[republic + 1].Is(text, "of"))
        {
            return 0;
        }

        var nameFrom = tokens[republic + 2].Is(text, "the") ? republic + 3 : republic + 2;
        for (var k = nameFrom; k < end - 1; k++)
        {
            // "… of the Republic of Latvia Dr. Ilse Anna Varga": an honorific may open the holder's name.
            var holder = k + 1;
            if (holder + 1 < end && Honorifics.Contains(text, tokens[holder]))
            {
                holder += tokens[holder + 1].Is(text, '.') ? 2 : 1;
            }

            if (((_analysis.Catalogue.TryMatchAlias(text, tokens, nameFrom, k + 1, out var length, out var state) && length == k + 1 - nameFrom)
                    || (_analysis.Catalogue.TryMatchAlias(text, tokens, start, k + 1, out length, out state) && length == k + 1 - start))
                && state.Kind == ActorKind.Country && end - holder is >= 2 and <= 4
                && !Lexicon.OrganisationWords.Contains(text, tokens[end - 1]))
            {
                stateName = state.Name;
                return holder;
            }
        }

        return 0;
    }

    // "Minister of Energy of the": the title whose state the run opens, read back from "of the" before it.
    private string? TitleBeforeState(int start)
    {
        var (text, tokens) = (_analysis.Text, _analysis.Tokens);
        var k = start - 1;
        if (k >= 0 && tokens[k].Is(text, "the"))
        {
            k--;
        }

        if (k < 1 || !tokens[k].Is(text, "of"))
        {
            return null;
        }

        var last = k - 1;
        var first = last;
        while (first - 1 >= 0 && last - first < 5 && !BreaksLine(text, tokens[first - 1].End, tokens[first].Start)
            && (tokens[first - 1].IsCapitalized(text) || tokens[first - 1].Is(text, "of")))
        {
            first--;
        }

        while (first <= last && !Lexicon.TitleWords.Contains(text, tokens[first]))
        {
            first++;
        }

        return first <= last && _analysis.SentenceOf(first) == _analysis.SentenceOf(start) ? text[tokens[first].Start..tokens[last].End] : null;
    }
}
