using NewsTracker.Core.Extraction.Sieves;

namespace NewsTracker.Core.Tests.Extraction.Sieves;

public sealed class SieveConfidenceTests
{
    [Fact]
    public void Every_speaker_sieve_has_a_confidence_row_between_zero_and_one()
    {
        var sieves = SieveOrder.Names.Concat(SieveOrder.Pronouns).Concat(SieveOrder.Titles).Concat(SieveOrder.Organisations).Concat(SieveOrder.Anonymous);

        foreach (var sieve in sieves)
        {
            SieveConfidence.Of(sieve.Name).Should().BeInRange(0, 1, sieve.Name);
        }
    }

    [Fact]
    public void A_name_without_a_row_is_an_error_not_a_guess()
    {
        var act = () => SieveConfidence.Of("no-such-sieve");

        act.Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void A_full_name_is_trusted_more_than_a_pronoun_and_an_inherited_speaker_less_than_its_source()
    {
        SieveConfidence.Of(FullNameSieve.Rule).Should().BeGreaterThan(SieveConfidence.Of(PronounSieve.Rule));
        SieveConfidence.Of(SieveConfidence.PreviousParagraph).Should().BeLessThan(SieveConfidence.Of(SieveConfidence.SameParagraph));
    }
}
