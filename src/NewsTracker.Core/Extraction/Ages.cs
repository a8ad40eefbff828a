namespace NewsTracker.Core.Extraction;

// Ages as news copy writes them: "Oskarsson, 63, told …" gives a person's age; "the 63-year-old" refers back to them.
internal static class Ages
{
    // The age at token k when k starts "61-year-old" (a number, a hyphen and "year-old", written together), else 0.
    public static int DescribedAt(ArticleAnalysis a, int k)
    {
        var tokens = a.Tokens;
        if (k < 0 || k + 2 >= tokens.Count || tokens[k].Kind != TokenKind.Number || tokens[k].Length > 3
            || tokens[k + 1].Start != tokens[k].End || !tokens[k + 1].Is(a.Text, '-') || tokens[k + 2].Start != tokens[k + 1].End
            || !(tokens[k + 2].Is(a.Text, "year-old") || tokens[k + 2].Is(a.Text, "years-old")))
        {
            return 0;
        }

        return Parse(a, k);
    }

    // The age in apposition after a name ending before token k: "Oskarsson, 63, said", "Oskarsson, 63: “…”" (k at the
    // first comma), else 0.
    public static int GivenAt(ArticleAnalysis a, int k)
    {
        var tokens = a.Tokens;
        return k + 2 < tokens.Count && tokens[k].Is(a.Text, ',') && tokens[k + 1].Kind == TokenKind.Number && tokens[k + 1].Length <= 3
            && (tokens[k + 2].Is(a.Text, ',') || tokens[k + 2].Is(a.Text, ':'))
            ? Parse(a, k + 1)
            : 0;
    }

    // Whether the name ending before token k is followed by an age: "Oskarsson, 63," or "Oskarsson, a 63-year-old …".
    public static bool FollowAt(ArticleAnalysis a, int k) =>
        GivenAt(a, k) > 0
        || (k + 2 < a.Tokens.Count && a.Tokens[k].Is(a.Text, ',') && (a.Tokens[k + 1].Is(a.Text, "a") || a.Tokens[k + 1].Is(a.Text, "an"))
            && DescribedAt(a, k + 2) > 0);

    private static int Parse(ArticleAnalysis a, int k) =>
        int.TryParse(a.Tokens[k].Span(a.Text), out var age) && age is > 0 and < 130 ? age : 0;
}
