using NewsTracker.Core.Actors;
using NewsTracker.Core.Extraction;
using NewsTracker.Core.Extraction.Sieves;
using static NewsTracker.Core.Tests.Extraction.Sieves.SieveText;

namespace NewsTracker.Core.Tests.Extraction.Sieves;

// The name sieves: full name, surname, surname with title, nearest namesake, ambiguous, catalogue, surname only.
public sealed class NameSieveTests
{
    private const string OneVarga = "Captain Tomas Varga toured the docks on Tuesday.";
    private const string TwoVargas = "Captain Tomas Varga and his sister, Judge Ada Varga, toured the docks on Tuesday.";

    private static readonly CompiledCatalogue Catalogue = CompiledCatalogue.Compile(new ExtractionCatalogue(
        [new KnownActor("Oskar Lindqvist", ActorKind.Person, [], "Harbour Master", "Freedonia")], []));

    [Fact]
    public void Full_name_fires_on_a_full_name_and_not_on_a_surname()
    {
        new FullNameSieve().Try(Speaker(OneVarga, Name("Tomas Varga")))!.Speaker!.Name.Should().Be("Tomas Varga");
        new FullNameSieve().Try(Speaker(OneVarga, Name("Varga"))).Should().BeNull();
    }

    [Fact]
    public void Surname_fires_on_the_one_namesake_and_not_on_two()
    {
        var found = new SurnameSieve().Try(Speaker(OneVarga, Name("Varga")));

        found!.Speaker!.Name.Should().Be("Tomas Varga");
        found.Resolution.Should().Be(SurnameSieve.Rule);
        new SurnameSieve().Try(Speaker(TwoVargas, Name("Varga"))).Should().BeNull();
        new SurnameSieve().Try(Speaker(OneVarga, Name("Tomas Varga"))).Should().BeNull();
    }

    [Fact]
    public void Surname_with_title_picks_the_namesake_holding_the_title()
    {
        new SurnameTitleSieve().Try(Speaker(TwoVargas, Name("Varga", role: "Judge")))!.Speaker!.Name.Should().Be("Ada Varga");
        new SurnameTitleSieve().Try(Speaker(TwoVargas, Name("Varga"))).Should().BeNull("the phrase gives no title");
        new SurnameTitleSieve().Try(Speaker(OneVarga, Name("Varga", role: "Judge"))).Should().BeNull("one Varga is the surname sieve's");
    }

    [Fact]
    public void Nearest_namesake_and_ambiguous_surname_settle_two_vargas_without_a_title()
    {
        var context = Speaker(TwoVargas, Name("Varga"));

        SieveOrder.Resolve(context).Resolution.Should().BeOneOf(SurnameNearestSieve.Rule, AmbiguousSurnameSieve.Rule);
        new AmbiguousSurnameSieve().Try(context)!.Speaker.Should().BeNull();
        new SurnameNearestSieve().Try(Speaker(OneVarga, Name("Varga"))).Should().BeNull();
        new AmbiguousSurnameSieve().Try(Speaker(OneVarga, Name("Varga"))).Should().BeNull();
    }

    [Fact]
    public void Catalogue_surname_fires_when_the_article_never_gave_the_full_name()
    {
        var context = Speaker("The harbour reopened on Tuesday.", Name("Lindqvist"), Catalogue);

        new CatalogueSurnameSieve().Try(context)!.Speaker!.Name.Should().Be("Oskar Lindqvist");
        new CatalogueSurnameSieve().Try(Speaker(OneVarga, Name("Varga"), Catalogue)).Should().BeNull("the article names Varga");
        new CatalogueSurnameSieve().Try(Speaker("The harbour reopened.", Name("Brandt"), Catalogue)).Should().BeNull();
    }

