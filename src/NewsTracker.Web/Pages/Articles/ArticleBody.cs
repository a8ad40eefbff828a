using NewsTracker.Core.Articles;

namespace NewsTracker.Web.Pages.Articles;

// One run of the cleaned body: plain text, or text inside a quote. The page renders each run as
// text (Razor encodes it), wrapping quote runs in a highlight.
public sealed record BodySegment(string Text, ArticleQuote? Quote, bool StartsQuote);

public static class ArticleBody
{
    // Offsets come from the extractor and are trusted only so far: out-of-range offsets are clamped,
    // empty or inverted spans dropped, and where quotes overlap the innermost (shortest) one owns the text.
    public static IReadOnlyList<BodySegment> Segment(string body, IReadOnlyList<ArticleQuote> quotes)
    {
        var spans = quotes
            .Select(q => (Quote: q, Start: Snap(body, q.StartOffset), End: Snap(body, q.EndOffset)))
            .Where(s => s.Start < s.End)
            .ToList();

        var cuts = new SortedSet<int> { 0, body.Length };
        foreach (var span in spans)
        {
            cuts.Add(span.Start);
            cuts.Add(span.End);
        }

        var points = cuts.ToArray();
        var segments = new List<BodySegment>(points.Length);
        var started = new HashSet<int>();
        for (var i = 0; i + 1 < points.Length; i++)
        {
            var (from, to) = (points[i], points[i + 1]);
            var owner = spans
                .Where(s => s.Start <= from && s.End >= to)
                .OrderBy(s => s.End - s.Start)
                .ThenBy(s => s.Start)
                .Select(s => s.Quote)
                .FirstOrDefault();

            if (segments.Count > 0 && ReferenceEquals(segments[^1].Quote, owner))
            {
                segments[^1] = segments[^1] with { Text = segments[^1].Text + body[from..to] };
                continue;
            }

            segments.Add(new BodySegment(body[from..to], owner, owner is not null && started.Add(owner.Id)));
        }

        return segments;
    }

    // An offset that would split a surrogate pair moves to the pair's start, so no half character is shown.
    private static int Snap(string body, int offset)
    {
        var clamped = Math.Clamp(offset, 0, body.Length);
        return clamped > 0 && clamped < body.Length && char.IsLowSurrogate(body[clamped]) && char.IsHighSurrogate(body[clamped - 1])
            ? clamped - 1
            : clamped;
    }
}
