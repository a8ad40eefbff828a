using System.Text;

namespace NewsTracker.Cli.Generation;

// Composes sentences from the phrase bank: what speakers say (first person), what they are reported to
// have said (third person, past), and the narrative around it. Returned without the final full stop.
internal sealed class SentenceComposer(SplitMix64 rng, TopicPhrases topics)
{
    private readonly StringBuilder _text = new(256);

    public int TopicCount => topics.Count;

    // "Let me be clear: we will not accept new sanctions on Poland before the end of the year"
    public string Statement(int topic)
    {
        _text.Clear();
        if (rng.Chance(0.3))
        {
            Slots.Append(_text, rng.Pick(PhraseBank.Openers), rng);
            _text.Append(' ');
        }

        var (subject, plural) = rng.Pick(PhraseBank.FirstPersonSubjects);
        var modal = rng.Pick(PhraseBank.Modals);
        Slots.Append(_text, subject, rng);
        _text.Append(' ').Append(plural ? modal.Plural : modal.Singular).Append(' ').Append(rng.Pick(PhraseBank.Verbs)).Append(' ');
        Slots.Append(_text, topics.Pick(topic, rng), rng);
        AppendTail(0.75);
        return Finish();
    }

    // "That is the only responsible course"
    public string Judgement()
    {
        _text.Clear();
        Slots.Append(_text, rng.Pick(PhraseBank.Judgements), rng);
        return Finish();
    }

    // "his government would not accept new sanctions on Poland this winter" (reported speech, lower case)
    public string ReportedClause(int topic, Speaker speaker)
    {
        _text.Clear();
        var plural = false;
        if (speaker.Home is not null && rng.Chance(0.35))
        {
            _text.Append(speaker.Home);
        }
        else if (rng.Chance(0.25) && speaker.Appositive is null)
        {
            _text.Append(speaker.Female ? "her" : "his").Append(" government");
        }
        else
        {
            (var subject, plural) = rng.Pick(PhraseBank.ThirdPersonSubjects);
            Slots.Append(_text, subject, rng);
        }

        var modal = rng.Pick(PhraseBank.PastModals);
        _text.Append(' ').Append(plural ? modal.Plural : modal.Singular).Append(' ').Append(rng.Pick(PhraseBank.Verbs)).Append(' ');
        Slots.Append(_text, topics.Pick(topic, rng), rng);
        AppendTail(0.6);
        return _text.ToString();
    }

    // "Lavrov says Moscow will not accept new sanctions on Poland"
    public string Headline(int topic, Speaker speaker)
    {
        _text.Clear();
        var modal = rng.Pick(PhraseBank.Modals).Singular;
        if (rng.Chance(0.5))
        {
            _text.Append(speaker.Surname).Append(" says ");
            Slots.Append(_text, speaker.Home ?? rng.Pick(WorldPools.Countries).Name, rng);
            _text.Append(' ').Append(modal).Append(' ').Append(rng.Pick(PhraseBank.Verbs)).Append(' ');
            Slots.Append(_text, topics.Pick(topic, rng), rng);
        }
        else
        {
            Slots.Append(_text, rng.Pick(WorldPools.Countries).Name, rng);
            _text.Append(' ').Append(rng.Pick(PhraseBank.PastVerbs)).Append(' ');
            Slots.Append(_text, topics.Pick(topic, rng), rng);
            _text.Append(", ").Append(speaker.Surname).Append(" responds");
        }

        return Finish();
    }

    // "Poland approved new sanctions on Russia on Tuesday, as ministers met in Geneva"
    public string Lede(int topic)
    {
        _text.Clear();
        Slots.Append(_text, rng.Pick(WorldPools.Countries).Name, rng);
        _text.Append(' ').Append(rng.Pick(PhraseBank.PastVerbs)).Append(' ');
        Slots.Append(_text, topics.Pick(topic, rng), rng);
        _text.Append(" on ").Append(rng.Pick(WorldPools.Weekdays)).Append(", ");
        Slots.Append(_text, rng.Pick(PhraseBank.Occasions), rng);
        return Finish();
    }

    // One sentence of background: events, figures, the state of play.
    public string Background(int topic)
    {
        _text.Clear();
        if (rng.Chance(0.25))
        {
            Slots.Append(_text, rng.Pick(PhraseBank.ThirdPersonSubjects).Text, rng);
            _text.Append(' ').Append(rng.Pick(PhraseBank.PastVerbs)).Append(' ');
            Slots.Append(_text, topics.Pick(topic, rng), rng);
            _text.Append(' ');
            Slots.Append(_text, rng.Pick(PhraseBank.TimesAgo), rng);
            return Finish();
        }

        var template = rng.Pick(PhraseBank.Background);
        var start = 0;
        int next;
        while ((next = TopicSlot(template, start)) >= 0)
        {
            Slots.Append(_text, template[start..next], rng);
            Slots.Append(_text, topics.Pick(template[next + 1] == 'T' ? topic : rng.Next(topics.Count), rng), rng);
            start = next + 3;
        }

        Slots.Append(_text, template[start..], rng);
        return Finish();
    }

    private static int TopicSlot(string template, int start)
    {
        var own = template.IndexOf("{T}", start, StringComparison.Ordinal);
        var any = template.IndexOf("{U}", start, StringComparison.Ordinal);
        return own < 0 ? any : any < 0 ? own : Math.Min(own, any);
    }

    private void AppendTail(double probability)
    {
        if (rng.Chance(probability))
        {
            _text.Append(' ');
            Slots.Append(_text, rng.Pick(PhraseBank.Tails), rng);
        }
    }

    private string Finish()
    {
        if (_text.Length > 0 && char.IsLower(_text[0]))
        {
            _text[0] = char.ToUpperInvariant(_text[0]);
        }

        return _text.ToString();
    }
}
