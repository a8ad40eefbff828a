namespace NewsTracker.Core.Extraction;

// The words attribution is built from. Speech verbs come from Lexicon/en/speech-verbs.json by base form.
internal static class Lexicon
{
    // Verbs that report speech and take a direct quote or a content clause (Lexicon/en/speech-verbs.json).
    public static readonly WordSet SpeechVerbs = new(SpeechVerbLexicon.FormsOf(v => v.Use != VerbUse.Characterise));

    // Verbs whose content clause may drop "that": "said the talks would resume".
    public static readonly WordSet ThatOptionalVerbs = new(SpeechVerbLexicon.FormsOf(v => v.That == ThatClause.Optional));

    // Verbs that only introduce a direct quote, never a content clause on their own.
    public static readonly WordSet QuoteOnlyVerbs = new(SpeechVerbLexicon.FormsOf(v => v.Use == VerbUse.QuoteOnly));

    public static readonly WordSet Pronouns = new("he she they it we i");

    // Determiners that introduce one new person: "a senior official", "one diplomat".
    public static readonly WordSet SingleDeterminers = new("a an one another");

    public static readonly WordSet Determiners = new("the a an one another two three several some his her their its our this that these those many other both");

    // Words heading a speaker described by role: "the minister", "a spokesperson for the ministry", and every
    // profession of titles.json ("columnist Ivo Lund", "the historian").
    public static readonly WordSet RoleNouns = new(Words("""
        minister ministers secretary secretary-general president vice-president chancellor premier
        spokesman spokeswoman spokesperson spokespeople official officials diplomat diplomats envoy ambassador
        chief head leader leaders general commander admiral colonel lieutenant captain major sergeant brigadier
        analyst analysts expert experts source sources adviser advisor aide aides negotiator negotiators
        lawmaker lawmakers legislator legislators senator senators congressman congresswoman representative deputy governor mayor
        monarch king queen prince emir sheikh ayatollah chairman chairwoman chair director administrator commissioner sponsor
        prosecutor judge officer officers member members lawyer attorney army-chief foreign-minister premier ruler
        host counterpart
        candidate nominee challenger rival activist activists protesters resident residents witness witnesses
        researcher researchers economist economists professor scholar fellow observer observers insider insiders
        boss coordinator representative rapporteur mediator mediators secretary-of-state top delegate delegates
        executive executives worker workers doctor doctors spokespersons correspondent editor host presenter
        strategist strategists consultant consultants pollster pollsters backbencher backbenchers frontbencher
        """).Concat(TitleLexicon.ProfessionWords).Distinct(StringComparer.OrdinalIgnoreCase));

    // Words for whoever leads a body, whatever the post is called: "the head of the Ministry", "the port's chief".
    public static readonly WordSet LeaderWords = new("head chief boss leader", indexed: false);

    // Titles that stand before a name: "Foreign Minister Sergei Lavrov", "Gen. Mark Milley" (Lexicon/en/titles.json).
    public static readonly WordSet TitleWords = new(TitleLexicon.TitleWords);

    // Words that make a capitalised run an institution, not a person, with the companies' words (Lexicon/en/companies.json).
    public static readonly WordSet OrganisationWords = new(Words("""
        ministry department council commission agency bank union organization organisation party army forces
        court parliament congress senate times news post university institute center centre foundation group school college academy
        committee office service services corporation company airlines alliance assembly federation republic
        kingdom embassy consulate administration government cabinet command fund authority association network press
        tribune herald journal agency agencies reuters bloc secretariat presidency duma rada knesset bundestag
        house palace summit conference forum treaty pact initiative programme program mission force guard
        navy fleet corps brigade battalion regiment division club league board staff unit front movement militia line lines
        military delegation headquarters kremlin pentagon opposition
        logistics holdings shipping police confederation observatory tribunal directorate inspectorate chamber
        consortium coastguard gendarmerie bureau representation watch
        """).Concat(CompanyLexicon.File.NameEnds).Concat(CompanyLexicon.File.References).Distinct(StringComparer.OrdinalIgnoreCase));

    // The last word of a news outlet's name ("Rhine Chronicle", "Baltic Wire"): an outlet is never a person (Lexicon/en/not-names.json).
    public static readonly WordSet OutletWords = new(NotNameLexicon.File.OutletWords);

    // A newspaper by its common noun: "the paper said", "the daily wrote" stand for the outlet named before.
    public static readonly WordSet NewspaperNouns = new("paper newspaper daily weekly tabloid broadsheet");

    // What a post's place may be called after its name: "the governor of Ouaddaï province", "the mayor of Kharkiv oblast".
    public static readonly WordSet PlaceNouns = new("province region district county oblast governorate prefecture municipality territory state", indexed: false);

    // Diplomatic missions, named by their city: "the Freedonian Embassy in Harbourtown", "the US mission in Geneva".
    public static readonly WordSet DiplomaticPosts = new("embassy embassies consulate consulate-general mission delegation commission office", indexed: false);

    // Common nouns that are never a person's name on their own ("Markets", "Arms Control"), with their plurals.
    public static readonly WordSet CommonNouns = new(NotNameLexicon.CommonNounForms());

    // Words opening a place's name, never a person's: "San José", "Port Moresby" (Lexicon/en/not-names.json).
    public static readonly WordSet PlaceOpeners = new(NotNameLexicon.File.PlaceOpeners ?? [], indexed: false);

