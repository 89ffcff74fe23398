using Weidu.Segmentation;
using Weidu.Temporal;

namespace Weidu.Pipeline.BuiltIns;

/// <summary>
/// Lists the items of a segmented document: every paragraph outside the chronicles and every chronicle entry,
/// in text order, each with its absolute span and the context its dates depend on. Walking a chronicle, it
/// resolves each entry's marker against the previous entry's date, so that each entry carries the anchor of
/// its 是日 as an explicit value.
/// </summary>
internal static class ItemFlattener
{
    public static List<CorpusItem> Flatten(SegmentedDocument segmented, bool resolveEntryDates) =>
        Flatten(segmented.DocumentId, segmented.Tree.Root.Children, resolveEntryDates);

    /// <summary>The items of a corpus document's yearbook documents, each positioned in the corpus document's text.</summary>
    public static List<CorpusItem> Flatten(string documentId, IEnumerable<PositionedNode> documents, bool resolveEntryDates)
    {
        var items = new List<CorpusItem>();
        foreach (var positioned in documents)
        {
            if (positioned.Node is YearbookDocument document)
            {
                // The document's own year, never the tree's: that one depends on documents far away, which a stream cuts off.
                var context = new DocumentContext(document.DocumentKind, document.Title, document.Date, document.Year);
                DateOnly? previous = null;
                Walk(positioned, documentId, context, resolveEntryDates, ref previous, items);
            }
        }

        return items;
    }

    private static void Walk(PositionedNode positioned, string documentId, DocumentContext document, bool resolveEntryDates, ref DateOnly? previous, List<CorpusItem> items)
    {
        switch (positioned.Node)
        {
            case ChronicleEntry entry:
                var date = resolveEntryDates ? Resolve(entry, document.Year, previous) : null;
                items.Add(new CorpusItem(documentId, CorpusItemKind.ChronicleEntry, entry, positioned.Span, document, date, previous));
                previous = date ?? previous;
                return;
            case YearbookLeaf { Kind: YearbookNodeKind.Paragraph } leaf:
                items.Add(new CorpusItem(documentId, CorpusItemKind.Paragraph, leaf, positioned.Span, document));
                return;
        }

        foreach (var child in positioned.Children)
        {
            Walk(child, documentId, document, resolveEntryDates, ref previous, items);
        }
    }

    private static DateOnly? Resolve(ChronicleEntry entry, int? year, DateOnly? previous) =>
        year is { } y && entry.Month is { } month &&
        ChronicleDates.TryResolveEntry(entry.Marker.Text, y, month, previous, out var mention) &&
        mention.Interval?.Start is { } start
            ? DateOnly.FromDateTime(start)
            : null;
}
