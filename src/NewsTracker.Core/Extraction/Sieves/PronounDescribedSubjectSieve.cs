namespace NewsTracker.Core.Extraction.Sieves;

// "After the vote, the 58-year-old harbour secretary left the hall. “…,” he said.": when the sentence
// before the quotation names nobody and its subject is a title ("the secretary", "the defence chief"), the pronoun
// stands for that title's holder, resolved like the title itself, not for a person named further back.
internal sealed class PronounDescribedSubjectSieve : ISpeakerSieve
{
    public const string Rule = "pronoun-described-subject";

    // "the 61-year-old former defence secretary": the words a subject may put between "the" and its title.
    private const int MaxDescriptionTokens = 6;

    // The title sieves whose answer names a holder the article tied to the title ("the Ohio Republican" included, and the
    // one holder a live page's older entry below introduces); a guess by nearness is not enough.
    private static readonly HashSet<string> Trusted = [TitleHolderSieve.Rule, OfficeHolderSieve.Rule, PartyMemberSieve.Rule, TitleNamedLaterSieve.Rule];

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        if (context.Phrase.Pronoun is not ("he" or "she") || ChainedSubjectBefore(context) is not { } subject)
        {
            return null;
        }

        var wanted = context.Phrase.Pronoun == "he" ? Gender.Male : Gender.Female;
        var holder = SieveOrder.Resolve(new SpeakerContext(context.Analysis, context.Memory, subject, context.Position));
        return holder.Person is { } person && Trusted.Contains(holder.Resolution) && PronounSieve.Fits(person, wanted)
            ? SpeakerContext.Found(person, Rule)
            : null;
    }

    // "The general rarely spoke of it. In one interview, he said …. “…,” he told the paper.": sentences whose subject is the
    // same pronoun and that name nobody carry the chain back to the title subject that opened it.
    private static SpeakerPhrase? ChainedSubjectBefore(SpeakerContext context)
    {
        var a = context.Analysis;
        var at = AfterOpening(a, QuotationStart(context));
        for (var hop = 0; hop <= MaxChain; hop++)
        {
            if (SubjectBefore(a, at) is { } subject)
            {
                return subject;
            }

            if (at <= 0 || !a.EndsSentence(at - 1) || !a.People.NamesNobodyIn(a.SentenceOf(at - 1))
                || !OpensWithPronoun(a, a.SentenceStart(at - 1), at, context.Phrase.Pronoun!))
            {
                return null;
            }

            at = a.SentenceStart(at - 1);
        }

        return null;
    }

    // How many sentences of the same pronoun may stand between the quotation and the title subject.
    private const int MaxChain = 3;

    // The sentence's subject is the pronoun, after at most a short opening phrase ("In one interview, he …").
    private static bool OpensWithPronoun(ArticleAnalysis a, int start, int end, string pronoun)
    {
        for (var k = start; k < end && k - start <= MaxChainOpeningTokens; k++)
        {
            if (a.InsideQuote(k))
            {
                return false;
            }

            if (a.Tokens[k].Is(a.Text, pronoun))
            {
                return k == start || a.Tokens[k - 1].Is(a.Text, ',');
            }
        }

        return false;
    }

    private const int MaxChainOpeningTokens = 12;

    // Where the quotation attributed to the pronoun opens ("“…,” he said"), else the pronoun itself ("He said: “…”").
    private static int QuotationStart(SpeakerContext context)
    {
        var a = context.Analysis;
        var k = Math.Min(context.Position, context.Phrase.StartToken) - 1;
        while (k >= 0 && a.Tokens[k].Kind == TokenKind.Punct && !a.InsideQuote(k))
        {
            k--;
        }

        if (k < 0 || !a.InsideQuote(k))
        {
            // "Athens would sign, he said, but …": a reported clause the attribution interrupts starts before it.
            return Math.Min(Math.Min(context.Position, context.Phrase.StartToken), context.QuotedFrom);
        }

        while (k > 0 && a.InsideQuote(k - 1))
        {
            k--;
        }

        return k;
    }

    // "Before boarding, he told …": a short opening phrase that names nobody stands between the pronoun and the sentence
    // before; the pronoun reads back from where its sentence starts.
    private static int AfterOpening(ArticleAnalysis a, int at)
    {
        if (at <= 0 || a.EndsSentence(at - 1) || !a.Tokens[at - 1].Is(a.Text, ','))
        {
            return at;
        }

        var start = a.SentenceStart(at - 1);
        for (var k = start + 1; k < at; k++)
        {
            if (at - start > MaxOpeningTokens || a.Tokens[k].IsCapitalized(a.Text) || a.InsideQuote(k) || Lexicon.Pronouns.Contains(a.Text, a.Tokens[k]))
            {
                return at;
            }
        }

        return start;
    }

    private const int MaxOpeningTokens = 6;

    private static readonly WordSet Indefinite = new("a an", indexed: false);

    // "A fish seller at the quay had doubts. “…,” she said.", "One of them waved at the queue. “…,” he said.": the
    // sentence before the quotation names nobody and its subject is a person described, not named.
    internal static bool UnnamedSubjectBefore(SpeakerContext context)
    {
        var a = context.Analysis;
        var at = AfterOpening(a, QuotationStart(context));
        if (at <= 0 || !a.EndsSentence(at - 1) || !a.People.NamesNobodyIn(a.SentenceOf(at - 1)))
        {
            return false;
        }

        var k = SpeakerPhraseParser.ClauseSubjectStart(a, a.SentenceStart(at - 1), at);
        // "A seller who would give just her first name, Siri, said …": the name she gave is hers.
        for (var t = k + 1; t < at; t++)
        {
            if (a.Tokens[t].IsCapitalized(a.Text) && (a.People.FindSurname(a.Tokens[t].Span(a.Text)).Count > 0 || a.People.FindFullName(a.Tokens[t].Text(a.Text)) is not null))
            {
                return false;
            }
        }

        if (k + 2 < at && a.Tokens[k].Is(a.Text, "one") && a.Tokens[k + 1].Is(a.Text, "of") && a.Tokens[k + 2].Is(a.Text, "them"))
        {
            return true;
        }

        if (k >= at || !Indefinite.Contains(a.Text, a.Tokens[k]))
        {
            return false;
        }

        for (var head = k + 1; head < at && head - k <= MaxDescriptionTokens; head++)
        {
            var token = a.Tokens[head];
            if (token.Kind != TokenKind.Word)
            {
                return false;
            }

            if (char.IsLower(a.Text[token.Start]) && (Lexicon.AnonymousHeads.Contains(a.Text, token) || PeopleNouns.IsPersonNoun(a.Text, token)))
            {
                return true;
            }
        }

        return false;
    }

    // The title subject of the sentence ending right before `at`, when that sentence names no person.
    private static SpeakerPhrase? SubjectBefore(ArticleAnalysis a, int at)
    {
        if (at <= 0 || !a.EndsSentence(at - 1))
        {
            return null;
        }

        if (!a.People.NamesNobodyIn(a.SentenceOf(at - 1)))
        {
            return null;
        }

        var start = a.SentenceStart(at - 1);
        var k = SpeakerPhraseParser.ClauseSubjectStart(a, start, at);
        if (k >= at || !a.Tokens[k].Is(a.Text, "the"))
        {
            return null;
        }

        for (var end = k + 2; end <= at && end - k <= MaxDescriptionTokens + 1; end++)
        {
            var token = a.Tokens[end - 1];
            if (token.Kind == TokenKind.Punct && !token.Is(a.Text, '-'))
            {
                return null;
            }

            // "the Ohio Republican": a party word ends a description as a title does.
            var party = PartyLexicon.IsPartyWord(a.Text, token);
            if (!(party || Lexicon.TitleWords.Contains(a.Text, token)) || (end < at && Lexicon.TitleWords.Contains(a.Text, a.Tokens[end])))
            {
                continue;
            }

            // Not "the minister's office": an owner is no subject.
            if (end < at && a.Tokens[end].Kind == TokenKind.Possessive)
            {
                return null;
            }

            var phrase = SpeakerPhraseParser.Describe(a, k, end);
            return phrase.Form == SpeakerForm.Title || (party && phrase.Form is SpeakerForm.Name or SpeakerForm.Anonymous) ? phrase with { Age = 0 } : null;
        }

        return null;
    }
}
