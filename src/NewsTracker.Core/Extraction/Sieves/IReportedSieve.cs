namespace NewsTracker.Core.Extraction.Sieves;

// One reported-speech rule: finds a content clause and who it is attributed to in the sentence the context
// reads (at its current speech verb, for the sieves SieveOrder.ReportedAtVerb lists), or leaves it to the next
// sieve. Its Name is the rule stored on the quote (ExtractedQuote.Rule) before the resolution sieve's name.
internal interface IReportedSieve
{
    string Name { get; }

    ReportedMatch? Try(ReportedContext context);
}

// The clause's tokens [From, To), its attribution, and the token the verb search goes on from (a clause
// after its verb is not searched again for verbs of its own). An attribution set in the clause's middle ("…, he
// insists, …") is the gap [GapFrom, GapTo) left out of it.
internal readonly record struct ReportedMatch(int From, int To, Attribution Attribution, int ResumeAfter, int GapFrom = -1, int GapTo = -1);
