using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Extraction;

// Finds the noun phrase that names a speaker next to a speech verb and says what kind of phrase it is.
internal static class SpeakerPhraseParser
{
    private const int MaxPhraseTokens = 12;

    private static readonly WordSet Connectors = new("of for");
    private static readonly WordSet IndefiniteWords = new("a an one two three several some many another other");
    private static readonly WordSet Adjectives = new("""
        top senior former chief deputy foreign defence defense military western european russian ukrainian american
        british french german chinese israeli iranian polish turkish european-union eu nato u.s. us un white house
        interior finance security national presidential prime state government ministry kremlin pentagon
        regional local leading veteran anonymous unnamed retired visiting outgoing incoming acting new
        """);

    // The phrase that ends just before `end` (after auxiliaries: "Lavrov has also said").
    public static SpeakerPhrase? Before(ArticleAnalysis a, int end, int floor)
    {
        var k = end - 1;
        while (k >= floor && k > end - 4 && Lexicon.Auxiliaries.Contains(a.Text, a.Tokens[k]))
        {
            k--;
        }

        // "was quoted as saying": step back over "quoted as".
        if (k >= floor && a.Tokens[k].Is(a.Text, "as") && k - 1 >= floor && a.Tokens[k - 1].Is(a.Text, "quoted"))
        {
            k -= 2;
            while (k >= floor && Lexicon.Auxiliaries.Contains(a.Text, a.Tokens[k]))
            {
                k--;
            }
        }

        // "Lavrov, Russia's foreign minister, said": name before the appositive.
        if (k >= floor && a.Tokens[k].Is(a.Text, ','))
        {
            var appositiveEnd = k;
            var appositiveStart = PhraseStartBefore(a, appositiveEnd, floor);
            if (appositiveStart < appositiveEnd && appositiveStart - 1 >= floor && a.Tokens[appositiveStart - 1].Is(a.Text, ','))
            {
                var nameEnd = appositiveStart - 1;
                var nameStart = PhraseStartBefore(a, nameEnd, floor);
                if (nameStart < nameEnd)
                {
                    return Describe(a, nameStart, nameEnd, appositiveStart, appositiveEnd);
                }
            }

            return null;
        }

        var start = PhraseStartBefore(a, k + 1, floor);
        return start <= k ? Describe(a, start, k + 1) : null;
    }

    // The phrase that starts at `start`: "said Russian Foreign Minister Sergei Lavrov, who…".
    public static SpeakerPhrase? After(ArticleAnalysis a, int start, int ceiling)
    {
        var k = start;
        if (k < ceiling && Lexicon.Pronouns.Contains(a.Text, a.Tokens[k]))
        {
            return Describe(a, k, k + 1);
        }

        if (k < ceiling && (Lexicon.Determiners.Contains(a.Text, a.Tokens[k]) || a.Tokens[k].Kind == TokenKind.Number))
        {
            k++;
        }

        while (k < ceiling && k - start < MaxPhraseTokens)
        {
            var token = a.Tokens[k];
            if (Connectors.Contains(a.Text, token) && k + 1 < ceiling && IsPhraseToken(a, k + 1) && k > start)
            {
                k++;
                continue;
            }

            if (!IsPhraseToken(a, k) || (k > start && Lexicon.PhraseBreakers.Contains(a.Text, token) && !token.IsCapitalized(a.Text)))
            {
                break;
            }

            k++;
        }

        if (k == start || (k == start + 1 && Lexicon.Determiners.Contains(a.Text, a.Tokens[start])))
        {
            return null;
        }

        // "said Ivan Petrov, a spokesman for the ministry": keep the appositive for the role.
        if (k + 1 < ceiling && a.Tokens[k].Is(a.Text, ','))
        {
            var appositive = k + 1;
            var end = appositive;
            if (end < ceiling && Lexicon.Determiners.Contains(a.Text, a.Tokens[end]))
            {
                end++;
            }

            while (end < ceiling && end - appositive < MaxPhraseTokens
                && (IsPhraseToken(a, end) || (Connectors.Contains(a.Text, a.Tokens[end]) && end + 1 < ceiling && IsPhraseToken(a, end + 1))))
            {
                end++;
            }

            if (end > appositive + 1 && ContainsRole(a, appositive, end))
            {
                return Describe(a, start, k, appositive, end);
            }
        }

        return Describe(a, start, k);
    }

