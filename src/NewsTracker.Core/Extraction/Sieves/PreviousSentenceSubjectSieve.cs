namespace NewsTracker.Core.Extraction.Sieves;

// "Quist was blunt. “The cranes are finished.”": a quote standing as its own sentence belongs to the
// person the sentence before is about (the first person it names).
internal sealed class PreviousSentenceSubjectSieve : IInheritanceSieve
{
    public const string Rule = "previous-sentence-subject";

    public string Name => Rule;

    public bool TrySettle(InheritanceContext context)
    {
        if (Find(context.Analysis, context.Span) is not { } subject)
        {
            return false;
        }

        context.Take(subject);
        return true;
    }

    private static Attribution? Find(ArticleAnalysis a, QuoteSpan span)
    {
        var open = a.Document.TokenIndexAt(span.OpenMark);
        if (open == 0 || !a.EndsSentence(open - 1) || a.Document.ParagraphIndexAt(a.Tokens[open - 1].Start) != a.Document.ParagraphIndexAt(span.OpenMark))
        {
            return null;
        }

        var sentence = a.SentenceOf(open - 1);
        MentionOfPerson? subject = null;
        foreach (var mention in a.People.Mentions)
        {
            if (mention.Sentence == sentence)
            {
                subject = mention;
                break;
            }

            if (mention.Sentence > sentence)
            {
                break;
            }
        }

        // "He said Marsh understood the talks. “…”": a "he" or "she" before the first name is the sentence's subject.
        if (subject is not { } found || PronounBefore(a, a.SentenceStart(open - 1), found.TokenIndex))
        {
            return Described(a, sentence, open, Rule);
        }

        return Of(found, Rule);
    }

    // The person a mention names, as the attribution of an inheritance sieve.
    internal static Attribution Of(MentionOfPerson found, string rule)
    {
        var phrase = new SpeakerPhrase
        {
            StartToken = found.TokenIndex,
            EndToken = found.TokenIndex + 1,
            AsWritten = found.Person.Name,
            Form = SpeakerForm.Name,
            Name = found.Person.Name,
            Role = found.Person.Role,
            Affiliation = found.Person.Affiliation,
        };
        return new Attribution(phrase, rule, found.TokenIndex);
    }

    // "What does he make of the plan? “…”", "Pressed on the budget, the 63-year-old smiles. “…”": a sentence that
    // names nobody speaks of the person its "he" or "she", or its age description, stands for; resolved like any phrase.
    // "What worries her most? “…”": so does its "him" or "her" when no title or role in it could be the one who answers.
    private const int MaxOpeningClauseTokens = 6;

    // Where the sentence's subject starts after a short opening clause that names nobody; the sentence's start when there is none.
    private static int AfterOpeningClause(ArticleAnalysis a, int first)
    {
        var subject = a.AfterOpeningClause(first, MaxOpeningClauseTokens);
        return a.People.Mentions.Exists(m => m.TokenIndex >= first && m.TokenIndex < subject) ? first : subject;
    }

    internal static Attribution? Described(ArticleAnalysis a, int sentence, int open, string rule)
    {
        // "The minister is unmoved. “…”": a sentence whose subject is a bare title speaks of its holder, also after a short
        // opening clause that names nobody ("Asked about the levy, the minister smiled. “…”").
        var first = a.SentenceStart(open - 1);
        var subject = AfterOpeningClause(a, first);
        if (a.Tokens[subject].Is(a.Text, "the") && !a.InsideQuote(subject))
        {
            var end = subject + 1;
            while (end < open && end - subject <= 3 && Lexicon.TitleWords.Contains(a.Text, a.Tokens[end]))
            {
                end++;
            }

            if (end > subject + 1 && SpeakerPhraseParser.Describe(a, subject, end) is { Form: SpeakerForm.Title } titled)
            {
                return new Attribution(titled, rule, subject);
            }
        }

        // "Leaving the quay, the minister said the cranes … “…”": so does a bare title speaking in it (not
        // a question's, "What did the mayor tell him?", whose answer is someone else's).
        for (var k = first + 1; k < open && !a.Tokens[open - 1].Is(a.Text, '?'); k++)
        {
            if (!a.InsideQuote(k) && a.IsSpeechVerb(k) && !ReportedContext.IsTell(a, k)
                && SpeakerPhraseParser.Before(a, k, first) is { Form: SpeakerForm.Title } speaking)
            {
                return new Attribution(speaking, rule, k);
            }
        }

        for (var k = first; k < open; k++)
        {
            if (a.InsideQuote(k))
            {
                continue;
            }

            if (a.Tokens[k].Is(a.Text, "he") || a.Tokens[k].Is(a.Text, "she")
                || ((a.Tokens[k].Is(a.Text, "him") || a.Tokens[k].Is(a.Text, "her")) && !HoldsRole(a, sentence, open)))
            {
                return new Attribution(SpeakerPhraseParser.Describe(a, k, k + 1), rule, k);
            }

            if (k + 4 <= open && a.Tokens[k].Is(a.Text, "the") && Ages.DescribedAt(a, k + 1) > 0
                && SpeakerPhraseParser.Describe(a, k, k + 4) is { Age: > 0 } aged)
            {
                return new Attribution(aged, rule, k);
            }
        }

        return null;
    }

    private static bool PronounBefore(ArticleAnalysis a, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if ((a.Tokens[k].Is(a.Text, "he") || a.Tokens[k].Is(a.Text, "she")) && !a.InsideQuote(k))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HoldsRole(ArticleAnalysis a, int sentence, int open)
    {
        for (var k = open - 1; k >= 0 && a.SentenceOf(k) == sentence; k--)
        {
            if (Lexicon.RoleNouns.Contains(a.Text, a.Tokens[k]) || Lexicon.TitleWords.Contains(a.Text, a.Tokens[k]))
            {
                return true;
            }
        }

        return false;
    }
}
