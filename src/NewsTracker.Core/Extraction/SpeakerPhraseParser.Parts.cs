using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Extraction;

// The words of a speaker phrase sorted into roles, names, affiliation and organisation.
internal static partial class SpeakerPhraseParser
{
    private static readonly WordSet MemberDeterminers = new("the a an his her their another", indexed: false);

    private sealed class Parts
    {
        public List<string> RoleWords { get; } = [];

        public List<string> NameTokens { get; } = [];

        public string? Affiliation { get; set; }

        public ActorKind? AffiliationKind { get; set; }

        public string? PersonAlias { get; set; }

        public bool HasOrganisationWord { get; set; }

        public bool Indefinite { get; set; }

        // The words open a relative clause: "who ran the bond desk at Halden Bank".
        public bool Relative { get; set; }

        public bool PluralAnonymous { get; set; }

        // "the Baltic states", "the Nordic countries": a group of states that speaks as one. Read as an institution so its
        // reported clause is found; the name check then keeps it as written and makes no actor of a plural noun phrase.
        public bool GroupOfStates { get; set; }

        public bool HeadIsRole { get; set; }

        public bool InPortfolio { get; set; }

        // "the Board's chairman": the title follows an institution's possessive, so the title is the head.
        public bool RoleAfterPossessive { get; set; }

        // "Ambassador to Norway": the words of the posting until the name.
        public bool InPosting { get; set; }

        // "Equinor's spokesman, Kari Lund": the name before a possessive owns the title that follows.
        public string? Owner { get; set; }

        // "Joint Chiefs of Staff", "Foreign Ministry": a capitalised institution word makes the run an institution.
        public bool HasCapitalisedOrganisationWord { get; set; }

        // "the ministry's spokesman, Dr. Khalid Al Kuwari,": an appositive adds its name, role and affiliation.
        public void Absorb(Parts appositive)
        {
            // "The 58-year-old mayor, a former harbour master of Eastport,": an indefinite appositive describes the
            // speaker; its capitalised words (a place, a posting) are no name for it.
            // "The former trader, who ran the bond desk at Halden Bank,": the names in a relative clause are
            // other people's and other things', never the speaker's.
            if (NameTokens.Count == 0 && PersonAlias is null && !appositive.Relative
                && !(appositive.Indefinite && appositive.PersonAlias is null && RoleWords.Count > 0))
            {
                NameTokens.AddRange(appositive.NameTokens);
                PersonAlias = appositive.PersonAlias;
                Indefinite &= appositive.NameTokens.Count == 0 && appositive.PersonAlias is null;
            }

            RoleWords.AddRange(appositive.RoleWords);
            Affiliation ??= appositive.Affiliation;
            HasOrganisationWord |= appositive.HasOrganisationWord && NameTokens.Count == 0;
        }

        private static bool AllLowerWords(ArticleAnalysis a, int from, int end)
        {
            for (var n = from; n < end; n++)
            {
                if (!a.Tokens[n].IsWord || !char.IsLower(a.Text[a.Tokens[n].Start]))
                {
                    return false;
                }
            }

            return true;
        }

        // "Minister of Harbour Affairs": a portfolio word later in the capitalised run makes the words before it portfolio.
        private static bool PortfolioWordAhead(ArticleAnalysis a, int from, int end)
        {
            for (var n = from; n < end && a.Tokens[n].IsCapitalized(a.Text); n++)
            {
                if (PortfolioWords.Contains(a.Text, a.Tokens[n]))
                {
                    return true;
                }
            }

            return false;
        }

        // "Minister of Ports Karin Holm": the words from `from` to the phrase's end are the holder's whole name, two words
        // or more, opening with a first name or named so elsewhere in the article.
        private static bool HolderFollows(ArticleAnalysis a, int from, int end) =>
            end - from >= 2 && NameRunStart(a, from, end) == from
            && (FirstNames.Of(a.Tokens[from].Span(a.Text)) != Gender.Unknown || NamedPerson(a, from, end));

        // "Truck driver Aino Lund", "Rice farmer Ivo Marten": a trade after a capitalised word, then a name of two words or
        // more to the end; where the name starts, or 0.
        private static int TradesmanAtEnd(ArticleAnalysis a, int trade, int end) =>
            PeopleNouns.IsTrade(a.Text, a.Tokens[trade]) && end - (trade + 1) >= 2 && NameRunStart(a, trade + 1, end) == trade + 1 ? trade + 1 : 0;

