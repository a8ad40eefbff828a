using System.Text;

namespace NewsTracker.Core.Search;

// A user's search box text reduced to plain words; nothing of the raw text reaches the engine's query syntax.
public sealed class SearchTerms
{
    public const int MaxTerms = 12;
    public const int MaxQueryLength = 200;

    private SearchTerms(IReadOnlyList<string> words) => Words = words;

    public IReadOnlyList<string> Words { get; }

    public bool IsEmpty => Words.Count == 0;

    public static SearchTerms Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new SearchTerms([]);
        }

        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, MaxQueryLength)))
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                AddWord(words, current);
            }
        }

        AddWord(words, current);
        return new SearchTerms(words.Distinct().Take(MaxTerms).ToList());
    }

    private static void AddWord(List<string> words, StringBuilder current)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }
}
