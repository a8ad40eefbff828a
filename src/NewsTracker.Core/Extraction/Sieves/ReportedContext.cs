namespace NewsTracker.Core.Extraction.Sieves;

// What the reported-speech sieves read about one sentence (Start after any dateline, Last before its closing
// punctuation), the reports already found in it, and the speech verb the verb sieves are tried at. The
// verb's clause start and subject are worked out once, on first use. One context reads a whole article.
internal sealed class ReportedContext(ArticleAnalysis analysis, DirectQuoteIndex direct)
{
    public const int MinClauseWords = 4;

    // A subject and its verb before "that" are a clause of their own in three words: "said the ruling showed that …".
    private const int MinClauseBeforeThat = 3;
    private const int MaxGapToThat = 12;

    private static readonly WordSet SpeakerPronouns = new("he she they", indexed: false);

    private readonly List<Attribution> _reported = [];
    private int _clauseStart = -2;
    private bool _subjectRead;
    private SpeakerPhrase? _subject;

    public ArticleAnalysis Analysis { get; } = analysis;

    public DirectQuoteIndex Direct { get; } = direct;

    public int Start { get; private set; }

    public int Last { get; private set; }

    // The attributions of the reports found in this sentence so far, in the order found.
    public IReadOnlyList<Attribution> Reported => _reported;

    public int Verb { get; private set; } = -1;

    // Where the verb's content clause begins ("said that …", "said the talks would …"), or -1.
    public int ClauseStart => _clauseStart >= -1 ? _clauseStart : _clauseStart = FindClauseStart();

    // Who the verb's subject is: the phrase before it, else (after a comma) the sentence's last speaker or the
    // speaker of a direct quote just before ("“…,” Liu said, adding that …").
    public SpeakerPhrase? Subject
    {
        get
        {
            if (!_subjectRead)
            {
                _subjectRead = true;
                var afterComma = Analysis.Tokens[Verb - 1].Is(Analysis.Text, ',');
                _subject = SpeakerPhraseParser.Before(Analysis, Verb, Start)
                    ?? (afterComma && _reported.Count > 0 && _reported[^1].VerbToken < Verb ? _reported[^1].Phrase : null)
                    ?? (afterComma ? Direct.AttributionBefore(Verb, Start) : null);
            }

            return _subject;
        }
    }

    public void BeginSentence(int start, int last)
    {
        Start = start;
        Last = last;
        Verb = -1;
        _reported.Clear();
    }

    public void AtVerb(int verb)
    {
        Verb = verb;
        _clauseStart = -2;
        _subjectRead = false;
        _subject = null;
    }

    public void Add(Attribution attribution) => _reported.Add(attribution);

    // After "told" stands the listener, never the speaker.
    // "told reporters that", "informed our portal that": a recipient may stand between the verb and its clause.
    public static bool IsTell(ArticleAnalysis a, int verb) => TellForms.Contains(a.Text, a.Tokens[verb]);

    // "will tell them …", "telling reporters …": every form takes its listener before the clause.
    private static readonly WordSet TellForms = new("tell tells told telling inform informs informed informing", indexed: false);

    // The reported clause stops where the sentence turns back to the speaker:
    // ", rejecting suggestions…", ", without giving details", "… and urged Beijing to…".
    // Inside an aside about someone (", who admits that the cranes are old, Quist thinks …") it ends with the
    // aside, at its closing comma.
    public int ClauseEnd(int from)
    {
        var a = Analysis;
        var inAside = Verb >= Start + 2 && a.Tokens[Verb - 1].Is(a.Text, "who") && a.Tokens[Verb - 2].Is(a.Text, ',');
        for (var k = from + MinClauseWords; k < Last; k++)
        {
            if (a.InsideQuote(k))
            {
                continue;
            }

            var token = a.Tokens[k];
            if (token.Is(a.Text, ';') || (inAside && token.Is(a.Text, ',')))
            {
                return k;
            }

            if ((token.Is(a.Text, ',') || token.Is(a.Text, '—') || token.Is(a.Text, '–')) && k + 1 < Last && ReportedClause.StartsTail(a, k + 1))
            {
                return k;
            }

            // "… and urged Beijing to act", "…, but gave no date", "…, but declined to say": what the speaker did next.
            if (token.Is(a.Text, "and") && k + 1 < Last && ReportedClause.IsSpeakerAction(a, k + 1))
            {
                return k;
            }

            // "…, and he promised a decision within days": the narration goes on with the speaker's next words.
            if ((token.Is(a.Text, "and") || token.Is(a.Text, "but")) && a.Tokens[k - 1].Is(a.Text, ',') && k + 2 < Last
                && SpeakerPronouns.Contains(a.Text, a.Tokens[k + 1]) && a.IsSpeechVerb(k + 2))
            {
                return k - 1;
            }

            // "…, but warned that …": a second report of its own, which its "that" opens.
            if (token.Is(a.Text, "but") && k + 1 < Last
                && (ReportedClause.IsWithholding(a, k + 1) || (k + 2 < Last && a.IsSpeechVerb(k + 1) && a.Tokens[k + 2].Is(a.Text, "that"))))
            {
                return a.Tokens[k - 1].Is(a.Text, ',') ? k - 1 : k;
            }
        }

        return Last;
    }

