using System.Text;

namespace NewsTracker.Core.Search;

// What the search box accepts: words (all required), "exact phrases", OR between alternatives, -excluded words,
// and prefix* words. Bad syntax never fails: it falls back to the plain words with a note saying so. Only words
// (letters and digits) survive parsing, so nothing a user types reaches the engine's own query syntax.
public sealed class SearchQuery
{
    public const int MaxTerms = 12;
    public const int MaxQueryLength = 200;

    public static readonly SearchQuery Empty = new([], [], null);

    private SearchQuery(IReadOnlyList<IReadOnlyList<SearchTerm>> required, IReadOnlyList<SearchTerm> excluded, string? note)
    {
        Required = required;
        Excluded = excluded;
        Note = note;
    }

    // Each group must match; a group matches when any of its terms does (OR).
    public IReadOnlyList<IReadOnlyList<SearchTerm>> Required { get; }

    public IReadOnlyList<SearchTerm> Excluded { get; }

    // Set when the text could not be read as written and was searched as plain words instead.
    public string? Note { get; }

    public bool IsEmpty => Required.Count == 0;

    // The topics a one-group query also matches by tag (none when there are several groups or exclusions: their
    // results are not simply the words' matches plus the tagged quotes).
    public IReadOnlyList<int> TaggedTopics =>
        Required is [var only] && Excluded.Count == 0 ? [.. only.SelectMany(t => t.Topics ?? []).Distinct()] : [];

    // The same search without its topics: the words' matches alone.
    public SearchQuery WordsOnly() =>
        new([.. Required.Select(g => (IReadOnlyList<SearchTerm>)[.. g.Select(t => t with { Topics = null })])], Excluded, Note);

    // The terms a result is highlighted with.
    public IEnumerable<SearchTerm> Highlighted => Required.SelectMany(g => g);

    public static SearchQuery Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Empty;
        }

        text = text.Length > MaxQueryLength ? text[..MaxQueryLength] : text;
        return TryParse(text, out var query, out var problem) ? query : Plain(text, problem);
    }

    // The words alone, each required: what a query becomes when its syntax cannot be read.
    public static SearchQuery Plain(string text, string? note = null)
    {
        var words = Words(text).Distinct(StringComparer.Ordinal).Take(MaxTerms).Select(w => new SearchTerm([w], Prefix: false)).ToList();
        return words.Count == 0 ? Empty : new SearchQuery(words.Select(w => (IReadOnlyList<SearchTerm>)[w]).ToList(), [], note);
    }

    // The same query with a term that is a topic's name or keyword (topicsNamed gives their ids) also matching the
    // quotes tagged with those topics; a "quoted phrase" stays exact. Plain words that together name a topic ("troop deployment") match as one
    // term: all the words anywhere in the quote, or the topic's tag.
    public SearchQuery WithTopics(Func<string, IReadOnlyList<int>> topicsNamed)
    {
        if (Required.Count > 1 && Excluded.Count == 0 && Required.All(g => g is [{ IsPhrase: false, Prefix: false }]))
        {
            var words = Required.Select(g => g[0].Words[0]).ToList();
            if (topicsNamed(string.Join(' ', words)) is { Count: > 0 } named)
            {
                return new SearchQuery([[new SearchTerm(words, Prefix: false, named, Scattered: true)]], [], Note);
            }
        }

        return new SearchQuery(
            Required.Select(g => (IReadOnlyList<SearchTerm>)g.Select(t => !t.IsPhrase && topicsNamed(t.Text) is { Count: > 0 } ids ? t with { Topics = ids } : t).ToList()).ToList(),
            Excluded,
            Note);
    }

    private static bool TryParse(string text, out SearchQuery query, out string? problem)
    {
        query = Empty;
        var required = new List<List<SearchTerm>>();
        var excluded = new List<SearchTerm>();
        var pendingOr = false;
        var terms = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var negated = text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);
            var start = negated ? i + 1 : i;
            SearchTerm? term;
            if (start < text.Length && text[start] == '"')
            {
                var close = text.IndexOf('"', start + 1);
                if (close < 0)
                {
                    problem = "The closing quotation mark is missing, so the words were searched for one by one.";
                    return false;
                }

                var words = Words(text[(start + 1)..close]).ToList();
                term = words.Count == 0 ? null : new SearchTerm(words, Prefix: false);
                i = close + 1;
            }
            else
            {
                var end = start;
                while (end < text.Length && !char.IsWhiteSpace(text[end]))
                {
                    end++;
                }

                var token = text[start..end];
                i = end;
                if (!negated && token is "OR" or "|")
                {
                    if (pendingOr || required.Count == 0)
                    {
                        problem = "OR goes between two words or phrases, so the words were searched for one by one.";
                        return false;
                    }

                    pendingOr = true;
                    continue;
                }

                var words = Words(token).ToList();
                term = words.Count == 0 ? null : new SearchTerm(words, Prefix: token.EndsWith('*') && words.Count == 1);
            }

            if (term is null)
            {
                continue;
            }

            if (++terms > MaxTerms)
            {
                break;
            }

            if (negated)
            {
                if (pendingOr)
                {
                    problem = "An excluded word cannot be one side of an OR, so the words were searched for one by one.";
                    return false;
                }

                excluded.Add(term);
            }
            else if (pendingOr)
            {
                required[^1].Add(term);
                pendingOr = false;
            }
            else
            {
                required.Add([term]);
            }
        }

        if (pendingOr)
        {
            problem = "OR goes between two words or phrases, so the words were searched for one by one.";
            return false;
        }

        if (required.Count == 0 && excluded.Count > 0)
        {
            problem = "A search needs at least one word that is not excluded, so the words were searched for instead.";
            return false;
        }

        problem = null;
        query = required.Count == 0 ? Empty : new SearchQuery(required.Select(g => (IReadOnlyList<SearchTerm>)g.Distinct().ToList()).ToList(), excluded, null);
        return true;
    }

    // Runs of letters and digits, lower-cased: the only text that leaves the parser.
    public static IEnumerable<string> Words(string text)
    {
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                yield return current.ToString();
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }
}

// One word (Prefix: also longer words starting with it) or a phrase of several words in order (Scattered: the
// words anywhere in the quote). Topics: quotes tagged with these topics match too (the term names the topic).
public sealed record SearchTerm(IReadOnlyList<string> Words, bool Prefix, IReadOnlyList<int>? Topics = null, bool Scattered = false)
{
    public bool IsPhrase => Words.Count > 1 && !Scattered;

    public string Text => string.Join(' ', Words);

    public bool Equals(SearchTerm? other) => other is not null && Prefix == other.Prefix && Scattered == other.Scattered && Words.SequenceEqual(other.Words);

    public override int GetHashCode() => HashCode.Combine(Text, Prefix, Scattered);
}
