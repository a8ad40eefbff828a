using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Extraction.Sieves;

// "The representative of Norway said", "the delegate of Brazil said": council coverage names a state through its
// unnamed delegate. When the sieves before found no delegate by name (the next sentence often gives one), the state
// speaks, rather than nobody or the person quoted last.
internal sealed class DelegateStateSieve : ISpeakerSieve
{
    public const string Rule = "delegate-state";

    private static readonly WordSet Delegates = new("representative delegate delegation", indexed: false);

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        var phrase = context.Phrase;
        var state = phrase.Form switch
        {
            SpeakerForm.Title when phrase.Affiliation is { } affiliation && Delegates.Contains(context.TitleHead) =>
                context.Analysis.Catalogue.FindByName(affiliation) is { Kind: ActorKind.Country } known ? known.Name : null,
            SpeakerForm.Organisation => DelegationOf(context.Analysis, phrase, out _),
            _ => null,
        };
        if (state is not null)
        {
            return context.Organisation(new ExtractedSpeaker(state, ActorKind.Country, null, null), Rule);
        }

        // "The delegation of Ruritania said": a state the catalogue does not know is still no person.
        return phrase.Form == SpeakerForm.Name && context.IsSurname && context.Namesakes.Count == 0
            && DelegationOf(context.Analysis, phrase, out var named) is null && named is not null && named == phrase.Name
            ? context.Organisation(new ExtractedSpeaker(named, ActorKind.Organisation, null, null), Rule)
            : null;
    }

    // "the delegation of the United States": the state after "of" or "for", the whole rest of the phrase; `written` is
    // that rest as written, whatever it names.
    private static string? DelegationOf(ArticleAnalysis a, SpeakerPhrase phrase, out string? written)
    {
        written = null;
        var (text, tokens) = (a.Text, a.Tokens);
        var k = phrase.StartToken;
        if (k < phrase.EndToken && Lexicon.Determiners.Contains(text, tokens[k]))
        {
            k++;
        }

        if (k + 2 >= phrase.EndToken || !Delegates.Contains(text, tokens[k]) || !(tokens[k + 1].Is(text, "of") || tokens[k + 1].Is(text, "for")))
        {
            return null;
        }

        var from = tokens[k + 2].Is(text, "the") ? k + 3 : k + 2;
        written = from < phrase.EndToken ? text[tokens[from].Start..tokens[phrase.EndToken - 1].End] : null;
        return from < phrase.EndToken && a.Catalogue.TryMatchAlias(text, tokens, from, phrase.EndToken, out var length, out var state)
            && length == phrase.EndToken - from && state.Kind == ActorKind.Country ? state.Name : null;
    }
}
