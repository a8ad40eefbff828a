namespace NewsTracker.Core.Extraction.Sieves;

// The holder named in the next sentence: "A spokesman for the port authority said … The spokesman, Ivo Brand, added …"
// (the description repeated with the name in apposition), and for a definite title, "Freedonia's envoy called the vote
// “…”. Ilse Marr, who has represented Freedonia there since 2021, said …" (a person the article names for the first time,
// opening the next sentence, after any title, with a relative clause about them, or speaking on at once: "… Ilse Marr
// said …", "… Representative Ilse Marr, a Liberal who drafted the levy, said …").
internal sealed class HolderNamedNextSieve : ISpeakerSieve
{
    public const string Rule = "holder-named-next";

    // How far the next sentence may start after the phrase: a long sentence is not looked past.
    private const int MaxLookAhead = 60;

    // An apposition between the new name and its verb is a description, not a clause of its own.
    private const int MaxApposition = 16;

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        var phrase = context.Phrase;
        var title = phrase.Form == SpeakerForm.Title;
        if (!(title || (phrase.Form == SpeakerForm.Organisation && OrganisationSpokespersonSieve.IsSpokesperson(phrase.Role))) || phrase.Role is null)
        {
            return null;
        }

        var a = context.Analysis;
        var next = NextSentenceStart(a, phrase.EndToken);
        if (next < 0)
        {
            return null;
        }

        // The description again: the title's last word, or for an institution's spokesperson any word for one.
        var head = phrase.Role.Split(' ')[^1];
        bool Repeats(Token word) => title ? word.Is(a.Text, head) : OrganisationSpokespersonSieve.IsSpokesperson(word.Text(a.Text));
        // The repeat may come after the rest of the quote: "“…,” the spokesman told reporters. “…” The spokesman, Ivo Brand, said".
        foreach (var start in (ReadOnlySpan<int>)[next, NextNarrationStart(a, next)])
        {
            if (start >= 0 && start + 3 < a.Tokens.Count && a.Tokens[start].Is(a.Text, "the") && Repeats(a.Tokens[start + 1])
                && a.Tokens[start + 2].Is(a.Text, ',') && NamedAfterTitles(a, start + 3) is { } named)
            {
                return SpeakerContext.Found(named, Rule);
            }
        }

        var definite = !phrase.IsIndefinite && !phrase.AsWritten.StartsWith("a ", StringComparison.OrdinalIgnoreCase)
            && !phrase.AsWritten.StartsWith("an ", StringComparison.OrdinalIgnoreCase);
        // "Lithuania's foreign minister said … “…,” Gintaras Petraitis said.": the quotation that opens the next sentence
        // is attributed to a person named there for the first time, and nobody named before holds the title.
        if (title && definite && NameAfterOpeningQuotation(a, next) is var quoted and >= 0 && MentionAt(a, quoted) is { } first
            && a.People.FirstMention(first) == quoted && FollowedBySpeech(a, quoted) && (first.Role is null || SpeakerContext.Matches(first.Role, head))
            && !HolderNamedBefore(a, phrase, head))
        {
            return SpeakerContext.Found(first, Rule);
        }

        // After a title or with an apposition, only when nobody named earlier could be the one the title refers back to.
        // "Speaking in Oslo on Wednesday, Ilse Marr said …": the next sentence may open with a clause of time or place.
        var opened = AfterOpeningClause(a, next);
        var at = AfterTitles(a, opened);
        if (at >= 0 && MentionAt(a, at) is null)
        {
            at = AfterLongTitle(a, opened);
        }

        if (!title || !definite || at < 0 || MentionAt(a, at) is not { } introduced || a.People.FirstMention(introduced) != at)
        {
            return null;
        }

