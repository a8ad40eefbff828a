namespace NewsTracker.Core.Extraction.Sieves;

// "Holm's verdict was that of a sceptic: “…”", "Her answer: “…”", "The message from Oslo was blunt: “…”": a noun for
// what was said opens the sentence, its owner or source names the speaker, and a colon brings in the quotation, with
// no speech verb (the noun itself may be one: "answer", "reply"). "The answer is simple: “…”" names nobody and is left alone.
internal sealed class FrameColonQuoteSieve : IAttributionSieve
{
    public const string Rule = "frame-colon-quote";

    public string Name => Rule;

    public Attribution? Try(QuoteContext context)
    {
        var a = context.Analysis;
        var colon = context.Open - 1;
        if (!context.HasWordsBefore || context.CueBefore > 0 || colon <= context.Floor + 1 || !a.Tokens[colon].Is(a.Text, ':'))
        {
            return null;
        }

        for (var k = context.Floor; k < colon; k++)
        {
            if (a.InsideQuote(k) || (a.IsSpeechVerb(k) && !FrameColonSieve.FrameNouns.Contains(a.Text, a.Tokens[k])))
            {
                return null;
            }
        }

        return FrameColonSieve.NounFrameSource(a, context.Floor, colon) is { Form: not SpeakerForm.Anonymous } source
            ? new Attribution(source, Rule, colon)
            : null;
    }
}
