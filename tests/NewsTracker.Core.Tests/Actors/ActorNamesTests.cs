using NewsTracker.Core.Actors;
using NewsTracker.Core.Tests.Extraction;

namespace NewsTracker.Core.Tests.Actors;

// The one check a name passes before it becomes a new actor.
public sealed class ActorNamesTests
{
    [Theory]
    [InlineData("Jens Stoltenberg", ActorKind.Person)]
    [InlineData("Maria Zakharova", ActorKind.Person)]
    [InlineData("Ursula von der Leyen", ActorKind.Person)]
    [InlineData("Mohammed bin Salman", ActorKind.Person)]
    [InlineData("Amara al-Amin", ActorKind.Person)]
    [InlineData("NATO", ActorKind.Organisation)]
    [InlineData("Security Council", ActorKind.Organisation)]
    [InlineData("Bank for International Settlements", ActorKind.Organisation)]
    [InlineData("the Chinese foreign ministry", ActorKind.Organisation)]
    [InlineData("presidential office", ActorKind.Organisation)]
    [InlineData("ministry of finance", ActorKind.Organisation)]
    [InlineData("Latvian ministry for foreign affairs", ActorKind.Organisation)]
    [InlineData("Freedonian embassy in Harbourtown", ActorKind.Organisation)]
    [InlineData("US mission in New Harbour", ActorKind.Organisation)]
    public void A_name_passes(string name, ActorKind kind)
    {
        ActorNames.WhyNotAName(name, kind).Should().BeNull();
    }

    // The words before a title ("Retired Gen. …", "Shadow Foreign Secretary …", "Republican Sen. …") are no institution
    // for the speaker to be affiliated with; a one-word name of a body is.
    [Theory]
    [InlineData("Retired", true)]
    [InlineData("Shadow", true)]
    [InlineData("Political", true)]
    [InlineData("Conservative", true)]
    [InlineData("Repatriation", true)]
    [InlineData("Almaty-based", true)]
    [InlineData("Republican", true)]
    [InlineData("Bundesbank", false)]
    [InlineData("Halvex", false)]
    [InlineData("NATO", false)]
    [InlineData("Harbour Ministry", false)]
    public void A_descriptive_word_is_no_affiliation(string name, bool descriptive)
    {
        ActorNames.IsDescriptiveWord(name).Should().Be(descriptive);
    }

    [Fact]
    public void A_name_the_catalogue_knows_passes_though_it_is_a_common_word()
    {
        ActorNames.IsName("the Kremlin", ActorKind.Government).Should().BeFalse("unknown, it is a determiner and a common noun");
        ActorNames.IsName("the Kremlin", ActorKind.Government, Extractor.Catalogue.Knows).Should().BeTrue();
    }

    [Theory]
    [InlineData("The", ActorKind.Organisation)]
    [InlineData("Russia that", ActorKind.Country)]
    [InlineData("Ministry", ActorKind.Organisation)]
    [InlineData("P", ActorKind.Person)]
    [InlineData("P.", ActorKind.Person)]
    [InlineData("Analysts", ActorKind.Person)]
    [InlineData("Analysts", ActorKind.Organisation)]
    [InlineData("Officials", ActorKind.Person)]
    [InlineData("Diplomats", ActorKind.Person)]
    [InlineData("It now goes to the Senate", ActorKind.Organisation)]
    [InlineData("request of the Congolese government", ActorKind.Organisation)]
    [InlineData("ministry of finance", ActorKind.Person)]
    [InlineData("head of the office of the ministry", ActorKind.Organisation)]
    [InlineData("Foreign Minister", ActorKind.Person)]
    [InlineData("Senior Officials", ActorKind.Person)]
    [InlineData("He", ActorKind.Person)]
    [InlineData("capital", ActorKind.Organisation)]
    [InlineData("Lavrov said", ActorKind.Person)]
    [InlineData("sources close to the talks", ActorKind.Person)]
    [InlineData("Freedonian embassy in Harbourtown", ActorKind.Person)]
    [InlineData("ships in Harbourtown", ActorKind.Organisation)]
    public void A_word_title_or_fragment_fails(string name, ActorKind kind)
    {
        ActorNames.WhyNotAName(name, kind, Extractor.Catalogue.Knows).Should().NotBeNull();
    }