    private static int PhraseStartBefore(ArticleAnalysis a, int end, int floor)
    {
        var k = end - 1;
        if (k >= floor && Lexicon.Pronouns.Contains(a.Text, a.Tokens[k]))
        {
            return k;
        }

        while (k >= floor && end - k <= MaxPhraseTokens)
        {
            var token = a.Tokens[k];
            if (Lexicon.Determiners.Contains(a.Text, token) && !token.IsCapitalized(a.Text) || (token.IsCapitalized(a.Text) && Lexicon.Determiners.Contains(a.Text, token)))
            {
                return k;
            }

            if (Connectors.Contains(a.Text, token) && k - 1 >= floor && IsPhraseToken(a, k - 1) && k + 1 < end)
            {
                k--;
                continue;
            }

            if (!IsPhraseToken(a, k))
            {
                break;
            }

            k--;
        }

        return k + 1;
    }

    private static bool IsPhraseToken(ArticleAnalysis a, int k)
    {
        var text = a.Text;
        var token = a.Tokens[k];
        switch (token.Kind)
        {
            case TokenKind.Possessive:
                return true;
            case TokenKind.Number:
                return false;
            case TokenKind.Punct:
                return text[token.Start] == '.' && k > 0 && Lexicon.Abbreviations.Contains(text, a.Tokens[k - 1]) && a.Tokens[k - 1].End == token.Start;
        }

        if (a.InsideQuote(k))
        {
            return false;
        }

        if (token.IsCapitalized(text))
        {
            return !Lexicon.CommonCapitalised.Contains(text, token)
                || Lexicon.TitleWords.Contains(text, token) || Lexicon.RoleNouns.Contains(text, token)
                || Adjectives.Contains(text, token) || Lexicon.Determiners.Contains(text, token);
        }

        return Lexicon.RoleNouns.Contains(text, token) || Lexicon.TitleWords.Contains(text, token)
            || Adjectives.Contains(text, token) || Lexicon.OrganisationWords.Contains(text, token);
    }

