namespace NewsTracker.Core.Extraction;

// Finds the noun phrase that names a speaker next to a speech verb and says what kind of phrase it is.
internal static partial class SpeakerPhraseParser
{
    private const int MaxPhraseTokens = 13;

    private static readonly WordSet Connectors = new("of for");
    private static readonly WordSet Demonstratives = new("that this these those");
    // Days a speaker's verb may be dated by ("Arun Mehta on Friday said", "said on Thursday,").
    internal static readonly WordSet Weekdays = new("monday tuesday wednesday thursday friday saturday sunday yesterday today");
    private static readonly WordSet AdverbialWords = new("away later ago earlier afterwards meanwhile separately elsewhere similarly likewise however additionally moreover furthermore instead");
    private static readonly WordSet Subordinators = new("when as after while although though if since before because once until unless whereas");
    private static readonly WordSet StateGroupHeads = new("countries states nations governments capitals allies neighbours neighbors members");
    internal static readonly WordSet PortfolioWords = new("""
        affairs defence defense trade energy economy economic finance interior justice health education agriculture
        industry commerce transport environment state staff political peacebuilding operations humanitarian
        development enlargement neighbourhood climate oceans fisheries labour labor culture tourism infrastructure
        housing digital technology science migration integration home foreign european international africa asia
        europe policy horn middle east region regional security peace disarmament refugees human rights america americas
        latin pacific arctic caribbean balkans caucasus sahel gulf
        emergency relief communications information strategic planning intelligence force forces
        resources petroleum mines mineral minerals mining hydrocarbons water works
        """);
    private static readonly WordSet OccasionNouns = new(SpeechNouns.Words.Concat(["interview", "interviews", "conversation", "briefing"]), indexed: false);
    private static readonly WordSet DocumentNouns = new("statement readout release communique communiqué transcript letter memo note declaration post posting bulletin editorial");
    // A body's own units: "press service", "press office", "office", "secretariat", with where they sit ("in Bern").
    private static readonly WordSet OwnUnits = new("office secretariat delegation mission embassy", indexed: false);
    private static readonly WordSet PressUnitNouns = new("service office department centre center", indexed: false);

    // How many tokens from `k` (up to `end`) name a body's unit and its seat; 0 when they name none.
    private static int OwnUnitLength(ArticleAnalysis a, int k, int end)
    {
        var (text, tokens) = (a.Text, a.Tokens);
        var at = k;
        if (at + 1 < end && tokens[at].Is(text, "press") && PressUnitNouns.Contains(text, tokens[at + 1]))
        {
            at += 2;
        }
        else if (at < end && OwnUnits.Contains(text, tokens[at]))
        {
            at++;
        }
        else
        {
            return 0;
        }

        // "its office in the port": the seat after "in" or "at" belongs to the unit.
        return at == end || tokens[at].Is(text, "in") || tokens[at].Is(text, "at") ? end - k : 0;
    }

    // Nouns that describe a body without naming it: "the UN agency", "the EU watchdog".
    private static readonly WordSet GenericBodies = new("agency body organisation organization watchdog regulator", indexed: false);

    // How far back (in tokens) "the UN agency" looks for the body it describes: about two paragraphs.
    private const int DescribedBodyReach = 150;

    private static readonly WordSet PressUnits = new("service office centre center department secretariat team");

    // The bodies that speak for one person: "his office", "her delegation", "Brand's campaign".
    private static readonly WordSet OwnersBodies = new("office delegation campaign team camp");
    private static readonly WordSet SourceLinks = new("released issued published put out by from of");

    // Documents that speak for whoever the phrase says made them ("a report by the World Bank", "figures released by the
    // coast guard"), but not on their own ("the report said" names nobody).
    // "issued by the Harbour Authority after talks in Nordvik": when or where it was issued is no part of its author.
    private static readonly WordSet TimeWords = new("on last this earlier late early yesterday today overnight after before during following", indexed: false);

