using NewsTracker.Core.Actors;
using NewsTracker.Core.Common;

namespace NewsTracker.Core.Extraction;

// What a span of words says about its speaker: a name, a title, an organisation, a pronoun or an unnamed source.
internal static partial class SpeakerPhraseParser
{
    // The attribution sieves and finders ask about the same words many times over (every quote of a paragraph
    // looks back over its speech verbs): what a span of the article says is worked out once.
    public static SpeakerPhrase Describe(ArticleAnalysis a, int start, int end, int appositiveStart = -1, int appositiveEnd = -1)
    {
        var key = (start, end, appositiveStart, appositiveEnd);
        if (!a.Described.TryGetValue(key, out var phrase))
        {
            phrase = WithMissionCity(a, DescribeOnce(a, start, end, appositiveStart, appositiveEnd));
            a.Described[key] = phrase;
        }

        return phrase;
    }

    private static readonly WordSet LinkWords = new("for to of and or with by from at in on about as than but", indexed: false);

    private static int OfficerClosingBody(ArticleAnalysis a, int start, int end)
    {
        // "… of the National Board on Water Resources Ali Sani stated": the phrase begins at the committee's field, and
        // the person the article names closes it.
        if (start >= 1 && ArticlePeople.FieldOfBodyAfter(a.Text, a.Tokens, start - 1))
        {
            for (var holder = start + 1; end - holder >= 2; holder++)
            {
                if (a.People.FindFullName(a.Text[a.Tokens[holder].Start..a.Tokens[end - 1].End]) is { Confirmed: true })
                {
                    return holder;
                }
            }
        }

        var first = end;
        while (first - 1 > start && a.Tokens[first - 1].IsCapitalized(a.Text) && !PortfolioWords.Contains(a.Text, a.Tokens[first - 1])
            && Names.IsNamePart(a, first - 1))
        {
            first--;
        }

        // "… of the Republic of Nordvik Arne Dahl": the capitalised run may take in the body's last word; the name is the
        // longest end of it the article confirms as a person.
        while (end - first >= 2 && first - 1 > start && a.People.FindFullName(a.Text[a.Tokens[first].Start..a.Tokens[end - 1].End]) is not { Confirmed: true })
        {
            first++;
        }

        if (end - first < 2 || first - 1 <= start || a.People.FindFullName(a.Text[a.Tokens[first].Start..a.Tokens[end - 1].End]) is not { Confirmed: true })
        {
            return 0;
        }

        // "General director of Harbour elektrárne Ivo Lund": a title opens the phrase, the body's last word, in lower case,
        // closes its name; not "a spokesman for Ivo Lund" or "an aide to President Ivo Lund", who speak for him.
        var opening = Lexicon.Determiners.Contains(a.Text, a.Tokens[start]) ? start + 1 : start;
        var before = a.Tokens[first - 1];
        if (opening < first - 1 && (Lexicon.TitleWords.Contains(a.Text, a.Tokens[opening]) || Lexicon.RoleNouns.Contains(a.Text, a.Tokens[opening]))
            && before.Kind == TokenKind.Word && char.IsLower(a.Text[before.Start]) && !LinkWords.Contains(a.Text, before)
            && !Lexicon.TitleWords.Contains(a.Text, before) && !Lexicon.RoleNouns.Contains(a.Text, before))
        {
            return first;
        }

        // "Vice Minister of Harbours of the Republic of Nordvik Arne Dahl", "Deputy Head of the Council of Elders Arne Dahl":
        // protocol copy's title, its body after "of", and the officer's name closing it.
        if (opening < first - 1 && Lexicon.TitleWords.Contains(a.Text, a.Tokens[opening]) && before.IsCapitalized(a.Text) && HasOf(a, opening + 1, first - 1))
        {
            return first;
        }

        if (!PortfolioWords.Contains(a.Text, a.Tokens[first - 1]))
        {
            return 0;
        }

        for (var k = start; k < first - 1; k++)
        {
            if (Lexicon.OrganisationWords.Contains(a.Text, a.Tokens[k]) && a.Tokens[k].IsCapitalized(a.Text))
            {
                return first;
            }
        }

        return 0;
    }

    // "Flemish", "Bavarian", "Sicilian", "Maltese": the endings of an adjective of a people or a region.
    private static bool IsAdjectiveOfPlace(ReadOnlySpan<char> word) =>
        word.Length > 4 && (word.EndsWith("ish", StringComparison.Ordinal) || word.EndsWith("ian", StringComparison.Ordinal)
            || word.EndsWith("ese", StringComparison.Ordinal));

    private static readonly WordSet OpinionNouns = new("editorial editorials leader review column", indexed: false);

    // The organisation whose editorial, leader, review or editorial board the phrase ends on ("the Rhine Chronicle's
    // editorial board"), or null.
    private static SpeakerPhrase? OpinionOf(ArticleAnalysis a, int start, int end)
    {
        var tokens = a.Tokens;
        var noun = end - 1;
        if (noun - start >= 1 && tokens[noun].Is(a.Text, "board") && tokens[noun - 1].Is(a.Text, "editorial"))
        {
            noun--;
        }

        if (noun - start >= 2 && tokens[noun - 1].Kind == TokenKind.Possessive && OpinionNouns.Contains(a.Text, tokens[noun])
            && char.IsLower(a.Text[tokens[noun].Start]))
        {
            return Describe(a, start, noun - 1) is { Form: SpeakerForm.Organisation } owner ? owner : null;
        }

        return null;
    }

    // The body whose press unit the phrase ends on ("the ministry's press service"), or null; a state's embassy or
    // delegation is its own body, not the state speaking.
    private static SpeakerPhrase? PressUnitOf(ArticleAnalysis a, int start, int end)
    {
        var tokens = a.Tokens;
        for (var possessive = start + 1; possessive + 2 < end; possessive++)
        {
            if (tokens[possessive].Kind == TokenKind.Possessive)
            {
                return tokens[possessive + 1].Is(a.Text, "press") && OwnUnitLength(a, possessive + 1, end) == end - possessive - 1
                    && Describe(a, start, possessive) is { Form: SpeakerForm.Organisation } body ? body : null;
            }
        }

        return null;
    }

    private static bool HasOf(ArticleAnalysis a, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (a.Tokens[k].Is(a.Text, "of"))
            {
                return true;
            }
        }

