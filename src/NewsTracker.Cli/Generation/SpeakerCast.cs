using NewsTracker.Core.Actors;
using NewsTracker.Core.Data;
using NewsTracker.Core.Extraction;

namespace NewsTracker.Cli.Generation;

// The people the archive quotes: the reference catalogue's persons under their real titles, and a few
// hundred invented officials, spokespeople and analysts built from the name pools.
internal sealed class SpeakerCast
{
    public const int InventedCount = 400;

    private static readonly string[] CountryRoles =
    [
        "Foreign Minister", "Defence Minister", "Energy Minister", "Prime Minister", "President", "Finance Minister",
        "Deputy Foreign Minister", "Deputy Defence Minister", "Economy Minister", "Interior Minister", "Trade Minister",
        "Chief of General Staff",
    ];

    private static readonly (string Prefix, string Role, string Home)[] InstitutionRoles =
    [
        ("NATO", "Deputy Secretary-General", "the alliance"), ("NATO", "spokesperson", "the alliance"),
        ("EU", "foreign policy chief", "the EU"), ("EU", "Energy Commissioner", "the EU"), ("EU", "Trade Commissioner", "the EU"),
        ("European Commission", "spokesperson", "the EU"), ("IAEA", "Director General", "the IAEA"), ("UN", "humanitarian chief", "the UN"),
        ("UN", "special envoy", "the UN"), ("OSCE", "Secretary-General", "the OSCE"), ("OPEC", "Secretary-General", "OPEC"),
        ("IMF", "Managing Director", "the IMF"), ("Pentagon", "spokesperson", "the Pentagon"), ("State Department", "spokesperson", "Washington"),
        ("Kremlin", "spokesperson", "the Kremlin"), ("Pentagon", "press secretary", "the Pentagon"),
    ];

    private static readonly string[] AnalystRoles =
    [
        "an analyst at the", "a senior fellow at the", "director of the", "a researcher at the", "head of research at the",
    ];

    private static readonly HashSet<string> TitleHeads = ["President", "Prime", "Foreign", "Defence", "Secretary", "Secretary-General", "Chancellor", "Minister", "Deputy"];

    private SpeakerCast(IReadOnlyList<Speaker> reference, IReadOnlyList<Speaker> invented)
    {
        Reference = reference;
        Invented = invented;
    }

    public IReadOnlyList<Speaker> Reference { get; }

    public IReadOnlyList<Speaker> Invented { get; }

    public static SpeakerCast Create(SplitMix64 rng)
    {
        var reference = ReferenceData.Actors.Where(a => a.Kind == ActorKind.Person && a.Role is not null).Select(FromCatalogue).ToList();
        var names = new HashSet<string>(reference.Select(s => s.Name), StringComparer.Ordinal);
        var invented = new List<Speaker>(InventedCount);
        while (invented.Count < InventedCount)
        {
            var female = rng.Chance(0.45);
            var first = rng.Pick(female ? NamePools.FemaleFirstNames : NamePools.MaleFirstNames);
            var surname = rng.Pick(NamePools.Surnames);
            var name = first + " " + surname;
            if (names.Add(name))
            {
                invented.Add(Invent(rng, name, surname, female));
            }
        }

        return new SpeakerCast(reference, invented);
    }

    // A tenth of the quotes go to the seventeen or so real people, the rest spread over the invented cast.
    public Speaker Pick(SplitMix64 rng) => rng.Chance(0.1) ? rng.Pick(Reference) : rng.Pick(Invented);

    private static Speaker Invent(SplitMix64 rng, string name, string surname, bool female)
    {
        var kind = rng.Next(100);
        if (kind < 55)
        {
            var country = rng.Pick(WorldPools.Countries);
            var role = rng.Chance(0.12) ? "government " + Spokes(rng, female) : rng.Pick(CountryRoles);
            return new Speaker(name, surname, female, country.Adjective + " " + role, null, rng.Chance(0.5) ? country.Capital : country.Name);
        }

        if (kind < 82)
        {
            var (prefix, role, home) = rng.Pick(InstitutionRoles);
            return new Speaker(name, surname, female, prefix + " " + (role == "spokesperson" ? Spokes(rng, female) : role), null, home);
        }

        return new Speaker(name, surname, female, null, rng.Pick(AnalystRoles) + " " + rng.Pick(NamePools.Institutes), null);
    }

    private static string Spokes(SplitMix64 rng, bool female) => rng.Chance(0.5) ? "spokesperson" : female ? "spokeswoman" : "spokesman";

    private static Speaker FromCatalogue(KnownActor actor)
    {
        var surname = actor.Aliases.Where(a => (" " + actor.Name + " ").Contains(" " + a + " ", StringComparison.Ordinal))
            .OrderBy(a => a.Length).FirstOrDefault() ?? actor.Name.Split(' ')[^1];
        var female = NamePools.FemaleFirstNames.Contains(actor.Name.Split(' ')[0]);
        var country = WorldPools.Countries.FirstOrDefault(c => c.Name.Replace("the ", string.Empty, StringComparison.Ordinal) == actor.Affiliation);
        var prefix = actor.Affiliation switch
        {
            "United Nations" => "UN",
            "European Union" => "EU",
            _ => country?.Adjective ?? actor.Affiliation ?? string.Empty,
        };
        var role = actor.Role!;
        var ofThe = role.IndexOf(" of the ", StringComparison.Ordinal);
        var title = ofThe > 0 ? role[(ofThe + 8)..] + " " + role[..ofThe]
            : TitleHeads.Contains(role.Split(' ')[0]) ? (prefix + " " + role).Trim()
            : role;
        var home = actor.Affiliation == "NATO" ? "the alliance" : country?.Capital ?? (prefix.Length is > 0 and <= 4 ? "the " + prefix : actor.Affiliation);
        return new Speaker(actor.Name, surname, female, title, null, home);
    }
}
