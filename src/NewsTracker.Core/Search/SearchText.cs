using System.Globalization;
using System.Text;
using NewsTracker.Core.Extraction;

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
}
