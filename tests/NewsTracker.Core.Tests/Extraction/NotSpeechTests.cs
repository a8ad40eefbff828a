namespace NewsTracker.Core.Tests.Extraction;

// Issue 8, "not speech": words written on a sign or a banner are no quotation, and the narration's own claim that a
// speaker answers ("…, a charge the ministry has denied") is not that speaker's reported speech.
public sealed class NotSpeechTests
{
    [Theory]
    [InlineData("Outside the ministry, protesters carried a sign that read “We want our sons back home alive”.")]
    [InlineData("Outside the ministry, one placard said “We want our sons back home alive”.")]
    [InlineData("Outside the ministry, the crowd held up banners reading “We want our sons back home alive”.")]
    public void Words_on_a_sign_or_a_banner_are_no_quotation(string body)
    {
        Extractor.Direct(body).Should().BeEmpty();
    }

    // Headlines and names of works described as such are no quotation: a newsletter's list, a front-page round-up,
    // a memoir, a leader's headline, a programme named after its channel.
    [Theory]
    [InlineData("\u201CWho Pays for the Ferry?\u201D, an essay on the harbour's debts, closes this week's letter.")]
    [InlineData("\u201CThe Quiet Quay,\u201D a long read on the port's last fishermen.")]
    [InlineData("Today's front pages: \u201CThe price of a ferry\u201D (Harbour Post); \u201CCranes at last for the north quay\u201D (Nordvik Daily).")]
    [InlineData("Former mayor Ivo Lund's memoir, \u201CThe Long Quay: Forty Years of Ferries Nobody Wanted,\u201D is out on Tuesday.")]
    [InlineData("The Harbour Post, in an unsigned leader headlined \u201CNo ferry without fares,\u201D says the town should pay.")]
    [InlineData("Ada Quist said on Harbour TV\u2019s \u201CSunday Questions With Ivo\u201D that the cranes would arrive in May.")]
    [InlineData("WHAT WE ARE READING\n\n\u201CFerries and fences: how the islands learned to live with the levy\u201D, in the Harbour Post\u2019s weekend edition.")]
    [InlineData("In a study published in May, \u201CCranes still waiting for a quay to stand on\u201D, the port auditors counted the delays.")]
    public void A_headline_or_a_works_name_is_no_quotation(string body)
    {
        Extractor.Direct(body).Should().BeEmpty();
    }

    // A work's title in title case after "book", "report", "titled" is no quotation, however long; the argument
    // after it is still reported.
    [Fact]
    public void A_long_title_of_a_work_is_no_quotation()
    {
        var body = "In her 2023 book, \u201CThe Harbour Trap: Why Ports Fail Small Towns\u201D, Karin Lund argues that port deals "
            + "without a penalty clause tend to collapse in the first storm.";

        var result = Extractor.Run(body);

        result.Quotes.Should().ContainSingle().Which.Text.Should().Be("port deals without a penalty clause tend to collapse in the first storm");
    }

    [Fact]
    public void A_slogan_somebody_shouts_is_still_a_quotation()
    {
        Extractor.Direct("Outside the ministry, the mothers shouted “We want our sons back home alive”.").Should().ContainSingle();
    }

    // After a quoted fragment too: the fragment is the accuser's, not the denier's.
    [Fact]
    public void A_charge_denied_after_a_quoted_fragment_does_not_take_the_fragment()
    {
        var body = "The ministry spokeswoman, Ada Quist, accused Nordvik of using the corridor \"to move weapons under a cover of grain,\" "
            + "a charge Nordvik has repeatedly denied.";

        Extractor.Single(Extractor.Direct(body), "to move weapons").Speaker!.Name.Should().Be("Ada Quist");
    }

    // "…, a decision the harbour minister called “…”": the clause describing the decision has its own subject.
    [Fact]
    public void The_subject_of_a_clause_describing_a_decision_speaks()
    {
        var body = "Harbour Minister Ivo Lund took office in May.\n\nThe council voted on Thursday to reopen the north quay, "
            + "a decision the harbour minister called \u201Cthe end of a long quarrel.\u201D";

        Extractor.Single(Extractor.Direct(body), "the end of a long quarrel").Speaker!.Name.Should().Be("Ivo Lund");
    }

    [Theory]
    [InlineData("The drones were launched from the border region, a charge the Harbour Ministry has denied.")]
    [InlineData("The drones were launched from the border region, something the Harbour Ministry has denied.")]
    [InlineData("The drones were launched from the border region, an accusation the Harbour Ministry rejects.")]
    public void The_narrations_claim_a_speaker_denies_is_not_their_speech(string body)
    {
        Extractor.Indirect(body).Should().BeEmpty();
    }

    [Fact]
    public void A_clause_before_its_speaker_is_still_reported_speech()
    {
        Extractor.Indirect("The drones were launched from the border region, the Harbour Ministry said.")
            .Should().ContainSingle().Which.Speaker!.Name.Should().Be("Harbour Ministry");
    }
}
