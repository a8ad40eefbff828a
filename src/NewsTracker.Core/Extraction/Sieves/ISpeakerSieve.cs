namespace NewsTracker.Core.Extraction.Sieves;

// One speaker-resolution rule: settles who a speaker phrase means (or that the text does not say), or
// leaves it for the next sieve. Its Name is the resolution stored on the quote after the attribution rule
// ("quote-speaker-verb+surname") and the key of its row in SieveConfidence.
internal interface ISpeakerSieve
{
    string Name { get; }

    ResolvedSpeaker? Try(SpeakerContext context);
}