        // Where a person's name of two or more words, one the article names as a person, ends the phrase; else 0.
        private static int HolderAtEnd(ArticleAnalysis a, int from, int end)
        {
            var first = NameRunStart(a, from, end);

            // "the Union's Operation Harbour Light" is something of the place's, not the title's holder.
            return end - first >= 2 && first > from && a.Tokens[first - 1].Kind != TokenKind.Possessive && NamedPerson(a, first, end)
                ? first
                : 0;
        }

        // Where the run of capitalised name words that ends the phrase begins (`end` when there is none).
        private static int NameRunStart(ArticleAnalysis a, int from, int end)
        {
            var first = end;
            while (first - 1 >= from && a.Tokens[first - 1].IsCapitalized(a.Text) && Names.IsNamePart(a, first - 1))
            {
                first--;
            }

            return first;
        }

        private static bool NamedPerson(ArticleAnalysis a, int from, int end) =>
            a.People.FindFullName(a.Text[a.Tokens[from].Start..a.Tokens[end - 1].End]) is { Confirmed: true };

        // "the governor of Ouaddaï province", "the governor of Shimane Prefecture": capitalised words before a place noun
        // name the post's place, not its holder ("State" is left out: "Secretary of State Ada Quist").
        private static bool NamesPlace(ArticleAnalysis a, int k, int end)
        {
            var next = k + 1;
            while (next < end && next - k < 3 && a.Tokens[next].IsCapitalized(a.Text))
            {
                if (IsCapitalisedPlaceNoun(a, next))
                {
                    return true;
                }

                next++;
            }

            return next < end && Lexicon.PlaceNouns.Contains(a.Text, a.Tokens[next]) && char.IsLower(a.Text[a.Tokens[next].Start]);
        }

        private static bool IsCapitalisedPlaceNoun(ArticleAnalysis a, int k) =>
            Lexicon.PlaceNouns.Contains(a.Text, a.Tokens[k]) && !a.Tokens[k].Is(a.Text, "State");

        // "envoy to Congress", "delegate to the IAEA": "to" after a title in lower case, then only capitalised words to the end.
        private static bool LowerCasePosting(ArticleAnalysis a, int k, int end)
        {
            var (text, tokens) = (a.Text, a.Tokens);
            if (k < 1 || k + 1 >= end || !tokens[k].Is(text, "to") || !char.IsLower(text[tokens[k - 1].Start])
                || !(Lexicon.TitleWords.Contains(text, tokens[k - 1]) || Lexicon.RoleNouns.Contains(text, tokens[k - 1])))
            {
                return false;
            }

            var from = tokens[k + 1].Is(text, "the") ? k + 2 : k + 1;
            for (var j = from; j < end; j++)
            {
                if (!tokens[j].IsWord || !(tokens[j].IsCapitalized(text) || tokens[j].Is(text, "of") || tokens[j].Is(text, "and")))
                {
                    return false;
                }
            }

            return from < end;
        }

