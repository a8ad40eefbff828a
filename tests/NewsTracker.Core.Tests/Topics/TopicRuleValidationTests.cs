using NewsTracker.Core.Topics;

namespace NewsTracker.Core.Tests.Topics;

public sealed class TopicRuleValidationTests
{
    [Fact]
    public void Entries_are_trimmed_and_repeats_ignoring_case_dropped()
    {
        var checkedRules = TopicRuleValidation.Check(new TopicUpdate(" ports ", ["harbour", " Harbour "], ["deep water port", "Deep water port"], [" fishing port "]));

        checkedRules.Errors.Should().BeEmpty();
        (checkedRules.Name, checkedRules.Keywords, checkedRules.Phrases, checkedRules.Exclusions)
            .Should().BeEquivalentTo(("ports", new[] { "harbour" }, new[] { "deep water port" }, new[] { "fishing port" }));
    }

    [Fact]
    public void A_phrase_of_one_word_is_refused_with_a_pointer_to_the_keywords()
    {
        var checkedRules = TopicRuleValidation.Check(new TopicUpdate("ports", ["harbour"], ["quay"]));

        checkedRules.Errors.Should().ContainSingle().Which.Should().Contain("\"quay\" has one word");
    }

    [Fact]
    public void An_exclusion_that_is_also_a_keyword_in_another_inflection_is_refused()
    {
        var checkedRules = TopicRuleValidation.Check(new TopicUpdate("ports", ["harbours"], [], ["harbour"]));

        checkedRules.Errors.Should().ContainSingle().Which.Should().Contain("both a keyword or phrase and an exclusion");
    }

    [Fact]
    public void Phrases_alone_are_enough_for_a_topic()
    {
        TopicRuleValidation.Check(new TopicUpdate("ports", [], ["deep water port"])).Errors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("keyword")]
    [InlineData("phrase")]
    [InlineData("exclusion")]
    public void An_entry_with_nothing_to_match_is_refused(string kind)
    {
        var input = kind switch
        {
            "keyword" => new TopicUpdate("ports", ["harbour", "—"]),
            "phrase" => new TopicUpdate("ports", ["harbour"], ["?!"]),
            _ => new TopicUpdate("ports", ["harbour"], [], ["…"]),
        };

        TopicRuleValidation.Check(input).Errors.Should().ContainSingle().Which.Should().Contain($"The {kind}").And.Contain("no words or numbers");
    }

    [Fact]
    public void Too_many_or_too_long_exclusions_are_refused()
    {
        var many = Enumerable.Range(0, Topic.MaxKeywords + 1).Select(i => "word" + i).ToList();
        var tooLong = new string('x', Topic.KeywordMaxLength + 1);

        TopicRuleValidation.Check(new TopicUpdate("ports", ["harbour"], [], many)).Errors.Should().Contain(e => e.Contains("at most") && e.Contains("exclusions"));
        TopicRuleValidation.Check(new TopicUpdate("ports", ["harbour"], [], [tooLong])).Errors.Should().ContainSingle().Which.Should().Contain("longer than");
    }

    [Fact]
    public void Lines_and_commas_both_separate_entries()
    {
        TopicRuleValidation.ParseLines("deep water port\r\nfishing port, ferry port\n\n").Should().Equal("deep water port", "fishing port", "ferry port");
    }
}