    private static readonly WordSet SourcedDocuments = new("report reports figures data estimate estimates assessment study survey analysis findings filing");
    private static readonly WordSet PostModifiers = new("in at from near for with on");
    private static readonly string[] PluralPersonSuffixes = ["ers", "ists", "ians", "ants", "ents", "ors"];
    private static readonly WordSet VerbWords = new("was were is are be been being has had have do does did will would can could may might must shall should");
    private static readonly WordSet StopWords = new("""
        by to from with at in on into onto about over under against between during after before was were is are
        be been being has had have do does did will would can could may might must shall should not also then
        """);
    private static readonly WordSet EnvoyTitles = new("ambassador ambassadors envoy envoys emissary consul delegate representative", indexed: false);
    private static readonly WordSet Prepositions = new("in at from with near on inside outside across within based close familiar");
    private static readonly WordSet ClauseWords = new("""
        that which who whom whose and but or nor while when because as if so after before since although though
        where whether than said says told added warned
        """);
    private static readonly WordSet IndefiniteWords = new("a an one two three several some many another other");
    private static readonly WordSet Adjectives = new("""
        top senior former chief deputy foreign defence defense military western european russian ukrainian american
        british french german chinese israeli iranian polish turkish european-union eu nato u.s. us un white house
        interior finance security national presidential prime state government ministry kremlin pentagon
        regional local leading veteran anonymous unnamed retired visiting outgoing incoming acting new
        """);

    // The subject of the speech verb at `end`, read back to `floor` (the sentence or clause start):
    // "Kovacs has also said", "Adm. Pieter Vos, the Dutch officer who leads …, said",
    // "Opposition leader Ana Ruiz — no relation to the mayor — said", "Okafor … and said".
    public static SpeakerPhrase? Before(ArticleAnalysis a, int end, int floor)
    {
        // "The minister went on to say": the subject stands before "went".
        end = a.SubjectEnd(end);

        // "It began on Monday, when the press officer of the Body, Ieva Ozola, said": the verb's clause opens at
        // "when"; what stands before it is another clause's.
        floor = WhenClauseStart(a, end, floor);

        // "Holt, who chairs the panel, opened by calling the plan “…”": the speaker is the subject of the verb the
        // manner phrase hangs on.
        if (MannerVerbBefore(a, end, floor) is > 0 and var manner)
        {
            return Before(a, manner, floor);
        }

        var e = SkipAuxiliariesBack(a, end, floor);
        if (e <= floor)
        {
            return null;
        }

        // "A net mender who gave her name as Siri said", "a diver, who gave his first name as Jouni, told us": the name given speaks.
        if (PeopleNouns.GivenNameIn(a, floor, e) is ( > 0, var givenEnd) given && Describe(a, given.Start, givenEnd) is { Form: SpeakerForm.Name } givenName)
        {
            return givenName;
        }

        var last = a.Tokens[e - 1];
        if (e - 1 > floor && Subordinators.Contains(a.Text, last) && e - 1 == end - 1 && a.Tokens[end].Span(a.Text).EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            // "Veld deflected with a joke when asked about the costs:": whoever was asked is the clause's subject.
            return Meaningful(After(a, ClauseSubjectStart(a, floor, e - 1), e - 1));
        }

        if (IsAppositiveMark(a, last))
        {
            // "Okafor welcomed the talks, saying …": a participle after a comma speaks for the clause's subject.
            // "Adm. Pieter Vos, the Dutch officer who leads …, said": the subject is the clause's first
            // speaker-like chunk; the chunk after it is its appositive.
            if (a.IsPresentParticiple(end))
            {
                // "…, Energy Minister Ada Quist said on Tuesday, warning that …": after a content-first attribution
                // the participle speaks for that attribution's speaker, not for the sentence's grammatical subject.
                return AttributionBefore(a, e - 1, floor) ?? Meaningful(After(a, ClauseSubjectStart(a, floor, e - 1), e - 1));
            }

            return FirstChunk(a, floor, e - 1);
        }

        // "Gov. Ada Quist returned from Oslo on Monday saying …": "saying" closing the clause with no comma speaks for the
        // clause's subject, not for the place or the day before it ("noting", "recalling" there often bring in narration).
        if (e - 1 > floor && a.Tokens[end].Is(a.Text, "saying") && !IsAppositiveMark(a, last) && !Lexicon.Auxiliaries.Contains(a.Text, a.Tokens[end - 1])
            && Meaningful(Ending(a, e, floor)) is var ending
            && (ending is not { Form: SpeakerForm.Name or SpeakerForm.Title or SpeakerForm.Pronoun }
                || (ending.StartToken > floor && Prepositions.Contains(a.Text, a.Tokens[ending.StartToken - 1])))
            && Meaningful(After(a, ClauseSubjectStart(a, floor, e), e)) is { Form: SpeakerForm.Name or SpeakerForm.Title or SpeakerForm.Pronoun } subject
            && subject.EndToken < e - 1)
        {
            return subject;
        }

        if ((last.Is(a.Text, "who") || last.Is(a.Text, "which")) && e - 2 > floor && IsAppositiveMark(a, a.Tokens[e - 2]))
        {
            // "Chile's Interior Minister Rosa Vidal, who had warned …": the relative pronoun's antecedent; "Gov. Anne
            // Holt, a Republican, who told …": an indefinite appositive describes the name before it.
            var described = Meaningful(Ending(a, e - 2, floor));
            if (described is { } appositive && StartsIndefinite(a, appositive.StartToken) && appositive.StartToken - 1 > floor
                && IsAppositiveMark(a, a.Tokens[appositive.StartToken - 1])
                && Meaningful(Ending(a, appositive.StartToken - 1, floor)) is { Form: SpeakerForm.Name } named)
            {
                return named;
            }

            return described;
        }

        if (RelativeClause.PronounBefore(a, e, floor) is var relative and > 0
            && Meaningful(Ending(a, relative, floor)) is { } antecedent)
        {
            return antecedent;
        }

        if (last.Is(a.Text, "to") && a.ForBefore(e - 1) is var forToken && forToken >= floor)
        {
            // "The crowd waited for Mayor Lund to announce that …": who is "for … to" speaks.
            return Meaningful(After(a, forToken + 1, e - 1));
        }

        if ((last.Is(a.Text, "and") || last.Is(a.Text, "but")) && e - 1 > floor)
        {
            // "Menon described the cap as … and said …", "… welcomed the deal but said …": the sentence's subject
            // speaks again; when the sentence's first speech verb has its subject, it is that one ("Halvoria's
            // president, Ilse Brandt, accused … and said"), not the subject of a verb inside its report.
            for (var v = floor + 1; v < e - 1; v++)
            {
                if ((a.IsSpeechVerb(v) || Sieves.AccusedOfSieve.IsAccusation(a, v)) && !a.InsideQuote(v))
                {
                    if (Meaningful(Before(a, v, floor)) is { Form: SpeakerForm.Name } earlier)
                    {
                        return earlier;
                    }

                    break;
                }
            }

            return Meaningful(After(a, AfterOpeningParticiple(a, floor, e - 1), e - 1));
        }

        return Meaningful(Ending(a, e, floor));
    }

