namespace NewsTracker.Core.Tests.Extraction;

// Issue 8: a paper's Q&A labels its own questions with its name ("THE ISLANDER:"); those turns are the interviewer's,
// an unnamed voice, while "THE PRESIDENT:" is still an office.
public sealed class InterviewLabelTests
{
    private const string Interview = """
        The Islander | Portmere | Monday 5 October 2026

        The coastguard's new director, retired Commodore Ilse Varnholt, spoke to The Islander at her office on the quay.

        THE ISLANDER: Commodore, how many patrol boats can the coastguard keep at sea this winter?

        ILSE VARNHOLT: Four on a good day, and two when the storms come in from the west.

        THE ISLANDER: Who pays for the fuel when the ministry's budget runs out in November?

        ILSE VARNHOLT: The ministry has promised a supplement, and I will hold it to that promise.
        """;

    [Theory]
    [InlineData("Commodore, how many patrol boats")]
    [InlineData("Who pays for the fuel")]
    public void A_papers_own_label_is_the_interviewers_turn(string opening)
    {
        Extractor.Single(Extractor.Direct(Interview), opening).Speaker.Should().BeNull();
    }

    [Theory]
    [InlineData("Four on a good day")]
    [InlineData("The ministry has promised")]
    public void The_interviewees_turns_stay_hers(string opening)
    {
        Extractor.Single(Extractor.Direct(Interview), opening).Speaker!.Name.Should().Be("Ilse Varnholt");
    }

    // An office label in capitals stands for the person the introduction gives that office, in lower case, after the name.
    [Fact]
    public void An_office_label_is_the_person_the_introduction_gives_that_office()
    {
        var body = """
            Ferry Hour, Portmere Radio, Sunday. Our host, Signe Quistvik, talked with Tomas Ekberg-Lind, joint secretary at the Harbour Board, about the winter timetable.

            HOST: Will the night ferry run in January?

            JOINT SECRETARY: Two nights a week at first, then every night once the new crew is trained.

            HOST: And the fares?

            JOINT SECRETARY: They stay where they are until the spring review.
            """;

        var quotes = Extractor.Direct(body);

        quotes.Where(q => q.Text.StartsWith("Two nights", StringComparison.Ordinal) || q.Text.StartsWith("They stay", StringComparison.Ordinal))
            .Should().HaveCount(2).And.OnlyContain(q => q.Speaker != null && q.Speaker.Name == "Tomas Ekberg-Lind");
    }
}