    public static readonly WordSet Platforms = new(NotNameLexicon.File.Platforms ?? []);

    public static readonly WordSet Auxiliaries = new("""
        has have had was were is are will would could also later recently previously repeatedly again further
        then once earlier subsequently reportedly publicly separately privately frequently often already
        himself herself themselves itself first last just still yet even quickly bluntly flatly firmly likewise moreover similarly
        however nevertheless nonetheless therefore thus meanwhile
        """);

    // Time zones a live blog writes after its time stamps ("18:30 EET"): never a name's word.
    public static readonly WordSet TimeZones = new(
        "gmt utc bst cet cest eet eest wet west msk ist pkt wib wita wit sgt hkt jst kst aest aedt nzst nzdt est edt cst cdt mst mdt pst pdt akst hst gst ict trt",
        indexed: false);

    // Capitalised words that begin sentences or headings and are never part of a name.
    public static readonly WordSet CommonCapitalised = new("""
        the a an in on at of for to from by with and but or nor so yet as if when while after before
        this that these those there here it its he she they we i you his her their our my your
        however meanwhile moreover also still but although though because since until unless
        back later earlier elsewhere separately instead then now
        monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
        january february march april may june july august september october november december
        jan feb mar apr jun jul aug sep sept oct nov dec
        mr mrs ms dr gen lt col sgt capt adm sen rep gov st no
        according asked speaking addressing writing following despite amid during under over about
        unlike like besides except among amongst against whereas whether without within beyond toward towards
        near inside outside across behind beside beneath between throughout through around along upon into onto
        including excluding regarding concerning
        president minister secretary general chief prime foreign defence defense state spokesman spokeswoman
        spokesperson ambassador envoy chancellor deputy senior former top acting
        western eastern northern southern european asian african atlantic pacific arctic middle
        north south east west central new old great global international national federal
        advertisement read also share follow photo subscribe sign watch click
        what who why how which where whose whom all every each any some no not never
        both neither either none several many most few others
        one two three four five six seven eight nine ten first second third last next
        god allah
        """);

    // Short words that end a sentence-like abbreviation without ending the sentence: the titles' short forms and these.
    public static readonly WordSet Abbreviations = new(TitleLexicon.Abbreviations.Concat("""
        st no nos vs etc inc ltd co corp jr sr jan feb mar apr jun jul aug sep sept oct nov dec rev fr ft mt approx est
        dept govt
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));

    // Words that, placed just before quote marks, make them scare quotes or a title whatever their length.
    public static readonly WordSet ScareCues = new("""
        so-called dubbed titled entitled named nicknamed codenamed code-named film movie book novel song series
        documentary report album play opera show slogan hashtag motto headline phrase term word words campaign
        operation doctrine policy plan programme program dub dubs headlined memoir memoirs essay study episode podcast
        column biography
        """);

    // Verbs that characterise in the speaker's words: a fragment of four words or more after them is a quote
    // ("Okafor called the vote “a sham from start to finish”"), a shorter one a scare quote.
    public static readonly WordSet CharacterisationVerbs = new(SpeechVerbLexicon.FormsOf(v => v.Use == VerbUse.Characterise));

    public static readonly WordSet SentenceStarters = new("""
        the this that these those it he she they we i his her their its our a an in on at but and yet
        however meanwhile moreover also after before when while if as since although though mr mrs ms
        dr there here what who why how some many several according one two three four five speaking
        """);

    // Words after the speech verb that end the speaker phrase: "said Lavrov in Moscow", "said Lavrov, who".
    public static readonly WordSet PhraseBreakers = new("""
        in on at during after before when while who which whose as adding according to from with without
        told said says saying that for by but and because since last this next yesterday today tomorrow
        earlier later late early on monday tuesday wednesday thursday friday saturday sunday
        """);

    public static readonly WordSet FemaleCues = new(TitleLexicon.Gendered(Gender.Female).Concat(["she", "her", "hers", "herself"]));

    public static readonly WordSet MaleCues = new(TitleLexicon.Gendered(Gender.Male).Concat(["he", "him", "his", "himself"]));

    public static readonly WordSet AnonymousHeads = new("""
        official officials diplomat diplomats source sources analyst analysts expert experts observer observers
        insider insiders aide aides person people resident residents witness witnesses protester protesters
        activist activists member members lawmaker lawmakers officer officers soldier soldiers negotiator negotiators
        delegate delegates executive executives worker workers doctor doctors trader traders
        group groups farmer farmers villager villagers fisherman fishermen shepherd shepherds local locals voter voters
        family families campaigner campaigners critic critics supporter supporters opponent opponents economist economists
        investor investors volunteer volunteers rescuer rescuers survivor survivors crew crews relatives friends neighbours neighbors
        colleagues mourners lawyers agents exporters importers bankers banker fighters brokers broker dealers dealer engineers
        pilots sailors seafarers drivers miners nurses teachers students journalists reporters businessmen merchants
        shopkeepers shopkeeper vendors vendor herders growers producers contractors employees veterans legislators academics
        researchers scientists consultants guards medics clerics elders exporter allies advisers advisors associates confidants
        loyalists
        """);

    private static string[] Words(string spaceSeparated) => spaceSeparated.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
