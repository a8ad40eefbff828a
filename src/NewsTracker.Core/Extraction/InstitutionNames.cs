namespace NewsTracker.Core.Extraction;

// One name for a state's ministry however the copy writes it: "Russia's foreign ministry", "the Ministry of Foreign
// Affairs of the Russian Federation", "Russian Ministry of Foreign Affairs" and "Russian foreign ministry" are all
// "Russian Foreign Ministry", and "Chile's Ministry of Public Works" is "Chilean Ministry of Public
// Works", so the registry holds one actor for each. Only states the catalogue gives an adjective are rewritten; any
// other name comes back as it was.
internal static class InstitutionNames
{
    private const string Ministry = "Ministry";

    // Words between "of" and the state that name its government, not the state: "of the Federal Government of Nigeria".
    private static readonly WordSet GovernmentWords = new("the republic federal government kingdom state of");

    public static string Canonical(string name, CompiledCatalogue catalogue)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !words.Any(w => w.Equals(Ministry, StringComparison.OrdinalIgnoreCase)))
        {
            return name;
        }

        return OwnedMinistry(words, catalogue) ?? MinistryOfState(words, catalogue) ?? AdjectiveMinistry(words, catalogue) ?? name;
    }

    // "Russia's foreign ministry", "Russia's Ministry of Defence".
    private static string? OwnedMinistry(string[] words, CompiledCatalogue catalogue)
    {
        var owner = Array.FindIndex(words, w => w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal));
        if (owner < 0 || catalogue.DemonymOf(string.Join(' ', words[..(owner + 1)])[..^2]) is not { } demonym)
        {
            return null;
        }

        return Compose(demonym, words[(owner + 1)..]);
    }

    // "Ministry of Foreign Affairs of Kazakhstan", "Ministry of Defence of the Kingdom of Norway".
    private static string? MinistryOfState(string[] words, CompiledCatalogue catalogue)
    {
        if (!words[0].Equals(Ministry, StringComparison.OrdinalIgnoreCase) || words.Length < 5 || !words[1].Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        for (var of = words.Length - 2; of > 2; of--)
        {
            if (!words[of].Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var state = of + 1;
            while (state < words.Length - 1 && GovernmentWords.Contains(words[state]))
            {
                state++;
            }

            var demonym = catalogue.DemonymOf(string.Join(' ', words[state..])) ?? catalogue.DemonymOf(string.Join(' ', words[(of + 1)..]));
            if (demonym is null)
            {
                return null;
            }

            // "of the Federal Government of Nigeria": the government's words end the portfolio, not the state's.
            var portfolioEnd = of;
            while (portfolioEnd > 3 && GovernmentWords.Contains(words[portfolioEnd - 1]))
            {
                portfolioEnd--;
            }

            return OfPortfolio(demonym, words[2..portfolioEnd]);
        }

        return null;
    }

    // "Azerbaijani Ministry of Foreign Affairs", "Russian foreign ministry".
    private static string? AdjectiveMinistry(string[] words, CompiledCatalogue catalogue)
    {
        if (catalogue.DemonymOf(words[0]) is not { } demonym || !demonym.Equals(words[0], StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return Compose(demonym, words[1..]);
    }

    // The portfolio and "Ministry" from "foreign ministry" or "Ministry of Foreign Affairs".
    private static string? Compose(string demonym, string[] rest)
    {
        if (rest.Length >= 3 && rest[0].Equals(Ministry, StringComparison.OrdinalIgnoreCase) && rest[1].Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            return OfPortfolio(demonym, rest[2..]);
        }

        return rest.Length >= 2 && rest[^1].Equals(Ministry, StringComparison.OrdinalIgnoreCase) && rest[..^1].All(w => char.IsLetter(w[0]))
            ? $"{demonym} {Portfolio(rest[..^1])} {Ministry}"
            : null;
    }

    // "Ministry of Foreign Affairs" is the foreign ministry; other portfolios keep the form the copy used ("Ministry of
    // Public Works"), with the state's adjective before it.
    private static string OfPortfolio(string demonym, string[] portfolio)
    {
        var words = Portfolio(portfolio);
        return words == "Foreign" ? $"{demonym} Foreign {Ministry}" : $"{demonym} {Ministry} of {words}";
    }

    // "Foreign Affairs" is the foreign ministry's; other portfolios keep their words, capitalised.
    private static string Portfolio(string[] words)
    {
        var kept = words.Where(w => !w.Equals("the", StringComparison.OrdinalIgnoreCase)).ToArray();
        if (kept.Length == 2 && kept[0].Equals("foreign", StringComparison.OrdinalIgnoreCase) && kept[1].Equals("affairs", StringComparison.OrdinalIgnoreCase))
        {
            return "Foreign";
        }

        return string.Join(' ', kept.Select(w => w is "and" or "of" or "for" ? w : char.ToUpperInvariant(w[0]) + w[1..]));
    }
}
