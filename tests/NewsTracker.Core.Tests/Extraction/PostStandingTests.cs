namespace NewsTracker.Core.Tests.Extraction;

// Issue 8: a bare title finds the holder of its own standing. "The minister" after a minister and a minister of state
// is the minister; "the shadow minister", "the associate minister" and "the deputy director general" are theirs; an
// admiral of any grade is "the admiral".
public sealed class PostStandingTests
{
    [Theory]
    [InlineData("Harbour Minister Ada Quist", "Minister of State Greta Holm", "The minister", "Ada Quist")]
    [InlineData("Minister of State Greta Holm", "Harbour Minister Ada Quist", "The minister of state", "Greta Holm")]
    [InlineData("Harbour Minister Ada Quist", "Shadow Harbour Minister Greta Holm", "The shadow minister", "Greta Holm")]
    [InlineData("Shadow Harbour Minister Greta Holm", "Harbour Minister Ada Quist", "The minister", "Ada Quist")]
    [InlineData("Harbour Minister Ada Quist", "Associate Harbour Minister Greta Holm", "The associate minister", "Greta Holm")]
    [InlineData("Director General Ada Quist", "Deputy Director General Greta Holm", "The Director General", "Ada Quist")]
    [InlineData("Director General Ada Quist", "Deputy Director General Greta Holm", "The deputy director general", "Greta Holm")]
    public void A_bare_title_is_the_holder_of_its_own_standing(string first, string second, string title, string speaker)
    {
        var body = $"{first} opened the new ferry terminal on Monday.\n\n"
            + $"{second} said the terminal had cost less than planned.\n\n"
            + $"{title} said the night ferries would start in March.";

        Extractor.Single(Extractor.Indirect(body), "the night ferries").Speaker!.Name.Should().Be(speaker);
    }

    [Fact]
    public void A_title_of_one_standing_only_still_finds_its_one_holder()
    {
        var body = "Minister of State Greta Holm opened the new ferry terminal on Monday.\n\n"
            + "The minister said the night ferries would start in March.";

        Extractor.Single(Extractor.Indirect(body), "the night ferries").Speaker!.Name.Should().Be("Greta Holm");
    }

    [Fact]
    public void An_admiral_of_any_grade_is_the_admiral()
    {
        var body = "Rear Adm. Greta Holm ran the harbour for a decade.\n\n"
            + "Retired Vice Adm. Jon Berg, who commanded her, said she read every contract. “She was right about the cranes,” the retired admiral said.";

        Extractor.Single(Extractor.Direct(body), "She was right").Speaker!.Name.Should().Be("Jon Berg");
    }

    [Fact]
    public void Shadow_is_part_of_the_title_not_a_body()
    {
        var quote = Extractor.Indirect("Shadow Harbour Minister Greta Holm said the ferries were late.").Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Greta Holm");
        quote.Speaker.Role.Should().Be("Shadow Harbour Minister");
        quote.Speaker.Affiliation.Should().BeNull();
    }
}