    // "Opening the meeting, the minister welcomed … and said": the subject stands after the participle's clause, past its
    // comma; `start` when the sentence opens otherwise.
    private static int AfterOpeningParticiple(ArticleAnalysis a, int start, int end)
    {
        if (start >= end || !a.StartsSentence(start) || !a.IsParticiple(start))
        {
            return start;
        }

        for (var k = start + 1; k + 1 < end && k <= start + 8; k++)
        {
            if (a.Tokens[k].Is(a.Text, ','))
            {
                return k + 1;
            }
        }

        return start;
    }

    // Before the post-modifier at `modifier`: a title or head noun, "of", then up to four lowercase words, determiners or
    // possessives ("head of the board's crew"); where the title stands, or -1.
    private static int TitleOfBefore(ArticleAnalysis a, int modifier, int floor)
    {
        for (var of = modifier - 2; of - 1 >= floor && modifier - of <= 5; of--)
        {
            var token = a.Tokens[of + 1];
            if (!(token.Kind == TokenKind.Possessive || Lexicon.Determiners.Contains(a.Text, token)
                || (token.IsWord && char.IsLower(a.Text[token.Start]))))
            {
                return -1;
            }

            if (a.Tokens[of].Is(a.Text, "of"))
            {
                return IsHeadNoun(a, of - 1) || Lexicon.TitleWords.Contains(a.Text, a.Tokens[of - 1]) ? of - 1 : -1;
            }
        }

        return -1;
    }

