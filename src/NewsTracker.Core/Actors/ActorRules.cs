using System.Linq.Expressions;
using System.Text;

namespace NewsTracker.Core.Actors;

// The checks every way of naming an actor shares (the forms, the API), and what makes an actor look like
// extraction junk rather than a name.
public static class ActorRules
{
    public const int LongNameLength = 60;

    // Words that are never a name on their own: "The", "It", "They"...
    public static readonly IReadOnlyList<string> NotNames =
        ["the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "its"];

    // Clauses extraction can leave hanging off a name: "Russia that", "officials who".
    public static readonly IReadOnlyList<string> TrailingWords = ["that", "which", "who", "said", "says"];

    // Line breaks, tabs and runs of spaces become one space; the text is kept as typed otherwise (markup
    // included: it is stored as text and encoded wherever it is shown).
    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(c);
            space = false;
        }

        return builder.ToString();
    }

    public static IEnumerable<string> CheckName(string name, string what = "The name")
    {
        if (name.Length == 0)
        {
            yield return $"{what} is required.";
        }
        else if (name.Length > Actor.NameMaxLength)
        {
            yield return $"{what} is longer than {Actor.NameMaxLength} characters.";
        }
        else if (ActorDirectory.Key(name).Length == 0)
        {
            yield return $"{what} “{name}” has no letters or digits.";
        }
    }

    // Why an actor looks like junk; empty when it looks like a name.
    public static IReadOnlyList<string> SuspicionsAbout(string name, ActorKind kind, int quotes, int mentions)
    {
        var reasons = new List<string>();
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (quotes == 0 && mentions == 0)
        {
            reasons.Add("never quoted or mentioned");
        }

        if (kind == ActorKind.Person && words.Length == 1)
        {
            reasons.Add("a person with a one-word name");
        }

        if (name.Length > 0 && char.IsLower(name[0]))
        {
            reasons.Add("starts with a lower-case letter");
        }

        if (NotNames.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            reasons.Add("a determiner or pronoun, not a name");
        }

        if (words.Length > 1 && TrailingWords.Contains(words[^1], StringComparer.OrdinalIgnoreCase))
        {
            reasons.Add($"ends with “{words[^1]}”");
        }

        if (name.Length == 1 || (name.Length == 2 && name[1] == '.'))
        {
            reasons.Add("a single letter");
        }

        if (name.Length > LongNameLength)
        {
            reasons.Add("a very long name");
        }

        return reasons;
    }

    // The same tests as SuspicionsAbout, as a query the database answers (lower-case starts in ASCII only,
    // as SQLite's upper() knows no other letters).
    public static Expression<Func<Actor, bool>> LooksSuspicious()
    {
        var notNames = NotNames.ToList();
        return a => (a.QuoteCount == 0 && a.MentionCount == 0)
            || (a.Kind == ActorKind.Person && !a.Name.Contains(" "))
            || (a.Name.Substring(0, 1) != a.Name.Substring(0, 1).ToUpper())
            || notNames.Contains(a.Name.ToLower())
            || a.Name.ToLower().EndsWith(" that") || a.Name.ToLower().EndsWith(" which") || a.Name.ToLower().EndsWith(" who")
            || a.Name.ToLower().EndsWith(" said") || a.Name.ToLower().EndsWith(" says")
            || a.Name.Length == 1 || (a.Name.Length == 2 && a.Name.EndsWith("."))
            || a.Name.Length > LongNameLength;
    }
}