        public static Parts Read(ArticleAnalysis a, int start, int end)
        {
            var text = a.Text;
            var tokens = a.Tokens;
            var parts = new Parts();
            var k = start;
            if (IndefiniteWords.Contains(text, tokens[k]) || tokens[k].Kind == TokenKind.Number)
            {
                parts.Indefinite = true;
            }

            parts.Relative = tokens[k].Is(text, "who") || tokens[k].Is(text, "which") || tokens[k].Is(text, "whose");

            while (k < end)
            {
                var token = tokens[k];
                if (parts.RoleWords.Count > 0 && parts.NameTokens.Count == 0 && LowerCasePosting(a, k, end))
                {
                    // "the island's envoy to Congress": where a title in lower case is posted ends the phrase; no name follows.
                    k = end;
                    continue;
                }

                if (parts.RoleWords.Count > 0 && parts.NameTokens.Count == 0 && ArticlePeople.PostingLength(a, k) is > 0 and var posting)
                {
                    parts.InPosting = true;
                    k += posting;
                    continue;
                }

                if (parts.InPosting)
                {
                    // Where the holder is posted is neither name nor affiliation; the name follows it.
                    if (a.Catalogue.TryMatchAlias(text, tokens, k, end, out var postLength, out _))
                    {
                        k += postLength;
                        continue;
                    }

                    // "… representing Halden North": a place closed by a compass word ends the phrase.
                    if ((end - k > 2 && token.IsCapitalized(text) && FirstNames.Of(token.Span(text)) == Gender.Unknown)
                        || (token.IsCapitalized(text) && a.Tokens[end - 1].IsCapitalized(text) && ArticlePeople.CompassWords.Contains(text, a.Tokens[end - 1])))
                    {
                        k++;
                        continue;
                    }

                    parts.InPosting = false;
                }

                if (a.Catalogue.TryMatchAlias(text, tokens, k, end, out var length, out var actor))
                {
                    if (actor.Kind == ActorKind.Person)
                    {
                        parts.PersonAlias = actor.Name;
                        parts.NameTokens.Clear();
                    }
                    else if (parts.NameTokens.Count == 0)
                    {
                        parts.Affiliation = actor.Name;
                        parts.AffiliationKind = actor.Kind;
                    }

                    k += length;
                    continue;
                }

                // "the Mesa Republican", "his fellow Democrat": a party word ending a phrase with a determiner describes a member;
                // the words before it are their place, not a name (a state's are read by the party sieves: "the Ohio Republican").
                if (k == end - 1 && k >= start + 2 && MemberDeterminers.Contains(text, a.Tokens[start]) && PartyLexicon.IsPartyWord(text, token)
                    && PartyLexicon.StateNamed(text.AsSpan(a.Tokens[start + 1].Start, a.Tokens[k - 1].End - a.Tokens[start + 1].Start)) is null)
                {
                    parts.NameTokens.Clear();
                    parts.RoleWords.Add(token.Text(text));
                    k++;
                    continue;
                }

                // "Democrat Ada Quist": the party describes the name after it.
                if (parts.NameTokens.Count == 0 && k + 1 < end && a.Tokens[k + 1].IsCapitalized(text) && PartyLexicon.IsPartyWord(text, token))
                {
                    k++;
                    continue;
                }

                // "Spokesman on Mining Ada Quist": a spokesperson's brief after "on" is a portfolio too.
                var briefOn = token.Is(text, "on") && k + 1 < end && a.Tokens[k + 1].IsCapitalized(text) && IsSpokesperson(parts.RoleWords);
                if ((Connectors.Contains(text, token) || briefOn) && parts.RoleWords.Count > 0 && parts.NameTokens.Count == 0)
                {
                    parts.InPortfolio = true;
                    if (briefOn)
                    {
                        parts.RoleWords.Add("on");
                    }
                }

                // "Brandt's lawyer": a person of the article owns the role, no body.
                if (token.Kind == TokenKind.Possessive && parts.NameTokens.Count > 0 && !a.People.IsPersonsSurname(parts.NameTokens[^1]))
                {
                    parts.Owner = string.Join(' ', parts.NameTokens);
                }

                if (token.Kind == TokenKind.Possessive || token.Kind == TokenKind.Punct || Lexicon.Determiners.Contains(text, token) || Connectors.Contains(text, token) || briefOn)
                {
                    if (parts.NameTokens.Count > 0 && Connectors.Contains(text, token)
                        && (!OrganisationWordAhead(a, k + 1, end) || (parts.NameTokens.Count > 1 && FirstNames.Of(parts.NameTokens[0]) != Gender.Unknown)
                            || a.People.FindFullName(string.Join(' ', parts.NameTokens)) is { } known
                                && ((known.Confirmed && (known.Role is not null || known.Gender != Gender.Unknown)) || (parts.NameTokens.Count > 1 && NoTitleWords(parts.NameTokens)))))
                    {
                        // "Smith of the ministry", "Maria Lund of the Institute for …", a person the article named
                        // with a role or a gender ("Ilse Varga of the Harbour Party"), or any full name the article
                        // holds as a person's whose words are no title's ("Karin Holt of the Polar Institute warns"):
                        // the name is complete.
                        break;
                    }

                    k++;
                    continue;
                }

                if (Lexicon.AnonymousHeads.Contains(text, token) && text[token.End - 1] == 's' && parts.NameTokens.Count == 0)
                {
                    parts.PluralAnonymous = true;
                    if (Lexicon.CommonNouns.Contains(text, token))
                    {
                        // "Relatives said", "Colleagues said": a group no name is made of.
                        k++;
                        continue;
                    }
                }

                if (Lexicon.OrganisationWords.Contains(text, token) && token.IsCapitalized(text) && !IsNameLike(a, k + 1, end))
                {
                    parts.HasCapitalisedOrganisationWord = true;
                }
                else if (Names.IsNamePart(a, k) && !(parts.NameTokens.Count > 0 && OrganisationWordAhead(a, k + 1, end)) && !RunEndsInCommonNoun(a, k, end)
                    && !(FirstNames.Of(token.Span(text)) == Gender.Unknown && ArticlePeople.InstitutionBefore(a, k, start)))
                {
                    // A name after the institution ("Foreign Ministry spokesman Liu Jian") makes it a person again;
                    // its subject ("Ministry of Coastal Affairs") does not.
                    parts.HasCapitalisedOrganisationWord = false;
                }

                if (Lexicon.OrganisationWords.Contains(text, token) && !(token.IsCapitalized(text) && parts.NameTokens.Count > 0 && IsNameLike(a, k + 1, end)))
                {
                    parts.HasOrganisationWord = true;
                    // "the president of the assembly", "the chairman of the committee": the title before "of" stays the head.
                    parts.HeadIsRole &= parts.InPortfolio && char.IsLower(text[token.Start]);
                    parts.NameTokens.Clear();
                    k++;
                    continue;
                }

                // "director of the Ministry of Trade": a word after a body's "of" is its portfolio, not a title ("trade minister").
                if (parts.HasOrganisationWord && parts.RoleWords.Count > 0 && PortfolioWords.Contains(text, token) && InBodysPortfolio(a, start, k))
                {
                    k++;
                    continue;
                }

                if ((Lexicon.TitleWords.Contains(text, token) && !Names.IsAcronymNotTitle(a, k, end)) || Lexicon.RoleNouns.Contains(text, token)
                    || Adjectives.Contains(text, token) || RunsIntoRole(a, k, end))
                {
                    // "Aine Lund TD", "Ivo Lund MP": a member's letters after the name close it ("the Nordvik District MP" is
                    // a title of a place).
                    if (parts.NameTokens.Count > 1 && k == end - 1 && PostNominals.Contains(text, token) && !Lexicon.Determiners.Contains(text, tokens[start]))
                    {
                        k++;
                        continue;
                    }

                    if (parts.NameTokens.Count > 0)
                    {
                        // "Republican presidential candidate Wade Cutler": capitalised words before a title
                        // belong to the title; the name is the run after it.
                        parts.RoleWords.Clear();
                        parts.NameTokens.Clear();
                        parts.Affiliation ??= parts.Owner;
                    }

                    parts.RoleAfterPossessive |= k > 0 && tokens[k - 1].Kind == TokenKind.Possessive && parts.HasCapitalisedOrganisationWord;
                    parts.RoleWords.Add(token.Text(text));
                    // "the ministry of defence" is the institution: "defence" names its portfolio, not a post.
                    parts.HeadIsRole = Lexicon.RoleNouns.Contains(text, token) || (Lexicon.TitleWords.Contains(text, token) && !parts.HasOrganisationWord);
                    k++;
                    continue;
                }

                if (parts.InPortfolio && token.IsCapitalized(text) && parts.NameTokens.Count == 0)
                {
                    // "Minister for Foreign Affairs Ayman Safadi", "Minister of State Ada Quist",
                    // "Commander of the Land Forces Gen. Ivo Petrak": the portfolio runs until the name.
                    if (FirstNames.Of(token.Span(text)) == Gender.Unknown
                        && (PortfolioWords.Contains(text, token) || Lexicon.TitleWords.Contains(text, token) || Lexicon.OrganisationWords.Contains(text, token)
                            || a.Catalogue.TryMatchAlias(text, a.Tokens, k, end, out _, out _) || NamesPlace(a, k, end) || IsCapitalisedPlaceNoun(a, k)
                            || HolderFollows(a, k + 1, end) || PortfolioWordAhead(a, k + 1, end)
                            || tokens[k - 1].Is(text, "the") || k == end - 1 || PortfolioBeforeApposedName(a, k, end)))
                    {
                        parts.RoleWords.Add(token.Text(text));
                        k++;
                        continue;
                    }

                    parts.InPortfolio = false;
                    if (Lexicon.TitleWords.Contains(text, token))
                    {
                        parts.RoleWords.Add(token.Text(text));
                        k++;
                        continue;
                    }
                }

                // "Residents of Nordvik", "Shepherds from the hills": after a group and a preposition comes a place.
                if (parts.PluralAnonymous && parts.NameTokens.Count == 0 && k > start
                    && (Connectors.Contains(text, tokens[k - 1]) || Prepositions.Contains(text, tokens[k - 1]) || Lexicon.Determiners.Contains(text, tokens[k - 1])))
                {
                    break;
                }

                // "Supreme Allied Commander Europe": a region closing a title is its posting, not a holder; so is a command
                // before the holder's name ("… Commander Europe Dale Ward").
                if (parts.RoleWords.Count > 0 && parts.NameTokens.Count == 0
                    && ((k == end - 1 && PortfolioWords.Contains(text, token))
                        || (TitleLexicon.Commands.Contains(text, token) && end - k >= 3 && Names.IsFirstNameBeforeName(a, k + 1))))
                {
                    parts.RoleWords.Add(token.Text(text));
                    k++;
                    continue;
                }

                // "a big buyer of Varanger gas": a capitalised word before a noun in lower case describes the noun.
                var describesNoun = parts.NameTokens.Count == 0 && k > start && a.Tokens[k - 1].Is(text, "of") && k + 1 < end && a.Tokens[k + 1].IsWord
                    && char.IsLower(text[a.Tokens[k + 1].Start]);
                if (!describesNoun && (Names.IsNamePart(a, k) || (parts.NameTokens.Count > 0 && Names.IsParticle(a, k))))
                {
                    parts.NameTokens.Add(token.Text(text));
                }
                else if ((token.Is(text, "and") || token.Is(text, '&')) && k + 1 < end && a.Tokens[k + 1].IsCapitalized(text) && k > start && a.Tokens[k - 1].IsCapitalized(text))
                {
                    if (parts.RoleWords.Count == 0 && JoinsBodysName(a, parts, k))
                    {
                        // "Ministry of Ports and Coastal Works", "Marcon & Co.": one body's name, not a title's words.
                        parts.NameTokens.Add(token.Text(text));
                    }
                    else
                    {
                        // "Union Commerce and Industry Minister": "and" inside a capitalised title; "Minister of Ports and
                        // Fisheries Ada Quist": inside its portfolio, which goes on until the name.
                        parts.NameTokens.Clear();
                        parts.InPortfolio |= parts.RoleWords.Count > 0;
                    }
                }
                else if (token.Kind == TokenKind.Word && char.IsLower(text[token.Start]) && (parts.NameTokens.Count > 0 || Prepositions.Contains(text, token)))
                {
                    // A lowercase word after a name ends it ("Lavrov in Moscow"); so does a preposition after
                    // the head ("a harbour industry source in Harbourtown").
                    if (ModifiesHead(a, parts, start, k, end))
                    {
                        parts.GroupOfStates = StateGroupHeads.Contains(text, token);
                        parts.NameTokens.Clear();
                    }
                    else if (parts.NameTokens.Count > 0 && (HolderAtEnd(a, k + 1, end) is var officer and > 0
                        && (Lexicon.RoleNouns.Contains(text, tokens[officer - 1]) || Lexicon.TitleWords.Contains(text, tokens[officer - 1]))
                        || (officer = TradesmanAtEnd(a, k, end)) > 0))
                    {
                        // "Nordvik fishermen's association chairman Ivo Marten": the word opening the phrase is the place of
                        // the body whose officer, a person the article names, closes it.
                        parts.NameTokens.Clear();
                        parts.RoleWords.Clear();
                        parts.RoleWords.Add(tokens[officer - 1].Text(text));
                        for (var n = officer; n < end; n++)
                        {
                            parts.NameTokens.Add(tokens[n].Text(text));
                        }
                    }
                    else if (parts.NameTokens.Count > 0 && Lexicon.AnonymousHeads.Contains(text, token) && text[token.End - 1] == 's')
                    {
                        // "Trawler crews in Porto Brandt", "Lund aides": the capitalised words describe the group right after them,
                        // which speaks; what follows is where they are.
                        parts.NameTokens.Clear();
                        parts.PluralAnonymous = true;
                    }
                    else if (parts.NameTokens.Count > 0 && Lexicon.AnonymousHeads.Contains(text, tokens[end - 1]) && char.IsLower(text[tokens[end - 1].Start])
                        && AllLowerWords(a, k, end))
                    {
                        // "Human rights groups", "Harbour Lane residents": the capitalised words describe the group.
                        parts.NameTokens.Clear();
                        parts.PluralAnonymous = text[tokens[end - 1].End - 1] == 's';
                    }
                    else if (parts.NameTokens.Count == 0 && parts.RoleWords.Count > 0 && !parts.Indefinite && HolderAtEnd(a, k + 1, end) is var holder and > 0)
                    {
                        // "Member of parliament from the opposition Ivo Lund", "Head of customs from the Lviv region Ivo
                        // Lund": the title's place or party comes first, its holder, a person the article names, last.
                        for (var n = holder; n < end; n++)
                        {
                            parts.NameTokens.Add(tokens[n].Text(text));
                        }
                    }

                    break;
                }

                k++;
            }

            return parts;
        }