    // The speaker of "NAME said [on Tuesday]" standing between the previous comma and `comma`.
    private static SpeakerPhrase? AttributionBefore(ArticleAnalysis a, int comma, int floor)
    {
        var from = comma - 1;
        while (from > floor && !IsAppositiveMark(a, a.Tokens[from - 1]))
        {
            from--;
        }

        if (from <= floor)
        {
            return null;
        }

        for (var v = comma - 1; v > from && comma - v <= 4; v--)
        {
            if (a.IsSpeechVerb(v) && Before(a, v, from) is { Form: SpeakerForm.Name or SpeakerForm.Title or SpeakerForm.Organisation or SpeakerForm.Pronoun } speaker)
            {
                return speaker;
            }
        }

        return null;
    }

    private static SpeakerPhrase? Ending(ArticleAnalysis a, int e, int floor)
    {
        e = BeforePartyBracket(a, e, floor);
        // "Later she said", "On her blog he wrote": a pronoun right before the verb is the subject
        // whatever opens the sentence; not in "what he called", which speaks for the clause's subject.
        if (e - 1 > floor && Lexicon.Pronouns.Contains(a.Text, a.Tokens[e - 1]) && !ClauseWords.Contains(a.Text, a.Tokens[e - 2])
            && !a.Tokens[e - 2].Is(a.Text, "what"))
        {
            return Describe(a, e - 1, e);
        }

        // "He thanked Freedonia for what he called …": the clause's subject is the same pronoun, not "Freedonia".
        if (e - 2 > floor && a.Tokens[e - 2].Is(a.Text, "what") && Lexicon.Pronouns.Contains(a.Text, a.Tokens[e - 1])
            && ClauseSubjectStart(a, floor, e - 2) is var subject && subject < e - 2 && a.Tokens[subject].Is(a.Text, a.Tokens[e - 1].Text(a.Text)))
        {
            return Describe(a, subject, subject + 1);
        }

        var start = e - 1;
        while (start - 1 >= floor && e - start < MaxPhraseTokens)
        {
            if (!IsBoundary(a, start - 1) || ArticlePeople.PostingLength(a, start - 1) > 0)
            {
                start--;
            }
            else if (start - 2 >= floor && PostModifiers.Contains(a.Text, a.Tokens[start - 1]) && IsHeadNoun(a, start - 2))
            {
                // "A harbour industry source in Harbourtown": the place belongs to the phrase, the head is "source".
                start -= 2;
            }
            else if (start - 2 >= floor && PostModifiers.Contains(a.Text, a.Tokens[start - 1]) && TitleOfBefore(a, start - 1, floor) is var title and >= 0)
            {
                // "the head of communications at Halden Gas", "the head of the board's crew at the quay": the company or
                // place belongs to the phrase, the head is "head".
                start = title;
            }
            else if (PortfolioListStart(a, start - 1, e, floor) is var listed and >= 0)
            {
                // "The Ministry of Fisheries, Ports and Inland Waterways said": the commas list the portfolios inside one body's name.
                start = listed;
            }
            else if (start - 2 >= floor && a.Tokens[start - 1].Is(a.Text, "in") && BodyBeforeSeat(a, start - 1, floor) == Seated.Body)
            {
                // "The Harbour Authority in Oslo said": the body speaks from its seat; the city is neither its name nor the state.
                e = start - 1;
                start -= 2;
            }
            else if (start - 2 >= floor && a.Tokens[start - 1].Is(a.Text, "in")
                && (Lexicon.DiplomaticPosts.Contains(a.Text, a.Tokens[start - 2]) || BodyBeforeSeat(a, start - 1, floor) == Seated.Mission))
            {
                // "The Freedonian Embassy in Harbourtown said": the city names the embassy, it does not speak.
                start -= 2;
            }
            else if (start - 3 >= floor && IsProximity(a, start - 2) && IsHeadNoun(a, start - 3))
            {
                // "sources close to the talks", "people familiar with the plans": the head is the people.
                start -= 3;
            }
            else if (start - 2 >= floor && a.Tokens[start - 1].Is(a.Text, "to") && EnvoyTitles.Contains(a.Text, a.Tokens[start - 2])
                && (a.Tokens[start].IsCapitalized(a.Text) || (a.Tokens[start].Is(a.Text, "the") && start + 1 < e && a.Tokens[start + 1].IsCapitalized(a.Text))))
            {
                // "the nominee for ambassador to Norway", "the ambassador to the EU": the posting in lower case belongs to the
                // title, and a body posted to does not speak.
                start -= 2;
            }
            else if (start - 2 >= floor && (a.Tokens[start - 1].Is(a.Text, "from") || a.Tokens[start - 1].Is(a.Text, "at"))
                && a.Tokens[start - 2].IsCapitalized(a.Text) && a.People.IsPersonsSurname(a.Tokens[start - 2].Span(a.Text))
                && Meaningful(Ending(a, start - 1, floor)) is { Form: SpeakerForm.Name } person)
            {
                // "Analyst Jana Berg from the Institute for Maritime Affairs said": the person speaks, not where she works.
                return person;
            }
            else
            {
                break;
            }
        }

        // "… in what the port authority called “…”": "what" opens the clause, its subject follows ("what he called" is
        // read above, from the sentence's subject).
        if (e - start >= 2 && a.Tokens[start].Is(a.Text, "what") && char.IsLower(a.Text[a.Tokens[start].Start])
            && !Lexicon.Pronouns.Contains(a.Text, a.Tokens[start + 1]))
        {
            start++;
        }

        // "…, a decision the harbour minister called “…”": the noun the clause describes comes first; its subject speaks.
        if (e - start >= 4 && Lexicon.SingleDeterminers.Contains(a.Text, a.Tokens[start]) && DescribedActs.Contains(a.Text, a.Tokens[start + 1])
            && Lexicon.Determiners.Contains(a.Text, a.Tokens[start + 2]))
        {
            start += 2;
        }

        return start < e ? Describe(a, start, e) : null;
    }

