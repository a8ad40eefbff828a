using NewsTracker.Core.Actors;

namespace NewsTracker.Core.Extraction;

// Bodies and missions named with a city: a body's seat is no part of its name and never the speaker ("the Harbour
// Authority in Oslo said"), a diplomatic mission's city is ("the Freedonian Embassy in Oslo").
internal static partial class SpeakerPhraseParser
{
    // "A Freedonian Embassy spokesperson in Oslo said": the city closing the phrase names the mission the spokesperson speaks for.
    private static SpeakerPhrase WithMissionCity(ArticleAnalysis a, SpeakerPhrase phrase)
    {
        if (phrase.Form != SpeakerForm.Organisation || phrase.Organisation is not { } mission || mission.Contains(" in ", StringComparison.Ordinal)
            || !IsMission(mission))
        {
            return phrase;
        }

        var end = phrase.EndToken;
        var k = end - 1;
        while (k > phrase.StartToken && end - k <= 3 && a.Tokens[k].IsCapitalized(a.Text))
        {
            k--;
        }

        if (k < end - 1 && k > phrase.StartToken && a.Tokens[k].Is(a.Text, "in") && !a.Tokens[k - 1].IsCapitalized(a.Text))
        {
            return phrase with { Organisation = mission + " " + a.Text[a.Tokens[k].Start..a.Tokens[end - 1].End] };
        }

        // "In Harbourtown, the Freedonian Embassy said": the mission is in the city the sentence opens with. (Not the dateline's
        // city: copy names a mission without its city as often for the one in the dateline's capital as for another.)
        return CityOpening(a, phrase.StartToken) is { } city ? phrase with { Organisation = $"{mission} in {city}" } : phrase;
    }

    // "In Harbourtown, the …": the place a sentence opens with, before the phrase.
    private static string? CityOpening(ArticleAnalysis a, int at)
    {
        var first = at;
        while (first > 0 && a.SentenceOf(first - 1) == a.SentenceOf(at))
        {
            first--;
        }

        var k = first + 1;
        while (k < at && k - first <= 3 && a.Tokens[k].IsCapitalized(a.Text))
        {
            k++;
        }

        return a.Tokens[first].Is(a.Text, "in") && k > first + 1 && k < at && a.Tokens[k].Is(a.Text, ',')
            && a.Catalogue.StateOfPlace(a.Text, a.Tokens, first + 1, k) is not null
            ? a.Text[a.Tokens[first + 1].Start..a.Tokens[k - 1].End]
            : null;
    }

    private static readonly string[] MissionWords = [" Embassy", " Consulate", " High Commission"];

    private static bool IsMission(string name) => MissionWords.Any(word => name.EndsWith(word, StringComparison.OrdinalIgnoreCase));

    // Where "in" opens the seat closing a body's name ("the Harbour Authority in Vienna"), when the seat is a state or capital
    // the catalogue knows; 0 otherwise.
    private static int SeatOfBody(ArticleAnalysis a, int start, int end)
    {
        for (var k = end - 2; k > start && end - k <= 4; k--)
        {
            if (a.Tokens[k].Is(a.Text, "in"))
            {
                return BodyBeforeSeat(a, k, start) == Seated.Body && a.Catalogue.TryMatchAlias(a.Text, a.Tokens, k + 1, end, out var length, out var place)
                    && k + 1 + length == end && place.Kind == ActorKind.Country ? k : 0;
            }
        }

        return 0;
    }

    internal enum Seated { No, Body, Mission }

    // What the capitalised name closing before "in" at `at` is: a body, whose seat follows ("the Harbour Authority in
    // Vienna"), or a diplomatic mission, whose city belongs to its name ("the Embassy of Freedonia in Harbourtown").
    internal static Seated BodyBeforeSeat(ArticleAnalysis a, int at, int floor)
    {
        if (at - 1 < floor || !a.Tokens[at - 1].IsCapitalized(a.Text))
        {
            return Seated.No;
        }

        var body = false;
        for (var k = at - 1; k >= floor && at - k <= 8; k--)
        {
            var token = a.Tokens[k];
            if (Lexicon.DiplomaticPosts.Contains(a.Text, token))
            {
                return Seated.Mission;
            }

            if (token.IsCapitalized(a.Text))
            {
                body |= Lexicon.OrganisationWords.Contains(a.Text, token);
            }
            else if (!BodyNameLinks.Contains(a.Text, token))
            {
                break;
            }
        }

        return body ? Seated.Body : Seated.No;
    }

    private static readonly WordSet BodyNameLinks = new("of the and for", indexed: false);
}
