namespace NewsTracker.Core.Extraction.Sieves;

// No holder of this title named before: the person the article was just quoting or naming, when the title
// is one the text gave that person in other words ("the chancellor" for a finance minister). A title that
// hides its holder ("the official") stays unnamed; a generic word for a post with "the" ("the diplomat", "the
// negotiator") is the person just named, unless an unnamed one ("a Western diplomat") came between.
internal sealed class TitleNearestSieve : ISpeakerSieve
{
    public const string Rule = "title-nearest";

    private const int MaxDistance = 80;

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        if (context.Phrase.Form != SpeakerForm.Title)
        {
            return null;
        }

        // "His deputy", "her spokesman": the post is held for the person the pronoun stands for, who is the one just named.
        if (OwnedByPronoun(context.Phrase))
        {
            return null;
        }

        var head = context.TitleHead;
        var generic = Lexicon.AnonymousHeads.Contains(head);
        if (generic && !(TitleLexicon.IsGeneric(head) && IsDefinite(context.Phrase)))
        {
            return null;
        }

        // "the university professor" after "An energy expert, Ada Quist, told …": a profession may describe the person
        // just named by another profession, or by none.
        var professional = !generic && IsDefinite(context.Phrase) && TitleLexicon.IsProfession(head);

        // "the Jordanian minister" is nobody the article tied to another state.
        var state = context.Phrase.Affiliation;
        if (context.Memory.MostRecent(context.Position, p => p.Confirmed && (p.Role is not null || professional) && !SpeakerContext.OtherPost(context.Phrase.Role, p.Role)
                && (state is null || p.Affiliation is null || string.Equals(p.Affiliation, state, StringComparison.OrdinalIgnoreCase)),
                preferEarlierSentences: true) is not { } nearest)
        {
            return null;
        }

        // "Lithuania's foreign minister" is not the analyst quoted last: someone known by a profession holds no title of
        // another word.
        if (!generic && !professional && TitleLexicon.IsProfession(nearest.Role) && !SpeakerContext.Matches(nearest.Role, head))
        {
            return null;
        }

        // "the governor" is not the planning minister quoted last, nor "the President of the Council" its chairwoman
        // ("the head of the Ministry" may be its minister).
        if (TitleLexicon.IsOtherOffice(head, context.Phrase.AsWritten, nearest.Role)
            || (context.Phrase.OfNamedBody && !SpeakerContext.Matches(nearest.Role, head) && !Lexicon.LeaderWords.Contains(head)))
        {
            return null;
        }

        var last = context.Memory.LastMentionBefore(nearest, context.Position);
        return last >= 0 && context.Position - last < MaxDistance
            && !(generic && TitleHolderSieve.UnnamedHolderSince(context.Analysis, last, context.Position, head))
            ? SpeakerContext.Found(nearest, Rule)
            : null;
    }

    private static bool OwnedByPronoun(SpeakerPhrase phrase) =>
        phrase.AsWritten.StartsWith("his ", StringComparison.OrdinalIgnoreCase) || phrase.AsWritten.StartsWith("her ", StringComparison.OrdinalIgnoreCase);

    private static bool IsDefinite(SpeakerPhrase phrase) => phrase.AsWritten.StartsWith("the ", StringComparison.OrdinalIgnoreCase);
}
