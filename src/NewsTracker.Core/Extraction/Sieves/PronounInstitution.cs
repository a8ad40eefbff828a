namespace NewsTracker.Core.Extraction.Sieves;

// "… met the ambassador, Ada Berg. She said her embassy would …", "… received the company's chief executive. He said
// his company would …": the institution the pronoun owns in its own sentence tells which of two people it is, when only
// one of them holds a post in such an institution (the "institutions" of titles.json).
internal static class PronounInstitution
{
    public static ArticlePerson? Owner(SpeakerContext context, List<MentionOfPerson> candidates)
    {
        var a = context.Analysis;
        var possessive = context.Phrase.Pronoun == "she" ? "her" : "his";
        var sentence = a.SentenceOf(context.Position);
        string? institution = null;
        for (var k = a.SentenceStart(context.Position); k + 1 < a.Tokens.Count && a.SentenceOf(k) == sentence; k++)
        {
            if (a.Tokens[k].Is(a.Text, possessive) && TitleLexicon.IsInstitution(a.Tokens[k + 1].Span(a.Text)))
            {
                institution = a.Tokens[k + 1].Text(a.Text);
                break;
            }
        }

        if (institution is null)
        {
            return null;
        }

        ArticlePerson? owner = null;
        var others = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var person = candidates[i].Person;
            if (SeenBefore(candidates, i))
            {
                continue;
            }

            if (!TitleLexicon.HoldsPostIn(institution, person.Role))
            {
                others++;
            }
            else if (owner is not null)
            {
                return null;
            }
            else
            {
                owner = person;
            }
        }

        return others > 0 ? owner : null;
    }

    private static bool SeenBefore(List<MentionOfPerson> candidates, int i)
    {
        for (var j = 0; j < i; j++)
        {
            if (candidates[j].Person == candidates[i].Person)
            {
                return true;
            }
        }

        return false;
    }
}
