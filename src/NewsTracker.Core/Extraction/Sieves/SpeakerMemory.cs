namespace NewsTracker.Core.Extraction.Sieves;

// Who the article has mentioned and who it has quoted so far, in reading order: the people found by
// reading and those earlier attributions settled, and the organisations quoted. Only a bounded stretch
// of the article is searched, so resolution stays linear however long the text.
internal sealed class SpeakerMemory(ArticleAnalysis analysis)
{
    private const int MaxLookBack = 300;

    private readonly List<MentionOfPerson> _remembered = [];

    public List<(int Token, ExtractedSpeaker Speaker)> Organisations { get; } = [];

    // Institutions that spoke through an unnamed spokesperson ("a Gazprom spokesman said"), in reading order: a later
    // "the spokesman added" is theirs.
    public List<(int Token, ExtractedSpeaker Speaker)> SpokenThrough { get; } = [];

    // One unnamed source that spoke ("a senior official said"), in reading order: a later "he added" may be them.
    public List<UnnamedSpeaker> UnnamedSpeakers { get; } = [];

    // Where an unnamed group last spoke ("Rescue workers said"): a later "they said" is that group, -1 before any.
    public int LatestGroup { get; private set; } = -1;

    // "Rescue workers said", "officials say": remembered when a plural description settled as nobody by name.
    public void RememberGroup(SpeakerPhrase phrase, int position)
    {
        if (phrase.Form is SpeakerForm.Anonymous or SpeakerForm.Title && phrase.EndToken > 0
            && analysis.Tokens[phrase.EndToken - 1] is var head && head.IsWord && char.IsLower(analysis.Text[head.Start])
            && analysis.Text[head.End - 1] == 's' && position > LatestGroup)
        {
            LatestGroup = position;
        }
    }

    // The latest person before `position` that fits: the subject (first mention) of the latest sentence
    // that names one, looking at earlier sentences before the pronoun's own.
    public ArticlePerson? MostRecent(int position, Func<ArticlePerson, bool> fits, bool preferEarlierSentences = false)
    {
        var ownSentence = analysis.SentenceOf(position);
        ArticlePerson? sameSentence = null;
        var cursor = Start(position);
        for (var seen = 0; seen < MaxLookBack && Next(ref cursor, out var mention); seen++)
        {
            if (!fits(mention.Person))
            {
                continue;
            }

            if (preferEarlierSentences && mention.Sentence == ownSentence)
            {
                sameSentence ??= FirstInSentence(cursor, mention, fits);
                continue;
            }

            return FirstInSentence(cursor, mention, fits);
        }

        return sameSentence;
    }

    // A title refers back: the first person named before `position` who fits, however far back (bounded).
    public ArticlePerson? FirstNamedBefore(int position, Func<ArticlePerson, bool> fits)
    {
        var mentions = analysis.People.Mentions;
        for (var i = 0; i < mentions.Count && i < MaxLookBack && mentions[i].TokenIndex < position; i++)
        {
            if (fits(mentions[i].Person))
            {
                return mentions[i].Person;
            }
        }

        return null;
    }

    public void Remember(ArticlePerson person, int position)
    {
        if (_remembered.Count == 0 || _remembered[^1].TokenIndex <= position)
        {
            _remembered.Add(new MentionOfPerson(position, analysis.SentenceOf(position), person));
            person.LastMention = Math.Max(person.LastMention, position);
        }
    }

    private readonly List<(ArticlePerson Person, string Title)> _titled = [];

    // "Lesotho's energy minister said … Ada Quist made the demand …": a title the text settled on a person who holds no
    // such role by name; a later "the minister" can be them.
    public void RememberTitle(ArticlePerson person, string title)
    {
        if (!_titled.Contains((person, title)))
        {
            _titled.Add((person, title));
        }
    }

    // Whether an earlier title phrase with this head word, and no other post ("the home minister" is not "the interior
    // minister"), was settled on the person.
    public bool HeldTitle(ArticlePerson person, string head, string? role)
    {
        foreach (var (titled, title) in _titled)
        {
            if (titled == person && SpeakerContext.Matches(title, head) && !SpeakerContext.OtherPost(role, title))
            {
                return true;
            }
        }

        return false;
    }

    // "A senior official said …": remembered when the phrase introduces one person ("a", "an", "one", "another").
    public void RememberUnnamed(SpeakerPhrase phrase, int position)
    {
        var first = phrase.AsWritten.AsSpan().TrimStart();
        var space = first.IndexOf(' ');
        if (space <= 0 || !Lexicon.SingleDeterminers.Contains(first[..space]))
        {
            return;
        }

        // "a shopkeeper who gave his name as Omar said": a name between the description and its verb names the source.
        var mentions = analysis.People.Mentions;
        var i = LastBefore(mentions, position);
        if (i >= 0 && mentions[i].TokenIndex >= phrase.StartToken)
        {
            return;
        }

        if (UnnamedSpeakers.Count == 0 || UnnamedSpeakers[^1].Position <= position)
        {
            UnnamedSpeakers.Add(new UnnamedSpeaker(position, analysis.SentenceOf(position), UnnamedSpeaker.GenderOf(phrase.AsWritten)));
        }
    }

