namespace NewsTracker.Core.Extraction.Sieves;

// The one place the sieves' order is written. A list is tried in order and the first sieve that settles a
// quote wins; its Name is recorded on the quote. Each sieve's confidence is a row in SieveConfidence.
internal static class SieveOrder
{
    private static readonly IAttributionSieve QuoteAccordingTo = new QuoteAccordingToSieve();
    private static readonly IAttributionSieve QuoteVerbSpeaker = new QuoteVerbSpeakerSieve();
    private static readonly IAttributionSieve QuoteSpeakerVerb = new QuoteSpeakerVerbSieve();
    private static readonly IAttributionSieve AccordingToQuote = new AccordingToQuoteSieve();
    private static readonly IAttributionSieve NameColon = new NameColonSieve();
    private static readonly IAttributionSieve PutIntoWordsColon = new PutIntoWordsColonSieve();
    private static readonly IAttributionSieve ManneredColon = new ManneredColonSieve();
    private static readonly IAttributionSieve SpeakerVerbQuote = new SpeakerVerbQuoteSieve();
    private static readonly IAttributionSieve ReportedFragment = new ReportedFragmentSieve();
    private static readonly IAttributionSieve AccordingToLater = new AccordingToLaterSieve();
    private static readonly IAttributionSieve AsPutIt = new AsPutItSieve();
    private static readonly IAttributionSieve QuoteDashSpeaker = new QuoteDashSpeakerSieve();
    private static readonly IAttributionSieve FrameColonQuote = new FrameColonQuoteSieve();

    // A direct quote's own attribution: a dash sign-off right after it, the words right after the quote, then those
    // before it, then a fragment's reporting verb, then a cue later in the sentence.
    public static readonly IReadOnlyList<IAttributionSieve> Attribution =
    [
        QuoteDashSpeaker,
        QuoteAccordingTo, QuoteVerbSpeaker, QuoteSpeakerVerb,
        AccordingToQuote, AsPutIt, PutIntoWordsColon, NameColon, ManneredColon, FrameColonQuote, SpeakerVerbQuote,
        ReportedFragment,
        AccordingToLater,
    ];

    // A quote that ends its sentence ("…the budget.” She added…) belongs to the speaker who introduced
    // it: the same sieves, the words before it first.
    public static readonly IReadOnlyList<IAttributionSieve> AttributionEndingSentence =
    [
        QuoteDashSpeaker,
        AccordingToQuote, AsPutIt, PutIntoWordsColon, NameColon, ManneredColon, FrameColonQuote, SpeakerVerbQuote,
        ReportedFragment,
        QuoteAccordingTo, QuoteVerbSpeaker, QuoteSpeakerVerb,
        AccordingToLater,
    ];

    // A direct quote with no attribution of its own: another quote of its paragraph, an introduction
    // closing the paragraph before, the speaker of the paragraph before, the sentence before, the subject of a
    // one-sentence lead-in paragraph before, the one person the paragraph before ends on, then the interviewee answering the
    // writer's question.
    public static readonly IReadOnlyList<IInheritanceSieve> Inheritance =
    [
        new SameParagraphSieve(),
        new ColonIntroductionSieve(),
        new CameFromSieve(),
        new PreviousParagraphSieve(),
        new PreviousParagraphSpeakerSieve(),
        new PreviousSentenceSubjectSieve(),
        new LeadInParagraphSieve(),
        new PreviousParagraphPersonSieve(),
        new AnswerToQuestionSieve(),
    ];

    // Reported speech, sentence by sentence (IndirectQuoteFinder). An opening sieve that gives a quote settles
    // the sentence; otherwise at each speech verb the first sieve that matches settles that verb; a sentence
    // that reported nothing is left to the closing sieves.
    public static readonly IReadOnlyList<IReportedSieve> ReportedOpening = [new AccordingToClauseSieve(), new InTheirWordsSieve(), new FrameColonSieve()];

    public static readonly IReadOnlyList<IReportedSieve> ReportedAtVerb =
    [
        new ClauseVerbSpeakerSieve(),
        new SpeakerVerbClauseSieve(),
        new SpeakerVerbColonSieve(),
        new ClauseSpeakerVerbSieve(),
    ];

    // At a form of "accuse" (no speech verb: "accused" alone frames a fragment) only the accusation is tried.
    public static readonly IReadOnlyList<IReportedSieve> ReportedAtAccusation = [new AccusedOfSieve()];

    public static readonly IReadOnlyList<IReportedSieve> ReportedClosing = [new ClauseAccordingToSieve()];

    public static bool Inherit(InheritanceContext context)
    {
        for (var i = 0; i < Inheritance.Count; i++)
        {
            if (Inheritance[i].TrySettle(context))
            {
                return true;
            }
        }

        return false;
    }

