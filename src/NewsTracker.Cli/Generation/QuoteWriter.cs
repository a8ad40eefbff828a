namespace NewsTracker.Cli.Generation;

// Writes an article's quotations as blocks of paragraphs. A block is one named quotation and the pronoun
// follow-ups ("he added") that lean on it, so background and furniture only go between blocks.
internal sealed class QuoteWriter(SplitMix64 rng, SentenceComposer sentences, RecentItems<CarriedStatement> carried)
{
    private const double CarryShare = 0.3;
    private const int MinQuotes = 5;

    // Past this the article would outgrow 5,000 characters once the lede and background are in.
    private const int MaxQuoteCharacters = 3900;

    private static readonly (QuoteForm Form, int Weight)[] NamedForms =
    [
        (QuoteForm.QuoteFirst, 26), (QuoteForm.SpeakerFirst, 12), (QuoteForm.Inverted, 8), (QuoteForm.Split, 14),
        (QuoteForm.MultiParagraph, 6), (QuoteForm.ReportedThat, 16), (QuoteForm.ReportedTrailing, 9), (QuoteForm.According, 9),
    ];

    private static readonly string[] FollowUpVerbs = ["added", "said", "added"];

    private static readonly string[] FollowUpThatVerbs = ["added that", "said that", "also said that", "added"];

    private readonly QuoteForms _forms = new(rng);
    private readonly HashSet<Speaker> _named = [];

    public List<List<string>> Write(Outlet outlet, int topic, IReadOnlyList<Speaker> speakers, CarriedStatement? again)
    {
        _forms.Curly = rng.Chance(0.7);
        _forms.Outlet = outlet.Name;
        _named.Clear();
        var blocks = new List<List<string>>(12);
        var count = MinQuotes + rng.Next(3) + rng.Next(3) + rng.Next(3);
        var againAt = again is null ? -1 : rng.Next(count);
        var second = rng.Next(sentences.TopicCount);
        Speaker? previous = null;
        for (var i = 0; i < count && (i < MinQuotes || Length(blocks) < MaxQuoteCharacters); i++)
        {
            var speaker = i == againAt ? again!.Speaker
                : previous is not null && rng.Chance(0.3) ? previous
                : Another(speakers, previous);
            if (speaker != previous || blocks.Count == 0)
            {
                blocks.Add(new List<string>(3));
            }

            var unitTopic = rng.Chance(0.65) ? topic : second;
            if (i == againAt)
            {
                Again(blocks[^1], again!);
            }
            else if (speaker == previous)
            {
                FollowUp(blocks[^1], speaker, unitTopic);
            }
            else
            {
                Named(blocks[^1], speaker, unitTopic, outlet);
            }

            previous = speaker;
        }

        return blocks;
    }

    private void Named(List<string> block, Speaker speaker, int topic, Outlet outlet)
    {
        var form = PickForm();
        if (form == QuoteForm.According && speaker.Appositive is not null && !_named.Contains(speaker))
        {
            // "According to Anna Novak, an analyst at …, …" reads as one long clause; introduce her first.
            form = QuoteForm.ReportedThat;
        }

        var (mention, subject) = Mentions(speaker);
        if (form >= QuoteForm.ReportedThat)
        {
            _forms.Reported(block, form, subject, sentences.ReportedClause(topic, speaker));
            return;
        }

        var count = form switch
        {
            QuoteForm.Split => rng.Next(2, 3),
            QuoteForm.MultiParagraph => rng.Next(3, 5),
            _ => rng.Next(20) switch { < 3 => 1, < 12 => 2, < 18 => 3, _ => 4 },
        };
        var said = Sentences(topic, count);
        _forms.Direct(block, form, mention, subject, said);
        if (rng.Chance(CarryShare))
        {
            carried.Add(new CarriedStatement(speaker, said, outlet));
        }
    }

    private void FollowUp(List<string> block, Speaker speaker, int topic)
    {
        var pronoun = speaker.Pronoun;
        var roll = rng.Next(100);
        if (roll < 55)
        {
            _forms.Direct(block, QuoteForm.QuoteFirst, pronoun, pronoun, Sentences(topic, rng.Next(1, 2)), rng.Pick(FollowUpVerbs));
        }
        else if (roll < 75)
        {
            _forms.Direct(block, QuoteForm.SpeakerFirst, pronoun, pronoun, Sentences(topic, rng.Next(1, 3)), "added:");
        }
        else
        {
            _forms.Reported(block, QuoteForm.ReportedThat, pronoun, sentences.ReportedClause(topic, speaker), rng.Pick(FollowUpThatVerbs));
        }
    }

    // The same statement again, whole or cut to its first sentence, as another outlet would carry it.
    private void Again(List<string> block, CarriedStatement again)
    {
        var (mention, subject) = Mentions(again.Speaker);
        var said = again.Sentences.Length > 1 && rng.Chance(0.5) && again.Sentences[0].Split(' ').Length >= 10
            ? again.Sentences[..1]
            : again.Sentences;
        _forms.Direct(block, rng.Chance(0.5) ? QuoteForm.QuoteFirst : QuoteForm.SpeakerFirst, mention, subject, said);
    }

    private static int Length(List<List<string>> blocks) => blocks.Sum(b => b.Sum(p => p.Length + 2));

    // The article's main speaker more often than the others, and someone other than who spoke last.
    private Speaker Another(IReadOnlyList<Speaker> speakers, Speaker? previous)
    {
        var speaker = rng.Chance(0.4) ? speakers[0] : rng.Pick(speakers);
        return speaker == previous ? rng.PickOther(speakers, speaker) : speaker;
    }

    private (string Mention, string Subject) Mentions(Speaker speaker) =>
        _named.Add(speaker) ? (speaker.FirstMention(asSubject: false), speaker.FirstMention(asSubject: true)) : (speaker.Surname, speaker.Surname);

    private string[] Sentences(int topic, int count)
    {
        var said = new string[count];
        said[0] = sentences.Statement(topic);
        var judged = false;
        for (var i = 1; i < count; i++)
        {
            var judge = !judged && rng.Chance(0.3);
            said[i] = judge ? sentences.Judgement() : sentences.Statement(rng.Chance(0.5) ? topic : rng.Next(sentences.TopicCount));
            judged |= judge;
        }

        return said;
    }

    private QuoteForm PickForm()
    {
        var roll = rng.Next(100);
        foreach (var (form, weight) in NamedForms)
        {
            roll -= weight;
            if (roll < 0)
            {
                return form;
            }
        }

        return QuoteForm.QuoteFirst;
    }
}
