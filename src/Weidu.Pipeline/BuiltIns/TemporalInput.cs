using Weidu.Temporal;

namespace Weidu.Pipeline.BuiltIns;

/// <summary>The input of the temporal step: an item's clean text and the context its dates are read against, both values.</summary>
internal sealed record TemporalInput(string Text, TemporalContext Context)
{
    /// <summary>
    /// The context of an item: an entry is read in its chronicle's year and month with the previous entry's date
    /// (the anchor of 是日); a paragraph against its document's date, else its document's year; else the options'
    /// context, taken once per driver so that it does not change from run to run.
    /// </summary>
    public static TemporalInput For(CorpusItem item, TemporalContext fallback)
    {
        var context = item switch
        {
            { Kind: CorpusItemKind.ChronicleEntry, Document.Year: { } year, Month: { } month } => TemporalContext.ForChronicle(year, month, item.PreviousEntryDate),
            { Document.Date: { } date } => TemporalContext.ForDocument(date),
            { Document.Year: { } year } => new TemporalContext(new DateTime(year, 1, 1), AnchorSource.DocumentDate) { DocumentYear = year },
            _ => fallback,
        };
        return new TemporalInput(item.Text, context with { Bias = fallback.Bias, ResolveAnniversaries = fallback.ResolveAnniversaries });
    }
}