    [Fact]
    public void Surname_only_takes_a_name_nobody_introduced_and_comes_last()
    {
        var context = Speaker("The harbour reopened on Tuesday.", Name("Brandt"));

        SieveOrder.Resolve(context).Resolution.Should().Be(SurnameOnlySieve.Rule);
        new SurnameOnlySieve().Try(Speaker(OneVarga, Name("Varga"))).Should().BeNull();
        SieveOrder.Names[^1].Should().BeOfType<SurnameOnlySieve>();
    }

    [Fact]
    public void A_surname_the_article_introduced_is_settled_by_the_surname_sieve_before_the_catalogue()
    {
        var catalogue = CompiledCatalogue.Compile(new ExtractionCatalogue(
            [new KnownActor("Petra Varga", ActorKind.Person, [], "Judge", "Freedonia")], []));

        SieveOrder.Resolve(Speaker(OneVarga, Name("Varga"), catalogue)).Speaker!.Name.Should().Be("Tomas Varga");
    }
    [Theory]
    [InlineData("Wargha", "Captain Tomas Varga toured the docks on Tuesday.", null)]
    [InlineData("Vargha", "Captain Tomas Varga toured the docks on Tuesday.", "Tomas Varga")]
    [InlineData("Mikhailov", "Captain Tomas Michailov toured the docks on Tuesday.", "Tomas Michailov")]
    [InlineData("Lindquist", "Captain Tomas Lindqvíst toured the docks on Tuesday.", "Tomas Lindqvíst")]
    [InlineData("Varga", "Captain Tomas Varga toured the docks on Tuesday.", null)]
    public void Surname_variant_takes_the_one_person_whose_surname_is_spelt_a_letter_apart(string written, string text, string? expected)
    {
        var found = new SurnameVariantSieve().Try(Speaker(text, Name(written)));

        (found?.Speaker?.Name).Should().Be(expected);
    }

    // A surname transliterated in two parts is the one person whose surname it joins into; a two-word name that
    // starts with a first name is a name of its own.
    [Theory]
    [InlineData("Olde Kamp", "Chief engineer Piet Oldekamp toured the docks on Tuesday.", "Piet Oldekamp")]
    [InlineData("Ter Horst", "Chief engineer Anke Terhorst toured the docks on Tuesday.", "Anke Terhorst")]
    [InlineData("Tomas Varga", "Chief engineer Piet Tomasvarga toured the docks on Tuesday.", null)]
    [InlineData("Ter Horst", "Chief engineer Piet Vandermolen toured the docks on Tuesday.", null)]
    public void A_surname_written_in_two_parts_is_its_one_holder(string written, string text, string? expected)
    {
        var found = new SurnameVariantSieve().Try(Speaker(text, Name(written)));

        (found?.Speaker?.Name).Should().Be(expected);
    }

    [Fact]
    public void Surname_variant_gives_up_when_two_people_are_a_letter_apart()
    {
        new SurnameVariantSieve().Try(Speaker("Captain Tomas Vargha and Judge Ada Varge toured the docks.", Name("Varga"))).Should().BeNull();
    }

    // Two romanisations of one sound are one spelling, however many letters apart: "gh" and "q", "kh" and "h", "zh" and "j".
    [Theory]
    [InlineData("dehqani", "dehghani", true)]
    [InlineData("zhukovsky", "jukovsky", true)]
    [InlineData("nebenzya", "nebenzia", true)]
    [InlineData("khodorkov", "hodorkov", true)]
    [InlineData("dehqani", "dehlavi", false)]
    public void Romanisations_of_one_sound_are_variants(string a, string b, bool variant)
    {
        SurnameVariantSieve.IsVariant(a, b).Should().Be(variant);
    }

    [Fact]
    public void A_short_surname_is_no_variant_of_another()
    {
        SurnameVariantSieve.IsVariant("kim", "kam").Should().BeFalse();
        SurnameVariantSieve.IsVariant("kovalenkoff", "kovalenkov").Should().BeTrue();
        SurnameVariantSieve.IsVariant("kovalenkova", "kovalenkov").Should().BeTrue();
        SurnameVariantSieve.IsVariant("horvath", "korvath").Should().BeFalse("the first letter differs");
    }
}
