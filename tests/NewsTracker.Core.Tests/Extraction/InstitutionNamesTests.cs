using NewsTracker.Core.Extraction;

namespace NewsTracker.Core.Tests.Extraction;

// A state's ministry has one name however the copy writes it, so the registry holds one actor for it.
public sealed class InstitutionNamesTests
{
    [Theory]
    [InlineData("Russia's foreign ministry", "Russian Foreign Ministry")]
    [InlineData("Russia’s Foreign Ministry", "Russian Foreign Ministry")]
    [InlineData("Russian foreign ministry", "Russian Foreign Ministry")]
    [InlineData("Russian Ministry of Foreign Affairs", "Russian Foreign Ministry")]
    [InlineData("Ministry of Foreign Affairs of Kazakhstan", "Kazakh Foreign Ministry")]
    [InlineData("Ministry of Defence of the Federal Government of Nigeria", "Nigerian Ministry of Defence")]
    [InlineData("Ministry of Foreign Affairs of Latvia", "Latvian Foreign Ministry")]
    [InlineData("Azerbaijan's Ministry of Defence", "Azerbaijani Ministry of Defence")]
    [InlineData("Chile's Ministry of Public Works", "Chilean Ministry of Public Works")]
    [InlineData("Greece's shipping ministry", "Greek Shipping Ministry")]
    [InlineData("Brazil's foreign ministry", "Brazilian Foreign Ministry")]
    [InlineData("Taiwan's Defence Ministry", "Taiwanese Defence Ministry")]
    [InlineData("Belize's foreign ministry", "Belizean Foreign Ministry")]
    [InlineData("Czech Republic's defence ministry", "Czech Defence Ministry")]
    public void A_states_ministry_takes_the_states_adjective(string written, string canonical)
    {
        InstitutionNames.Canonical(written, Extractor.Catalogue).Should().Be(canonical);
    }

    // A capital or a place that starts like the state is no adjective: "Brasilia Foreign Ministry" was one actor's name.
    [Theory]
    [InlineData("Brazil", "Brazilian")]
    [InlineData("Brasilia", "Brazilian")]
    [InlineData("Taiwan", "Taiwanese")]
    [InlineData("Bosnia and Herzegovina", "Bosnian")]
    [InlineData("Antigua and Barbuda", "Antiguan")]
    [InlineData("Nepal", "Nepali")]
    public void A_states_adjective_is_no_capital_nor_place(string state, string adjective)
    {
        Extractor.Catalogue.DemonymOf(state).Should().Be(adjective);
    }

    [Theory]
    [InlineData("Freedonia's foreign ministry")]
    [InlineData("Ministry of Ports")]
    [InlineData("Harbour Defence Command")]
    [InlineData("Kremlin")]
    [InlineData("Ministry of Foreign Affairs")]
    public void Any_other_name_comes_back_as_written(string written)
    {
        InstitutionNames.Canonical(written, Extractor.Catalogue).Should().Be(written);
    }

    [Fact]
    public void The_speaker_of_a_quote_carries_the_one_name()
    {
        var quote = Extractor.Indirect("Russia's foreign ministry said the plan was a provocation.").Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Russian Foreign Ministry");
        quote.SpeakerAsWritten.Should().Be("Russia's foreign ministry");
    }

    // "Kuwait's foreign ministry" in lowercase is remembered, so "The ministry said" is that ministry, by its one name.
    [Theory]
    [InlineData("Norway's foreign ministry summoned the envoy on Monday.")]
    [InlineData("The Norwegian foreign ministry summoned the envoy on Monday.")]
    public void The_ministry_later_is_the_states_ministry_named_in_lowercase(string first)
    {
        var body = first + "\n\nThe ministry said the agreement remained in force whatever any court decided.";

        Extractor.Indirect(body).Should().ContainSingle().Which.Speaker!.Name.Should().Be("Norwegian Foreign Ministry");
    }

    [Fact]
    public void A_state_alone_before_a_verb_names_no_ministry()
    {
        var body = "Norway summoned the ministry's envoy on Monday.\n\nThe ministry said the agreement remained in force.";

        Extractor.Indirect(body).Should().ContainSingle().Which.Speaker.Should().BeNull();
    }
}
