using System.Globalization;
using System.Text;

namespace NewsTracker.Core.Extraction.Sieves;

// "Kowalsky" after "Anna Kowalski", "Petrenco" after "Ion Petrenko": a surname nobody in the article has in
// full is another spelling (a transliteration or a typo) of the one full-named person whose surname differs by
// a letter, or by two in a long name ("Kovalenkoff"/"Kovalenkov"), or by a romanisation ("Dehqani"/"Dehghani"), or the
// same surname written in two parts. Diacritics do not count ("Dvořák"/"Dvorak").
internal sealed class SurnameVariantSieve : ISpeakerSieve
{
    public const string Rule = "surname-variant";

    private const int MinLength = 5;
    private const int LongName = 8;

    public string Name => Rule;

    public ResolvedSpeaker? Try(SpeakerContext context)
    {
        // "Ter Horst" after "Anke Terhorst": a surname written in two parts, when the article names nobody so.
        var split = !context.IsSurname && IsSplitSurname(context.Phrase);

        // Only when no full-named person has this surname: a person known by it alone may be the variant itself.
        if (!split && (!context.IsSurname || context.Namesakes.Any(p => p.Name.Contains(' ', StringComparison.Ordinal))))
        {
            return null;
        }

        var written = Fold(context.Phrase.Name!.Replace(" ", "", StringComparison.Ordinal));
        if (written.Length < MinLength)
        {
            return null;
        }

        return OnlyVariantHolder(context.Analysis.People.People, written, orSame: split) is { } match ? SpeakerContext.Found(match, Rule) : null;
    }

    // The one full-named person whose surname is `written` (folded) spelt another way, or with `orSame` spelt the same;
    // null when nobody is or several are.
    internal static ArticlePerson? OnlyVariantHolder(IEnumerable<ArticlePerson> people, string written, bool orSame = false)
    {
        ArticlePerson? match = null;
        foreach (var person in people)
        {
            if (!person.Name.Contains(' ', StringComparison.Ordinal)
                || !(IsVariant(written, Fold(person.Surname)) || (orSame && written == Fold(person.Surname))))
            {
                continue;
            }

            if (match is not null && match != person)
            {
                return null;
            }

            match = person;
        }

        return match;
    }

    // Two capitalised words the article gives to nobody, the first no first name.
    private static bool IsSplitSurname(SpeakerPhrase phrase) =>
        phrase is { Form: SpeakerForm.Name, Name: { } name } && name.Count(c => c == ' ') == 1
        && FirstNames.Of(name.AsSpan(0, name.IndexOf(' ', StringComparison.Ordinal))) == Gender.Unknown;

    public static bool IsVariant(string a, string b)
    {
        if (a == b || b.Length < MinLength)
        {
            return false;
        }

        if (Transliterated(a) == Transliterated(b))
        {
            return true;
        }

        var allowed = Math.Min(a.Length, b.Length) >= LongName ? 2 : 1;
        return a[0] == b[0] && Math.Abs(a.Length - b.Length) <= allowed && Distance(a, b, allowed) <= allowed;
    }

    // Spellings that romanise one sound two ways ("Dehghani"/"Dehqani", "Khodorov"/"Hodorov", "Zhukov"/"Jukov",
    // "Nebenzya"/"Nebenzia"), written one way, so that variants more than a letter apart still meet.
    private static readonly (string From, string To)[] Romanisations =
        [("kh", "h"), ("gh", "q"), ("zh", "j"), ("dzh", "j"), ("yy", "y"), ("iy", "y"), ("ya", "ia"), ("yu", "iu"), ("ou", "u"), ("ph", "f")];

    private static string Transliterated(string folded)
    {
        foreach (var (from, to) in Romanisations)
        {
            folded = folded.Replace(from, to, StringComparison.Ordinal);
        }

        return folded;
    }

    // Lower case without diacritics: "Dvořák" is "dvorak".
    public static string Fold(string name)
    {
        var folded = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString();
    }

    // Edit distance, stopping once it exceeds `limit` (names are short; this runs for unknown surnames only).
    private static int Distance(string a, string b, int limit)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                best = Math.Min(best, current[j]);
            }

            if (best > limit)
            {
                return best;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
