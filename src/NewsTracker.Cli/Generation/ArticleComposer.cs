using System.Globalization;
using System.Text;

namespace NewsTracker.Cli.Generation;

// Composes one article after another: a dateline lede, five to eleven quotations in varied forms with
// background between them, and page furniture in some. About 5% re-report a statement an earlier article
// carried (same speaker, another outlet), and about 1% are an earlier article again under another URL.
internal sealed class ArticleComposer
{
    public const double ReReportShare = 0.05;
    public const double DuplicateShare = 0.01;

    private static readonly DateTime Start = new(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    // Ends in the past: a published date more than a day ahead of the clock is refused (ArticleRules).
    private static readonly int SpanMinutes = (int)(new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc) - Start).TotalMinutes;

    private readonly SplitMix64 _rng;
    private readonly SpeakerCast _cast;
    private readonly IReadOnlyList<Outlet> _outlets;
    private readonly SentenceComposer _sentences;
    private readonly QuoteWriter _quotes;
    private readonly PageFurniture _furniture;
    private readonly RecentItems<CarriedStatement> _carried = new(2048);
    private readonly RecentItems<(GeneratedArticle Article, Outlet Outlet)> _recent = new(128);
    private readonly List<string> _paragraphs = new(48);
    private readonly List<string>[] _gaps = Enumerable.Range(0, 16).Select(_ => new List<string>(4)).ToArray();
    private readonly StringBuilder _body = new(8192);

    public ArticleComposer(ulong seed, TopicPhrases topics)
    {
        _rng = new SplitMix64(seed);
        _cast = SpeakerCast.Create(_rng);
        _outlets = Outlets.Create(_rng);
        _sentences = new SentenceComposer(_rng, topics);
        _quotes = new QuoteWriter(_rng, _sentences, _carried);
        _furniture = new PageFurniture(_rng, _sentences);
    }

    public GeneratedArticle Next(int number)
    {
        if (_recent.Count > 0 && _rng.Chance(DuplicateShare))
        {
            return Duplicate(number);
        }

        var outlet = _rng.Pick(_outlets);
        CarriedStatement? again = null;
        if (_carried.Count > 0 && _rng.Chance(ReReportShare))
        {
            again = _carried.Pick(_rng);
            outlet = again.Outlet == outlet ? _rng.PickOther(_outlets, outlet) : outlet;
        }

        var published = Start.AddMinutes(_rng.Next(SpanMinutes));
        var topic = _rng.Next(_sentences.TopicCount);
        var speakers = Speakers(again?.Speaker);
        var title = _sentences.Headline(topic, speakers[0]);

        var blocks = _quotes.Write(outlet, topic, speakers, again);
        var furnished = _rng.Chance(0.45);
        Arrange(Lede(outlet, published, topic), blocks, topic, furnished);
        if (furnished)
        {
            _furniture.AppendClosing(_paragraphs, outlet, published);
        }

        var article = new GeneratedArticle(title, Join(), outlet.Name, Url(outlet, published, title, number), Author(outlet), published);
        _recent.Add((article, outlet));
        return article;
    }

    private GeneratedArticle Duplicate(int number)
    {
        var (original, originalOutlet) = _recent.Pick(_rng);
        var outlet = _rng.PickOther(_outlets, originalOutlet);
        var published = original.PublishedUtc.AddMinutes(_rng.Next(60, 2880));
        return original with { Outlet = outlet.Name, Url = Url(outlet, published, original.Title, number), Author = Author(outlet), PublishedUtc = published };
    }

    private List<Speaker> Speakers(Speaker? required)
    {
        var speakers = new List<Speaker>(4);
        var count = _rng.Next(2, 4);
        while (speakers.Count < count)
        {
            var speaker = _cast.Pick(_rng);
            if (!speakers.Contains(speaker))
            {
                speakers.Add(speaker);
            }
        }

        if (required is not null && !speakers.Contains(required))
        {
            speakers[_rng.Next(count)] = required;
        }

        return speakers;
    }

    private string Lede(Outlet outlet, DateTime published, int topic)
    {
        var lede = _sentences.Lede(topic) + ".";
        if (_rng.Chance(0.5))
        {
            lede += " " + _sentences.Background(topic) + ".";
        }

        return outlet.Datelines
            ? string.Create(CultureInfo.InvariantCulture, $"{_rng.Pick(WorldPools.Cities).ToUpperInvariant()}, {published:MMMM d} ({outlet.Name}) - {lede}")
            : lede;
    }

    // Lede, then the quotation blocks with background (and, in some articles, furniture) in the gaps
    // between them until the body reaches its target length of 2,500 to 4,200 characters.
    private void Arrange(string lede, List<List<string>> blocks, int topic, bool furnished)
    {
        var gaps = blocks.Count + 1;
        for (var i = 0; i < gaps; i++)
        {
            _gaps[i].Clear();
        }

        var length = lede.Length + blocks.Sum(b => b.Sum(p => p.Length + 2));
        var target = 2500 + _rng.Next(1701);
        do
        {
            var paragraph = Background(topic);
            _gaps[_rng.Next(gaps)].Add(paragraph);
            length += paragraph.Length + 2;
        }
        while (length < target);

        for (var furniture = furnished ? _rng.Next(0, 2) : 0; furniture > 0; furniture--)
        {
            _gaps[1 + _rng.Next(gaps - 1)].Add(_furniture.BetweenBlocks());
        }

        _paragraphs.Clear();
        _paragraphs.Add(lede);
        for (var i = 0; i < gaps; i++)
        {
            _paragraphs.AddRange(_gaps[i]);
            if (i < blocks.Count)
            {
                _paragraphs.AddRange(blocks[i]);
            }
        }
    }

    private string Background(int topic)
    {
        var sentences = _rng.Next(1, 3);
        var text = new StringBuilder(400);
        for (var i = 0; i < sentences; i++)
        {
            text.Append(i > 0 ? " " : string.Empty).Append(_sentences.Background(_rng.Chance(0.7) ? topic : _rng.Next(_sentences.TopicCount))).Append('.');
        }

        return text.ToString();
    }

    private string Join()
    {
        _body.Clear();
        foreach (var paragraph in _paragraphs)
        {
            _body.Append(_body.Length > 0 ? "\n\n" : string.Empty).Append(paragraph);
        }

        return _body.ToString();
    }

    private string? Author(Outlet outlet) => _rng.Chance(0.08) ? null : _rng.Pick(outlet.Authors);

    private static string Url(Outlet outlet, DateTime published, string title, int number)
    {
        var slug = new StringBuilder(80);
        foreach (var c in title)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }

            if (slug.Length >= 60)
            {
                break;
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"https://{outlet.Host}/{published:yyyy}/{published:MM}/{slug.ToString().TrimEnd('-')}-{number}");
    }
}
