using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Extraction;

internal sealed record ResolvedSpeaker(ExtractedSpeaker? Speaker, double Confidence, string Resolution, ArticlePerson? Person);

// Resolves a speaker phrase to the person or institution the article means: a surname to the full name
// introduced earlier, a pronoun to the latest compatible person, a title to the person the article (or the
// catalogue) ties it to. When the text does not settle it, it says so rather than guess.
internal sealed class AttributionResolver(ArticleAnalysis analysis)
{
    private const int MaxLookBack = 300;

    private readonly List<(int Token, ExtractedSpeaker Speaker)> _organisations = [];
    private readonly List<MentionOfPerson> _remembered = [];

    public ResolvedSpeaker Resolve(SpeakerPhrase phrase, int position)
    {
        var resolved = phrase.Form switch
        {
            SpeakerForm.Name => ResolveName(phrase, position),
            SpeakerForm.Pronoun => ResolvePronoun(phrase, position),
            SpeakerForm.Title => ResolveTitle(phrase, position),
            SpeakerForm.Organisation => ResolveOrganisation(phrase, position),
            _ => new ResolvedSpeaker(null, 0, "anonymous", null),
        };

        if (resolved.Person is { } person)
        {
            Remember(person, position);
        }

        return resolved;
    }

    private ResolvedSpeaker ResolveName(SpeakerPhrase phrase, int position)
    {
        var people = analysis.People;
        var name = phrase.Name!;
        if (name.Contains(' ', StringComparison.Ordinal))
        {
            var gender = FirstNames.Of(name.AsSpan(0, name.IndexOf(' ', StringComparison.Ordinal)));
            var person = people.AddOrUpdate(name, phrase.Role, phrase.Affiliation, gender);
            return Found(person, 0.95, "name");
        }

        var namesakes = people.FindSurname(name);
        if (namesakes.Count > 1 && phrase.Gender != Gender.Unknown)
        {
            // "Ms. Kovalenko" is not the general of the same name.
            var sameGender = namesakes.Where(p => p.Gender != Genders.Opposite(phrase.Gender)).ToList();
            namesakes = sameGender.Count > 0 ? sameGender : namesakes;
        }

        if (namesakes.Count == 1)
        {
            return Found(namesakes[0], 0.9, "surname");
        }

        if (namesakes.Count > 1)
        {
            var byRole = namesakes.Where(p => Matches(p.Role, phrase.Role) && (phrase.Affiliation is null || p.Affiliation == phrase.Affiliation)).ToList();
            if (byRole.Count == 1 && (phrase.Role is not null || phrase.Affiliation is not null))
            {
                return Found(byRole[0], 0.85, "surname+title");
            }

            var recent = MostRecent(position, p => namesakes.Contains(p));
            return recent is null ? new ResolvedSpeaker(null, 0.2, "ambiguous-surname", null) : Found(recent, 0.55, "surname-nearest");
        }

        var known = analysis.Catalogue.PeopleWithSurname(name);
        if (known.Count == 1)
        {
            var person = people.AddOrUpdate(known[0].Name, known[0].Role, known[0].Affiliation, Gender.Unknown, fromCatalogue: true);
            return Found(person, 0.85, "catalogue-surname");
        }

        var single = people.AddOrUpdate(name, phrase.Role, phrase.Affiliation, Gender.Unknown);
        return Found(single, 0.75, "surname-only");
    }

    private ResolvedSpeaker ResolvePronoun(SpeakerPhrase phrase, int position)
    {
        switch (phrase.Pronoun)
        {
            case "he" or "she":
                var wanted = phrase.Pronoun == "he" ? Gender.Male : Gender.Female;
                var person = MostRecent(position, p => p.Confirmed && (p.Gender == Gender.Unknown || p.Gender == wanted), preferEarlierSentences: true);
                if (person is null)
                {
                    // Nobody the article clearly introduced: the latest name it mentioned at all, if only one fits.
                    var fallback = analysis.People.People.Where(p => !p.Confirmed && p.Name.Contains(' ', StringComparison.Ordinal)
                        && p.Gender != Genders.Opposite(wanted) && p.LastMention >= 0 && p.LastMention < position).ToList();
                    if (fallback.Count != 1)
                    {
                        return new ResolvedSpeaker(null, 0.1, "pronoun-unresolved", null);
                    }

                    return Found(fallback[0], 0.5, "pronoun-weak");
                }

                if (person.Gender == Gender.Unknown)
                {
                    person.Gender = wanted;
                }

                return Found(person, 0.8, "pronoun");
            case "they" or "it":
                var organisation = _organisations.LastOrDefault(o => o.Token < position && position - o.Token < 400);
                return organisation.Speaker is null
                    ? new ResolvedSpeaker(null, 0.1, "pronoun-unresolved", null)
                    : new ResolvedSpeaker(organisation.Speaker, 0.6, "pronoun-organisation", null);
            default:
                return new ResolvedSpeaker(null, 0, "pronoun-first-person", null);
        }
    }

