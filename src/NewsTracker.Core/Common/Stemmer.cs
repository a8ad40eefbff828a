namespace NewsTracker.Core.Common;

// A light suffix stripper so "deploy", "deployed", "deploying" and "deployment" meet on one stem.
// It only has to be consistent: keywords and quote words go through the same rules.
internal static class Stemmer
{
    public const int MaxWordLength = 64;

    public static string Stem(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[Math.Min(word.Length, MaxWordLength)];
        return new string(buffer[..Stem(word, buffer)]);
    }

    // Writes the stem into `destination` (at least min(word length, MaxWordLength) long) and returns its length.
    public static int Stem(ReadOnlySpan<char> word, Span<char> destination)
    {
        var length = 0;
        foreach (var c in word)
        {
            if (c is '’' or '\'' || length == destination.Length)
            {
                break;
            }

            destination[length++] = Ascii.ToLower(c);
        }

        var w = StripSuffix(destination[..length]);
        if (w.Length > 4 && w[^1] == 'e')
        {
            w = w[..^1];
        }

        return w.Length;
    }

    private static Span<char> StripSuffix(Span<char> w)
    {
        // Every suffix below ends in one of these letters; most words end otherwise and are done.
        if (w.Length <= 3 || w[^1] is not ('s' or 'd' or 'g' or 't' or 'n'))
        {
            return w;
        }

        if (EndsWith(w, "ies") && w.Length > 4)
        {
            w[^3] = 'y';
            return w[..^2];
        }

        if (EndsWith(w, "ied") && w.Length > 4)
        {
            w[^3] = 'y';
            return w[..^2];
        }

        if (EndsWith(w, "ments") && w.Length > 8)
        {
            return w[..^5];
        }

        if (EndsWith(w, "ment") && w.Length > 7)
        {
            return w[..^4];
        }

        if (EndsWith(w, "ations") && w.Length > 8)
        {
            return w[..^4];
        }

        if (EndsWith(w, "ation") && w.Length > 7)
        {
            return w[..^3];
        }

        if (EndsWith(w, "ing") && w.Length > 5)
        {
            return Undouble(w[..^3]);
        }

        if (EndsWith(w, "ed") && w.Length > 4)
        {
            return Undouble(w[..^2]);
        }

        if ((EndsWith(w, "ches") || EndsWith(w, "shes") || EndsWith(w, "sses") || EndsWith(w, "xes")) && w.Length > 4)
        {
            return w[..^2];
        }

        if (EndsWith(w, "s") && !EndsWith(w, "ss") && !EndsWith(w, "us") && !EndsWith(w, "is"))
        {
            return w[..^1];
        }

        return w;
    }

    private static Span<char> Undouble(Span<char> w)
    {
        if (w.Length >= 3 && w[^1] == w[^2] && w[^1] is not ('l' or 's' or 'z') && !"aeiou".Contains(w[^1]))
        {
            return w[..^1];
        }

        return w;
    }

    private static bool EndsWith(Span<char> w, string suffix) => ((ReadOnlySpan<char>)w).EndsWith(suffix, StringComparison.Ordinal);
}
