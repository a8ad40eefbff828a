using NewsTracker.Core.Articles;

namespace NewsTracker.Web.Pages.Articles;

// One run of the cleaned body: plain text, or text inside a quote. The page renders each run as
// text (Razor encodes it), wrapping quote runs in a highlight.
public sealed record BodySegment(string Text, ArticleQuote? Quote, bool StartsQuote);

// The same for an article under review (not stored yet): quotes are known by their place in the review.
public sealed record ReviewSegment(string Text, ReviewQuote? Quote, bool StartsQuote);

public static class ArticleBody
{
    public static IReadOnlyList<BodySegment> Segment(string body, IReadOnlyList<ArticleQuote> quotes) =>
        Segment(body, quotes, q => (q.StartOffset, q.EndOffset, q.Id)).Select(s => new BodySegment(s.Text, s.Quote, s.StartsQuote)).ToList();

    public static IReadOnlyList<ReviewSegment> SegmentReview(string body, IReadOnlyList<ReviewQuote> quotes) =>
        Segment(body, quotes, q => (q.Start, q.End, q.Index)).Select(s => new ReviewSegment(s.Text, s.Quote, s.StartsQuote)).ToList();

    // Offsets come from the extractor and are trusted only so far: out-of-range offsets are clamped,
    // empty or inverted spans dropped, and where quotes overlap the innermost (shortest) one owns the text.
    private static List<(string Text, TQuote? Quote, bool StartsQuote)> Segment<TQuote>(string body, IReadOnlyList<TQuote> quotes, Func<TQuote, (int Start, int End, int Id)> place)
        where TQuote : class
    {
        var spans = quotes
            .Select(q => (Quote: q, Start: Snap(body, place(q).Start), End: Snap(body, place(q).End)))
            .Where(s => s.Start < s.End)
            .ToList();

        var cuts = new SortedSet<int> { 0, body.Length };
        foreach (var span in spans)
        {
            cuts.Add(span.Start);
            cuts.Add(span.End);
        }

        var points = cuts.ToArray();
        var segments = new List<(string Text, TQuote? Quote, bool StartsQuote)>(points.Length);
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

            segments.Add((body[from..to], owner, owner is not null && started.Add(place(owner).Id)));
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
