using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Extraction;

// Institutions an article names: acronyms it spells out, short names it gives, and what a ministry deals with.
internal sealed partial class ArticlePeople
{
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
            if (BodysSubject(text, tokens[k + 1]) && tokens[k].IsCapitalized(text) && Lexicon.OrganisationWords.Contains(text, tokens[k]))
            {
                return tokens[k].Text(text);
            }
        }

        return null;
    }

    // "the Ministry of Ports and Fisheries Berik Tazhimov informed": protocol copy names the officer right after the body's
    // portfolio; a known first name or a surname's ending shows where the name begins, a speech verb or a comma that it ends,
    // or a title opening the run that a holder follows ("Vice Chair of the Assembly of Deputies Ali Sani pressed on").
    private int OfficerAfterPortfolio(int start, int end)
    {
        var text = _analysis.Text;
        var tokens = _analysis.Tokens;
        if (end >= tokens.Count || !(_analysis.SpeechVerbFollows(end) || tokens[end].Is(text, ',') || TitleOfBefore(start) is not null))
        {
            return 0;
        }

        for (var first = end - 2; first >= end - 3 && first - 1 > start; first--)
        {
            if (!(ClosesBodysName(first - 1) || BodyClosedBeforeFirstName(start, first)) || SpeakerPhraseParser.PortfolioWords.Contains(text, tokens[first]))
            {
                continue;
            }

            var named = true;
            for (var k = first; k < end; k++)
            {
                named &= tokens[k].IsCapitalized(text) && !Lexicon.OrganisationWords.Contains(text, tokens[k])
                    && !Lexicon.CommonNouns.Contains(text, tokens[k]) && !Lexicon.PlaceNouns.Contains(text, tokens[k]);
            }

            if (named && (FirstNames.Of(tokens[first].Span(text)) != Gender.Unknown || SurnameEndings.Of(tokens[end - 1].Span(text)) != Gender.Unknown))
            {
                return first;
            }
        }

        return 0;
    }

    // "… of the Harbour Council Ivo Marek", "… of the Coastal Board of Freedonia Ivo Marek": a first name after the
    // body's own word, or after the state the body belongs to, opens the holder's name.
    private bool BodyClosedBeforeFirstName(int start, int first)
    {
        var (text, tokens) = (_analysis.Text, _analysis.Tokens);
        if (FirstNames.Of(tokens[first].Span(text)) == Gender.Unknown)
        {
            return false;
        }

        if (Lexicon.OrganisationWords.Contains(text, tokens[first - 1]))
        {
            return true;
        }

        for (var of = first - 2; of > start && first - of <= 3; of--)
        {
            if (tokens[of].Is(text, "of"))
            {
                return _analysis.Catalogue.TryMatchAlias(text, tokens, of + 1, first, out var length, out var state) && length == first - of - 1
                    && state.Kind == ActorKind.Country;
            }
        }

        return false;
    }

    // "Vice Chair of the Assembly …": the body is a title's, so a name closing it is the holder's.
    private string? TitleOfBefore(int start) =>
        TitleBeforeState(start) is { } title && Lexicon.TitleWords.Contains(title.AsSpan(title.LastIndexOf(' ') + 1)) ? title : null;

    // A portfolio ("… of Ports and Fisheries") or the holders a body is made of ("Cabinet of Ministers", "Chamber of
    // Deputies") ends the body's name.
    private bool ClosesBodysName(int k)
    {
        var text = _analysis.Text;
        var tokens = _analysis.Tokens;
        if (SpeakerPhraseParser.PortfolioWords.Contains(text, tokens[k]))
        {
            return true;
        }

        return k > 0 && tokens[k - 1].Is(text, "of") && ActorNames.Singular(tokens[k].Text(text)) is { } singular
            && (Lexicon.TitleWords.Contains(singular) || Lexicon.RoleNouns.Contains(singular));
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
            while (first - 1 >= 0 && k - first < 10 && !BreaksLine(text, tokens[first - 1].End, tokens[first].Start) && (tokens[first - 1].IsCapitalized(text)
                || (first - 2 >= 0 && tokens[first - 2].IsCapitalized(text)
                    && (Connectors.Contains(text, tokens[first - 1]) || tokens[first - 1].Is(text, "in")))))
            {
                first--;
            }

            // "The Coastal Patrol Command (KORVAL)" at a sentence's start: the name starts after "The"; "the Harbour Support
            // Mission in Freedonia (HSMF)" runs across "in".
            while (first < k - 1 && Lexicon.Determiners.Contains(text, tokens[first]))
            {
                first++;
            }

            if (first < k)
            {
                var spelledOut = text[tokens[first].Start..tokens[k - 1].End];
                Acronyms.TryAdd(tokens[k + 1].Text(text), spelledOut);
                // "Severna Energetska Druzba (SED)": words an acronym of their initials stands for name a body, whatever
                // language they are in; a person's name is not shortened so.
                if (k - first >= 2 && SpellsOut(tokens[k + 1].Span(text), spelledOut))
                {
                    _namedBodies.Add(spelledOut);
                }
            }
        }
    }

    // The acronym's letters in order among the name's letters, its first the name's first: "SED" in "Severna
    // energetska druzba", "NPC" in "Nordvik Power Company"; "CDU" is not in "Anna Berg".
    internal static bool SpellsOut(ReadOnlySpan<char> acronym, string name)
    {
        if (char.ToUpperInvariant(name[0]) != acronym[0])
        {
            return false;
        }

        var next = 1;
        for (var i = 1; i < name.Length && next < acronym.Length; i++)
        {
            if (char.ToUpperInvariant(name[i]) == acronym[next])
            {
                next++;
            }
        }

        return next == acronym.Length;
    }

    internal static bool IsAcronym(string text, Token token)
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

    // "Freedonia's Foreign Ministry, known as the Bureau,": the short name, once given, stands for the institution.
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
            while (first - 1 >= 0 && last - first < 8 && !BreaksLine(text, tokens[first - 1].End, tokens[first].Start)
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

            // "Ministry of Ports and Coastal Works": the subject goes on after "and".
            if ((token.Is(text, "and") || token.Is(text, '&')) && k > floor && tokens[k - 1].IsCapitalized(text))
            {
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

    // "Kuwait's foreign ministry", "the Freedonian defence ministry": an institution in lowercase words after a state the
    // catalogue knows, remembered for a later "the ministry".
    private void DescribedInstitutionAfter(int start, int end)
    {
        var (text, tokens) = (_analysis.Text, _analysis.Tokens);
        if (start < end - 1 && Lexicon.Determiners.Contains(text, tokens[start]))
        {
            start++;
        }

        // "a Norwegian data firm" describes something named elsewhere or nothing, and "Nordvik Shipping, the Norwegian
        // tanker operator," describes the name before it: neither is an institution to return to.
        if (end >= tokens.Count || (start > 0 && (tokens[start - 1].Is(text, "a") || tokens[start - 1].Is(text, "an")))
            || (start > 2 && tokens[start - 1].Is(text, "the") && tokens[start - 2].Is(text, ',') && tokens[start - 3].IsCapitalized(text)))
        {
            return;
        }

        // The words after the run first (bit tests), then whether the run is owned ("Kuwait's") or the state's adjective
        // ("Kuwaiti"), never the state's name alone ("Kuwait summoned"), and the catalogue last.
        var owned = tokens[end].Kind == TokenKind.Possessive;
        var k = owned ? end + 1 : end;
        var first = k;
        while (k < tokens.Count && k - first < 3 && tokens[k].IsWord && char.IsLower(text[tokens[k].Start])
            && !Lexicon.OrganisationWords.Contains(text, tokens[k]) && !Lexicon.Determiners.Contains(text, tokens[k]) && !_analysis.IsSpeechVerb(k))
        {
            k++;
        }

        if (k >= tokens.Count || !tokens[k].IsWord || !char.IsLower(text[tokens[k].Start]) || !Lexicon.OrganisationWords.Contains(text, tokens[k]))
        {
            return;
        }

        var written = text.AsSpan(tokens[start].Start, tokens[end - 1].End - tokens[start].Start);
        if ((!owned && !written.Equals(_analysis.Catalogue.DemonymOf(written), StringComparison.OrdinalIgnoreCase))
            || !_analysis.Catalogue.TryMatchAlias(text, tokens, start, end, out var length, out var state) || length != end - start
            || state.Kind != ActorKind.Country)
        {
            return;
        }

        Organisations.Add((start, text[tokens[start].Start..tokens[k].End], tokens[k].Text(text)));
    }
}
