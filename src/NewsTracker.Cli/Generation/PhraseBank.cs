namespace NewsTracker.Cli.Generation;

// The slots quotations are composed from. Sentences multiply these lists, so a few dozen entries each
// give millions of distinct statements. No entry holds a speech verb, so a quote never nests a report.
internal static class PhraseBank
{
    public static readonly string[] Verbs =
    [
        "secure", "discuss", "review", "expand", "rule out", "support", "strengthen", "accept", "reject", "protect", "finance",
        "coordinate", "examine", "prioritise", "speed up", "scale back", "reconsider", "defend", "back", "oppose", "delay",
        "revisit", "prepare for", "monitor", "work towards", "push for", "press ahead with", "look again at", "settle",
        "decide on", "raise", "rethink", "pay for", "fast-track", "block", "unblock", "improve", "guard",
    ];

    // (plural subject, singular subject) forms, present tense for direct quotes.
    public static readonly (string Plural, string Singular)[] Modals =
    [
        ("will", "will"), ("will not", "will not"), ("are ready to", "is ready to"), ("are determined to", "is determined to"),
        ("cannot", "cannot"), ("must", "must"), ("have no intention to", "has no intention to"), ("are prepared to", "is prepared to"),
        ("will continue to", "will continue to"), ("are going to", "is going to"), ("have decided to", "has decided to"),
        ("do not want to", "does not want to"), ("should", "should"), ("need to", "needs to"), ("will never", "will never"),
        ("are working to", "is working to"), ("intend to", "intends to"), ("want to", "wants to"), ("are not going to", "is not going to"),
    ];

    // The same in the past, for reported speech: "… said that Moscow would not accept …".
    public static readonly (string Plural, string Singular)[] PastModals =
    [
        ("would", "would"), ("would not", "would not"), ("were ready to", "was ready to"), ("had no intention to", "had no intention to"),
        ("could not", "could not"), ("were determined to", "was determined to"), ("needed to", "needed to"), ("had decided to", "had decided to"),
        ("were prepared to", "was prepared to"), ("planned to", "planned to"), ("would continue to", "would continue to"),
        ("did not want to", "did not want to"), ("would never", "would never"), ("were working to", "was working to"),
    ];

    public static readonly (string Text, bool Plural)[] FirstPersonSubjects =
    [
        ("we", true), ("we", true), ("we", true), ("our government", false), ("my government", false), ("our allies", true),
        ("our partners", true), ("this country", false), ("the alliance", false), ("our ministry", false), ("Europe", false),
        ("{C}", false), ("{K}", false), ("our armed forces", true), ("the international community", false),
    ];

    public static readonly string[] Openers =
    [
        "Let me be clear:", "Frankly,", "Today", "At this stage", "In the coming weeks", "For now", "Once again", "Above all",
        "As of today", "In any case", "Right now", "Make no mistake:", "In the end", "From now on", "After {D}'s meeting",
        "Whatever happens,", "This year", "As things stand,",
    ];

    // Kept to four words or fewer, as topic phrases are kept to five: two statements of one speaker that
    // shared a ten-word run of stock phrases would be taken for the same statement.
    public static readonly string[] Tails =
    [
        "by year's end", "as long as needed", "this winter", "in step with {K}", "whatever {K} decides",
        "by {M}", "in the coming weeks", "without preconditions", "as soon as possible", "with our European partners",
        "step by step", "at the {Y} meeting", "for years to come", "under any circumstances", "within {n} days",
        "next spring", "despite pressure from {K}", "if the situation allows", "regardless of the cost", "as we have promised",
        "once conditions allow", "this year and next", "in {Y} and {Y}", "after the {A} elections", "before {D}",
        "until the fighting stops", "for the sake of {R}", "for everyone in {R}", "at the {M} meeting", "with or without {K}",
        "within {n} months", "in full transparency", "once and for all", "in a responsible way", "before the winter",
        "without any further delay", "on our own terms", "by {M} {Z}",
    ];

    // Short remarks that follow a statement; each carries a slot so they repeat less.
    public static readonly string[] Judgements =
    [
        "This is not negotiable for {K}", "That is the course {K} chose", "The situation in {R} remains serious",
        "Nothing has changed since {M}", "Nobody in {K} should doubt that", "{K} has no doubt about that",
        "{K} must understand this", "The risks are growing", "It is a matter of principle for {C}",
        "We said so in {Y}", "Time is not on {K}'s side", "{C} expects nothing less", "We owe it to {R}",
        "The clock is ticking for {K}", "Words are not enough in {R}", "Look at what happened in {Y}", "The weeks before {M} will be decisive",
        "We are not naive about {K}", "That would be a grave mistake in {R}", "There is still a window until {M}", "This is not only about {C}",
        "{C} wants results, not promises", "{K} knows this very well", "We learned that in {Z}",
    ];

    public static readonly (string Text, bool Plural)[] ThirdPersonSubjects =
    [
        ("{C}", false), ("{K}", false), ("the alliance", false), ("the government", false), ("the ministry", false),
        ("{A} forces", true), ("European governments", true), ("the coalition", false), ("the EU", false),
    ];

    public static readonly string[] PastVerbs =
    [
        "approved", "unveiled", "postponed", "signed off on", "pressed for", "moved ahead with", "stepped up", "scaled back",
        "put on hold", "finalised", "expanded", "reviewed", "doubled", "cut back on", "suspended", "agreed on",
    ];

    public static readonly string[] Occasions =
    [
        "as ministers met in {Y}", "as tensions rose in {R}", "ahead of a meeting in {Y}", "amid growing pressure from {K}",
        "a day after discussions in {Y} ended without agreement", "in a move likely to anger {K}", "as winter approached",
        "after weeks of uncertainty", "in the latest sign of strain between {K} and {K}", "as officials in {K} weighed their options",
    ];

    public static readonly string[] TimesAgo =
    [
        "last year", "in {M}", "earlier this month", "in {Z}", "two weeks ago", "last {D}", "at the start of the year", "in late {M}",
    ];

    // Background sentences; {T} is a phrase of the article's topic, {U} one of any topic.
    public static readonly string[] Background =
    [
        "The debate in {K} has centred on {T} for months", "Trade between {C} and {C} fell by {P} percent in {Z}, official figures show",
        "The meeting in {Y} is expected to focus on {T} and {U}", "The {A} government has faced criticism over {T} since {Z}",
        "Parliament in {K} is due to vote on {T} next month", "Diplomats in {Y} expect {T} to dominate the agenda in {M}",
        "Opinion polls in {C} put support for {T} at {P} percent", "The {A} foreign ministry did not immediately respond to a request for comment",
        "Markets in {Y} fell {n} percent on {D} after reports about {T}", "Since {Z}, {C} has spent more than {n} billion euros on {T}",
        "{C} and {C} signed a memorandum on {T} in {Z}", "The issue of {T} is likely to come up again when leaders gather in {Y} in {M}",
        "Officials in {K} have been reviewing {T} since {M}", "A first draft on {T} circulated among ambassadors in {Y} on {D}",
        "Satellite images published in {M} showed new activity near {Y}", "The last round of discussions in {Y} ended without agreement on {T}",
        "Lawmakers in {K} approved a budget of {n} billion euros for {T} in {M}", "{C} has linked {T} to progress on {U}",
        "The two governments have disagreed over {T} since at least {Z}", "Protests in {Y} over {T} drew several thousand people on {D}",
    ];
}
