using System.Globalization;
using System.Text;

namespace NewsTracker.Cli.Generation;

// Fills the slots of a phrase template while appending it: {C} a country, {A} its adjective, {K} a capital,
// {R} a region, {S} a sea, {Y} a city, {M} a month, {D} a weekday, {N} a large number, {n} a small one,
// {P} a percentage, {Z} a year.
internal static class Slots
{
    private static readonly string[] LargeNumbers =
    [
        "300", "500", "800", "1,000", "1,200", "1,500", "2,000", "2,500", "3,000", "4,000", "5,000", "8,000", "10,000",
        "12,000", "20,000", "40,000",
    ];

    public static void Append(StringBuilder text, string template, SplitMix64 rng)
    {
        var start = 0;
        while (start < template.Length)
        {
            var open = template.IndexOf('{', start);
            if (open < 0 || open + 2 >= template.Length || template[open + 2] != '}')
            {
                text.Append(template, start, template.Length - start);
                return;
            }

            text.Append(template, start, open - start);
            AppendSlot(text, template[open + 1], rng);
            start = open + 3;
        }
    }

    private static void AppendSlot(StringBuilder text, char slot, SplitMix64 rng)
    {
        switch (slot)
        {
            case 'C': text.Append(rng.Pick(WorldPools.Countries).Name); break;
            case 'A': text.Append(rng.Pick(WorldPools.Countries).Adjective); break;
            case 'K': text.Append(rng.Pick(WorldPools.Countries).Capital); break;
            case 'R': text.Append(rng.Pick(WorldPools.Regions)); break;
            case 'S': text.Append(rng.Pick(WorldPools.Seas)); break;
            case 'Y': text.Append(rng.Pick(WorldPools.Cities)); break;
            case 'M': text.Append(rng.Pick(WorldPools.Months)); break;
            case 'D': text.Append(rng.Pick(WorldPools.Weekdays)); break;
            case 'N': text.Append(rng.Pick(LargeNumbers)); break;
            case 'n': text.Append(rng.Next(2, 30).ToString(CultureInfo.InvariantCulture)); break;
            case 'P': text.Append(rng.Next(3, 45).ToString(CultureInfo.InvariantCulture)); break;
            case 'Z': text.Append(rng.Next(2014, 2024).ToString(CultureInfo.InvariantCulture)); break;
            default: text.Append('{').Append(slot).Append('}'); break;
        }
    }
}