        return false;
    }

    private static SpeakerPhrase DescribeOnce(ArticleAnalysis a, int start, int end, int appositiveStart, int appositiveEnd)
    {
        var text = a.Text;
        var tokens = a.Tokens;

        // "12:50 The foreign ministry says", "16.40 WIB Beijing:": a live blog's time stamp, with its time zone, opens the
        // entry, not the speaker's phrase.
        var stamped = false;
        while (end - start > 1 && (tokens[start].Kind == TokenKind.Number || tokens[start].Is(text, ':'))
            && (tokens[start + 1].Kind == TokenKind.Number || tokens[start + 1].Is(text, ':') || tokens[start + 1].IsCapitalized(text)))
        {
            start++;
            stamped = true;
        }

        if (stamped && end - start > 1 && a.IsTimeZone(start))
        {
            start++;
        }

        // "The Harbour Authority in Vienna, which …, urged": a body named with its seat speaks as the body.
        if (SeatOfBody(a, start, end) is > 0 and var seat)
        {
            end = seat;
        }

        var written = new SpeakerPhrase
        {
            StartToken = start,
            EndToken = end,
            AsWritten = text[tokens[start].Start..tokens[end - 1].End],
            Form = SpeakerForm.Anonymous,
        };
        // "Teamsters Local 727 said": a union's local, named by its number.
        var local = Lexicon.Determiners.Contains(text, tokens[start]) ? start + 1 : start;
        if (end - start >= 3 && ArticlePeople.IsUnionLocal(text, tokens, local, end - 1))
        {
            return written with { Form = SpeakerForm.Organisation, Organisation = text[tokens[local].Start..tokens[end - 1].End] };
        }

        // "Allies of the foreign secretary", "people close to Ms Quist", "some friends of Ada Quist": the people around
        // someone speak, unnamed; never that someone, nor a person called "Allies".
        if (Entourage(a, start, end) is >= 0 and var group)
        {
            return written with { Role = tokens[group].Text(text) };
        }

        if (SpelledOutBody(a, start, end) is { } spelledOut)
        {
            return written with { Form = SpeakerForm.Organisation, Organisation = spelledOut };
        }

        // "Official Belgrade said", "earlier, official Yerevan stated": the capital's government, as "Belgrade said" is.
        if (end - start >= 2 && tokens[end - 2].Is(text, "official") && tokens[end - 1].IsCapitalized(text)
            && Describe(a, end - 1, end) is { Form: SpeakerForm.Organisation, OrganisationKind: ActorKind.Country } capital)
        {
            return capital with { StartToken = start, AsWritten = written.AsWritten };
        }

        if (end - start == 1 && Lexicon.Pronouns.Contains(text, tokens[start]))
        {
            return written with
            {
                Form = SpeakerForm.Pronoun,
                Pronoun = string.Create(tokens[start].Length, (text, tokens[start]), static (span, state) => Ascii.ToLower(state.Item2.Span(state.text), span)),
            };
        }

        // "According to him, …": the source in object form is the same pronoun.
        if (end - start == 1 && SubjectOf(tokens[start].Span(text)) is { } subject)
        {
            return written with { Form = SpeakerForm.Pronoun, Pronoun = subject };
        }

        // "The Vice Chair of the Assembly of Deputies stated": the holder of a body's post, named elsewhere by it.
        if (appositiveStart < 0 && TitleOfTheBody(a, start, end) is { } post)
        {
            return written with { Form = SpeakerForm.Title, Role = post };
        }

        // "Its editorial argued", "their statement said": the document speaks for its owner.
        if (end - start == 2 && DocumentNouns.Contains(text, tokens[start + 1]) && OwnerPronoun(tokens[start].Span(text)) is { } owner)
        {
            return written with { Form = SpeakerForm.Pronoun, Pronoun = owner };
        }

        // "Its press service said", "its office in Bern said": a body's own unit speaks for it, as "it said" would.
        if (end - start >= 2 && appositiveStart < 0 && OwnerPronoun(tokens[start].Span(text)) is "it" or "they" && OwnUnitLength(a, start + 1, end) == end - start - 1)
        {
            return written with { Form = SpeakerForm.Pronoun, Pronoun = OwnerPronoun(tokens[start].Span(text)) };
        }

        // "Its spokeswoman said", "their spokesman told": the body's spokesperson, named nowhere beside it, speaks for it, as
        // "it said" would.
        if (end - start == 2 && appositiveStart < 0 && OwnerPronoun(tokens[start].Span(text)) is "it" or "they"
            && Sieves.OrganisationSpokespersonSieve.IsSpokesperson(tokens[start + 1].Text(text)))
        {
            return written with { Form = SpeakerForm.Pronoun, Pronoun = OwnerPronoun(tokens[start].Span(text)) };
        }

        // "His office said", "her delegation said": the body speaks for the person who owns it, as "Brand's office" does.
        if (end - start == 2 && OwnersBodies.Contains(text, tokens[start + 1]) && OwnerPronoun(tokens[start].Span(text)) is "he" or "she")
        {
            return written with { Form = SpeakerForm.Pronoun, Pronoun = OwnerPronoun(tokens[start].Span(text)) };
        }

        if (end - start >= 3 && OwnersBodies.Contains(text, tokens[end - 1]) && char.IsLower(text[tokens[end - 1].Start])
            && tokens[end - 2].Kind == TokenKind.Possessive && Describe(a, start, end - 2) is { Form: SpeakerForm.Name } holder)
        {
            return holder with { EndToken = end, AsWritten = written.AsWritten };
        }

        // "the Flemish daily", "a Bavarian paper": a regional adjective the catalogue does not know before a word for a
        // newspaper describes the paper; it is nobody's name.
        if (end - start is 2 or 3 && (end - start == 2 || Lexicon.Determiners.Contains(text, tokens[start]))
            && Lexicon.NewspaperNouns.Contains(text, tokens[end - 1]) && char.IsLower(text[tokens[end - 1].Start])
            && tokens[end - 2].IsCapitalized(text) && IsAdjectiveOfPlace(tokens[end - 2].Span(text)))
        {
            return written with { Form = SpeakerForm.Organisation, Organisation = tokens[end - 1].Text(text) };
        }

        // "the Rhine Chronicle's editorial said", "the ministry's press service said": a paper's own opinion speaks for the
        // paper, and a body's press unit for the body, as a statement does.
        if ((OpinionOf(a, start, end) ?? PressUnitOf(a, start, end)) is { } speaking)
        {
            return speaking with { EndToken = end, AsWritten = written.AsWritten };
        }

        // "A Telegram channel run by the Harbour Front": whoever runs the channel, the site or the account speaks.
        for (var k = start + 1; k + 2 < end; k++)
        {
            if (!Operated.Contains(text, tokens[k]) || !tokens[k + 1].Is(text, "by") || !tokens[k + 2].IsCapitalized(text))
            {
                continue;
            }

            var operatedBy = Describe(a, k + 2, end);
            if (operatedBy.Form == SpeakerForm.Organisation)
            {
                return operatedBy with { StartToken = start, AsWritten = written.AsWritten };
            }

            // "run by Kataib Hezbollah": a name ending in a body the catalogue knows is that kind of body.
            if (operatedBy.Form == SpeakerForm.Name && a.Catalogue.TryMatchAlias(text, tokens, end - 1, end, out _, out var known) && known.Kind != ActorKind.Person)
            {
                return written with { Form = SpeakerForm.Organisation, Organisation = text[tokens[k + 2].Start..tokens[end - 1].End] };
            }
        }

        // "the press service of the Freedonian Embassy": the press unit speaks for the body named after it.
        var unit = start < end && Lexicon.Determiners.Contains(a.Text, a.Tokens[start]) ? start + 1 : start;
        if (end - unit >= 4 && a.Tokens[unit].Is(a.Text, "press") && PressUnits.Contains(a.Text, a.Tokens[unit + 1]) && a.Tokens[unit + 2].Is(a.Text, "of")
            && Describe(a, unit + 3, end) is { Form: SpeakerForm.Organisation } body)
        {
            return body with { StartToken = start, AsWritten = written.AsWritten };
        }

        // "An envoy of the Ministry of Ports and Fisheries Berik Tazhimov": the officer the article names closes
        // the body's name and speaks.
        if (OfficerClosingBody(a, start, end) is > 0 and var officer)
        {
            var officerPhrase = Describe(a, officer, end);
            var opening = Lexicon.Determiners.Contains(text, tokens[start]) ? start + 1 : start;
            return officerPhrase with
            {
                StartToken = start,
                AsWritten = written.AsWritten,
                Role = officerPhrase.Role ?? (!(start > 0 && ArticlePeople.FieldOfBodyAfter(text, tokens, start - 1))
                    && (tokens[opening].IsCapitalized(text) || Lexicon.TitleWords.Contains(text, tokens[opening]) || Lexicon.RoleNouns.Contains(text, tokens[opening]))
                    ? tokens[opening].Text(text) : null),
            };
        }

        // "The Ministry of Fisheries, Ports and Inland Waterways", "Freedonia's Department for Roads, Rail and Shipping": the commas
        // list the portfolios inside one body's name.
        if (appositiveStart < 0 && HoldsPortfolioList(a, start, end))
        {
            return written with { Form = SpeakerForm.Organisation, Organisation = OrganisationName(a, start, end) };
        }

        // "Brightwater Energy said", "Corvo Motors, a carmaker, said": a capitalised run ending in a company's word, with no
        // title and no first name opening it, is the company (as the article's people read it), whatever its appositive says.
        if (CompanyName(a, start, end) is { } company)
        {
            return written with { Form = SpeakerForm.Organisation, Organisation = company };
        }

        // "Kataib Hezbollah said": a capitalised run that ends in a body the catalogue knows, with no first name, title or
        // state before it, is a body of that name, not a person "Kataib" of that body.
        if (BodyEndingInKnownBody(a, start, end) is { } knownBody)
        {
            return written with { Form = SpeakerForm.Organisation, Organisation = knownBody };
        }

        // "Greenpeace Poland said", "Amnesty International said", "Harbour Global said", "Rolls-Royce SMR said": a body's name closed by a country,
        // "International", "Global" or an acronym, not a person named by its first word.
        if (BodyClosedByCountryOrAcronym(a, start, end) is { } closedBody)
        {
            return written with { Form = SpeakerForm.Organisation, Organisation = closedBody };
        }

        var parts = Parts.Read(a, start, end);
        if (appositiveStart < 0 && parts.Affiliation is { } state && parts.AffiliationKind == ActorKind.Country && HasLowercaseWord(a, start, end, "authorities"))
        {
            // "the authorities of Moldova", "Moldova's authorities", "the authorities of the breakaway Transnistria region":
            // a state's authorities speak for the state (the last one named).
            return written with { Form = SpeakerForm.Organisation, Organisation = state, OrganisationKind = ActorKind.Country, Affiliation = state };
        }

        if (appositiveStart >= 0)
        {
            var appositive = Parts.Read(a, appositiveStart, appositiveEnd);
            if (NamesOrganisationAlone(parts, appositive) || NamesOrganisationByAcronym(a, parts, appositiveStart, appositiveEnd))
            {
                // "The ship's operator, Athens-based Halden Shipping, said": the description's company is named after it.
                return Describe(a, appositiveStart, appositiveEnd);
            }

            // "The port workers' union, Sindikat Luke Harbo, said": the article read the apposed name as the body's.
            if (ArticlePeople.ApposedBodyNouns.Contains(text, tokens[end - 1]) && char.IsLower(text[tokens[end - 1].Start])
                && a.People.OrganisationAt(appositiveStart) is { } apposedBody)
            {
                return written with { Form = SpeakerForm.Organisation, Organisation = apposedBody };
            }

            if (DescribesInstitution(a, parts, appositive, appositiveEnd))
            {
                // "Inter-Services Public Relations, the military's media wing, said": the name belongs to an institution.
                return written with { Form = SpeakerForm.Organisation, Organisation = OrganisationName(a, start, end) };
            }

            if (NamesOwnersHolder(parts, appositive) && Describe(a, appositiveStart, appositiveEnd) is { Form: SpeakerForm.Name } officeHolder)
            {
                // "Halvoria's self-styled president, Ilse Brandt,": the phrase still starts where the owner does.
                return officeHolder with
                {
                    StartToken = start,
                    AsWritten = written.AsWritten,
                    Role = officeHolder.Role ?? ArticlePeople.Role(parts.RoleWords),
                    Affiliation = officeHolder.Affiliation ?? parts.Affiliation,
                };
            }

            if ((NamesPersonOfOrganisation(parts, appositive) || NamesHolderAfterRole(a, start, end, appositive))
                && Describe(a, appositiveStart, appositiveEnd) is { Form: SpeakerForm.Name } person)
            {
                // "A spokeswoman for the Dutch Embassy in Oslo, Eva Lind, said": the institution's person is named after it.
                return person with { Role = person.Role ?? ArticlePeople.Role(parts.RoleWords), Affiliation = person.Affiliation ?? parts.Affiliation };
            }

            parts.Absorb(appositive);
        }

        var phrase = Classify(a, parts, written with { Affiliation = parts.Affiliation });
        // "The 39-year-old, once a pilot with Nordvik Shipping," is a person whatever bodies its appositive names, and so is
        // "the 53-year-old Austrian" ("the 150-year-old bank" is not: a word other than a nationality follows the age).
        var ageIsHead = phrase.Form == SpeakerForm.Organisation && end - start >= 4 && Ages.DescribedAt(a, start + 1) > 0
            && a.Tokens[start].Is(a.Text, "the") && (end == start + 4 || a.Tokens[start + 4].Is(a.Text, ',') || (end == start + 5 && IsNationality(a, start + 4)));
        // "the 64-year-old engineer": the age makes a person of the article out of someone described by a person's noun.
        var described = !phrase.IsIndefinite || (phrase.Form == SpeakerForm.Anonymous && phrase.Role is null && PeopleNouns.IsPersonNoun(a.Text, a.Tokens[end - 1]));
        return (phrase.Form is SpeakerForm.Anonymous or SpeakerForm.Title || ageIsHead) && described && DefiniteAge(a, start, end) is var age and > 0
            ? phrase with { Form = SpeakerForm.Title, Role = ageIsHead ? "year-old" : phrase.Role ?? "year-old", Organisation = ageIsHead ? null : phrase.Organisation, Age = age }
            : phrase;
    }

    // "ambassador to NATO", "envoy to the EU": the body an envoy is posted to, which starts at `body`.
    private static bool IsEnvoysPosting(ArticleAnalysis a, int start, int body)
    {
        var to = body - 1 > start && a.Tokens[body - 1].Is(a.Text, "the") ? body - 2 : body - 1;
        return to > start && a.Tokens[to].Is(a.Text, "to") && EnvoyTitles.Contains(a.Text, a.Tokens[to - 1]);
    }

    private static bool IsNationality(ArticleAnalysis a, int k) =>
        a.Tokens[k].IsCapitalized(a.Text) && a.Catalogue.DemonymOf(a.Tokens[k].Span(a.Text)) is { } demonym && a.Tokens[k].Span(a.Text).SequenceEqual(demonym);

    private static string? CompanyName(ArticleAnalysis a, int start, int end)
    {
        var (text, tokens) = (a.Text, a.Tokens);
        if (start < end && tokens[start].Is(text, "the"))
        {
            start++;
        }

        // "Athens-based Pelion Shipping": the describing compound is no part of the name.
        while (start < end && CompanyLexicon.IsDescribingCompound(tokens[start].Span(text)))
        {
            start++;
        }

        if (end - start < 2 || !CompanyLexicon.EndsCompanyName(tokens[end - 1].Span(text)))
        {
            return null;
        }

        // The last word may be a portfolio too ("Energy"); a title before it makes a person's post ("Deputy Energy").
        return IsBodyLikeRun(a, start, end, lastMayBeTitle: true)
            && !(a.Catalogue.TryMatchAlias(text, tokens, start, end, out var length, out _) && length == end - start)
            ? text[tokens[start].Start..tokens[end - 1].End]
            : null;
    }

    private static string? BodyEndingInKnownBody(ArticleAnalysis a, int start, int end)
    {
        var (text, tokens) = (a.Text, a.Tokens);
        if (start < end && tokens[start].Is(text, "the"))
        {
            start++;
        }

        if (end - start < 2 || end - start > 4 || !IsBodyLikeRun(a, start, end, lastMayBeTitle: false))
        {
            return null;
        }

        for (var j = start + 1; j < end; j++)
        {
            if (a.Catalogue.TryMatchAlias(text, tokens, j, end, out var length, out var known) && length == end - j)
            {
                return known.Kind is ActorKind.Organisation && !a.Catalogue.TryMatchAlias(text, tokens, start, j, out _, out _)
                    && a.Catalogue.DemonymOf(text.AsSpan(tokens[start].Start, tokens[j - 1].End - tokens[start].Start)) is null
                    ? text[tokens[start].Start..tokens[end - 1].End]
                    : null;
            }
        }

        return null;
    }

    // A member's letters after a name ("Ivo Lund MP", "Aine Lund TD"), and every letters a name may end in.
    private static readonly WordSet PostNominals = new("mp td mep msp mla mpp", indexed: false);

    private static readonly WordSet Honours = new(PostNominals.Words.Concat("ms qc kc obe cbe mbe kbe dbe phd md jr sr ii iii iv vi".Split(' ')), indexed: false);

    // Countries that are also people's surnames ("Michael Jordan", "Steve Israel").
    private static readonly WordSet SurnameCountries = new("jordan israel chad georgia", indexed: false);

    private static string? BodyClosedByCountryOrAcronym(ArticleAnalysis a, int start, int end)
    {
        var (text, tokens) = (a.Text, a.Tokens);
        if (start < end && tokens[start].Is(text, "the"))
        {
            start++;
        }

        if (end - start < 2 || end - start > 4 || !IsBodyLikeRun(a, start, end, lastMayBeTitle: false))
        {
            return null;
        }

        var last = tokens[end - 1];
        var closes = last.Is(text, "International") || last.Is(text, "Global")
            || (a.Catalogue.TryMatchAlias(text, tokens, end - 1, end, out var length, out var known) && length == 1 && known.Kind == ActorKind.Country
                && !SurnameCountries.Contains(text, last))
            || (last.Length is >= 2 and <= 5 && IsAllCapitals(last.Span(text)) && !Honours.Contains(text, last));
        var before = text[tokens[start].Start..tokens[end - 2].End];
        return closes && a.People.FindFullName(before) is not { Confirmed: true }
            && !a.Catalogue.TryMatchAlias(text, tokens, start, end - 1, out _, out _) && a.Catalogue.DemonymOf(before) is null
            ? text[tokens[start].Start..last.End]
            : null;

        static bool IsAllCapitals(ReadOnlySpan<char> word) => !word.ContainsAnyExceptInRange('A', 'Z');
    }

    // Capitalised words only, none a title or a role (but the last when `lastMayBeTitle`), and no first name opening
    // them: the name of a body, not a person's post or name.
    private static bool IsBodyLikeRun(ArticleAnalysis a, int start, int end, bool lastMayBeTitle)
    {
        var (text, tokens) = (a.Text, a.Tokens);
        for (var k = start; k < end; k++)
        {
            if (!tokens[k].IsWord || !tokens[k].IsCapitalized(text)
                || ((!lastMayBeTitle || k < end - 1) && (Lexicon.TitleWords.Contains(text, tokens[k]) || Lexicon.RoleNouns.Contains(text, tokens[k]))))
            {
                return false;
            }
        }

        return FirstNames.Of(tokens[start].Span(text)) == Gender.Unknown && !Names.IsFirstNameBeforeName(a, start);
    }

    private static readonly WordSet Operated = new("run operated controlled owned managed", indexed: false);

    private static bool HasLowercaseWord(ArticleAnalysis a, int start, int end, string word)
    {
        for (var k = start; k < end; k++)
        {
            if (a.Tokens[k].Is(a.Text, word) && char.IsLower(a.Text[a.Tokens[k].Start]))
            {
                return true;
            }
        }

        return false;
    }

    // "Her verdict", "His answer": the possessive pronoun as the phrase of its owner, resolved like "she" or "he".
    public static SpeakerPhrase? Owner(ArticleAnalysis a, int token) =>
        OwnerPronoun(a.Tokens[token].Span(a.Text)) is { } owner
            ? new SpeakerPhrase
            {
                StartToken = token,
                EndToken = token + 1,
                AsWritten = a.Text[a.Tokens[token].Start..a.Tokens[token].End],
                Form = SpeakerForm.Pronoun,
                Pronoun = owner,
            }
            : null;

    // "his" → "he", "its" → "it": the person or body a possessive pronoun stands for.
    internal static string? OwnerPronoun(ReadOnlySpan<char> word) =>
        word.Equals("its", StringComparison.OrdinalIgnoreCase) ? "it"
        : word.Equals("their", StringComparison.OrdinalIgnoreCase) ? "they"
        : word.Equals("his", StringComparison.OrdinalIgnoreCase) ? "he"
        : word.Equals("her", StringComparison.OrdinalIgnoreCase) ? "she"
        : null;

    private static readonly WordSet InstitutionParts = new("wing arm body", indexed: false);

    // A name no first name opens, in apposition to a lowercase institution noun ("the military's media wing", "the
    // state agency that runs the port").
    private static bool DescribesInstitution(ArticleAnalysis a, Parts description, Parts appositive, int appositiveEnd)
    {
        var head = a.Tokens[appositiveEnd - 1];
        return description.NameTokens.Count > 0 && description.PersonAlias is null && description.RoleWords.Count == 0
            && FirstNames.Of(description.NameTokens[0]) == Gender.Unknown && appositive.NameTokens.Count == 0 && appositive.PersonAlias is null
            && appositive.RoleWords.Count == 0 && char.IsLower(a.Text[head.Start])
            && (InstitutionParts.Contains(a.Text, head) || Lexicon.OrganisationWords.Contains(a.Text, head))
            && a.People.FindFullName(string.Join(' ', description.NameTokens)) is null && a.People.FindSurname(description.NameTokens[^1]).Count == 0;
    }

    // "Halvoria's self-styled president, Ilse Brandt,": the owner's office, its holder named in full after it.
    private static bool NamesOwnersHolder(Parts description, Parts appositive) =>
        description.Owner is not null && description.RoleWords.Count > 0 && description.PersonAlias is null
        && appositive.NameTokens.Count >= 2 && appositive.RoleWords.Count == 0 && !appositive.HasCapitalisedOrganisationWord;

    private static bool NamesPersonOfOrganisation(Parts description, Parts appositive) =>
        description.RoleWords.Count > 0 && description.PersonAlias is null && description.HasCapitalisedOrganisationWord
        && (appositive.NameTokens.Count > 0 || appositive.PersonAlias is not null) && !appositive.HasCapitalisedOrganisationWord;

    // "a spokeswoman for the interim administration, Ilse Marsh,", "The deputy of Verdes for Westshire, Ana Soto,": a role of
    // an institution, party or place with the person named after it; the institution alone speaks only when no name follows.
    private static bool NamesHolderAfterRole(ArticleAnalysis a, int start, int end, Parts appositive) =>
        appositive.NameTokens.Count > 1 && appositive.PersonAlias is null && !appositive.HasCapitalisedOrganisationWord
        && (SpokespersonFor(a, start, end) is not null || RoleOf(a, start, end));

    private static bool RoleOf(ArticleAnalysis a, int start, int end)
    {
        var (text, tokens) = (a.Text, a.Tokens);
        return end - start >= 4 && Lexicon.Determiners.Contains(text, tokens[start]) && char.IsLower(text[tokens[start + 1].Start])
            && (Lexicon.RoleNouns.Contains(text, tokens[start + 1]) || Lexicon.TitleWords.Contains(text, tokens[start + 1]))
            && (tokens[start + 2].Is(text, "of") || tokens[start + 2].Is(text, "for")) && tokens[start + 3].IsCapitalized(text);
    }

    // "Tarn Aerospace Industries (TAI)": capitalised words their bracketed initials spell out name a body, whatever an
    // appositive after them says ("…, the prime contractor,"); a person's name is not shortened so.
    private static string? SpelledOutBody(ArticleAnalysis a, int start, int end)
    {
        var (text, tokens) = (a.Text, a.Tokens);
        if (end - start < 5 || !tokens[end - 1].Is(text, ')') || !tokens[end - 3].Is(text, '(') || !ArticlePeople.IsAcronym(text, tokens[end - 2]))
        {
            return null;
        }

        var first = CapitalisedRunStart(a, start, end - 3);

        // "The Director General of the Harbour Oil Company (HOC)" is the post's holder, not the body.
        var opening = start < first && Lexicon.Determiners.Contains(text, tokens[start]) ? start + 1 : start;
        var name = end - 3 - first >= 2 && first == opening ? text[tokens[first].Start..tokens[end - 4].End] : null;
        return name is not null && ArticlePeople.SpellsOut(tokens[end - 2].Span(text), name) ? name : null;
    }

    // Where the capitalised words ending before `end` begin, no earlier than `start` and after any article.
    private static int CapitalisedRunStart(ArticleAnalysis a, int start, int end)
    {
        var first = end;
        while (first > start && a.Tokens[first - 1].IsCapitalized(a.Text) && !Lexicon.Determiners.Contains(a.Text, a.Tokens[first - 1]))
        {
            first--;
        }

        return first;
    }

    // What a body's own name is followed by to say what kind of body it is: "the KTU union", "the Baltic Trade
    // Operations centre", "the opposition Vazra party" are "KTU", "Baltic Trade Operations", "Vazra". A secretariat is a
    // body of its own ("the Baltic Council secretariat").
    private static readonly WordSet KindsOfBody = new("union party consortium centre center coalition movement federation alliance");

    private static string? NameBeforeKindOfBody(ArticleAnalysis a, int start, int end)
    {
        var (text, tokens) = (a.Text, a.Tokens);
        var kind = tokens[end - 1];
        if (end - start < 2 || !kind.IsWord || char.IsUpper(text[kind.Start]) || !KindsOfBody.Contains(text, kind) || !tokens[end - 2].IsCapitalized(text)
            || Lexicon.Determiners.Contains(text, tokens[end - 2]))
        {
            return null;
        }

        var first = CapitalisedRunStart(a, start, end - 2);

        // "the Oslo city centre", "Norway's Labour party": a place, or an owner before a possessive, is not the body's name.
        var name = text[tokens[first].Start..tokens[end - 2].End];
        return (first > start && tokens[first - 1].Kind == TokenKind.Possessive) || Lexicon.PlaceNouns.Contains(text, tokens[end - 2])
            || a.Catalogue.TryMatchAlias(text, tokens, first, end - 1, out var length, out _) && length == end - 1 - first
            ? null
            : name;
    }

    // "the Vice Chair of the Assembly of Deputies": "the", up to three title words ending in a post, "of the" and a
    // capitalised body with no person's name in it, when someone in the article holds that post.
    private static string? TitleOfTheBody(ArticleAnalysis a, int start, int end)
    {
        var (text, tokens) = (a.Text, a.Tokens);
        if (!IsDefinite(a, start))
        {
            return null;
        }

        var of = start + 1;
        while (of < end && of - start <= 3 && !tokens[of].Is(text, "of") && Lexicon.TitleWords.Contains(text, tokens[of]))
        {
            of++;
        }

        if (of == start + 1 || of + 2 >= end || !tokens[of].Is(text, "of") || !tokens[of + 1].Is(text, "the")
            || !TitleLexicon.IsTitle(tokens[of - 1].Text(text)) || !tokens[of + 2].IsCapitalized(text))
        {
            return null;
        }

        for (var k = of + 2; k < end; k++)
        {
            if (!tokens[k].IsWord || (!tokens[k].IsCapitalized(text) && !tokens[k].Is(text, "of") && !tokens[k].Is(text, "and"))
                || FirstNames.Of(tokens[k].Span(text)) != Gender.Unknown)
            {
                return null;
            }
        }

        // Only a post someone in the article holds: "The President of the Republic of Estland" with no president named stays
        // the phrase it was.
        var title = text[tokens[start + 1].Start..tokens[of - 1].End];
        return a.People.People.Any(p => string.Equals(p.Role, title, StringComparison.OrdinalIgnoreCase)) ? title : null;
    }

    // "Freedonia's main trade union federation, the FTUF,": the institution described is named by its acronym.
    private static bool NamesOrganisationByAcronym(ArticleAnalysis a, Parts description, int start, int end)
    {
        if (start < end && Lexicon.Determiners.Contains(a.Text, a.Tokens[start]))
        {
            start++;
        }

        return end - start == 1 && IsAcronym(a, a.Tokens[start]) && description.HasOrganisationWord && description.NameTokens.Count == 0
            && description.PersonAlias is null && !description.HeadIsRole;
    }

    private static bool NamesOrganisationAlone(Parts description, Parts appositive) =>
        description.NameTokens.Count == 0 && description.PersonAlias is null && !description.HasCapitalisedOrganisationWord
        && appositive.HasCapitalisedOrganisationWord && appositive.PersonAlias is null;

    // Which kind of speaker the words describe, most specific reading first.
    private static SpeakerPhrase Classify(ArticleAnalysis a, Parts parts, SpeakerPhrase phrase)
    {
        var (start, end) = (phrase.StartToken, phrase.EndToken);
        var role = ArticlePeople.Role(parts.RoleWords);
        var named = parts.PersonAlias is not null || parts.NameTokens.Count > 0;
        if (parts.PersonAlias is null && parts.NameTokens.Count == 1 && start == end - 1 && IsPluralPersonNoun(parts.NameTokens[0]) && a.StartsSentence(start))
        {
            // "Presenters repeat that …", "Analysts say …": a plural noun at the head of a sentence, not a name.
            return phrase with { IsIndefinite = true };
        }

        // "a spokeswoman for Freedonia's foreign ministry": the institution after "for" is who speaks, whatever its
        // owner's possessive or adjective would make of the words in between.
        if (SpokespersonFor(a, start, end) is { } spokenFor)
        {
            return phrase with
            {
                Form = SpeakerForm.Organisation,
                Organisation = spokenFor,
                Role = a.Tokens[start + 1].Text(a.Text),
                Affiliation = parts.Affiliation,
            };
        }

        // "Relief organisations say", "backbench MPs accused": a group described by a capitalised word and a
        // plural noun, or by a plural acronym ("MPs", "NGOs"), is nobody by name.
        if (parts.PersonAlias is null && parts.NameTokens.Count == 1 && (IsPluralAcronym(parts.NameTokens[0])
            || (end - start == 2 && IsPluralCommonNoun(a, end - 1))))
        {
            return phrase with { IsIndefinite = true };
        }

        if (!named)
        {
            // "a Pentagon readout", "a statement from the ministry": the document speaks for its institution.
            if (DocumentSource(a, start, end) is { } source)
            {
                return source;
            }

            // "the ministry's spokeswoman": the spokesperson of an institution the article described before;
            // unnamed unless the article named that institution's spokesperson (never an actor "spokeswoman").
            if (IsSpokesperson(parts.RoleWords) && DescribedOwner(a, start, end) is { } owner)
            {
                return phrase with
                {
                    Form = SpeakerForm.Organisation,
                    Organisation = owner,
                    Role = role,
                    Affiliation = a.People.LatestOrganisation(start, owner),
                };
            }

            // "a spokesperson for the foreign ministry", "a Kremlin spokesman": the institution speaks.
            if (IsSpokesperson(parts.RoleWords) && InstitutionIn(a, start, end) is { } institution)
            {
                return phrase with { Form = SpeakerForm.Organisation, Organisation = institution, Role = role };
            }

            // "an embassy spokesperson", "a department spokesperson" after the article named "China's embassy in London",
            // "the US State Department": the spokesperson of the body named last with that noun, which speaks.
            if (parts.Indefinite && IsSpokesperson(parts.RoleWords) && SpokespersonsBody(a, start, end) is { } body)
            {
                return phrase with { Form = SpeakerForm.Organisation, Organisation = body, Role = role };
            }

            if (parts.Indefinite)
            {
                return phrase with { Role = role, IsIndefinite = true };
            }

            // "North Korea's state media KCNA": an acronym at the head is the institution's name ("the ambassador to NATO"
            // is posted there and does not speak for it).
            if (IsAcronym(a, a.Tokens[end - 1]) && end - 1 > start && !Lexicon.TitleWords.Contains(a.Text, a.Tokens[end - 1])
                && !IsEnvoysPosting(a, start, end - 1))
            {
                return phrase with { Form = SpeakerForm.Organisation, Organisation = a.Tokens[end - 1].Text(a.Text) };
            }

            // "CENTCOM said in a statement": an acronym alone in speaker position is an organisation.
            if (end - start == 1 && IsSpeakingAcronym(a, start))
            {
                return phrase with { Form = SpeakerForm.Organisation, Organisation = a.Tokens[start].Text(a.Text) };
            }
        }

        if (parts.GroupOfStates)
        {
            return phrase with { Form = SpeakerForm.Organisation, Organisation = StripDeterminer(a, start, end) };
        }

        // "the Board's chairman", "the Authority's chief negotiator": the title of the institution's holder.
        if (parts.RoleAfterPossessive && !named && role is not null && (parts.HeadIsRole || TitleLexicon.IsTitle(parts.RoleWords[^1])))
        {
            return phrase with { Form = SpeakerForm.Title, Role = role };
        }

        // "the Chief of Staff", "the Chief of Defence Staff": a title of several words linked by "of" is a post, not a body.
        if (!named && end - start >= 3 && TitleLexicon.IsTitlePhrase(StripDeterminer(a, start, end)))
        {
            return phrase with { Form = SpeakerForm.Title, Role = StripDeterminer(a, start, end) };
        }

        // "the former Coast Guard captain": a former title in lower case heads the phrase; the body is where its holder
        // served ("the Commission chief" is the body's office, read below).
        if (!named && role is not null && parts.HasCapitalisedOrganisationWord && end - start >= 3 && a.Tokens[start + 1].Is(a.Text, "former")
            && char.IsLower(a.Text[a.Tokens[end - 1].Start]) && Lexicon.TitleWords.Contains(a.Text, a.Tokens[end - 1]) && !IsSpokesperson(parts.RoleWords))
        {
            return phrase with { Form = SpeakerForm.Title, Role = role };
        }

        // "the President of the Council", "the Chairman of the Harbour Board": the post of a body named after "of".
        if (!named && parts.PersonAlias is null && parts.HasCapitalisedOrganisationWord && HoldsPostOfBody(a, start, end))
        {
            return phrase with { Form = SpeakerForm.Title, Role = a.Tokens[start + 1].Text(a.Text), OfNamedBody = true };
        }

        if (parts.PersonAlias is null && (parts.HasCapitalisedOrganisationWord || NamesOutlet(a, start, end)))
        {
            return phrase with { Form = SpeakerForm.Organisation, Organisation = OrganisationName(a, start, end) };
        }

        // "the paper said", "the Norwegian daily wrote": a newspaper by its common noun, for the outlet named before.
        if (!named && parts.PersonAlias is null && IsDefinite(a, start) && Lexicon.NewspaperNouns.Contains(a.Text, a.Tokens[end - 1])
            && char.IsLower(a.Text[a.Tokens[end - 1].Start]))
        {
            return phrase with { Form = SpeakerForm.Organisation, Organisation = a.Tokens[end - 1].Text(a.Text), Affiliation = null };
        }

        // "a spokesperson for Halden Industries": a run ending in a company word after "for" is the company the
        // spokesperson speaks for, not a person "Halden Industries".
        if (parts.PersonAlias is null && parts.NameTokens.Count > 1 && IsSpokesperson(parts.RoleWords)
            && CompanyLexicon.EndsCompanyName(parts.NameTokens[^1]) && InstitutionIn(a, start, end) is { } company
            && company.EndsWith(parts.NameTokens[^1], StringComparison.Ordinal))
        {
            return phrase with { Form = SpeakerForm.Organisation, Organisation = company, Role = role };
        }

        // "Italian grid operator Ternova", "ship-tracking firm TankerWatch", "the daily Nordposten": one word after a noun
        // for a company or a paper is that company or paper, not a person.
        if (named && parts.PersonAlias is null && parts.NameTokens.Count == 1 && end - start >= 2
            && a.Tokens[end - 1].Span(a.Text).SequenceEqual(parts.NameTokens[0]) && CompanyLexicon.IsCompanyOrPaperNoun(a, end - 2))
        {
            return phrase with { Form = SpeakerForm.Organisation, Organisation = parts.NameTokens[0], Role = null };
        }

        // "Ravenna's city council", "Halden's port authority": a body in lowercase words after its owner's possessive
        // speaks, not a person called like the owner.
        if (named && parts.PersonAlias is null && parts.Owner is { } bodysOwner && parts.Owner == string.Join(' ', parts.NameTokens)
            && end - start >= 3 && a.Tokens[end - 1].IsWord && char.IsLower(a.Text[a.Tokens[end - 1].Start])
            && Lexicon.OrganisationWords.Contains(a.Text, a.Tokens[end - 1]) && !a.People.IsPersonsSurname(bodysOwner))
        {
            return phrase with { Form = SpeakerForm.Organisation, Organisation = StripDeterminer(a, start, end), Role = null };
        }

        // "the Harbourtown city council", "the Nordvik city military administration": a place before lowercase words ending
        // in a body's word names that body, not a person called like the place.
        if (named && parts.PersonAlias is null && parts.NameTokens.Count == 1 && end - start >= 4 && IsDefinite(a, start)
            && a.Tokens[start + 1].Span(a.Text).SequenceEqual(parts.NameTokens[0]) && LowercaseBodyAfter(a, start + 2, end)
            && !a.People.IsPersonsSurname(parts.NameTokens[0]))
        {
            return phrase with { Form = SpeakerForm.Organisation, Organisation = StripDeterminer(a, start, end), Role = null };
        }

        if (named)
        {
            return phrase with
            {
                Form = SpeakerForm.Name,
                Name = parts.PersonAlias ?? string.Join(' ', parts.NameTokens),
                Role = role,
                Gender = GenderOf(a, start, end),
            };
        }

        // "traders said", "the communiqué said": somebody spoke, and the text does not say who.
        if (parts.Indefinite || parts.PluralAnonymous || DocumentNouns.Contains(a.Text, a.Tokens[end - 1]))
        {
            return phrase with { Role = role, IsIndefinite = true };
        }

        // The head decides: "the ministry's spokesman" is a person by title, "the foreign ministry" an institution.
        if (parts.HeadIsRole && role is not null)
        {
            return phrase with { Form = SpeakerForm.Title, Role = role };
        }

        // "the Kremlin press service", "Ukraine's presidential press office": the press unit speaks for whoever owns it.
        if (end - start >= 3 && a.Tokens[end - 2].Is(a.Text, "press") && PressUnits.Contains(a.Text, a.Tokens[end - 1])
            && char.IsLower(a.Text[a.Tokens[end - 2].Start]) && OrganisationName(a, start, end) is var pressOwner && pressOwner.Any(char.IsUpper)
            && (parts.Affiliation is not null || pressOwner.Contains(' ', StringComparison.Ordinal)))
        {
            return phrase with
            {
                Form = SpeakerForm.Organisation,
                Organisation = pressOwner,
                OrganisationKind = parts.AffiliationKind == ActorKind.Country ? ActorKind.Country : ActorKind.Organisation,
            };
        }

        // "the UN agency": a body described only by a known actor and a generic noun is the body the article named last
        // before it, else the actor itself; never an actor "UN agency" ("the UN refugee agency" says which it is).
        if (!named && parts.Affiliation is { } describedOwner && IsDefinite(a, start) && end - start == 3
            && char.IsLower(a.Text[a.Tokens[end - 1].Start]) && GenericBodies.Contains(a.Text, a.Tokens[end - 1]))
        {
            var described = a.People.OrganisationNamedBefore(start, DescribedBodyReach);
            return phrase with
            {
                Form = SpeakerForm.Organisation,
                Organisation = described ?? describedOwner,
                OrganisationKind = described is null ? parts.AffiliationKind ?? ActorKind.Organisation : ActorKind.Organisation,
            };
        }

        if (parts.HasOrganisationWord || parts.Affiliation is not null)
        {
            return phrase with
            {
                Form = SpeakerForm.Organisation,
                Organisation = NameBeforeKindOfBody(a, start, end) ?? StripDeterminer(a, start, end),
                OrganisationKind = parts.AffiliationKind == ActorKind.Country && !parts.HasOrganisationWord ? ActorKind.Country : ActorKind.Organisation,
            };
        }

        // "His widow said", "the family said", "neighbours said": someone the article describes spoke, unnamed.
        if (role is null && PeopleNouns.IsPersonNoun(a.Text, a.Tokens[end - 1]))
        {
            return phrase with { IsIndefinite = true };
        }

        return phrase with { Form = role is null ? SpeakerForm.Anonymous : SpeakerForm.Title, Role = role };
    }

    private static string? SpokespersonsBody(ArticleAnalysis a, int start, int end)
    {
        for (var k = start + 1; k + 1 < end; k++)
        {
            var noun = a.Tokens[k];
            if (noun.Kind == TokenKind.Word && char.IsLower(a.Text[noun.Start]) && Lexicon.OrganisationWords.Contains(a.Text, noun)
                && a.Tokens[k + 1].Span(a.Text).StartsWith("spokes", StringComparison.OrdinalIgnoreCase))
            {
                return a.People.LatestOrganisation(start, noun.Text(a.Text)) is { } named && named.Any(char.IsUpper) ? named : null;
            }
        }

        return null;
    }

    private static readonly WordSet EntourageNouns = new("""
        allies aides advisers advisors associates confidants loyalists friends people sources officials colleagues supporters
        """, indexed: false);

    private static readonly WordSet EntourageLinks = new("of to close around near familiar", indexed: false);

    // A plural noun for the people around someone opening the phrase, then "of", "to", "close to" or "around": the
    // noun's token, or -1.
    private static int Entourage(ArticleAnalysis a, int start, int end)
    {
        var k = Lexicon.Determiners.Contains(a.Text, a.Tokens[start]) ? start + 1 : start;
        if (k < end && a.Tokens[k].Is(a.Text, "some"))
        {
            k++;
        }

        return k + 2 < end && EntourageNouns.Contains(a.Text, a.Tokens[k]) && EntourageLinks.Contains(a.Text, a.Tokens[k + 1]) ? k : -1;
    }

    private static bool HoldsPostOfBody(ArticleAnalysis a, int start, int end) =>
        end - start >= 4 && IsDefinite(a, start) && a.Tokens[start + 2].Is(a.Text, "of")
        && (TitleLexicon.IsTitle(a.Tokens[start + 1].Text(a.Text)) || Lexicon.LeaderWords.Contains(a.Text, a.Tokens[start + 1]))
        && a.Tokens[end - 1].IsCapitalized(a.Text);

    // Lowercase words from `from` to `end`, the last of them a body's word ("city council", "port authority").
    private static bool LowercaseBodyAfter(ArticleAnalysis a, int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (!a.Tokens[k].IsWord || !char.IsLower(a.Text[a.Tokens[k].Start]))
            {
                return false;
            }
        }

        return Lexicon.OrganisationWords.Contains(a.Text, a.Tokens[end - 1]);
    }
}
