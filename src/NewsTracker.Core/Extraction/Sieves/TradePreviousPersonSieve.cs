namespace NewsTracker.Core.Extraction.Sieves;

// "In the hills, Ada Quist, 64, has grazed sheep for half a century. …¶“…,” the herder said": a person's trade with "the",
// or another noun for one person ("the woman", of no other gender), stands for the one person its paragraph names, else
// the one named since the paragraph before began, as feature copy varies a name it has just given; with nobody, or with
// two people, named there it stays an unnamed source.
internal sealed class TradePreviousPersonSieve : ISpeakerSieve
{
    public const string Rule = "trade-previous-person";

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        var a = context.Analysis;
        var (text, tokens) = (a.Text, a.Tokens);
        var (start, end) = (context.Phrase.StartToken, context.Phrase.EndToken);
        if (end - start != 2 || !tokens[start].Is(text, "the") || PeopleNouns.SingularGender(text, tokens[start + 1]) is not { } gender)
        {
            return null;
        }

        // The quote's own paragraph first: the paragraph before may name others ("… the director said. ¶ In the village, the
        // fisherman Ivo Holm remembers … “…,” the fisherman said").
        var paragraph = a.Document.ParagraphIndexAt(tokens[start].Start);
        var from = paragraph == 0 ? 0 : a.Document.Paragraphs[paragraph - 1].Start;
        var only = a.People.OnlyPersonNamed(a.Document.Paragraphs[paragraph].Start, start) ?? a.People.OnlyPersonNamed(from, start);
        return only is null || (gender != Gender.Unknown && only.Gender == Genders.Opposite(gender)) ? null : SpeakerContext.Found(only, Rule);
    }
}
