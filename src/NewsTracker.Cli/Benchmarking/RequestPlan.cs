using System.Globalization;

namespace NewsTracker.Cli.Benchmarking;

// One kind of request: a name for the table and the URL of its n-th request.
internal sealed record RequestKind(string Name, Func<int, string> UrlAt);

// The fixed mix bench times, filled in with discovered slugs and ids. A kind whose values could not be
// discovered (an empty database has no speakers) is listed in Skipped instead.
internal sealed record RequestPlan(IReadOnlyList<RequestKind> Kinds, IReadOnlyList<string> Skipped)
{
    public static readonly string[] ConcurrentUrls = ["/", "/Quotes?q=energy", "/api/quotes"];

    public static RequestPlan For(BenchTargets targets)
    {
        var kinds = new List<RequestKind>();
        var skipped = new List<string>();
        void Fixed(string url) => kinds.Add(new RequestKind(url, _ => url));
        void Rotating<T>(string name, IReadOnlyList<T> values, Func<T, string> url)
        {
            if (values.Count == 0)
            {
                skipped.Add(name);
                return;
            }

            kinds.Add(new RequestKind(name, n => url(values[n % values.Count])));
        }

        Fixed("/");
        Fixed("/Quotes");
        Fixed("/Quotes?q=energy");
        Rotating("/Quotes?topic={topic}", targets.TopicSlugs, t => $"/Quotes?topic={Uri.EscapeDataString(t)}");
        Fixed("/Quotes?actor=russia&from=2023-01-01&to=2024-06-30");
        Rotating("/Quotes?speaker={speaker}&kind=Direct", targets.SpeakerSlugs, s => $"/Quotes?speaker={Uri.EscapeDataString(s)}&kind=Direct");
        Rotating("/Quotes?q=troops&topic={topic}&p=3", targets.TopicSlugs, t => $"/Quotes?q=troops&topic={Uri.EscapeDataString(t)}&p=3");
        Fixed("/api/quotes");
        Fixed("/api/quotes?q=energy&pageSize=100");
        Fixed("/api/quotes?actor=nato");
        Fixed("/Speakers");
        Rotating("/Speakers/{slug}", targets.SpeakerSlugs, s => "/Speakers/" + Uri.EscapeDataString(s));
        Fixed("/Actors");
        Fixed("/Actors/russia");
        Fixed("/Topics");
        Rotating("/Topics/{slug}", targets.TopicSlugs, t => "/Topics/" + Uri.EscapeDataString(t));
        Fixed("/Articles");
        Rotating("/Articles/{id}", targets.ArticleIds, id => "/Articles/" + id.ToString(CultureInfo.InvariantCulture));
        Rotating("/Statements/{id}", targets.StatementIds, id => "/Statements/" + id.ToString(CultureInfo.InvariantCulture));
        Fixed("/api/speakers");
        return new RequestPlan(kinds, skipped);
    }
}
