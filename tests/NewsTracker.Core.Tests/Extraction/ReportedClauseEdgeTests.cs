namespace NewsTracker.Core.Tests.Extraction;

// Issue 8: where a report begins and ends in the frames wire copy uses every day, and who speaks in a passive aside.
public sealed class ReportedClauseEdgeTests
{
    // "…, but warned that …" is a second report by the same speaker, not the first one running on.
    [Fact]
    public void A_second_report_after_but_is_a_clause_of_its_own()
    {
        var body = "Mayor Ilse Dorn conceded that the new ferry timetable still needed several weeks of work, "
            + "but warned that any further delay would cost the island its summer trade.";

        var clauses = Extractor.Indirect(body);

        clauses.Select(q => q.Text).Should().Equal(
            "the new ferry timetable still needed several weeks of work",
            "any further delay would cost the island its summer trade");
        clauses.Should().OnlyContain(q => q.Speaker != null && q.Speaker.Name == "Ilse Dorn");
    }

    // ", and he promised …": the narration goes on with what the speaker did next, no part of the report.
    [Fact]
    public void A_report_ends_where_the_speaker_speaks_again_in_the_narration()
    {
        var body = "Tomasz Wrona told the mayor that the ministry would send forty generators to the island, and he promised a decision on fuel within days.";

        Extractor.Indirect(body).Should().ContainSingle()
            .Which.Text.Should().Be("the ministry would send forty generators to the island");
    }

    // Without its own "that" the second verb's words stay in the first clause, as before.
    [Fact]
    public void What_the_speaker_did_next_without_a_report_of_its_own_ends_the_clause_as_before()
    {
        var body = "Mayor Ilse Dorn said the new ferry timetable still needed several weeks of work, but gave no date for it.";

        Extractor.Indirect(body).Should().ContainSingle()
            .Which.Text.Should().Be("the new ferry timetable still needed several weeks of work");
    }

    [Theory]
    [InlineData("Harbour master Tomas Veld said building was well under way on the northern pier.", "building was well under way")]
    [InlineData("Harbour master Tomas Veld said dredging would resume once the storm season had passed.", "dredging would resume")]
    public void A_clause_whose_subject_is_an_ing_word_is_reported(string body, string opening)
    {
        var clause = Extractor.Indirect(body).Should().ContainSingle().Subject;

        clause.Text.Should().StartWith(opening);
        clause.Speaker!.Name.Should().Be("Tomas Veld");
    }

    // "when asked", "after being pressed": whoever was asked is the subject of the clause, not the words before "when".
    [Fact]
    public void The_subject_of_a_clause_answers_when_asked()
    {
        var body = "Harbour master Tomas Veld talked about the berths for an hour.\n\n"
            + "Veld deflected with a joke when asked about the costs: \"Ask the accountants, not the sailors.\"";

        var quote = Extractor.Direct(body).Should().ContainSingle().Subject;

        quote.Speaker!.Name.Should().Be("Tomas Veld");
    }
}
