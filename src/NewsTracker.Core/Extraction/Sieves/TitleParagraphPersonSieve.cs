namespace NewsTracker.Core.Extraction.Sieves;

// "Lund, 47, promised to see the net menders. ‘…,’ the minister said.": a title with "the" that no holder was found
// for stands for the one person named earlier in its own paragraph (or, when its paragraph names nobody before it, in
// the paragraph before), when that person holds no other post by name. Not a title that hides its holder ("the
// official"), nor a spokesperson; tried after the nearest holder of the title.
internal sealed class TitleParagraphPersonSieve : ISpeakerSieve
{
    public const string Rule = "title-paragraph-person";

    private static readonly WordSet NamesMore = new("of for to at in from with", indexed: false);

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        var a = context.Analysis;
        var (text, tokens) = (a.Text, a.Tokens);
        var start = context.Phrase.StartToken;
        // A short title only: "the head of the delegation", "the country's police chief" or "the Lao minister" introduce
        // someone new more often than they recall the person just named.
        var end = context.Phrase.EndToken;
        if (context.Phrase.Form != SpeakerForm.Title || !tokens[start].Is(text, "the") || context.Phrase.Role is null
            || context.Phrase.Affiliation is not null || end - start > 4)
        {
            return null;
        }

        for (var k = start + 1; k < end; k++)
        {
            if (!tokens[k].IsWord || NamesMore.Contains(text, tokens[k]))
            {
                return null;
            }
        }

        var head = context.TitleHead;
        if (TitlePreviousParagraphPersonSieve.HidesHolder(head))
        {
            return null;
        }

        var paragraph = a.Document.ParagraphIndexAt(tokens[start].Start);
        var own = a.Document.Paragraphs[paragraph].Start;
        var only = a.People.OnlyPersonNamed(own, start)
            ?? (paragraph > 0 ? a.People.OnlyPersonNamed(a.Document.Paragraphs[paragraph - 1].Start, start, nobodyFrom: own) : null);
        return !TitlePreviousParagraphPersonSieve.CouldHold(a, only, head) || TitleLexicon.IsOtherOffice(head, context.Phrase.AsWritten, only!.Role)
            ? null
            : SpeakerContext.Found(only, Rule);
    }
}