        var speaksOn = FollowedByWho(a, at) || FollowedBySpeech(a, at) || SpokeThere(a, at) || (at == opened && AppositionThenSpeech(a, at, head));
        // "Defence Minister Quah Lin signed the renewal …": the title written before the new name is the one the phrase gave.
        var holdsTitle = at > opened && SpeakerContext.Matches(introduced.Role, head) && !SpeakerContext.OtherPost(phrase.Role, introduced.Role)
            && !AnotherHolderInSentence(a, introduced, at, phrase.Role);
        return (at == opened && speaksOn) || ((speaksOn || holdsTitle || AppositionThenSpeech(a, at, head)) && !NamedBefore(a, phrase.StartToken, SameParagraph(a, phrase.StartToken, at) ? head : null))
            ? SpeakerContext.Found(introduced, Rule)
            : null;
    }

    // A person named before the phrase who holds its title in the phrase's country, or in none given.
    private static bool HolderNamedBefore(ArticleAnalysis a, SpeakerPhrase phrase, string head)
    {
        foreach (var mention in a.People.Mentions)
        {
            if (mention.TokenIndex >= phrase.StartToken)
            {
                break;
            }

            var person = mention.Person;
            if (mention.TokenIndex >= 0 && SpeakerContext.Matches(person.Role, head)
                && (phrase.Affiliation is null || person.Affiliation is null || person.Affiliation == phrase.Affiliation))
            {
                return true;
            }
        }

        return false;
    }

    // "“…,” Gintaras Petraitis said.": the first token after a quotation that opens the sentence at `start`, or -1.
    private static int NameAfterOpeningQuotation(ArticleAnalysis a, int start)
    {
        var k = start;
        if (k < a.Tokens.Count && !a.InsideQuote(k))
        {
            k++;
        }

        if (k >= a.Tokens.Count || !a.InsideQuote(k))
        {
            return -1;
        }

        while (k < a.Tokens.Count && k - start < MaxLookAhead && a.InsideQuote(k))
        {
            k++;
        }

        while (k < a.Tokens.Count && k - start < MaxLookAhead && a.Tokens[k].Kind == TokenKind.Punct)
        {
            k++;
        }

        return k < a.Tokens.Count && k - start < MaxLookAhead ? k : -1;
    }

    // Somebody named before the title who could be the one it refers back to: anybody, or within one paragraph ("… the
    // committee's ranking member said. Sen. Ilse Marr said …") only a holder of the same title.
    private static bool NamedBefore(ArticleAnalysis a, int token, string? head)
    {
        foreach (var mention in a.People.Mentions)
        {
            if (mention.TokenIndex >= 0 && mention.TokenIndex < token
                && (head is null || (mention.Person.Role?.Contains(head, StringComparison.OrdinalIgnoreCase) ?? false)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameParagraph(ArticleAnalysis a, int first, int second) =>
        a.Document.ParagraphIndexAt(a.Tokens[first].Start) == a.Document.ParagraphIndexAt(a.Tokens[second].Start);

    // The token after any rank or title opening the sentence ("Representative Ada Quist"), or -1 past three of them.
    // "Minister of Harbours and Coastal Works Ada Quist told …": a title with its portfolio, all capitalised but its
    // linking words, before the first name the sentence gives; where that name stands, or -1.
    private static int AfterLongTitle(ArticleAnalysis a, int start)
    {
        var titled = false;
        for (var k = start; k < a.Tokens.Count && k - start <= 10; k++)
        {
            if (MentionAt(a, k) is not null)
            {
                return titled ? k : -1;
            }

            var token = a.Tokens[k];
            titled |= Lexicon.TitleWords.Contains(a.Text, token);
            if (!token.IsWord || !(token.IsCapitalized(a.Text) || token.Is(a.Text, "of") || token.Is(a.Text, "and") || token.Is(a.Text, "for")))
            {
                return -1;
            }
        }

        return -1;
    }

    // "Transport Minister Ana Ruiz and former transport minister Ivo Brand both spoke": two holders, neither is the one.
    private static bool AnotherHolderInSentence(ArticleAnalysis a, ArticlePerson introduced, int at, string title)
    {
        var sentence = a.SentenceOf(at);
        foreach (var mention in a.People.Mentions)
        {
            if (mention.TokenIndex > at && a.SentenceOf(mention.TokenIndex) == sentence && mention.Person != introduced
                && SpeakerContext.Matches(mention.Person.Role, title))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet OpeningPrepositions = new("in on at during after before addressing", indexed: false);

    // Past "Speaking in Oslo on Wednesday," or "In an interview on Tuesday,": where the sentence's subject starts.
    private const int MaxOpeningClauseTokens = 12;

    private static int AfterOpeningClause(ArticleAnalysis a, int start) =>
        a.IsParticiple(start) || OpeningPrepositions.Contains(a.Text, a.Tokens[start]) ? a.AfterOpeningClause(start, MaxOpeningClauseTokens) : start;

    private static int AfterTitles(ArticleAnalysis a, int start)
    {
        var k = start;
        while (k < a.Tokens.Count && k - start < 3 && MentionAt(a, k) is null
            && (Lexicon.TitleWords.Contains(a.Text, a.Tokens[k]) || a.Tokens[k].Is(a.Text, '.')))
        {
            k++;
        }

        return k - start < 3 && k < a.Tokens.Count ? k : -1;
    }

    // The first sentence at or after `from` that opens outside a quote, within the look-ahead; -1 if `from` already is one.
    private static int NextNarrationStart(ArticleAnalysis a, int from)
    {
        if (!a.InsideQuote(from) && !QuoteMarks.IsMark(a.Text[a.Tokens[from].Start]))
        {
            return -1;
        }

        for (var k = from + 1; k < a.Tokens.Count && k - from < MaxLookAhead; k++)
        {
            if (a.SentenceOf(k) != a.SentenceOf(k - 1) && !a.InsideQuote(k) && !QuoteMarks.IsMark(a.Text[a.Tokens[k].Start]))
            {
                return k;
            }
        }

        return -1;
    }

    private static int NextSentenceStart(ArticleAnalysis a, int from)
    {
        var sentence = a.SentenceOf(Math.Max(0, from - 1));
        for (var k = from; k < a.Tokens.Count && k - from < MaxLookAhead; k++)
        {
            if (a.SentenceOf(k) != sentence)
            {
                return k;
            }
        }

        return -1;
    }

    // "The spokesman, Major Ivo Brand,": the person named at `start`, after any rank or title.
    internal static ArticlePerson? NamedAfterTitles(ArticleAnalysis a, int start)
    {
        for (var k = start; k < a.Tokens.Count && k - start <= 3; k++)
        {
            if (MentionAt(a, k) is { } person)
            {
                return person;
            }

            if (!Lexicon.TitleWords.Contains(a.Text, a.Tokens[k]) && !a.Tokens[k].Is(a.Text, '.'))
            {
                return null;
            }
        }

        return null;
    }

    private static ArticlePerson? MentionAt(ArticleAnalysis a, int token)
    {
        foreach (var mention in a.People.Mentions)
        {
            if (mention.TokenIndex == token)
            {
                return mention.Person;
            }

            if (mention.TokenIndex > token)
            {
                break;
            }
        }

        return null;
    }

    // "Ilse Marr, who …": the name's words, a comma, "who".
    // "… told reporters. Ilse Marr said the other lines were running": the new name speaks on at once, after any party tag.
    private static bool FollowedBySpeech(ArticleAnalysis a, int start)
    {
        var k = NameEnd(a, start);

        // "Sen. Ilse Marr (D-Ill.) said": a party tag between the name and the verb.
        if (k > start + 1 && k < a.Tokens.Count && a.Tokens[k].Is(a.Text, '('))
        {
            var close = k + 1;
            while (close < a.Tokens.Count && close - k <= 8 && !a.Tokens[close].Is(a.Text, ')'))
            {
                close++;
            }

            k = close < a.Tokens.Count && a.Tokens[close].Is(a.Text, ')') ? close + 1 : k;
        }

        return k > start + 1 && k < a.Tokens.Count && a.IsSpeechVerb(k);
    }

    // "Ilse Marr, a Freedonian Liberal who drafted the levy, said …": the new name, an apposition set off by commas, then a
    // speech verb. An apposition that gives another post ("a member of the committee" after "the spokesman") is someone else.
    private static bool AppositionThenSpeech(ArticleAnalysis a, int start, string head)
    {
        var k = NameEnd(a, start);

        if (k == start || k >= a.Tokens.Count || !a.Tokens[k].Is(a.Text, ','))
        {
            return false;
        }

        var sentence = a.SentenceOf(start);
        for (var c = k + 1; c < a.Tokens.Count - 1 && c - k <= MaxApposition && a.SentenceOf(c) == sentence; c++)
        {
            if (a.InsideQuote(c) || ((Lexicon.TitleWords.Contains(a.Text, a.Tokens[c]) || Lexicon.RoleNouns.Contains(a.Text, a.Tokens[c]))
                && !a.Tokens[c].Is(a.Text, head)))
            {
                return false;
            }

            // A verb inside the apposition belongs to its relative clause ("who drafted the levy").
            if (a.Tokens[c].Is(a.Text, ','))
            {
                return a.IsSpeechVerb(c + 1);
            }
        }

        return false;
    }

    // The comma closing an American party tag set off by commas ("R-Ohio,", "D-N.Y.,") that starts at `k`, or -1.
    private const int MaxPartyTagTokens = 6;

    private static int PartyTagEnd(ArticleAnalysis a, int k)
    {
        if (k >= a.Tokens.Count || a.Tokens[k].Span(a.Text) is not ['R' or 'D' or 'I', .. var rest]
            || !(rest.StartsWith("-") || (rest.IsEmpty && k + 1 < a.Tokens.Count && a.Tokens[k + 1].Is(a.Text, '-'))))
        {
            return -1;
        }

        for (var j = k + 1; j < a.Tokens.Count && j - k <= MaxPartyTagTokens; j++)
        {
            if (a.Tokens[j].Is(a.Text, ','))
            {
                return j;
            }

            if (!(a.Tokens[j].IsCapitalized(a.Text) || a.Tokens[j].Is(a.Text, '-') || a.Tokens[j].Is(a.Text, '.')))
            {
                return -1;
            }
        }

        return -1;
    }

    // Past the new name's capitalised words (five at most).
    internal static int NameEnd(ArticleAnalysis a, int start)
    {
        var k = start;
        while (k < a.Tokens.Count && k - start < 5 && a.Tokens[k].IsCapitalized(a.Text))
        {
            k++;
        }

        return k;
    }

    private static readonly WordSet Remarks = new("demand remarks comments announcement appeal call case point", indexed: false);

    // "Ilse Marr spoke to journalists …", "Ilse Marr was speaking at …", "Ilse Marr made the demand at …": the new name
    // opening the sentence is where the words just reported were said.
    private static bool SpokeThere(ArticleAnalysis a, int start)
    {
        var k = NameEnd(a, start);
        if (k == start || k + 1 >= a.Tokens.Count)
        {
            return false;
        }

        if (a.Tokens[k].Is(a.Text, "spoke") || (a.Tokens[k].Is(a.Text, "was") && a.Tokens[k + 1].Is(a.Text, "speaking")))
        {
            return true;
        }

        var noun = k + 1 < a.Tokens.Count && Lexicon.Determiners.Contains(a.Text, a.Tokens[k + 1]) ? k + 2 : k + 1;
        return a.Tokens[k].Is(a.Text, "made") && noun < a.Tokens.Count && Remarks.Contains(a.Text, a.Tokens[noun]);
    }

    private static bool FollowedByWho(ArticleAnalysis a, int start)
    {
        for (var k = start; k < a.Tokens.Count - 1 && k - start < 6; k++)
        {
            if (a.Tokens[k].Is(a.Text, ','))
            {
                // "Rep. Ilse Marr, R-Ohio, who drafted the levy,": the party tag stands between the name and "who".
                var comma = PartyTagEnd(a, k + 1) is > 0 and var tagEnd ? tagEnd : k;
                return comma + 1 < a.Tokens.Count && a.Tokens[comma + 1].Is(a.Text, "who");
            }

            if (!a.Tokens[k].IsCapitalized(a.Text))
            {
                return false;
            }
        }

        return false;
    }
}