    private ResolvedSpeaker ResolveTitle(SpeakerPhrase phrase, int position)
    {
        var head = phrase.Role!.Split(' ')[^1];
        bool Fits(ArticlePerson p) =>
            (Matches(p.Role, head) || (IsLeaderWord(head) && p.Affiliation is not null && p.Affiliation == phrase.Affiliation && p.Role is not null))
            && (phrase.Affiliation is null || p.Affiliation is null || p.Affiliation == phrase.Affiliation);

        var person = MostRecent(position, Fits) ?? FirstNamedBefore(position, Fits);
        if (person is not null)
        {
            return Found(person, 0.8, "title");
        }

        var known = analysis.Catalogue.People
            .Where(p => Matches(p.Role, phrase.Role) && phrase.Affiliation is not null && p.Affiliation == phrase.Affiliation)
            .ToList();
        if (known.Count == 1)
        {
            var fromCatalogue = analysis.People.AddOrUpdate(known[0].Name, known[0].Role, known[0].Affiliation, Gender.Unknown, fromCatalogue: true);
            return Found(fromCatalogue, 0.6, "catalogue-title");
        }

        // No holder of this title named before: the person the article was just quoting or naming, when the
        // title is one the text gave that person in other words ("Chancellor" for a foreign minister).
        // "the official" stays unnamed.
        if (!Lexicon.AnonymousHeads.Contains(head)
            && MostRecent(position, p => p.Confirmed && p.Role is not null, preferEarlierSentences: true) is { } nearest
            && position - nearest.LastMention < 80)
        {
            return Found(nearest, 0.5, "title-nearest");
        }

        return new ResolvedSpeaker(null, 0.2, "title-unresolved", null);
    }

    private ResolvedSpeaker ResolveOrganisation(SpeakerPhrase phrase, int position)
    {
        var name = phrase.Organisation!;
        if (analysis.People.Acronyms.TryGetValue(name, out var expanded))
        {
            name = expanded;
        }

        var generic = !name.Any(char.IsUpper);

        // "the alliance", "the military alliance", "the bloc": a description the catalogue knows.
        if (generic && analysis.Catalogue.FindDescription(name.Split(' ')[^1]) is { } catalogued
            && (phrase.Affiliation is null || phrase.Affiliation == catalogued.Name))
        {
            var known = new ExtractedSpeaker(catalogued.Name, catalogued.Kind, null, null);
            _organisations.Add((position, known));
            return new ResolvedSpeaker(known, 0.75, "organisation-description", null);
        }

        if (generic && phrase.Affiliation is null)
        {
            var head = name.Split(' ')[^1];

            var earlier = _organisations.LastOrDefault(o => o.Token < position
                && o.Speaker.Name.EndsWith(head, StringComparison.OrdinalIgnoreCase));
            if (earlier.Speaker is not null)
            {
                return new ResolvedSpeaker(earlier.Speaker, 0.7, "organisation-earlier", null);
            }

            if (analysis.People.LatestOrganisation(position, head) is { } mentioned)
            {
                var found = new ExtractedSpeaker(mentioned, ActorKind.Organisation, null, null);
                _organisations.Add((position, found));
                return new ResolvedSpeaker(found, 0.65, "organisation-mentioned", null);
            }

            // "the presidential office", "Ukraine's defence ministry": specific enough to stand as a name.
            if (name.Contains(' ', StringComparison.Ordinal))
            {
                var described = new ExtractedSpeaker(name, ActorKind.Organisation, null, null);
                _organisations.Add((position, described));
                return new ResolvedSpeaker(described, 0.6, "organisation-described", null);
            }

            return new ResolvedSpeaker(null, 0.2, "organisation-unresolved", null);
        }

        // "the Commission" after "the European Commission": a common word stands for the institution named before.
        if (!name.Contains(' ', StringComparison.Ordinal) && !ActorNames.IsName(name, phrase.OrganisationKind, analysis.Catalogue.Knows))
        {
            var named = _organisations.LastOrDefault(o => o.Token < position && o.Speaker.Name.EndsWith(" " + name, StringComparison.OrdinalIgnoreCase));
            if (named.Speaker is not null)
            {
                return new ResolvedSpeaker(named.Speaker, 0.7, "organisation-earlier", null);
            }

            if (analysis.People.LatestOrganisation(position, name) is { } mentioned && mentioned.Contains(' ', StringComparison.Ordinal))
            {
                var found = new ExtractedSpeaker(mentioned, phrase.OrganisationKind, null, null);
                _organisations.Add((position, found));
                return new ResolvedSpeaker(found, 0.65, "organisation-mentioned", null);
            }
        }

        var speaker = new ExtractedSpeaker(name, phrase.OrganisationKind, null, phrase.Affiliation == name ? null : phrase.Affiliation);
        _organisations.Add((position, speaker));
        return new ResolvedSpeaker(speaker, 0.85, "organisation", null);
    }

    private static ResolvedSpeaker Found(ArticlePerson person, double confidence, string resolution)
    {
        person.Confirmed = true;
        return new(new ExtractedSpeaker(person.Name, ActorKind.Person, person.Role, person.Affiliation), confidence, resolution, person);
    }

    // The latest person before `position` that fits: the subject (first mention) of the latest sentence
    // that names one, looking at earlier sentences before the pronoun's own. Only a bounded stretch of the
    // article is searched, so resolution stays linear however long the text.
    private ArticlePerson? MostRecent(int position, Func<ArticlePerson, bool> fits, bool preferEarlierSentences = false)
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
    private ArticlePerson? FirstNamedBefore(int position, Func<ArticlePerson, bool> fits)
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

    private void Remember(ArticlePerson person, int position)
    {
        if (_remembered.Count == 0 || _remembered[^1].TokenIndex <= position)
        {
            _remembered.Add(new MentionOfPerson(position, analysis.SentenceOf(position), person));
            person.LastMention = Math.Max(person.LastMention, position);
        }
    }

    private static bool IsLeaderWord(string word) => word.ToLowerInvariant() is "chief" or "head" or "leader" or "boss";

    private static bool Matches(string? role, string? wanted) =>
        role is not null && wanted is not null && role.Contains(wanted, StringComparison.OrdinalIgnoreCase);
}
