namespace NewsTracker.Core.Extraction;

// "A Baltic official who sat in on the hearing said": a relative clause between the speaker and the speech verb
// describes the speaker; the noun phrase before "who" is the subject, not the clause's own words.
internal static class RelativeClause
{
    private const int MaxClauseTokens = 12;

    private static readonly WordSet RelativePronouns = new("who which that");
    // A preposition before the pronoun ("a sitting during which a councillor asked …") opens a clause with its own subject.
    private static readonly WordSet NotAntecedents = new("""
        said says say told tell added warned asked wondered know knew known so such now than is was are were be
        in at on during after before under with by from through for of into
        """);

    // Where the relative pronoun of a clause that runs from it up to `end` stands, or -1. A comma, a quote or
    // another clause word in between means the words before the verb are no relative clause of this kind
    // ("X, who …, said" is an appositive and read as one).
    public static int PronounBefore(ArticleAnalysis a, int end, int floor)
    {
        var text = a.Text;
        for (var k = end - 1; k > floor && end - k <= MaxClauseTokens; k--)
        {
            var token = a.Tokens[k];
            if (a.InsideQuote(k) || token.Kind == TokenKind.Punct || (a.IsSpeechVerb(k) && !IsRequest(a, k)))
            {
                return -1;
            }

            // "who asked that her identity be kept private": the request's "that" relates nothing.
            if (!RelativePronouns.Contains(text, token) || (token.Is(text, "that") && k > 0 && IsRequest(a, k - 1)))
            {
                continue;
            }

            // The clause needs a verb of its own after the pronoun, and a noun before it.
            var before = a.Tokens[k - 1];
            if (k + 1 >= end || before.Kind != TokenKind.Word || NotAntecedents.Contains(text, before)
                || Lexicon.Pronouns.Contains(text, before))
            {
                return -1;
            }

            // "that" also opens a reported clause; only after a word for people does it relate one.
            return token.Is(text, "that") && !IsPeopleNoun(a, k - 1) ? -1 : k;
        }

        return -1;
    }

    // "who asked not to have her name printed", "who asked to remain anonymous", "who asked that her identity be kept private": a
    // request, not words reported.
    public static bool IsRequest(ArticleAnalysis a, int k)
    {
        var tokens = a.Tokens;
        return tokens[k].Is(a.Text, "asked") && k + 1 < tokens.Count
            && (tokens[k + 1].Is(a.Text, "not") || tokens[k + 1].Is(a.Text, "to")
                || (k + 3 < tokens.Count && tokens[k + 1].Is(a.Text, "that") && Owners.Contains(a.Text, tokens[k + 2])
                    && Identities.Contains(a.Text, tokens[k + 3])));
    }

    private static readonly WordSet Owners = new("his her their", indexed: false);

    private static readonly WordSet Identities = new("name names identity identities", indexed: false);

    private static bool IsPeopleNoun(ArticleAnalysis a, int k) =>
        Lexicon.RoleNouns.Contains(a.Text, a.Tokens[k]) || Lexicon.AnonymousHeads.Contains(a.Text, a.Tokens[k]);
}
