namespace NewsTracker.Core.Tests.Extraction;

// A wire lead that gives its source by rank or post and names them in the next paragraph.
public sealed class LeadSourceTests
{
    [Fact]
    public void A_commander_in_the_lead_is_the_general_named_next()
    {
        var body = """
            SKOPJE, Dec 2 (Wire) - The alliance will send about 300 more soldiers to its mission in the north before the winter, the mission's commander said on Wednesday.

            Major General Aldo Ferrante, an Italian officer who took over in May, said the soldiers would come from a reserve battalion.
            """;

        var quote = Extractor.Single(Extractor.Indirect(body), "The alliance will send");

        quote.Speaker!.Name.Should().Be("Aldo Ferrante");
    }

    [Fact]
    public void A_general_named_after_someone_else_is_not_the_leads_commander()
    {
        var body = """
            TYRE (Wire) - The army has taken over every post south of the river, the army's commander said on Tuesday.

            "Our soldiers are in every village now," Gen. Omar Haddad told reporters.

            The monitoring committee is chaired by an American officer, Maj. Gen. Brent Kolby. He said the committee had checked the work.
            """;

        var quote = Extractor.Single(Extractor.Indirect(body), "The army has taken over");

        // A bare "Gen." is no rank "commander" stands for, so the lead stays unnamed rather than taking the major general.
        quote.Speaker.Should().BeNull();
    }

    [Theory]
    [InlineData("a senior admiral told the Senate Armed Services Committee on Thursday", "Vice Adm. Jolene Marsh, who runs the program office, testified that the yards were delivering one boat a year.", "Jolene Marsh")]
    [InlineData("a defense official assured senators on Wednesday", "Defense Undersecretary Ramon Abaya Cruz told the Senate committee that the deployment was the first of its kind.", "Ramon Abaya Cruz")]
    public void A_source_given_by_rank_in_the_lead_is_the_holder_opening_the_next_paragraph(string source, string next, string holder)
    {
        var body = $"WASHINGTON - The boats will not arrive before 2031 unless the yards speed up, {source}.\n\n{next}";

        var quote = Extractor.Single(Extractor.Indirect(body), "The boats will not arrive");

        quote.Speaker!.Name.Should().Be(holder);
    }

    [Theory]
    [InlineData("a senior admiral, speaking on condition of anonymity, told reporters", "Vice Adm. Jolene Marsh testified that the yards were delivering one boat a year.")]
    [InlineData("a senior US official said", "Secretary of State Ramon Abaya Cruz told the committee that the deployment was the first of its kind.")]
    public void A_source_kept_anonymous_or_of_another_post_stays_unnamed(string source, string next)
    {
        var body = $"WASHINGTON - The boats will not arrive before 2031 unless the yards speed up, {source}.\n\n{next}";

        var quote = Extractor.Single(Extractor.Indirect(body), "The boats will not arrive");

        quote.Speaker.Should().BeNull();
    }
}
