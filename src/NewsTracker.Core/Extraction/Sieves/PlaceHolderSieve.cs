namespace NewsTracker.Core.Extraction.Sieves;

// "the Upper East MP", "the Harbourtown mayor", "the Mesa Republican", "the Halden executive", "the Oslo-based analyst": a
// place or a company and a title, role or party, for the one person the article introduced with that place or company
// ("Jon Berg, who represents a seat in the Upper East region,"). A state the catalogue knows is an affiliation ("the Jordanian
// minister"), read by other sieves; two people introduced with the place leave it open.
internal sealed class PlaceHolderSieve : ISpeakerSieve
{
    public const string Rule = "place-holder";

    private const int MaxPlaceWords = 3;

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        var a = context.Analysis;
        var (text, tokens) = (a.Text, a.Tokens);
        var (start, end) = (context.Phrase.StartToken, context.Phrase.EndToken);
        if (end - start < 3 || !tokens[start].Is(text, "the")
            || !(Lexicon.TitleWords.Contains(text, tokens[end - 1]) || Lexicon.RoleNouns.Contains(text, tokens[end - 1])
                || Lexicon.AnonymousHeads.Contains(text, tokens[end - 1]) || PartyLexicon.PartyOfWord(tokens[end - 1].Span(text)) is not null))
        {
            return null;
        }

        var placeEnd = start + 1;
        while (placeEnd < end - 1 && tokens[placeEnd].IsCapitalized(text) && !Lexicon.TitleWords.Contains(text, tokens[placeEnd]))
        {
            placeEnd++;
        }

        var placeWords = placeEnd - (start + 1);
        if (placeWords == 0 || placeWords > MaxPlaceWords || !AllTitles(a, placeEnd, end - 1)
            || (a.Catalogue.TryMatchAlias(text, tokens, start + 1, placeEnd, out var length, out var known) && length == placeWords
                && known.Kind == Actors.ActorKind.Country))
        {
            return null;
        }

        // "the Jeddah-based researcher": the place is the city the person is based in.
        var place = text[tokens[start + 1].Start..tokens[placeEnd - 1].End];
        if (place.EndsWith("-based", StringComparison.OrdinalIgnoreCase) && place.Length > "-based".Length + 1)
        {
            place = place[..^"-based".Length];
        }

        ArticlePerson? holder = null;
        foreach (var mention in a.People.Mentions)
        {
            if (mention.TokenIndex >= context.Position)
            {
                break;
            }

            // A headline's people (at -1) have no introduction in the body to read; the place itself read as a name
            // ("Rio Tinto") is nobody holding a post there.
            if (mention.TokenIndex < 0 || mention.Person.Name.Contains(place, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var (from, to) = IntroductionWindow.Of(a, mention);
            if (mention.Person == holder || !PartyMemberSieve.HasWords(text[tokens[from].Start..tokens[to - 1].End], place))
            {
                continue;
            }

            if (holder is not null)
            {
                return null;
            }

            holder = mention.Person;
        }

        return holder is null ? null : SpeakerContext.Found(holder, Rule);
    }

    private static bool AllTitles(ArticleAnalysis a, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!Lexicon.TitleWords.Contains(a.Text, a.Tokens[k]))
            {
                return false;
            }
        }

        return true;
    }
}
