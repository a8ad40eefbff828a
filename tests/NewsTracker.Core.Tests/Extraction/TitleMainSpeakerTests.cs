namespace NewsTracker.Core.Tests.Extraction;

// Issue 8: a profile or an interview names its subject without the post ("Ada Lind-Berg took over the ports portfolio
// in March") and then calls her "the minister": the person quoted most, with no post of her own, is the minister.
public sealed class TitleMainSpeakerTests
{
    private const string Profile = "HARBOURTOWN – Ada Lind-Berg took over the ports portfolio in March after twenty years as a tug captain.\n\n"
        + "\"We inherited a harbour with no cranes and a plan with no money,\" she says.\n\n"
        + "\"The first thing I did was count the cranes,\" she adds.\n\n";

    [Fact]
    public void The_minister_in_a_profile_is_its_subject_when_no_one_holds_the_post()
    {
        var quote = Extractor.Indirect(Profile + "The minister says the new cranes will arrive before the summer.").Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Ada Lind-Berg");
    }

    [Fact]
    public void The_minister_is_the_named_holder_when_there_is_one()
    {
        var body = Profile + "Transport Minister Ivo Marsh met her on Monday.\n\n"
            + "The minister says the new cranes will arrive before the summer.";

        var quote = Extractor.Indirect(body).Should().ContainSingle(q => q.Text.Contains("new cranes")).Subject;

        quote.Speaker!.Name.Should().Be("Ivo Marsh");
    }

    [Fact]
    public void The_minister_is_not_a_subject_known_by_another_post()
    {
        var body = Profile.Replace("Ada Lind-Berg took over", "Port analyst Ada Lind-Berg took over", StringComparison.Ordinal)
            + "The minister says the new cranes will arrive before the summer.";

        var quote = Extractor.Indirect(body).Should().ContainSingle(q => q.Text.Contains("new cranes")).Subject;

        quote.Speaker.Should().BeNull();
    }
}
