namespace NewsTracker.Core.Tests.Extraction;

// Issue 8: state-agency copy names an official after a long title ("State Secretary of the Harbour Council of Belarus
// Pavel Sorokin") and then spells the surname another way. One person, under the name printed first.
public sealed class NameVariantTests
{
    [Fact]
    public void A_full_name_spelt_another_way_is_the_person_named_first()
    {
        var body = "The crossings will stay shut, Deputy Minister Timur Zavadsky said on Monday.\n\n"
            + "Timur Zavadski stressed that the border guards would stay on the river all winter.\n\n"
            + "\"We are not moving,\" he said.";

        var result = Extractor.Run(body);

        result.People.Select(p => p.Name).Should().Equal("Timur Zavadsky");
        result.Quotes.Should().OnlyContain(q => q.Speaker != null && q.Speaker.Name == "Timur Zavadsky");
    }

    [Fact]
    public void Two_people_sharing_a_given_name_stay_two()
    {
        var result = Extractor.Run("Pavel Sorokovsky met Pavel Brandt in Minsk on Monday. Neither said the talks had gone well.");

        result.People.Select(p => p.Name).Should().BeEquivalentTo("Pavel Sorokovsky", "Pavel Brandt");
    }

    [Theory]
    [InlineData("State Secretary of the Harbour Council of Belarus")]
    [InlineData("Chairman of the River Guard Committee of Belarus")]
    public void The_holder_named_after_a_body_and_its_state_is_a_person_of_the_article(string title)
    {
        var body = $"The crossings will stay shut, {title} Pavel Sorokovsky told journalists in Brest.\n\n"
            + "Pavel Sorokovskiy stressed that the border guards would stay on the river all winter.";

        var result = Extractor.Run(body);

        result.People.Select(p => p.Name).Should().Equal("Pavel Sorokovsky");
        Extractor.Single(Extractor.Indirect(body), "The crossings will stay shut").Speaker!.Name.Should().Be("Pavel Sorokovsky");
    }
}
