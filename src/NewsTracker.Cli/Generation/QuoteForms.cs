using System.Text;

namespace NewsTracker.Cli.Generation;

internal enum QuoteForm
{
    QuoteFirst,
    SpeakerFirst,
    Inverted,
    Split,
    MultiParagraph,
    ReportedThat,
    ReportedTrailing,
    According,
}

// Writes one quotation as wire copy prints it, in straight or curly marks. A pronoun follow-up passes
// the pronoun as the mention and "added" as the verb; everything else names the speaker.
internal sealed class QuoteForms(SplitMix64 rng)
{
    private static readonly string[] QuoteFirstVerbs =
    [
        "said", "said", "said", "told reporters", "said on {D}", "told a news conference in {Y}", "warned", "said in a statement",
        "told {O}", "said in an interview", "told lawmakers", "stressed",
    ];

    private static readonly string[] ColonVerbs = ["said:", "told reporters:", "said on {D}:", "wrote on social media:", "said in a statement:", "told a press conference in {Y}:"];

    private static readonly string[] ThatVerbs =
    [
        "said that", "said on {D} that", "told reporters that", "told a news conference in {Y} that", "warned that", "stressed that",
        "argued that", "insisted that", "said", "has said that",
    ];

    private static readonly string[] TrailingVerbs = ["told reporters", "said", "said on {D}", "told {O}"];

    private readonly StringBuilder _text = new(1024);

    public bool Curly { get; set; } = true;

    public string Outlet { get; set; } = string.Empty;

    private char Open => Curly ? '“' : '"';

    private char Close => Curly ? '”' : '"';

    public void Direct(List<string> paragraphs, QuoteForm form, string mention, string subjectMention, IReadOnlyList<string> sentences, string? verb = null)
    {
        _text.Clear();
        switch (form)
        {
            case QuoteForm.SpeakerFirst:
                Capitalized(subjectMention).Append(' ');
                Verb(verb ?? rng.Pick(ColonVerbs));
                _text.Append(' ').Append(Open);
                Sentences(sentences, 0, sentences.Count, '.');
                _text.Append(Close);
                break;
            case QuoteForm.Inverted:
                _text.Append(Open);
                Sentences(sentences, 0, sentences.Count, ',');
                _text.Append(Close).Append(" said ").Append(mention).Append('.');
                break;
            case QuoteForm.Split when sentences.Count > 1:
                _text.Append(Open);
                Sentences(sentences, 0, 1, ',');
                _text.Append(Close).Append(' ').Append(subjectMention).Append(" said. ").Append(Open);
                Sentences(sentences, 1, sentences.Count, '.');
                _text.Append(Close);
                break;
            case QuoteForm.MultiParagraph when sentences.Count > 2:
                // Each paragraph opens with a quotation mark; only the last one closes.
                Capitalized(subjectMention).Append(" said in a statement: ").Append(Open);
                Sentences(sentences, 0, 2, '.');
                for (var i = 2; i < sentences.Count; i += 2)
                {
                    paragraphs.Add(_text.ToString());
                    _text.Clear().Append(Open);
                    Sentences(sentences, i, Math.Min(i + 2, sentences.Count), '.');
                }

                _text.Append(Close);
                break;
            default:
                _text.Append(Open);
                Sentences(sentences, 0, sentences.Count, ',');
                _text.Append(Close).Append(' ').Append(subjectMention).Append(' ');
                Verb(verb ?? rng.Pick(QuoteFirstVerbs));
                _text.Append('.');
                break;
        }

        paragraphs.Add(_text.ToString());
    }

    public void Reported(List<string> paragraphs, QuoteForm form, string subjectMention, string clause, string? verb = null)
    {
        _text.Clear();
        switch (form)
        {
            case QuoteForm.ReportedTrailing:
                Capitalized(clause).Append(", ").Append(subjectMention).Append(' ');
                Verb(verb ?? rng.Pick(TrailingVerbs));
                break;
            case QuoteForm.According:
                _text.Append("According to ").Append(subjectMention.TrimEnd(',')).Append(", ").Append(clause);
                break;
            default:
                Capitalized(subjectMention).Append(' ');
                Verb(verb ?? rng.Pick(ThatVerbs));
                _text.Append(' ').Append(clause);
                break;
        }

        _text.Append('.');
        paragraphs.Add(_text.ToString());
    }

    private StringBuilder Capitalized(string text) =>
        _text.Append(char.ToUpperInvariant(text[0])).Append(text, 1, text.Length - 1);

    private void Sentences(IReadOnlyList<string> sentences, int from, int to, char last)
    {
        for (var i = from; i < to; i++)
        {
            _text.Append(sentences[i]).Append(i == to - 1 ? last : '.');
            if (i < to - 1)
            {
                _text.Append(' ');
            }
        }
    }

    private void Verb(string verb)
    {
        if (verb.Contains("{O}", StringComparison.Ordinal))
        {
            _text.Append(verb.Replace("{O}", Outlet, StringComparison.Ordinal));
            return;
        }

        Slots.Append(_text, verb, rng);
    }
}
