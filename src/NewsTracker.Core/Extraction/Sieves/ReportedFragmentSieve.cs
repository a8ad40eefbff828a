namespace NewsTracker.Core.Extraction.Sieves;

// The minister said the plan was “dead on arrival”: a quoted fragment inside a reported clause.
internal sealed class ReportedFragmentSieve : IAttributionSieve
{
    public const string Rule = "reported-fragment";

    public string Name => Rule;

    public Attribution? Try(QuoteContext context) =>
        context.NearestSpeakerBefore() is { Rule: Rule } found ? found : null;
}