    // Speaker resolution, one list per form of speaker phrase. Each list ends in a sieve that settles
    // every phrase of its form, most as "the text does not say who".
    // "the Tennessee Republican" after "Sen. Tom Berrow (R-Tenn.)": the one person of that party and state, whatever form
    // the phrase was read as; a descriptor nobody fits is never read as a name.
    private static readonly ISpeakerSieve PartyMember = new PartyMemberSieve();
    private static readonly ISpeakerSieve PartyEpithet = new PartyEpithetSieve();
    private static readonly ISpeakerSieve PartyMemberUnresolved = new PartyMemberUnresolvedSieve();

    public static readonly IReadOnlyList<ISpeakerSieve> Names =
    [
        PartyMember,
        PartyEpithet,
        PartyMemberUnresolved,
        new SurnameVariantSieve(),
        new FullNameSieve(),
        new SurnameSieve(),
        new SurnameTitleSieve(),
        new SurnameNearestSieve(),
        new AmbiguousSurnameSieve(),
        new CatalogueSurnameSieve(),
        new NamedBodySieve(),
        new DelegateStateSieve(),
        new SurnameOnlySieve(),
    ];

    public static readonly IReadOnlyList<ISpeakerSieve> Pronouns =
    [
        // A title subject right before the quotation is newer than any unnamed source that spoke earlier.
        new PronounDescribedSubjectSieve(),
        new PronounUnnamedSieve(),
        new PronounSieve(),
        new PronounWeakSieve(),
        new PronounOrganisationSieve(),
        new PronounUnresolvedSieve(),
        new PronounFirstPersonSieve(),
    ];

    // "A spokesman for the port authority said … The spokesman, Ivo Brand, added": nobody named before, the next sentence names them.
    private static readonly ISpeakerSieve HolderNamedNext = new HolderNamedNextSieve();

    // "the Commission president" after "European Commission President Ana Lindqvist": the office's one holder first.
    private static readonly ISpeakerSieve OfficeHolder = new OfficeHolderSieve();

    public static readonly IReadOnlyList<ISpeakerSieve> Titles =
    [
        new AgeDescriptionSieve(),
        OfficeHolder,
        PartyMember,
        PartyEpithet,
        PartyMemberUnresolved,
        new PlaceHolderSieve(),
        new TitleHolderSieve(),
        new CatalogueTitleSieve(),
        HolderNamedNext,
        new LeadDescriptionSieve(),
        new TitleNamedLaterSieve(),
        new DelegateStateSieve(),
        new TitlePreviousParagraphPersonSieve(),
        new TitleNearestSieve(),
        new TitleParagraphPersonSieve(),
        new SpokespersonEarlierSieve(),
        new NationalityDescribedPersonSieve(),
        new NationalityPreviousPersonSieve(),
        new TitleMainSpeakerSieve(),
        new TitleUnresolvedSieve(),
    ];

    public static readonly IReadOnlyList<ISpeakerSieve> Organisations =
    [
        OfficeHolder,
        new OrganisationSpokespersonSieve(),
        HolderNamedNext,
        new OrganisationSpokespersonUnnamedSieve(),
        new DelegateStateSieve(),
        new OrganisationDescriptionSieve(),
        new OrganisationEarlierSieve(),
        new OrganisationMentionedSieve(),
        new NewspaperNamedBeforeSieve(),
        new CompanyEarlierSieve(),
        new OrganisationDescribedSieve(),
        new OrganisationUnresolvedSieve(),
        new OrganisationSieve(),
    ];

    public static readonly IReadOnlyList<ISpeakerSieve> Anonymous =
        [PartyMember, PartyEpithet, new SpokespersonNamedEarlierSieve(), new CompanySpokespersonSieve(), new StatementAuthorSieve(), new TradePreviousPersonSieve(), new PartyMemberNamedLaterSieve(),
            new LeadSourceNamedNextSieve(), new AnonymousSieve()];

    public static IReadOnlyList<ISpeakerSieve> SpeakerSievesFor(SpeakerForm form) => form switch
    {
        SpeakerForm.Name => Names,
        SpeakerForm.Pronoun => Pronouns,
        SpeakerForm.Title => Titles,
        SpeakerForm.Organisation => Organisations,
        _ => Anonymous,
    };

    public static ResolvedSpeaker Resolve(SpeakerContext context)
    {
        var sieves = SpeakerSievesFor(context.Phrase.Form);
        for (var i = 0; i < sieves.Count; i++)
        {
            if (sieves[i].Try(context) is { } found)
            {
                return found;
            }
        }

        // Every list ends in a sieve that settles its form; this is never reached.
        throw new InvalidOperationException($"No speaker sieve settled a {context.Phrase.Form} phrase.");
    }

    public static Attribution? Attribute(QuoteContext context)
    {
        var sieves = context.EndsSentence ? AttributionEndingSentence : Attribution;
        for (var i = 0; i < sieves.Count; i++)
        {
            if (sieves[i].Try(context) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    // Whether the attribution was read after the quote: only then may the next quote continue it
    // ("We are ready," she said, "but…").
    public static bool ReadAfterQuote(Attribution attribution) =>
        attribution.Rule is QuoteAccordingToSieve.Rule or QuoteVerbSpeakerSieve.Rule or QuoteSpeakerVerbSieve.Rule;
}