    private static bool HoldsPortfolioList(ArticleAnalysis a, int start, int end)
    {
        for (var k = start + 2; k < end - 3; k++)
        {
            if (a.Tokens[k].Is(a.Text, ',') && PortfolioListStart(a, k, end, start) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // At the comma before "Ports and Inland Waterways" in "the Ministry of Fisheries, Ports and Inland Waterways": the capitalised body word
    // before "of" or "for" whose list of portfolios (PortfolioLists) runs over the comma to the verb; -1 otherwise.
    private static int PortfolioListStart(ArticleAnalysis a, int comma, int end, int floor)
    {
        var (text, tokens) = (a.Text, a.Tokens);
        if (comma <= floor || !tokens[comma].Is(text, ','))
        {
            return -1;
        }

        if (PortfolioLists.Length(text, tokens, comma + 1, end) != end - comma - 1)
        {
            return -1;
        }

        for (var k = comma - 1; k - 1 >= floor && comma - k <= MaxPhraseTokens; k--)
        {
            var token = tokens[k];
            if (token.Is(text, "of") || token.Is(text, "for"))
            {
                return k < comma - 1 && tokens[k - 1].IsCapitalized(text) && Lexicon.OrganisationWords.Contains(text, tokens[k - 1]) ? k - 1 : -1;
            }

            if (!(token.Is(text, ',') || (token.IsWord && token.IsCapitalized(text))))
            {
                return -1;
            }
        }

        return -1;
    }

    // Nouns for what was done or claimed, which a clause with no "that" describes: "a decision the minister called …".
    private static readonly WordSet DescribedActs = new("decision move step measure plan deal vote ruling", indexed: false);

    // "Rep. Lina Marsh (D-Ohio) said": the party and state in brackets describe the name before them.
    private static int BeforePartyBracket(ArticleAnalysis a, int e, int floor)
    {
        if (e - 1 <= floor || !a.Tokens[e - 1].Is(a.Text, ')'))
        {
            return e;
        }

        for (var open = e - 2; open > floor && e - open <= 8; open--)
        {
            if (a.Tokens[open].Is(a.Text, '('))
            {
                return open + 1 < e - 1 && (PartyLexicon.IsPartyBracket(a.Text[a.Tokens[open + 1].Start..a.Tokens[e - 2].End])
                    || IsStateBracket(a, open + 1, e - 1) || IsSeatBracket(a, open, e - 1)) ? open : e;
            }
        }

        return e;
    }

    // "Ivo Lund (PiS, Rzeszów)", "Ada Quist (Greens, Nordvik East)": a debate report's party and seat in brackets after a
    // person the article names, capitalised words and a comma only.
    private static bool IsSeatBracket(ArticleAnalysis a, int open, int close)
    {
        if (open < 1 || a.People.FindSurname(a.Tokens[open - 1].Span(a.Text)).Count == 0)
        {
            return false;
        }

        var comma = false;
        for (var k = open + 1; k < close; k++)
        {
            var token = a.Tokens[k];
            comma |= token.Is(a.Text, ',');
            if (!(token.Is(a.Text, ',') || token.Is(a.Text, '-') || (token.IsWord && token.IsCapitalized(a.Text))))
            {
                return false;
            }
        }

        return comma;
    }

    // "Ada Quist (Norway)", as council minutes write a delegate: the bracket holds the state the speaker represents.
    private static bool IsStateBracket(ArticleAnalysis a, int start, int end) =>
        a.Catalogue.TryMatchAlias(a.Text, a.Tokens, start, end, out var length, out var actor) && length == end - start
        && actor.Kind == Actors.ActorKind.Country;

    private static bool IsProximity(ArticleAnalysis a, int k) =>
        (a.Tokens[k].Is(a.Text, "close") && a.Tokens[k + 1].Is(a.Text, "to"))
        || (a.Tokens[k].Is(a.Text, "familiar") && a.Tokens[k + 1].Is(a.Text, "with"));

    private static bool IsHeadNoun(ArticleAnalysis a, int k)
    {
        var token = a.Tokens[k];
        return token.Kind == TokenKind.Word && (Lexicon.RoleNouns.Contains(a.Text, token) || Lexicon.AnonymousHeads.Contains(a.Text, token));
    }

    private static bool StartsIndefinite(ArticleAnalysis a, int k) => a.Tokens[k].Is(a.Text, "a") || a.Tokens[k].Is(a.Text, "an");

    // "Forty miles away in Concord, …", "Two days later, …": a chunk of place or time, never a speaker.
    private static bool IsAdverbial(ArticleAnalysis a, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (AdverbialWords.Contains(a.Text, a.Tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static int WhenClauseStart(ArticleAnalysis a, int end, int floor)
    {
        for (var k = end - 1; k > floor; k--)
        {
            // Not "Ozola, when asked about it, said": a participle after "when" has the main clause's subject.
            if (a.Tokens[k].Is(a.Text, "when") && a.Tokens[k - 1].Is(a.Text, ',') && !a.InsideQuote(k) && k + 1 < end && !a.IsParticiple(k + 1))
            {
                return k;
            }
        }

        return floor;
    }

    private static SpeakerPhrase? FirstChunk(ArticleAnalysis a, int floor, int end)
    {
        var chunkStart = floor;
        for (var c = floor; c <= end; c++)
        {
            // "The Baku line: Deputy Minister Ada Quist, in town for …, told": a label before a colon is no part of the subject.
            if (c < end && a.Tokens[c].Is(a.Text, ':'))
            {
                chunkStart = c + 1;
                continue;
            }

            if (c < end && !IsAppositiveMark(a, a.Tokens[c]))
            {
                continue;
            }

            // "…, where Senator Ruth Miller, …": a leading relative word does not belong to the name.
            var from = chunkStart;
            while (from < c && ClauseWords.Contains(a.Text, a.Tokens[from]))
            {
                from++;
            }

            // "Sen. Ann Holt (D-Vt.), the bill's author, said": the party bracket describes the name before it.
            var chunkEnd = c > from ? BeforePartyBracket(a, c, from) : c;
            if (chunkEnd > from && chunkEnd - from <= MaxPhraseTokens && !ContainsClause(a, from, chunkEnd) && !StartsWithParticiple(a, from)
                && !IsAdverbial(a, from, chunkEnd)
                && !Prepositions.Contains(a.Text, a.Tokens[from]) && !Openers.Contains(a.Text, a.Tokens[from]) && !Subordinators.Contains(a.Text, a.Tokens[from])
                && !a.Tokens[from].Is(a.Text, "at"))
            {
                // "the Minister of Mines, Fisheries and Transport, Ada Quist, said": the portfolio's list runs on past its commas;
                // the holder is apposed after it.
                var apposedAt = c;
                while (c < end && PortfolioWords.Contains(a.Text, a.Tokens[chunkEnd - 1]) && PortfolioListAfter(a, apposedAt + 1, end) is > 0 and var listEnd)
                {
                    apposedAt = listEnd;
                }

                var appositiveEnd = apposedAt + 1;
                while (appositiveEnd < end && !IsAppositiveMark(a, a.Tokens[appositiveEnd]))
                {
                    appositiveEnd++;
                }

                // "The amendment's author, Rep. Ann Holt (R-Neb.), said": the party bracket describes the apposed name.
                appositiveEnd = BeforePartyBracket(a, appositiveEnd, c + 1);

                // "The Harbour Board, questioned over the two councillors' remarks, said": an aside on how the words came describes nobody.
                var phrase = c < end && !OpensOccasion(a, apposedAt + 1)
                    ? Describe(a, from, chunkEnd, apposedAt + 1, appositiveEnd)
                    : Describe(a, from, chunkEnd);
                if (Meaningful(phrase) is not null)
                {
                    return phrase;
                }
            }

            chunkStart = c + 1;
            // 'On the "Morning Hour," Ada Quist, a former envoy, said': the mark that closes a title after its comma opens no name.
            while (chunkStart < end && a.Tokens[chunkStart].Kind == TokenKind.Punct && QuoteMarks.IsMark(a.Text[a.Tokens[chunkStart].Start]))
            {
                chunkStart++;
            }
        }

        return null;
    }

    // The mark closing a list's next part when that part continues a portfolio ("Industry and Trade", "Energy"): capitalised
    // words, "and" between them, the last one a portfolio's word; 0 otherwise.
    private static int PortfolioListAfter(ArticleAnalysis a, int from, int end)
    {
        var k = from;
        while (k < end && !IsAppositiveMark(a, a.Tokens[k]))
        {
            var token = a.Tokens[k];
            if (!(token.IsCapitalized(a.Text) && FirstNames.Of(token.Span(a.Text)) == Gender.Unknown) && !token.Is(a.Text, "and"))
            {
                return 0;
            }

            k++;
        }

        return k > from && k < end && PortfolioWords.Contains(a.Text, a.Tokens[k - 1]) ? k : 0;
    }

    private static readonly WordSet MannerVerbs = new("began begins", indexed: false);

    // "was followed by calling" is passive: whoever called is not the subject.
    private static readonly WordSet PassiveMarks = new("was were is are be been being", indexed: false);

    // The verb at `end - 2` in "opened by calling", "responded by saying": an active past tense or "began", then "by".
    private static int MannerVerbBefore(ArticleAnalysis a, int end, int floor)
    {
        if (end - 3 < floor || !a.Tokens[end - 1].Is(a.Text, "by") || !a.IsPresentParticiple(end))
        {
            return -1;
        }

        var verb = a.Tokens[end - 2];
        var span = verb.Span(a.Text);
        return verb.Kind == TokenKind.Word && char.IsLower(span[0]) && (span.EndsWith("ed", StringComparison.Ordinal) || MannerVerbs.Contains(a.Text, verb))
            && !PassiveMarks.Contains(a.Text, a.Tokens[end - 3])
            ? end - 2
            : -1;
    }

    // A phrase with nothing that can speak ("and", "the test") is no speaker.
    private static SpeakerPhrase? Meaningful(SpeakerPhrase? phrase) =>
        phrase is null || (phrase.Form == SpeakerForm.Anonymous && phrase.Role is null && !phrase.IsIndefinite) ? null : phrase;
}
