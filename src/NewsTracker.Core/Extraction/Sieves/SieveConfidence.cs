using System.Collections.Frozen;

namespace NewsTracker.Core.Extraction.Sieves;

// How far a quote's speaker can be trusted, by the sieve that settled it: one row per sieve name.
// Speaker sieves give the confidence; a quote that takes its speaker from another quote multiplies it
// by its inheritance row; a speaker that fails the name check drops to "not-a-name".
internal static class SieveConfidence
{
    private static readonly FrozenDictionary<string, double> Table = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        [PartyMemberSieve.Rule] = 0.75,
        [PartyEpithetSieve.Rule] = 0.55,
        [PartyMemberUnresolvedSieve.Rule] = 0.2,
        [FullNameSieve.Rule] = 0.95,
        [SurnameSieve.Rule] = 0.9,
        [SurnameVariantSieve.Rule] = 0.7,
        [SurnameTitleSieve.Rule] = 0.85,
        [SurnameNearestSieve.Rule] = 0.55,
        [AmbiguousSurnameSieve.Rule] = 0.2,
        [CatalogueSurnameSieve.Rule] = 0.85,
        [SurnameOnlySieve.Rule] = 0.75,
        [NamedBodySieve.Rule] = 0.7,
        [PronounUnnamedSieve.Rule] = 0,
        [PronounSieve.Rule] = 0.8,
        [PronounDescribedSubjectSieve.Rule] = 0.75,
        [StatementAuthorSieve.Rule] = 0.6,
        [PronounWeakSieve.Rule] = 0.5,
        [PronounOrganisationSieve.Rule] = 0.6,
        [PronounUnresolvedSieve.Rule] = 0.1,
        [PronounFirstPersonSieve.Rule] = 0,
        [AgeDescriptionSieve.Rule] = 0.6,
        [OfficeHolderSieve.Rule] = 0.8,
        [PlaceHolderSieve.Rule] = 0.7,
        [TitleHolderSieve.Rule] = 0.8,
        [SpokespersonEarlierSieve.Rule] = 0.7,
        [CatalogueTitleSieve.Rule] = 0.6,
        [HolderNamedNextSieve.Rule] = 0.6,
        [LeadDescriptionSieve.Rule] = 0.6,
        [TitleNamedLaterSieve.Rule] = 0.6,
        [DelegateStateSieve.Rule] = 0.6,
        [TitleNearestSieve.Rule] = 0.5,
        [TitleMainSpeakerSieve.Rule] = 0.4,
        [NationalityPreviousPersonSieve.Rule] = 0.5,
        [NationalityDescribedPersonSieve.Rule] = 0.5,
        [TitlePreviousParagraphPersonSieve.Rule] = 0.5,
        [TitleParagraphPersonSieve.Rule] = 0.5,
        [TradePreviousPersonSieve.Rule] = 0.5,
        [PartyMemberNamedLaterSieve.Rule] = 0.5,
        [LeadSourceNamedNextSieve.Rule] = 0.5,
        [TitleUnresolvedSieve.Rule] = 0.2,
        [OrganisationSpokespersonSieve.Rule] = 0.75,
        [OrganisationSpokespersonUnnamedSieve.Rule] = 0,
        [OrganisationDescriptionSieve.Rule] = 0.75,
        [OrganisationEarlierSieve.Rule] = 0.7,
        [OrganisationMentionedSieve.Rule] = 0.65,
        [NewspaperNamedBeforeSieve.Rule] = 0.6,
        [CompanyEarlierSieve.Rule] = 0.65,
        [OrganisationDescribedSieve.Rule] = 0.6,
        [OrganisationUnresolvedSieve.Rule] = 0.2,
        [OrganisationSieve.Rule] = 0.85,
        [SpokespersonNamedEarlierSieve.Rule] = 0.6,
        [CompanySpokespersonSieve.Rule] = 0.6,
        [AnonymousSieve.Rule] = 0,
        [Unattributed] = 0,
        [NotAName] = 0.2,
        [SameParagraph] = 0.85,
        [PreviousParagraph] = 0.6,
        [AnswerToQuestionSieve.Rule] = 0.5,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // No sieve found an attribution.
    public const string Unattributed = "unattributed";

    // The resolved speaker failed the name check (UnnamedSources.Checked).
    public const string NotAName = "not-a-name";

    // A quote without its own attribution takes the speaker of an attributed quote in its paragraph...
    public const string SameParagraph = "same-paragraph";

    // ...or of the paragraph before, when it opens its own.
    public const string PreviousParagraph = "previous-paragraph";

    public static IEnumerable<string> Names => Table.Keys;

    public static double Of(string sieve) =>
        Table.TryGetValue(sieve, out var confidence) ? confidence : throw new KeyNotFoundException($"No confidence row for sieve '{sieve}'.");
}
