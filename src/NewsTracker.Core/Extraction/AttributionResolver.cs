using NewsTracker.Core.Extraction.Sieves;

namespace NewsTracker.Core.Extraction;

internal sealed record ResolvedSpeaker(ExtractedSpeaker? Speaker, double Confidence, string Resolution, ArticlePerson? Person);

// Resolves a speaker phrase to the person or institution the article means by running the speaker sieves
// for its form (SieveOrder), in reading order, remembering who was quoted so later pronouns, surnames and
// titles can refer back. When the text does not settle it, it says so rather than guess.
internal sealed class AttributionResolver(ArticleAnalysis analysis)
{
    private readonly SpeakerMemory _memory = new(analysis);

    public ResolvedSpeaker Resolve(SpeakerPhrase phrase, int position, IReadOnlyList<TextRange>? quoted = null)
    {
        var resolved = SieveOrder.Resolve(new SpeakerContext(analysis, _memory, phrase, position, quoted));
        if (resolved.Person is { } person)
        {
            _memory.Remember(person, position);
            if (phrase.Form == SpeakerForm.Title && phrase.Role is { } role)
            {
                _memory.RememberTitle(person, role);
            }
        }
        else if (resolved.Resolution == AnonymousSieve.Rule)
        {
            _memory.RememberUnnamed(phrase, position);
        }

        if (resolved.Speaker is null)
        {
            _memory.RememberGroup(phrase, position);
        }

        return resolved;
    }
}
