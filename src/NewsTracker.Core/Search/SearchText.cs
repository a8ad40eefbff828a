using System.Globalization;
using System.Text;
using NewsTracker.Core.Common;

namespace NewsTracker.Core.Search;

// How the full-text index sees a word: diacritics folded (remove_diacritics 2, so "dépendance" is "dependance"),
// and its root by the same stemmer the extractor uses.
public static class SearchText
{
    public static string Fold(string word)
    {
        var folded = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c);
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    public static string Root(string word) => Stemmer.Stem(word);

    // The word as typed, and for an inflected word its root, written both ways a porter stemmer may have
    // indexed it ("deploy" and "deploi"). Short roots are left out: they would match too much. A prefix that
    // extends another adds nothing ("deployment" lies inside "deploy…").
    public static IReadOnlyList<string> IndexedPrefixes(string word)
    {
        var root = Stemmer.Stem(word);
        string[] candidates = root.Length < 4 ? [word]
            : root.EndsWith('y') ? [word, root, root[..^1] + "i"]
            : [word, root];
        return candidates.Distinct(StringComparer.Ordinal)
            .Where(prefix => !candidates.Any(other => other.Length < prefix.Length && prefix.StartsWith(other, StringComparison.Ordinal)))
            .ToList();
    }
}
