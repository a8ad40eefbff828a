using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Extraction;

// Institutions, outlets, documents and spokespeople inside a speaker phrase, and the organisation's name as written.
internal static partial class SpeakerPhraseParser
{
    // "The Rhine Chronicle", "the Baltic Daily": a capitalised run ending in an outlet word is a news outlet, never a
    // person "Rhine" (unless it opens with a first name: "Emily Post").
    private static bool NamesOutlet(ArticleAnalysis a, int start, int end)
    {
        var (text, tokens) = (a.Text, a.Tokens);
        var last = tokens[end - 1];
        if (end - start < 2 || !last.IsCapitalized(text) || !Lexicon.OutletWords.Contains(text, last))
        {
            return false;
        }

        var first = start;
        while (first < end - 1 && Lexicon.Determiners.Contains(text, tokens[first]))
        {
            first++;
        }

        // "The Globe and Mail": one outlet of two words joined by "and".
        var beforeLast = end - 2 > first && tokens[end - 2].Is(text, "and") ? end - 3 : end - 2;
        return first < end - 1 && tokens[beforeLast].IsCapitalized(text) && FirstNames.Of(tokens[first].Span(text)) == Gender.Unknown;
    }

    private static bool IsDefinite(ArticleAnalysis a, int start) =>
        a.Tokens[start].Is(a.Text, "the") || a.Tokens[start].Is(a.Text, "The");

    private static SpeakerPhrase? DocumentSource(ArticleAnalysis a, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var sourced = SourcedDocuments.Contains(a.Text, a.Tokens[k]) && char.IsLower(a.Text[a.Tokens[k].Start]);
            // "The Washington Post" is a paper, not a post by Washington.
            if ((!DocumentNouns.Contains(a.Text, a.Tokens[k]) && !sourced) || (a.Tokens[k].IsCapitalized(a.Text) && Lexicon.OutletWords.Contains(a.Text, a.Tokens[k])))
            {
                continue;
            }

            // "a summary issued by the prime minister's office", "a note from the agency"
            var from = k + 1;
            while (from < end && (SourceLinks.Contains(a.Text, a.Tokens[from]) || Lexicon.Determiners.Contains(a.Text, a.Tokens[from])))
            {
                from++;
            }

            if (from > k + 1 && from < end)
            {
                // "figures released by the coast guard on Monday": the day is no part of the body.
                var innerEnd = from + 1;
                while (innerEnd < end && !TimeWords.Contains(a.Text, a.Tokens[innerEnd]))
                {
                    innerEnd++;
                }

                var inner = Describe(a, from, innerEnd);
                return inner.Form is SpeakerForm.Organisation or SpeakerForm.Name or SpeakerForm.Title ? inner : null;
            }

            // "a Pentagon readout", "Kremlin statement": the institution stands before the document.
            // "The statement" opening a sentence is no institution's.
            if (!sourced && k > start && !Lexicon.Determiners.Contains(a.Text, a.Tokens[k - 1])
                && (a.Catalogue.TryMatchAlias(a.Text, a.Tokens, k - 1, k, out _, out _) || a.Tokens[k - 1].IsCapitalized(a.Text)))
            {
                var first = k - 1;
                while (first - 1 >= start && a.Tokens[first - 1].IsCapitalized(a.Text) && !Lexicon.Determiners.Contains(a.Text, a.Tokens[first - 1]))
                {
                    first--;
                }

                return new SpeakerPhrase
                {
                    StartToken = start,
                    EndToken = end,
                    AsWritten = a.Text[a.Tokens[start].Start..a.Tokens[end - 1].End],
                    Form = SpeakerForm.Organisation,
                    Organisation = a.Text[a.Tokens[first].Start..a.Tokens[k - 1].End],
                };
            }

            return null;
        }

