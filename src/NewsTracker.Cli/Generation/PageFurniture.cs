using System.Globalization;

namespace NewsTracker.Cli.Generation;

// The lines a scraped page drags along, each of a kind ArticleCleaner removes ("Advertisement",
// "Read more: …", "Sign up for …", "© …", "(Reporting by …").
internal sealed class PageFurniture(SplitMix64 rng, SentenceComposer sentences)
{
    private static readonly string[] Between = ["Advertisement", "Advertisement", "Share this article", "Story continues below advertisement"];

    private static readonly string[] Closing =
    [
        "Sign up for our newsletter",
        "Share this article",
        "Follow us on Mastodon for updates",
        "Get the latest headlines in your inbox every morning",
    ];

    public string BetweenBlocks()
    {
        var roll = rng.Next(100);
        return roll < 60 ? rng.Pick(Between)
            : roll < 80 ? "Read more: " + sentences.Lede(rng.Next(sentences.TopicCount))
            : "Also read| " + sentences.Lede(rng.Next(sentences.TopicCount));
    }

    public void AppendClosing(List<string> paragraphs, Outlet outlet, DateTime published)
    {
        if (rng.Chance(0.5))
        {
            paragraphs.Add(string.Create(CultureInfo.InvariantCulture,
                $"(Reporting by {rng.Pick(outlet.Authors)}; Editing by {rng.Pick(outlet.Authors)})"));
        }

        if (rng.Chance(0.5))
        {
            paragraphs.Add(rng.Pick(Closing));
        }

        if (rng.Chance(0.4))
        {
            paragraphs.Add(string.Create(CultureInfo.InvariantCulture, $"© {published:yyyy} {outlet.Name}. All rights reserved."));
        }
    }
}