        // "Nordvik's lead crude analyst Ada Quist": one or two lowercase words that run into a role noun belong to the
        // role, after an owner's possessive as after a name.
        public static bool RunsIntoRole(ArticleAnalysis a, int k, int end)
        {
            // The lowercase run opens right after the owner or the name ("Nordvik's lead crude analyst").
            var open = k;
            while (open > 0 && k - open < 2 && a.Tokens[open - 1].IsWord && char.IsLower(a.Text[a.Tokens[open - 1].Start]))
            {
                open--;
            }

            if (open == 0 || !(a.Tokens[open - 1].Kind == TokenKind.Possessive || a.Tokens[open - 1].IsCapitalized(a.Text)))
            {
                return false;
            }

            for (var j = k; j < end && j - k < 3; j++)
            {
                if (!a.Tokens[j].IsWord || !char.IsLower(a.Text[a.Tokens[j].Start]))
                {
                    return false;
                }

                // A name follows the role, or the role ends the phrase after an owner ("Halvoria's self-styled president,
                // Ilse Brandt,").
                if (j > k && Lexicon.RoleNouns.Contains(a.Text, a.Tokens[j]))
                {
                    return (j + 1 < end && a.Tokens[j + 1].IsCapitalized(a.Text)) || (j + 1 == end && a.Tokens[open - 1].Kind == TokenKind.Possessive);
                }
            }

            return false;
        }
    }

