namespace NewsTracker.Core.Extraction.Sieves;

// One rule for a direct quote with no attribution of its own: gives it the speaker of another quote or
// an attribution from its context (the paragraph before, the sentence before), or leaves it for the next
// sieve. Its Name is recorded on the quote and keys its row in SieveConfidence when it passes a speaker on.
internal interface IInheritanceSieve
{
    string Name { get; }

    bool TrySettle(InheritanceContext context);
}