    // A body's name never opens with a reference back or a clause, names several bodies or the people of one, nor an
    // office someone holds; the names beside each pass.
    [Theory]
    [InlineData("Its shipping arm", "opens with “Its”")]
    [InlineData("Their delegation", "opens with “Their”")]
    [InlineData("what the Freedonian consulate", "opens with “what”")]
    [InlineData("his press office", "opens with “his”")]
    [InlineData("Relief agencies", "several bodies")]
    [InlineData("Harbour unions", "several bodies")]
    [InlineData("Inspectors of the Port Authority", "names people")]
    [InlineData("Ministers of the Coastal Forum", "names people")]
    [InlineData("Chief of Harbour Police", "an office")]
    [InlineData("Deputy Spokesperson of the Freedonian Ministry of Ports Ivo Marsh", "an office")]
    [InlineData("Chairman of the Agency for Tidal Energy", "an office")]
    [InlineData("nation's ferry board", "opens with “nation's”")]
    [InlineData("Harbour Under", "part of a title")]
    [InlineData("Assembly Majority", "part of a title")]
    [InlineData("Coastal Affairs", "portfolio")]
    [InlineData("Island Relations", "portfolio")]
    [InlineData("Lakeshore County Republican", "a member")]
    public void A_reference_people_or_an_office_is_no_body(string name, string reason)
    {
        ActorNames.WhyNotAName(name, ActorKind.Organisation).Should().Contain(reason);
    }

    [Theory]
    [InlineData("Her Majesty's Harbour Board")]
    [InlineData("Our Freedonia")]
    [InlineData("WHO Regional Office")]
    [InlineData("General Staff of the Armed Forces")]
    [InlineData("Bank of Freedonia")]
    [InlineData("Office of the President")]
    [InlineData("Ministry of Ports")]
    [InlineData("Inspectors Without Frontiers")]
    [InlineData("Ministry of Coastal Affairs")]
    [InlineData("Harbour Services Public Relations")]
    [InlineData("Tidewater Resources")]
    [InlineData("Freedonian Democrats")]
    [InlineData("Republican Party")]
    public void A_body_named_like_them_passes(string name)
    {
        ActorNames.WhyNotAName(name, ActorKind.Organisation).Should().BeNull();
    }

    [Theory]
    [InlineData("Fjord Gazette")]
    [InlineData("Lakeside Times")]
    [InlineData("Coastal Monitor")]
    [InlineData("Upland Chronicle")]
    [InlineData("Amber Wire")]
    [InlineData("The Gazette")]
    public void A_news_outlet_is_never_a_person(string name)
    {
        ActorNames.WhyNotAName(name, ActorKind.Person).Should().Contain("news outlet");
    }

    [Theory]
    [InlineData("San Pedro")]
    [InlineData("Santa Clara")]
    [InlineData("Port Elmsley")]
    [InlineData("Fort Halden")]
    public void A_place_opening_with_its_word_is_never_a_person(string name)
    {
        ActorNames.WhyNotAName(name, ActorKind.Person).Should().Contain("a place");
    }

    [Theory]
    [InlineData("Tariffs", ActorKind.Person)]
    [InlineData("Energy Markets", ActorKind.Person)]
    [InlineData("Water Security", ActorKind.Person)]
    [InlineData("Energy Exports", ActorKind.Organisation)]
    [InlineData("Fishery Policy", ActorKind.Organisation)]
    [InlineData("Border Studies", ActorKind.Person)]
    public void A_common_noun_or_a_phrase_of_them_is_no_name(string name, ActorKind kind)
    {
        ActorNames.WhyNotAName(name, kind).Should().NotBeNull();
    }

    [Theory]
    [InlineData("Margaret")]
    [InlineData("Thomas")]
    [InlineData("Ursula")]
    public void A_first_name_alone_is_no_new_person(string name)
    {
        ActorNames.IsFirstNameAlone(name).Should().BeTrue();
    }

    [Theory]
    [InlineData("Margaret Okafor")]
    [InlineData("Okafor")]
    public void A_full_name_or_a_surname_is_no_first_name_alone(string name)
    {
        ActorNames.IsFirstNameAlone(name).Should().BeFalse();
    }

    [Theory]
    [InlineData("Margaret Okafor", ActorKind.Person)]
    [InlineData("Okafor", ActorKind.Person)]
    [InlineData("Helen Marketson", ActorKind.Person)]
    [InlineData("Institute for Energy Markets", ActorKind.Organisation)]
    [InlineData("Fjord Gazette", ActorKind.Organisation)]
    [InlineData("The Gazette", ActorKind.Organisation)]
    [InlineData("Observer", ActorKind.Organisation)]
    public void A_name_that_only_holds_such_a_word_in_its_place_passes(string name, ActorKind kind)
    {
        ActorNames.WhyNotAName(name, kind).Should().BeNull();
    }

    [Theory]
    [InlineData("Foreign Minister", true)]
    [InlineData("spokeswoman", true)]
    [InlineData("Secretary-General", true)]
    [InlineData("Chief", false)]
    [InlineData("Head", false)]
    [InlineData("Sanctions", false)]
    [InlineData("Shipping", false)]
    [InlineData(null, false)]
    public void Only_a_role_word_makes_a_role(string? role, bool kept)
    {
        ActorNames.IsRole(role).Should().Be(kept);
    }
}