    // "France's Minister for Overseas Territories, Jean Castel, said": capitalised words with no first name running to a
    // comma after which the holder is named are the portfolio, no name.
    private static bool PortfolioBeforeApposedName(ArticleAnalysis a, int k, int end)
    {
        if (end + 2 >= a.Tokens.Count || !a.Tokens[end].Is(a.Text, ','))
        {
            return false;
        }

        // The holder's name follows, closed by a comma: "…, Jean Castel, said".
        var name = end + 1;
        while (name < a.Tokens.Count && name - end <= 4 && a.Tokens[name].IsCapitalized(a.Text))
        {
            name++;
        }

        if (name - end < 3 || name >= a.Tokens.Count || !a.Tokens[name].Is(a.Text, ','))
        {
            return false;
        }

        for (var t = k; t < end; t++)
        {
            if (!a.Tokens[t].IsCapitalized(a.Text) || FirstNames.Of(a.Tokens[t].Span(a.Text)) != Gender.Unknown)
            {
                return false;
            }
        }

        return true;
    }

    // "and" or "&" inside a body's name: after a name that opens with an institution's head ("Ministry of Ports and
    // …"), or before a company's closing word ("Marcon & Co.", "Ives & Sons").
    private static bool JoinsBodysName(ArticleAnalysis a, Parts parts, int k) =>
        parts.NameTokens.Count > 0
        && (Lexicon.OrganisationWords.Contains(parts.NameTokens[0])
            || (a.Tokens[k].Is(a.Text, '&') && CompanyLexicon.EndsCompanyName(a.Tokens[k + 1].Span(a.Text))));

    // "Karin Holt" but not "Joint Chiefs": no word of the name is a title or a body's word, nor a title's plural.
    private static bool NoTitleWords(List<string> words) =>
        words.TrueForAll(w => !Lexicon.TitleWords.Contains(w) && !Lexicon.OrganisationWords.Contains(w)
            && !(w.EndsWith('s') && Lexicon.TitleWords.Contains(w.AsSpan(0, w.Length - 1))));

    // Whether the words before `k` are a body's "of" and its portfolio so far: "Ministry of", "Ministry of Trade and".
    private static bool InBodysPortfolio(ArticleAnalysis a, int start, int k)
    {
        var (text, tokens) = (a.Text, a.Tokens);
        var j = k - 1;
        while (j > start && (PortfolioWords.Contains(text, tokens[j]) || tokens[j].Is(text, "and") || tokens[j].Is(text, ',')))
        {
            j--;
        }

        return j > start && tokens[j].Is(text, "of") && Lexicon.OrganisationWords.Contains(text, tokens[j - 1]);
    }
}