    // The latest unnamed source before `position` that a pronoun of this gender could mean.
    public UnnamedSpeaker? LatestUnnamed(int position, Gender wanted)
    {
        for (var i = UnnamedSpeakers.Count - 1; i >= 0; i--)
        {
            var unnamed = UnnamedSpeakers[i];
            if (unnamed.Position < position && unnamed.Gender != Genders.Opposite(wanted))
            {
                return unnamed;
            }
        }

        return null;
    }

    // The mentions before `position`, latest first, each with whether it was found by reading (not an attribution).
    public IEnumerable<(MentionOfPerson Mention, bool Read)> Latest(int position)
    {
        var cursor = Start(position);
        for (var seen = 0; seen < MaxLookBack; seen++)
        {
            var read = cursor.Remembered < 0 || (cursor.Read >= 0
                && analysis.People.Mentions[cursor.Read].TokenIndex >= _remembered[cursor.Remembered].TokenIndex);
            if (!Next(ref cursor, out var mention))
            {
                yield break;
            }

            yield return (mention, read);
        }
    }

    // Where `person` was last named or quoted before `position` (-1 when not within the look-back); the person's
    // LastMention may lie further on in the article.
    public int LastMentionBefore(ArticlePerson person, int position)
    {
        foreach (var (mention, _) in Latest(position))
        {
            if (mention.Person == person)
            {
                return mention.TokenIndex;
            }
        }

        return -1;
    }

    // The person attributions settled on most often before `position`, among those that fit, when no other fitting
    // person was settled on as often; null otherwise.
    public ArticlePerson? MostQuotedBefore(int position, Func<ArticlePerson, bool> fits)
    {
        var counts = new Dictionary<ArticlePerson, int>();
        foreach (var mention in _remembered)
        {
            if (mention.TokenIndex < position && fits(mention.Person))
            {
                counts[mention.Person] = counts.GetValueOrDefault(mention.Person) + 1;
            }
        }

        var ranked = counts.OrderByDescending(c => c.Value).Take(2).ToList();
        return ranked.Count == 1 || (ranked.Count == 2 && ranked[0].Value > ranked[1].Value) ? ranked[0].Key : null;
    }

    // The person an attribution settled last before `position`: the subject of the previous speech clause.
    public ArticlePerson? LastSpeakerBefore(int position) =>
        LastBefore(_remembered, position) is var i and >= 0 ? _remembered[i].Person : null;

    // Walks the mentions found by reading and those attributions added, latest first, without copying.
    private (int Read, int Remembered) Start(int position) =>
        (LastBefore(analysis.People.Mentions, position), LastBefore(_remembered, position));

    private bool Next(ref (int Read, int Remembered) cursor, out MentionOfPerson mention)
    {
        var read = analysis.People.Mentions;
        if (cursor.Read < 0 && cursor.Remembered < 0)
        {
            mention = default;
            return false;
        }

        mention = cursor.Remembered < 0 || (cursor.Read >= 0 && read[cursor.Read].TokenIndex >= _remembered[cursor.Remembered].TokenIndex)
            ? read[cursor.Read--]
            : _remembered[cursor.Remembered--];
        return true;
    }

    // Within one sentence the walk runs backwards, so the subject is the last fitting mention of that sentence.
    private ArticlePerson FirstInSentence((int Read, int Remembered) cursor, MentionOfPerson found, Func<ArticlePerson, bool> fits)
    {
        var subject = found.Person;
        while (Next(ref cursor, out var earlier) && earlier.Sentence == found.Sentence)
        {
            if (fits(earlier.Person))
            {
                subject = earlier.Person;
            }
        }

        return subject;
    }

    private static int LastBefore(List<MentionOfPerson> mentions, int position)
    {
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (mentions[mid].TokenIndex < position)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo - 1;
    }
}

internal readonly record struct UnnamedSpeaker(int Position, int Sentence, Gender Gender)
{
    private static readonly WordSet FemaleWords = new(TitleLexicon.Gendered(Gender.Female));
    private static readonly WordSet MaleWords = new(TitleLexicon.Gendered(Gender.Male));

    // "a spokeswoman", "a businessman": a gendered title of the description tells ("an aide to her" does not).
    public static Gender GenderOf(string description)
    {
        foreach (var word in description.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var bare = word.TrimEnd(',', ';', ':', '.');
            if (FemaleWords.Contains(bare))
            {
                return Gender.Female;
            }

            if (MaleWords.Contains(bare))
            {
                return Gender.Male;
            }
        }

        return Gender.Unknown;
    }
}
