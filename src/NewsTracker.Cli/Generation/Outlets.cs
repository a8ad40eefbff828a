namespace NewsTracker.Cli.Generation;

internal sealed record Outlet(string Name, string Host, bool Datelines, IReadOnlyList<string> Authors);

// Twenty invented news outlets, each with its own staff drawn from the name pools.
internal static class Outlets
{
    private static readonly (string Name, string Host)[] Names =
    [
        ("Baltic Wire", "www.balticwire.news"), ("Danube Post", "danubepost.eu"), ("Meridian Dispatch", "www.meridiandispatch.net"),
        ("Northern Ledger", "northernledger.com"), ("Adriatic Courier", "www.adriaticcourier.news"), ("Continental Wire Service", "cws-wire.com"),
        ("Harbour Times", "www.harbourtimes.co"), ("Vistula Herald", "vistulaherald.news"), ("Alpine Gazette", "www.alpinegazette.net"),
        ("Eastern Bulletin", "easternbulletin.org"), ("Atlas News Agency", "www.atlasnewsagency.com"), ("Lighthouse Report", "lighthousereport.news"),
        ("Carpathian Times", "www.carpathiantimes.eu"), ("Channel Observer", "channelobserver.co"), ("Rhine Chronicle", "rhinechronicle.news"),
        ("Aegean Tribune", "aegeantribune.news"), ("Steppe Monitor", "www.steppemonitor.org"), ("Hanseatic Press", "hanseaticpress.news"),
        ("Iberian Standard", "www.iberianstandard.net"), ("Caspian Review", "caspianreview.org"),
    ];

    public static IReadOnlyList<Outlet> Create(SplitMix64 rng) =>
        Names.Select(n => new Outlet(n.Name, n.Host, rng.Chance(0.6), Staff(rng))).ToList();

    private static string[] Staff(SplitMix64 rng)
    {
        var staff = new string[rng.Next(8, 16)];
        for (var i = 0; i < staff.Length; i++)
        {
            var female = rng.Chance(0.5);
            staff[i] = rng.Pick(female ? NamePools.FemaleFirstNames : NamePools.MaleFirstNames) + " " + rng.Pick(NamePools.Surnames);
        }

        return staff;
    }
}