    public bool HasComma(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (Analysis.Tokens[k].Is(Analysis.Text, ','))
            {
                return true;
            }
        }

        return false;
    }

    public bool ContainsQuotation(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (Analysis.InsideQuote(k))
            {
                return true;
            }
        }

        return false;
    }

    // "said the talks had failed and that …", "said the union had signed a deal that …": when the words between the
    // verb and "that" already hold a finite verb, the clause began right after the verb and "that" is inside it.
    // -1 when they show no clause of their own ("said in a note to the dockers that …").
    private int ClauseBeforeThat(int afterVerb, int that)
    {
        var a = Analysis;
        if (IsTell(a, Verb) || that - afterVerb < MinClauseBeforeThat)
        {
            return -1;
        }

        var first = ReportedClause.SkipAdverbials(a, afterVerb, that);
        return that - first >= MinClauseBeforeThat && ReportedClause.CanStart(a, first, that) ? first : -1;
    }

    // ", as the talks opened, that …": the words after the comma close with another comma right before "that".
    private bool AsideBeforeThat(int from, int last)
    {
        var a = Analysis;
        for (var k = from; k + 1 < last && a.SentenceOf(k) == a.SentenceOf(from); k++)
        {
            if (a.Tokens[k].Is(a.Text, ','))
            {
                return a.Tokens[k + 1].Is(a.Text, "that");
            }
        }

        return false;
    }

    private int FindClauseStart()
    {
        var a = Analysis;
        var tokens = a.Tokens;
        var text = a.Text;
        int verb = Verb, last = Last, k = verb + 1;
        if (k >= last || tokens[k].Is(text, ':') || QuoteContext.IsOpeningMark(a, k))
        {
            return -1;
        }

        // "was quoted as saying by a local broadcaster that …"
        if (tokens[verb].Is(text, "quoted") && k + 1 < last && tokens[k].Is(text, "as") && a.IsSpeechVerb(k + 1))
        {
            k += 2;
        }

        for (var t = k; t < last && t - k <= MaxGapToThat; t++)
        {
            // "said he understood their fears but that …": a clause has already begun; its own "that" is later.
            // "…, the minister told the chamber, dismissing fears that …", "…, the ministry said, closing a quarrel that …":
            // the "that" after a tail belongs to its noun; a tail set off as an aside ("said, as the talks began, that …")
            // still reports.
            if (a.InsideQuote(t) || tokens[t].Is(text, ';') || a.IsSpeechVerb(t) || Lexicon.Pronouns.Contains(text, tokens[t])
                || (tokens[t].Is(text, ',') && t + 1 < last && (ReportedClause.StartsTail(a, t + 1) || a.IsPresentParticiple(t + 1))
                    && !AsideBeforeThat(t + 1, last)))
            {
                break;
            }

            if (tokens[t].Is(text, "that") && t + 1 < last && !tokens[t + 1].Is(text, ','))
            {
                return ClauseBeforeThat(k, t) is var first and >= 0 ? first : t + 1;
            }
        }

        // "declared it would join": a subject pronoun and an auxiliary open a clause after any speech verb.
        var subject = ReportedClause.SkipAdverbials(a, k, last);
        if (!IsTell(a, verb) && subject + 1 < last && Lexicon.Pronouns.Contains(text, tokens[subject])
            && (ReportedClause.IsAuxiliary(a, subject + 1) || (SpeakerPronouns.Contains(text, tokens[subject]) && ReportedClause.IsFiniteAfterPronoun(a, subject + 1))))
        {
            return subject;
        }

        if (!Lexicon.ThatOptionalVerbs.Contains(text, tokens[verb]))
        {
            return -1;
        }

        if (IsTell(a, verb))
        {
            k = ReportedClause.RecipientEnd(a, k, last);
            if (k < 0)
            {
                return -1;
            }
        }

        k = ReportedClause.SkipAdverbials(a, k, last);
        if (k >= last || tokens[k].Is(text, "to") || tokens[k].Kind == TokenKind.Punct)
        {
            return -1;
        }

        return ReportedClause.CanStart(a, k, last) ? k : -1;
    }
}