    private static bool ContainsRole(ArticleAnalysis a, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (Lexicon.RoleNouns.Contains(a.Text, a.Tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    public static SpeakerPhrase Describe(ArticleAnalysis a, int start, int end, int appositiveStart = -1, int appositiveEnd = -1)
    {
        var text = a.Text;
        var tokens = a.Tokens;
        var asWritten = text[tokens[start].Start..tokens[end - 1].End];
        if (end - start == 1 && Lexicon.Pronouns.Contains(text, tokens[start]))
        {
            return new SpeakerPhrase
            {
                StartToken = start,
                EndToken = end,
                AsWritten = asWritten,
                Form = SpeakerForm.Pronoun,
                Pronoun = tokens[start].Text(text).ToLowerInvariant(),
            };
        }

        var parts = Parts.Read(a, start, end);
        if (appositiveStart >= 0)
        {
            var appositive = Parts.Read(a, appositiveStart, appositiveEnd);
            parts.RoleWords.AddRange(appositive.RoleWords);
            parts.Affiliation ??= appositive.Affiliation;
            parts.HasOrganisationWord |= appositive.HasOrganisationWord && parts.NameTokens.Count == 0;
        }

        var role = ArticlePeople.Role(parts.RoleWords);
        if (parts.PersonAlias is not null || parts.NameTokens.Count > 0)
        {
            var name = parts.PersonAlias ?? string.Join(' ', parts.NameTokens);
            return new SpeakerPhrase
            {
                StartToken = start,
                EndToken = end,
                AsWritten = asWritten,
                Form = SpeakerForm.Name,
                Name = name,
                Role = role,
                Affiliation = parts.Affiliation,
            };
        }

        var bare = StripDeterminer(a, start, end);
        if (parts.Indefinite || EndsWithAnonymousHead(a, end))
        {
            return new SpeakerPhrase
            {
                StartToken = start,
                EndToken = end,
                AsWritten = asWritten,
                Form = SpeakerForm.Anonymous,
                Role = role,
                Affiliation = parts.Affiliation,
            };
        }

        if (parts.HasOrganisationWord || (parts.RoleWords.Count == 0 && parts.Affiliation is not null))
        {
            return new SpeakerPhrase
            {
                StartToken = start,
                EndToken = end,
                AsWritten = asWritten,
                Form = SpeakerForm.Organisation,
                Organisation = bare,
                Affiliation = parts.Affiliation,
                OrganisationKind = parts.AffiliationKind == ActorKind.Country && !parts.HasOrganisationWord ? ActorKind.Country : ActorKind.Organisation,
            };
        }

        return new SpeakerPhrase
        {
            StartToken = start,
            EndToken = end,
            AsWritten = asWritten,
            Form = role is null ? SpeakerForm.Anonymous : SpeakerForm.Title,
            Role = role,
            Affiliation = parts.Affiliation,
        };
    }

    private static bool EndsWithAnonymousHead(ArticleAnalysis a, int end)
    {
        var head = a.Tokens[end - 1];
        return Lexicon.AnonymousHeads.Contains(a.Text, head) && a.Text[head.End - 1] == 's';
    }

    private static string StripDeterminer(ArticleAnalysis a, int start, int end)
    {
        var from = start;
        if (Lexicon.Determiners.Contains(a.Text, a.Tokens[from]) && end - from > 1)
        {
            from++;
        }

        return a.Text[a.Tokens[from].Start..a.Tokens[end - 1].End];
    }

    private sealed class Parts
    {
        public List<string> RoleWords { get; } = [];

        public List<string> NameTokens { get; } = [];

        public string? Affiliation { get; set; }

        public ActorKind? AffiliationKind { get; set; }

        public string? PersonAlias { get; set; }

        public bool HasOrganisationWord { get; set; }

        public bool Indefinite { get; set; }

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

            while (k < end)
            {
                var token = tokens[k];
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

                if (token.Kind == TokenKind.Possessive || token.Kind == TokenKind.Punct || Lexicon.Determiners.Contains(text, token) || Connectors.Contains(text, token))
                {
                    if (parts.NameTokens.Count > 0 && Connectors.Contains(text, token))
                    {
                        // "Smith of the ministry": the name is complete.
                        break;
                    }

                    k++;
                    continue;
                }

                if (Lexicon.OrganisationWords.Contains(text, token))
                {
                    parts.HasOrganisationWord = true;
                    k++;
                    continue;
                }

                if (Lexicon.TitleWords.Contains(text, token) || Lexicon.RoleNouns.Contains(text, token) || Adjectives.Contains(text, token))
                {
                    if (parts.NameTokens.Count > 0)
                    {
                        break;
                    }

                    parts.RoleWords.Add(token.Text(text));
                    k++;
                    continue;
                }

                if (token.IsCapitalized(text) && !Lexicon.CommonCapitalised.Contains(text, token))
                {
                    parts.NameTokens.Add(token.Text(text));
                }

                k++;
            }

            // A role word that is really the institution's name: "the Kremlin", "the Pentagon".
            if (parts.NameTokens.Count == 0 && parts.RoleWords.Count > 0 && Lexicon.OrganisationWords.Contains(parts.RoleWords[^1]))
            {
                parts.HasOrganisationWord = true;
            }

            return parts;
        }
    }
}
