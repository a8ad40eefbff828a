using NewsTracker.Core.Extraction;

namespace NewsTracker.Cli.Generation;

// Noun phrases about each reference topic, each holding one of the topic's keywords so the tagger finds
// it. A topic added to topics.json later still gets phrases, built from its own keywords.
internal sealed class TopicPhrases
{
    private static readonly Dictionary<string, string[]> Curated = new(StringComparer.Ordinal)
    {
        ["energy"] =
        [
            "gas supplies to {C}", "the new LNG terminal in {Y}", "the pipeline to {C}", "energy imports from {C}", "the {Y} refinery",
            "fuel deliveries for the winter", "the power grid in {R}", "electricity exports to {C}", "crude shipments via the {S}",
            "the coal phase-out", "energy security in {R}", "nuclear power in {C}", "natural gas storage before {M}",
            "the Nord Stream pipeline", "liquefied natural gas from {C}", "oil deliveries to {R}", "the power plant in {Y}",
            "{n} billion cubic metres of gas", "the gas interconnector with {C}", "electricity prices for households",
        ],
        ["troop-deployment"] =
        [
            "{N} troops in {C}", "a new battalion in {C}", "the brigade stationed in {C}", "the rotation of combat troops",
            "a military presence in {R}", "the multinational battlegroup in {C}", "peacekeepers in {C}",
            "soldiers from {C}", "the deployment of {N} soldiers", "the military buildup near {Y}", "boots on the ground",
            "the mobilisation of reservists", "forces on the ground", "a permanent brigade in {C}", "additional troops for {R}",
            "the peacekeeping force in {C}",
        ],
        ["diplomacy"] =
        [
            "talks with {K}", "a ceasefire in the east", "direct dialogue with {K}", "a summit in {Y} in {M}", "the peace process",
            "a political solution", "mediation by {C}", "the next peace talks", "de-escalation along the border",
            "a peace plan for {C}", "diplomatic channels with {K}", "negotiations in {Y}", "a peace deal before {M}",
            "the envoy's visit to {K}",
        ],
        ["alliance-membership"] =
        [
            "{C}'s membership bid", "the accession of {C}", "the ratification of {C}'s accession", "the enlargement of NATO",
            "the open door policy", "the bid of {C} to join NATO", "candidate country status for {C}",
            "accession negotiations with {C}", "full membership for {C}", "{C} becoming a member",
        ],
        ["sanctions"] =
        [
            "new sanctions on {C}", "the oil price cap", "export controls on {C}", "an embargo on {A} steel",
            "the asset freeze on {C}", "frozen assets of {C}", "restrictive measures against {K}",
            "tariffs on {A} goods", "a ban on imports from {C}", "penalties for sanctions evasion",
            "the next sanctions package", "the blacklist of {A} firms",
        ],
        ["security-guarantees"] =
        [
            "security guarantees for {C}", "Article 5", "collective defence in {R}", "the nuclear umbrella",
            "credible deterrence in {R}", "security assurances for {C}", "mutual defence commitments", "a security guarantee for {K}",
            "deterrence on the eastern flank",
        ],
        ["military-aid"] =
        [
            "military aid to {C}", "air defence systems for {C}", "{N} artillery shells", "the next aid package",
            "F-16 training for {A} pilots", "HIMARS launchers", "Patriot batteries for {C}", "ammunition production in {R}",
            "long-range missiles", "tanks for {C}", "drones for the front line", "security assistance to {C}",
            "arms deliveries to {K}", "weapons for {C}",
        ],
    };

    private static readonly string[] KeywordFrames = ["the question of {0}", "{0} in {R}", "{0} for {C}", "the issue of {0}", "the debate on {0}"];

    private readonly string[][] _phrases;

    public TopicPhrases(IReadOnlyList<TopicDefinition> topics)
    {
        Topics = topics;
        _phrases = topics.Select(t => Curated.TryGetValue(t.Slug, out var curated)
                ? curated
                : t.Keywords.SelectMany(k => KeywordFrames.Select(f => f.Replace("{0}", k, StringComparison.Ordinal))).DefaultIfEmpty(t.Name).ToArray())
            .ToArray();
    }

    public IReadOnlyList<TopicDefinition> Topics { get; }

    public int Count => _phrases.Length;

    public string Pick(int topic, SplitMix64 rng) => rng.Pick(_phrases[topic]);
}