        return null;
    }

    // "the ministry's", "the company's": an institution by its common noun, owning the title after it.
    private static string? DescribedOwner(ArticleAnalysis a, int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            var owner = a.Tokens[k - 1];
            if (a.Tokens[k].Kind == TokenKind.Possessive && owner.Kind == TokenKind.Word && char.IsLower(a.Text[owner.Start])
                && Lexicon.OrganisationWords.Contains(a.Text, owner))
            {
                return owner.Text(a.Text);
            }
        }

        return null;
    }

    private static string? SpokespersonFor(ArticleAnalysis a, int start, int end)
    {
        var (text, tokens) = (a.Text, a.Tokens);
        if (end - start < 5 || !(tokens[start].Is(text, "a") || tokens[start].Is(text, "an") || tokens[start].Is(text, "the"))
            || !IsSpokesperson([tokens[start + 1].Text(text)]) || !(tokens[start + 2].Is(text, "for") || tokens[start + 2].Is(text, "of")))
        {
            return null;
        }

        // Only an institution by its common noun, owned or described: "Freedonia's foreign ministry", "the Freedonian
        // foreign ministry"; a name after "for" is read as before.
        var last = tokens[end - 1];
        if (!char.IsLower(text[last.Start]) || !Lexicon.OrganisationWords.Contains(text, last))
        {
            return null;
        }

        var from = start + 3;
        while (from < end && Lexicon.Determiners.Contains(text, tokens[from]))
        {
            from++;
        }

        return end - from >= 2 && tokens[from].IsCapitalized(text) ? text[tokens[from].Start..last.End] : null;
    }

    private static bool InsideName(ArticleAnalysis a, int k, int end) =>
        k > 0 && k + 1 < end && (a.Tokens[k].Is(a.Text, "of") || a.Tokens[k].Is(a.Text, "for")) && a.Tokens[k - 1].IsCapitalized(a.Text)
        && Lexicon.OrganisationWords.Contains(a.Text, a.Tokens[k - 1]) && a.Tokens[k + 1].IsCapitalized(a.Text);

    private static bool IsSpokesperson(List<string> roleWords) =>
        roleWords.Exists(w => w.ToUpperInvariant() is "SPOKESMAN" or "SPOKESWOMAN" or "SPOKESPERSON" or "SPOKESPEOPLE");

    // "the Harbour Defence Command (HDC)": the bracketed acronym is the name's short form, not part of it.
    private static int BeforeBracketedAcronym(ArticleAnalysis a, int from, int end) =>
        end - from > 3 && a.Tokens[end - 1].Is(a.Text, ')') && a.Tokens[end - 3].Is(a.Text, '(') && IsAcronym(a, a.Tokens[end - 2]) ? end - 3 : end;

    private static string? InstitutionIn(ArticleAnalysis a, int start, int end)
    {
        var text = a.Text;
        for (var k = start; k < end; k++)
        {
            // "A Ministry of Defence spokesperson": an "of" between capitalised words is inside the institution's name.
            if ((a.Tokens[k].Is(text, "for") || a.Tokens[k].Is(text, "of") || a.Tokens[k].Is(text, "at")) && !InsideName(a, k, end))
            {
                var from = k + 1;
                while (from < end && Lexicon.Determiners.Contains(text, a.Tokens[from]))
                {
                    from++;
                }

                var nameEnd = BeforeBracketedAcronym(a, from, end);
                return from < nameEnd ? text[a.Tokens[from].Start..a.Tokens[nameEnd - 1].End] : null;
            }
        }

        for (var k = start; k < end; k++)
        {
            if (a.Catalogue.TryMatchAlias(text, a.Tokens, k, end, out var length, out var actor) && actor.Kind != ActorKind.Person)
            {
                // "a Norwegian Fisheries Ministry spokesman": the state's institution speaks, not the state.
                var last = k + length - 1;

                // "Iran's Foreign Ministry spokesman": the state's possessive before its institution's name.
                var owned = actor.Kind == ActorKind.Country && last + 2 < end && a.Tokens[last + 1].Kind == TokenKind.Possessive
                    && a.Tokens[last + 2].IsCapitalized(text);
                if (owned)
                {
                    last++;
                }

                while (actor.Kind == ActorKind.Country && last + 1 < end && a.Tokens[last + 1].IsCapitalized(text)
                    && !Lexicon.RoleNouns.Contains(text, a.Tokens[last + 1]))
                {
                    last++;
                }

                if (owned && !Lexicon.OrganisationWords.Contains(text, a.Tokens[last]))
                {
                    last = k + length - 1;
                }

                // "An Algerian foreign ministry spokesman": the state's institution in lower case speaks, not the state.
                if (actor.Kind == ActorKind.Country && last == k + length - 1)
                {
                    for (var j = last + 1; j < end && j - last <= 3 && a.Tokens[j].IsWord && !Lexicon.RoleNouns.Contains(text, a.Tokens[j]); j++)
                    {
                        if (Lexicon.OrganisationWords.Contains(text, a.Tokens[j]))
                        {
                            last = j;
                            break;
                        }
                    }
                }

                // "A Tokyo Gas spokesman": a company named after its city or country is the company.
                var body = last > k + length - 1 && (Lexicon.OrganisationWords.Contains(text, a.Tokens[last])
                    || (actor.Kind == ActorKind.Country && !owned && CompanyLexicon.EndsCompanyName(a.Tokens[last].Span(text))));
                return text[a.Tokens[k].Start..a.Tokens[body ? last : k + length - 1].End];
            }

            if (a.Tokens[k].IsCapitalized(text) && !Lexicon.Determiners.Contains(text, a.Tokens[k])
                && (!Lexicon.TitleWords.Contains(text, a.Tokens[k]) || InsideName(a, k + 1, end)))
            {
                var last = k;
                while (last + 1 < end && (a.Tokens[last + 1].IsCapitalized(text) || InsideName(a, last + 1, end)))
                {
                    last++;
                }

                return text[a.Tokens[k].Start..a.Tokens[last].End];
            }
        }

        return null;
    }

    private static Gender GenderOf(ArticleAnalysis a, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (Lexicon.MaleCues.Contains(a.Text, a.Tokens[k]))
            {
                return Gender.Male;
            }

            if (Lexicon.FemaleCues.Contains(a.Text, a.Tokens[k]))
            {
                return Gender.Female;
            }
        }

        return Gender.Unknown;
    }

    private static bool IsPluralPersonNoun(string word)
    {
        foreach (var suffix in PluralPersonSuffixes)
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && FirstNames.Of(word) == Gender.Unknown)
            {
                return true;
            }
        }

        return false;
    }

    // "The official Baltic News Service (BNS)" is the Baltic News Service: the capitalised run,
    // without lowercase modifiers or the bracketed acronym.
    private static string OrganisationName(ArticleAnalysis a, int start, int end)
    {
        var first = start;
        while (first < end && (!(a.Tokens[first].IsCapitalized(a.Text) && !Lexicon.Determiners.Contains(a.Text, a.Tokens[first]))
            || (first + 1 < end && IsCompoundModifier(a.Tokens[first].Span(a.Text)) && a.Tokens[first + 1].IsCapitalized(a.Text))))
        {
            first++;
        }

        var last = end - 1;
        if (last - 2 > first && a.Tokens[last].Is(a.Text, ')') && IsAcronymParenthesis(a, last))
        {
            last -= 3;
        }

        while (last > first && !a.Tokens[last].IsCapitalized(a.Text))
        {
            last--;
        }

        return first <= last ? a.Text[a.Tokens[first].Start..a.Tokens[last].End] : a.Text[a.Tokens[start].Start..a.Tokens[end - 1].End];
    }

    // "Athens-based", "Iran-backed", "Liberian-flagged": a place or patron joined to a participle describes the name after it.
    private static bool IsCompoundModifier(ReadOnlySpan<char> word)
    {
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && hyphen + 3 < word.Length && word[(hyphen + 1)..].EndsWith("ed", StringComparison.Ordinal)
            && char.IsLower(word[hyphen + 1]);
    }

    private static bool OrganisationWordAhead(ArticleAnalysis a, int from, int end)
    {
        for (var k = from; k < end && k < from + 4; k++)
        {
            if (a.Tokens[k].IsCapitalized(a.Text) && Lexicon.OrganisationWords.Contains(a.Text, a.Tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    // "Coastal Affairs", "Grain Trade Studies": a capitalised run ending in a common noun is a subject, not a name.
    private static bool RunEndsInCommonNoun(ArticleAnalysis a, int from, int end)
    {
        var k = from;
        while (k + 1 < end && a.Tokens[k + 1].IsCapitalized(a.Text))
        {
            k++;
        }

        return Lexicon.CommonNouns.Contains(a.Text, a.Tokens[k]);
    }

    // "a Freedonian strategist", "the Baltic countries": after a determiner, capitalised words before the phrase's last,
    // lowercase noun describe it; they are nobody's name.
    private static bool ModifiesHead(ArticleAnalysis a, Parts parts, int start, int head, int end)
    {
        var first = head - parts.NameTokens.Count;
        return parts.NameTokens.Count > 0 && head == end - 1 && first - 1 >= start && Lexicon.Determiners.Contains(a.Text, a.Tokens[first - 1])
            && !Prepositions.Contains(a.Text, a.Tokens[head]) && !a.Tokens[head].Text(a.Text).EndsWith("ly", StringComparison.Ordinal);
    }

    private static bool IsNameLike(ArticleAnalysis a, int from, int end) =>
        from < end && a.Tokens[from].IsCapitalized(a.Text) && !Lexicon.TitleWords.Contains(a.Text, a.Tokens[from]);

    private static string StripDeterminer(ArticleAnalysis a, int start, int end)
    {
        var from = start;
        if (Lexicon.Determiners.Contains(a.Text, a.Tokens[from]) && end - from > 1)
        {
            from++;
        }

        return a.Text[a.Tokens[from].Start..a.Tokens[end - 1].End];
    }

    private static bool IsPluralAcronym(string word) =>
        word.Length >= 3 && word[^1] == 's' && word[..^1].All(char.IsUpper);

    private static bool IsPluralCommonNoun(ArticleAnalysis a, int k)
    {
        var token = a.Tokens[k];
        var word = token.Span(a.Text);
        return token.Kind == TokenKind.Word && word.Length > 3 && char.IsLower(word[0]) && word[^1] == 's' && word[^2] != 's'
            && !a.IsSpeechVerb(k);
    }
}
